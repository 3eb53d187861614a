"""The window's language: English, Korean, or what the system asks for; switched live.

Installing or removing a QTranslator makes Qt send every widget a LanguageChange event; each
view re-sets its texts then (see `retranslate_on_language_change`), so nothing restarts and no
work is lost. Core's text goes through the same translators (`core.i18n.set_lookup`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from core import i18n
from gui.document.settings import app_settings

LANGUAGE_SETTING = "language"  # "system", "en" or "ko"
CODE_COMMENTS_SETTING = "generatedCodeLanguage"  # "en" or "ko": docstrings and comments of generated code
SYSTEM = "system"


def system_language() -> str:
    """The UI language of the system (QLocale reads LANGUAGE, LC_ALL, LANG), if we have it."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in i18n.LANGUAGES:
            return code
    return i18n.language_from_environment()


def resolve(choice: str) -> str:
    """The language a choice means: "system" follows the system, an unknown one is English."""
    if choice == SYSTEM:
        return system_language()
    return choice if choice in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE


def saved_choice() -> str:
    value = str(app_settings().value(LANGUAGE_SETTING, SYSTEM))
    return value if value == SYSTEM or value in i18n.LANGUAGES else SYSTEM


def saved_code_language() -> str:
    value = str(app_settings().value(CODE_COMMENTS_SETTING, i18n.SOURCE_LANGUAGE))
    return value if value in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE


class LanguageSwitcher(QObject):
    """Owns the installed translators; one per application (see `switcher`)."""

    languageChanged = Signal(str)  # the window's language, after every widget was told
    codeLanguageChanged = Signal(str)  # of generated code's docstrings and comments

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.SOURCE_LANGUAGE
        self._translators: list[QTranslator] = []
        i18n.set_code_language(saved_code_language())

    def set_code_language(self, language: str) -> None:
        """Docstrings and comments of generated code in `language` (saved for the next start)."""
        i18n.set_code_language(language)
        app_settings().setValue(CODE_COMMENTS_SETTING, i18n.code_language())
        self.codeLanguageChanged.emit(i18n.code_language())

    def apply(self, choice: str) -> str:
        """Switch to `choice` ("system", "en", "ko"); returns the language now in use."""
        language = resolve(choice)
        translators = self._load(language)
        if language != i18n.SOURCE_LANGUAGE and not translators:
            language = i18n.SOURCE_LANGUAGE  # the catalogue is missing: English, not half a language
        self.install(translators, language)
        return language

    def install(self, translators: list[QTranslator], language: str) -> None:
        """Replace the installed translators (each install and removal makes Qt retranslate)."""
        app = QCoreApplication.instance()
        # core first: views asked to retranslate read core's text too
        i18n.set_lookup(QCoreApplication.translate if translators else None, language)
        removed = self._translators
        for old in removed:
            app.removeTranslator(old)
        self._translators = translators
        for translator in translators:
            app.installTranslator(translator)
        self.language = language
        if not translators and not removed:  # Qt sent nothing: views still show a choice's new label
            app.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        self.languageChanged.emit(language)

    def _load(self, language: str) -> list[QTranslator]:
        if language == i18n.SOURCE_LANGUAGE:
            return []
        ours = QTranslator(self)
        if not ours.load(str(i18n.catalogue_path(language, ".qm"))):
            return []
        qt_own = QTranslator(self)  # the standard dialogs' buttons (Open, Cancel, Yes, No)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        return [ours, qt_own] if qt_own.load(f"qtbase_{language}", folder) else [ours]


class PseudoTranslator(QTranslator):
    """Every text 40% longer (and marked), to find labels and buttons that would clip a
    translation. Placeholders and mnemonics are kept, so formatting still works."""

    GROWTH = 0.4

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: ARG002
        if not source or source.isspace():
            return source
        padding = "~" * max(1, round(len(source) * self.GROWTH))
        return f"[{source}{padding}]"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


_switcher: LanguageSwitcher | None = None


def switcher() -> LanguageSwitcher:
    """The application's one LanguageSwitcher."""
    global _switcher
    if _switcher is None:
        _switcher = LanguageSwitcher(QCoreApplication.instance())
        _switcher.destroyed.connect(_forget_switcher)
    return _switcher


def _forget_switcher() -> None:
    global _switcher
    _switcher = None


class _LanguageWatcher(QObject):
    def __init__(self, watched: QObject, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def retranslate_on_language_change(widget: QObject, retranslate: Callable[[], None]) -> None:
    """Call `retranslate` whenever the language changes (Qt sends each widget LanguageChange)."""
    _LanguageWatcher(widget, retranslate)
