"""MainWindow: palette, block cards, properties, live source, analysis and inspector tabs.

The window owns one BlockDocument; every panel observes it. Panels added later by other
parts of the app (run, activations, timing, the learner lens) go in with `add_inspector_tab`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.analysis.formatting import bytes_text, grouped, shape_text, short
from core.files.project_file import ProjectFileError, load_block
from core.i18n import QT_TRANSLATE_NOOP
from gui.document.autosave import Autosaver, crash_leftovers
from gui.document.document import BlockDocument
from gui.document.file_actions import FileController
from gui.document.import_python import import_python
from gui.document.settings import app_settings, forget_recent_files, recent_files
from gui.editor.block_view import BlockView
from gui.editor.palette import LayerPalette
from gui.focus_marks import FocusMarks
from gui.inspectors.learn_panel import LearnPanel
from gui.inspectors.summary_table import SummaryTable
from gui.language import retranslate_on_language_change
from gui.preferences import PreferencesDialog
from gui.properties.properties_panel import PropertiesPanel
from gui.run.run_tabs import TorchImport, add_loading_tabs, add_run_tabs
from gui.source.code_view import CodeView
from gui.steady_text import SteadyText
from gui.style import ERROR_COLOR, WARNING_COLOR, icon, set_style_sheet

APP_NAME = "Block Studio"
DEFAULT_SIZE = (1280, 720)  # without a screen to measure
SCREEN_SHARE = 0.92  # of the screen's free area a new window takes


def titled(title: str, widget: QWidget, *extra: QWidget) -> QWidget:
    """`widget` under a small section heading (plus optional widgets below it).

    `title` is the English text, marked with QT_TRANSLATE_NOOP("MainWindow", ...): the heading
    shows it translated, and again in the new language after a switch."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(3)
    heading = QLabel()
    heading.setObjectName("sectionHeading")
    box.heading = heading  # type: ignore[attr-defined]

    def retranslate() -> None:
        heading.setText(QCoreApplication.translate("MainWindow", title).upper())

    retranslate_on_language_change(heading, retranslate)
    retranslate()
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.85)
    heading.setFont(font)
    heading.setEnabled(False)  # dim, in both themes
    layout.addWidget(heading)
    layout.addWidget(widget, 1)
    for item in extra:
        layout.addWidget(item)
    return box


class MainWindow(QMainWindow):
    runTabsAdded = Signal()  # torch is imported and the Run, Activations, Timing, Train tabs are in

    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self.setWindowIcon(icon("app"))
        self.document = BlockDocument(parent=self)
        self.files = FileController(self, self.document)

        self.layer_palette = LayerPalette()
        self.layer_palette.kindActivated.connect(self.document.append_layer)
        self.block_view = BlockView(self.document)
        self.properties_panel = PropertiesPanel(self.document)
        self.code_view = CodeView(self.document)
        self.summary_table = SummaryTable(self.document)
        self.inspector_tabs = QTabWidget()
        self.inspector_tabs.setObjectName("inspectorTabs")
        self.inspector_tabs.setDocumentMode(True)
        self.inspector_tabs.addTab(self.summary_table, self._tab_title(self.summary_table, "Summary"))
        # the learner lens: live internals, the super() lesson and explanations (torch loads lazily)
        self.learn_panel = LearnPanel(self.document)
        self.add_inspector_tab(self.learn_panel, self._tab_title(self.learn_panel, "Learn"))
        self.learn_panel.errorLineChanged.connect(lambda line: self.code_view.mark_error_line(line or None))
        add_loading_tabs(self)  # Run, Activations, Timing: there from the start, filled once torch is in
        self.preferences_dialog: PreferencesDialog | None = None
        self._build_layout()
        self._build_menus()
        self._build_status_bar()

        self._was_omitted = self.document.block.super_style == "omitted"
        self.document.changed.connect(self._on_changed)
        self.document.editRefused.connect(
            lambda why: self.statusBar().showMessage(self.tr("Not done: {why}").format(why=why), 15000)
        )
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self._on_changed()
        self._restore_settings()
        if path is not None:
            self._open_at_start(path)
        self.autosaver = Autosaver(self.document)
        if self.autosaver.problem is not None:  # the app still starts; the user must know work is unguarded
            self.autosave_off = QLabel()
            self.autosave_off.setStyleSheet(f"color: {WARNING_COLOR};")
            self.statusBar().addPermanentWidget(self.autosave_off)
        retranslate_on_language_change(self, self._on_language_change)
        self.retranslate_ui()
        QTimer.singleShot(0, self.offer_crash_restore)
        self.run_panel = self.activation_view = self.timing_view = None  # built once torch is imported
        self._torch_import = TorchImport(self)
        self._closed = False
        self._torch_import.finished.connect(self._on_torch_imported)
        # started once the window has had a moment to paint: the window comes first, torch after.
        # A timer the window owns and stops on close: a fire-and-forget one could start the
        # thread after closeEvent waited for it, and a running QThread destroyed aborts the process.
        self._torch_timer = QTimer(self, singleShot=True, interval=100)
        self._torch_timer.timeout.connect(self._start_torch_import)
        self._torch_timer.start()

    # ---- layout --------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.input_label = SteadyText(stretch=True)
        self.output_label = SteadyText(stretch=True)
        for label in (self.input_label, self.output_label):
            label.setObjectName("shapeLabel")
        block_box = QWidget()
        block_layout = QVBoxLayout(block_box)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.setSpacing(2)
        block_layout.addWidget(self.input_label)
        block_layout.addWidget(self.block_view, 1)
        block_layout.addWidget(self.output_label)

        # left: the palette; middle: the cards over the selected layer's properties;
        # right: the generated source over the summary and inspector tabs
        self.middle_splitter = QSplitter(Qt.Orientation.Vertical)
        self.middle_splitter.setObjectName("middleSplitter")
        self.middle_splitter.addWidget(titled(QT_TRANSLATE_NOOP("MainWindow", "Block"), block_box))
        self.middle_splitter.addWidget(titled(QT_TRANSLATE_NOOP("MainWindow", "Properties"), self.properties_panel))

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.code_view)
        self.right_splitter.addWidget(self.inspector_tabs)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(titled(QT_TRANSLATE_NOOP("MainWindow", "Layers"), self.layer_palette))
        self.main_splitter.addWidget(self.middle_splitter)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(2, 1)
        for splitter in self.splitters:
            splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        self.properties_panel.set_tab_after(self.block_view)  # Tab from the cards into the editors
        self.focus_marks = FocusMarks(
            [self.layer_palette.list, self.block_view], self
        )  # one bright selection: the focused list
        self.main_splitter.setSizes([180, 400, 700])
        self.middle_splitter.setSizes([300, 400])
        self.right_splitter.setSizes([300, 380])

    @property
    def splitters(self) -> tuple[QSplitter, ...]:
        return (self.main_splitter, self.middle_splitter, self.right_splitter)

    def add_inspector_tab(self, widget: QWidget, title: str) -> int:
        """Add a panel (run, activations, timing, lens) as a tab beside the summary table."""
        return self.inspector_tabs.addTab(widget, title)

    @staticmethod
    def _tab_title(widget: QWidget, fallback: str) -> str:
        """The panel's own title in the current language (its `tab_title()`), else `fallback`."""
        tab_title = getattr(widget, "tab_title", None)
        return tab_title() if callable(tab_title) else fallback

    def retranslate_tabs(self) -> None:
        """Each inspector tab's title anew, from its panel's `tab_title()` (others keep theirs)."""
        for index in range(self.inspector_tabs.count()):
            widget = self.inspector_tabs.widget(index)
            tab_title = getattr(widget, "tab_title", None)
            if callable(tab_title):
                self.inspector_tabs.setTabText(index, tab_title())

    # ---- menus ---------------------------------------------------------------------------

    def _action(self, menu: QMenu, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # noqa: ANN001
        act = menu.addAction("")  # its text is set in retranslate_ui
        act.triggered.connect(slot)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("")
        keys = QKeySequence.StandardKey
        self.new_action = self._action(file_menu, self.files.new, keys.New)
        self.open_action = self._action(file_menu, self.files.open, keys.Open)
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.import_action = self._action(file_menu, lambda: import_python(self.files), "Ctrl+I")
        self.examples_menu = file_menu.addMenu("")
        self.example_actions: dict[str, QAction] = {}
        for file_name in self.files.examples():
            act = self.examples_menu.addAction("")  # titled in retranslate_ui (core names the examples)
            act.triggered.connect(lambda _=False, f=file_name: self.files.open_example(f))
            self.example_actions[file_name] = act
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, self.files.save, keys.Save)
        self.save_as_action = self._action(file_menu, self.files.save_as, "Ctrl+Shift+S")
        self.export_action = self._action(file_menu, self.files.export_python, "Ctrl+E")
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.close, keys.Quit)

        self.edit_menu = edit_menu = bar.addMenu("")
        stack = self.document.undo_stack
        # our own actions rather than QUndoStack's: their prefix ("&Undo") follows the language
        self.undo_action = QAction(self, enabled=stack.canUndo())
        self.undo_action.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = QAction(self, enabled=stack.canRedo())
        self.redo_action.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.redoTextChanged.connect(self._update_undo_texts)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for act in (
            self.block_view.delete_action,
            self.block_view.duplicate_action,
            self.block_view.move_up_action,
            self.block_view.move_down_action,
            self.block_view.select_all_action,
            self.block_view.wrap_action,
        ):
            edit_menu.addAction(act)
        edit_menu.addSeparator()
        self.copy_code_action = self._action(edit_menu, self.code_view.copy, "Ctrl+Shift+C")
        self.copy_code_action.triggered.connect(self._confirm_copy)
        copy_button = self.code_view.findChild(QPushButton, "copyCode")
        if copy_button is not None:
            copy_button.clicked.connect(self._confirm_copy)
        self.block_settings_action = self._action(edit_menu, lambda: self.block_view.select_rows([]), "Ctrl+B")
        edit_menu.addSeparator()
        self.preferences_action = self._action(edit_menu, self.show_preferences, "Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.help_menu = help_menu = bar.addMenu("")
        self.about_action = self._action(help_menu, self._about)

    def retranslate_ui(self) -> None:
        """Every text the window itself shows, in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New"))
        self.open_action.setText(self.tr("&Open..."))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.import_action.setText(self.tr("&Import Python..."))
        self.examples_menu.setTitle(self.tr("E&xamples"))
        for file_name, title in self.files.examples().items():
            self.example_actions[file_name].setText(i18n.translate("Examples", title))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As..."))
        self.export_action.setText(self.tr("&Export Python..."))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._update_undo_texts()
        self.copy_code_action.setText(self.tr("&Copy Source"))
        self.block_settings_action.setText(self.tr("&Block Settings"))
        self.preferences_action.setText(self.tr("&Preferences..."))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Block Studio"))
        if self.autosaver.problem is not None:
            self.autosave_off.setText(self.tr("Autosave is off: {problem}").format(problem=self.autosaver.problem))

    def _on_language_change(self) -> None:
        self.retranslate_ui()
        self.retranslate_tabs()
        self._on_changed()  # the status bar and the shape lines

    def _update_undo_texts(self) -> None:
        """ "&Undo Delete 2 layers": the prefix in the current language, the step's text as it was made."""
        stack = self.document.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("&Undo {step}").format(step=undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {step}").format(step=redo) if redo else self.tr("&Redo"))

    def show_preferences(self) -> PreferencesDialog:
        """The Preferences dialog (one, kept open beside the window: choices apply at once)."""
        if self.preferences_dialog is None:
            self.preferences_dialog = PreferencesDialog(self)
        self.preferences_dialog.show()
        self.preferences_dialog.raise_()
        return self.preferences_dialog

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _=False, p=path: self.files.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear Menu"), forget_recent_files).setEnabled(bool(files))

    def recent_menu_paths(self) -> list[str]:
        """The files Open Recent lists, newest first."""
        return recent_files()

    def _confirm_copy(self) -> None:
        lines = len(QApplication.clipboard().text().splitlines())
        self.statusBar().showMessage(
            self.tr("Copied the generated source ({lines} lines) to the clipboard.").format(lines=lines), 6000
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Block Studio"),
            self.tr(
                "<b>Block Studio</b><p>Build a PyTorch <code>nn.Module</code> by dragging layers and see "
                "the exact source it corresponds to, starting with <code>super().__init__()</code>, "
                "which registers every layer you assign to <code>self</code>.</p>"
            ),
        )

    # ---- status and title ------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.status_error = QLabel()
        self.status_error.setObjectName("statusError")
        self.status_totals = SteadyText()
        self.status_totals.setObjectName("statusTotals")
        self.status_error.setWordWrap(True)  # a long note wraps onto a second line instead of being cut
        # a wrapping label laid out at width 1 asks for a line per word: the bar stood 75 px tall
        # for "Ready" and jumped to 22 px for every message; at least ~24 characters keeps it one line
        self.status_error.setMinimumWidth(self.status_error.fontMetrics().averageCharWidth() * 24)
        self.statusBar().addWidget(self.status_error, 1)
        self.statusBar().addPermanentWidget(self.status_totals)
        # as tall with a passing message as with the labels: a message must not shift the window
        self.statusBar().setMinimumHeight(self.statusBar().sizeHint().height())
        # what an edit did (Wrap in Residual's projection, ...): in the status bar, never a dialog
        self.document.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 15000))

    def _on_changed(self) -> None:
        document = self.document
        analysis = document.analysis
        self.status_totals.setText(
            self.tr("{params} params  ·  {mult_adds} mult-adds  ·  {activations} activations").format(
                params=grouped(analysis.total_params),
                mult_adds=short(analysis.total_mult_adds),
                activations=bytes_text(analysis.total_activation_bytes),
            )
        )
        error = document.error_text
        warnings = analysis.warnings
        if error:
            set_style_sheet(self.status_error, f"color: {ERROR_COLOR};")
            self.status_error.setText(self.tr("Error: {error}").format(error=error))
        elif warnings:
            set_style_sheet(self.status_error, f"color: {WARNING_COLOR};")
            self.status_error.setText(self.tr("Note: {warning}").format(warning=warnings[0]))
        elif document.block.super_style == "omitted":
            set_style_sheet(self.status_error, f"color: {WARNING_COLOR};")
            learn = self.inspector_tabs.tabText(self.inspector_tabs.indexOf(self.learn_panel))
            self.status_error.setText(
                self.tr("Teaching mode: without super().__init__() the class cannot be built (see {learn})").format(
                    learn=learn
                )
            )
        else:
            set_style_sheet(self.status_error, "")
            self.status_error.setText(self.tr("Ready: the block is valid."))
        self.status_error.setToolTip(error or "\n".join(warnings))
        self.input_label.setText(self.tr("  in   {shape}").format(shape=shape_text(analysis.input_shape)))
        out = shape_text(analysis.output_shape) if analysis.ok else self.tr("— (the block has an error)")
        self.output_label.setText(self.tr("  out  {shape}").format(shape=out))
        self._update_title()
        self._follow_teaching_mode()

    def _follow_teaching_mode(self) -> None:
        """Switching the super call to "omitted" is the seed's lesson: show it at once."""
        omitted = self.document.block.super_style == "omitted"
        # only once the window is up: at start the lesson must not import torch before the window shows
        if omitted and not self._was_omitted and self.isVisible() and self.document.generated is not None:
            self.inspector_tabs.setCurrentWidget(self.learn_panel)
            self.learn_panel.instantiate()  # fails with PyTorch's real error, marks the line, explains
        self._was_omitted = omitted

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified())

    # ---- settings and lifetime ------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        self._fit_to_screen(fill=not restored)
        for splitter in self.splitters:
            state = settings.value(f"window/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def _fit_to_screen(self, fill: bool) -> None:
        """A new window takes most of the screen (not 1280x720 on any screen); a restored one is
        shrunk to fit the screen it opens on now, which may be smaller than the one it was saved on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(*DEFAULT_SIZE)
            return
        area = screen.availableGeometry()
        if fill:
            self.resize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
            self.move(area.center() - self.rect().center())
        elif self.width() > area.width() or self.height() > area.height():
            self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
            self.move(area.topLeft())

    def _save_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        for splitter in self.splitters:
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        settings.sync()

    def _open_at_start(self, path: str) -> None:
        try:
            block = load_block(path)
        except ProjectFileError as exc:
            error = exc  # the name `exc` is gone once the except block ends
            # after the window is up, so the dialog has something to sit on
            QTimer.singleShot(0, lambda: self.files.show_load_error(path, error))
            return
        self.document.replace(block, Path(path))

    def _start_torch_import(self) -> None:
        if not self._closed:
            self._torch_import.start()

    def _on_torch_imported(self) -> None:
        if not self._closed:  # a window closed meanwhile must not start a worker thread
            add_run_tabs(self)
            self.runTabsAdded.emit()

    def offer_crash_restore(self) -> bool:
        """After a crash, offer the newest autosaved work; True when it was restored."""
        if self._closed:  # closed before this first tick: the leftovers stay for the next start
            return False
        set_aside: list[Path] = []
        leftovers = crash_leftovers(self.autosaver.folder, set_aside)
        if set_aside:
            where = "\n".join(str(path) for path in set_aside)
            QMessageBox.warning(
                self,
                self.tr("Autosave kept aside"),
                self.tr("Autosaved work that cannot be opened again is kept here:\n\n{where}").format(where=where),
            )
        if not leftovers:
            return False
        newest = leftovers[0]
        name = Path(newest.original_path).name if newest.original_path else self.tr("an untitled block")
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Restore unsaved work?"),
            self.tr(
                "Block Studio closed without saving {name} ({class_name}, {count} layers, autosaved {saved_at})."
                "\n\nRestore it?"
            ).format(
                name=name,
                class_name=newest.block.class_name,
                count=len(newest.block.layers),
                saved_at=newest.saved_at,
            ),
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        if answer == buttons.Yes:
            self.document.replace(newest.block, Path(newest.original_path) if newest.original_path else None)
            self.document.undo_stack.resetClean()  # restored work is unsaved work
            self._update_title()
        newest.remove()
        return answer == buttons.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self._closed = True
        self._torch_timer.stop()
        self.autosaver.close()
        self._save_settings()
        # the user sees the window go now; a torch import or a forward pass still running
        # (seconds) finishes unseen before the threads are stopped
        self.hide()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self._torch_import.wait()  # a QThread destroyed while running aborts the process
        # inspector panels own worker threads: stop them before Qt destroys the widgets
        for index in range(self.inspector_tabs.count()):
            shutdown = getattr(self.inspector_tabs.widget(index), "shutdown", None)
            if callable(shutdown):
                shutdown()
        event.accept()
