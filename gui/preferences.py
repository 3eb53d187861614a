"""Preferences: the window's language (System / English / 한국어) and the language of generated
code's docstrings and comments. Each choice applies at once, with no restart, and is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from core import i18n
from gui.document.settings import app_settings
from gui.language import LANGUAGE_SETTING, SYSTEM, retranslate_on_language_change, saved_choice, switcher


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.languageCombo = QComboBox(objectName="languageCombo")
        self.languageCombo.addItem("", SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.languageCombo.addItem(name, code)  # each language named in itself, never translated
        self.languageCombo.setCurrentIndex(self.languageCombo.findData(saved_choice()))
        self.codeCombo = QComboBox(objectName="codeLanguageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.codeCombo.addItem(name, code)
        self.codeCombo.setCurrentIndex(self.codeCombo.findData(i18n.code_language()))
        self.codeNote = QLabel(wordWrap=True, objectName="codeLanguageNote")
        self.codeNote.setEnabled(False)  # dim: an explanation, not a control

        self.languageLabel = QLabel(buddy=self.languageCombo)
        self.codeLabel = QLabel(buddy=self.codeCombo)
        self.form = QFormLayout()
        self.form.addRow(self.languageLabel, self.languageCombo)
        self.form.addRow(self.codeLabel, self.codeCombo)
        self.form.addRow(self.codeNote)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

        self.languageCombo.currentIndexChanged.connect(self._choose_language)
        self.codeCombo.currentIndexChanged.connect(lambda: switcher().set_code_language(self.codeCombo.currentData()))
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        system = i18n.LANGUAGES.get(switcher().language, "") if saved_choice() == SYSTEM else ""
        label = self.tr("System") + (f" ({system})" if system else "")
        self.languageCombo.setItemText(self.languageCombo.findData(SYSTEM), label)
        self.languageLabel.setText(self.tr("&Language:"))
        self.codeLabel.setText(self.tr("&Comments in generated code:"))
        self.codeNote.setText(
            self.tr(
                "Generated code itself stays in English, as PyTorch is written; only its docstrings "
                "and comments follow this choice."
            )
        )

    def _choose_language(self) -> None:
        choice = self.languageCombo.currentData()
        app_settings().setValue(LANGUAGE_SETTING, choice)
        switcher().apply(choice)
