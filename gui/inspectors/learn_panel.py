"""LearnPanel: the learner lens. The live object, the super().__init__() lesson, the selected layer explained.

torch is imported only when the learner presses Instantiate (or a demo button), never when
the panel is built, so the app starts without it. After the first Instantiate the panel
follows the document: each change builds the block again (small blocks take milliseconds),
so switching the super call to "omitted" shows PyTorch's real error at once.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.codegen.loader import LoadError, instantiate_class, load_module
from core.codegen.source import CodegenError
from core.i18n import QT_TRANSLATE_NOOP
from core.learn.explain import LayerExplanation, explain_layer
from core.learn.internals import MODULE_ERROR, SourceExcerpt, TeachingLesson
from gui.document.document import BlockDocument
from gui.inspectors.forward_lesson_view import ForwardLessonView
from gui.inspectors.internals_view import InternalsView
from gui.language import retranslate_on_language_change
from gui.style import ERROR_COLOR, mix, monospace_font

MAX_INSTANTIATE_PARAMS = 50_000_000  # 200 MB of float32 weights: beyond this, building is not a lesson
MAX_LIVE_PARAMS = 2_000_000  # rebuild on every edit only while that stays instant
NO_LAYER_TEXT = QT_TRANSLATE_NOOP(
    "LearnPanel", "Select a layer to see how its output size, parameters and receptive field follow from its settings."
)  # English, marked: translated where shown


class LearnPanel(QWidget):
    """Instantiate the block and look inside; learn why super().__init__() is there; read a layer's formulas."""

    errorLineChanged = Signal(int)  # 1-based generated line that failed in the document's code; 0 = none

    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnPanel")
        self.document = document
        self.model: object | None = None  # the live nn.Module, after a successful Instantiate
        self.lesson: TeachingLesson | None = None
        self.error: LoadError | None = None
        self._live = False
        self.explanation: LayerExplanation | None = None
        self.demo: object | None = None  # core.learn.internals.BatchNormDemo, after the demo ran
        self._status_text: Callable[[], str] | None = None  # makes the status line (again, after a switch)
        self._status_error = False
        self._failure_shown = False  # the internals view shows the status's failure
        self._teaching_problem: Callable[[], str] | None = None  # why the lesson could not be made

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.instantiate_button = QPushButton()
        self.instantiate_button.setObjectName("instantiateButton")
        self.instantiate_button.clicked.connect(self.instantiate)
        self.teaching_button = QPushButton()
        self.teaching_button.setObjectName("teachingButton")
        self.teaching_button.clicked.connect(self.show_lesson)
        bar.addWidget(self.instantiate_button)
        bar.addWidget(self.teaching_button)
        self.status = QLabel()
        self.status.setObjectName("learnStatus")
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("learnTabs")
        self.tabs.setDocumentMode(True)
        self.internals_view = InternalsView()
        self.tabs.addTab(self.internals_view, "")
        self.tabs.addTab(self._build_layer_page(), "")
        self.teaching_view = QTextBrowser()
        self.teaching_view.setObjectName("teachingView")
        self.tabs.addTab(self.teaching_view, "")
        self.forward_lesson_view = ForwardLessonView(document)
        self.tabs.addTab(self.forward_lesson_view, "")
        layout.addWidget(self.tabs, 1)

        document.changed.connect(self._on_changed)
        document.currentLayerChanged.connect(lambda _: self._show_layer())
        retranslate_on_language_change(self, self.retranslate_ui)
        self._set_static_texts()
        self._show_teaching()
        self._show_layer()

    def tab_title(self) -> str:
        """The inspector tab's title, in the current language."""
        return QCoreApplication.translate("InspectorTabs", "Learn")

    def _set_static_texts(self) -> None:
        self.instantiate_button.setText(self.tr("Instantiate"))
        self.instantiate_button.setToolTip(
            self.tr("Build the generated class with its default arguments and look inside")
        )
        self.teaching_button.setText(self.tr("Without super().__init__()"))
        self.teaching_button.setToolTip(self.tr("Instantiate a copy without the super call and see what PyTorch says"))
        titles = (self.tr("Live object"), self.tr("Selected layer"), self.tr("Why super()"), self.tr("Register or not"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.demo_button.setText(self.tr("Run train/eval demonstration"))
        self.demo_button.setToolTip(self.tr("Feed one input through this BatchNorm2d in eval mode, then in train mode"))

    def retranslate_ui(self) -> None:
        """Every text in the current language: buttons, tabs, the status, the lessons and the layer's
        formulas (core's text is read again, in the new language; PyTorch's own errors stay verbatim)."""
        self._set_static_texts()
        if self._status_text is not None:
            text = self._status_text()
            self._set_status(self._status_text, self._status_error)
            if self._failure_shown:
                self.internals_view.show_message(text)
        self._show_teaching()
        had_demo = bool(self.demo_view.toPlainText())
        self._show_layer()
        if had_demo and self.demo is not None:
            self.demo_view.setPlainText(self.demo.text())

    def _show_teaching(self) -> None:
        """The "Why super()" tab: its introduction, the lesson, or why there is none."""
        if self._teaching_problem is not None:
            self.teaching_view.setPlainText(self._teaching_problem())
        elif self.lesson is not None:
            generated = self.document.generated
            self.teaching_view.setHtml(_lesson_html(self.lesson, generated.source if generated else ""))
        else:
            self.teaching_view.setHtml(
                self.tr(
                    "<p>Why does every <code>nn.Module</code> start with <code>super().__init__()</code>? "
                    "Press <b>Without super().__init__()</b>, or set the super call to <i>omitted</i> and "
                    "instantiate.</p>"
                )
            )

    def _build_layer_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.layer_view = QTextBrowser()
        self.layer_view.setObjectName("layerExplanation")
        layout.addWidget(self.layer_view, 3)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("batchNormDemoButton")
        self.demo_button.clicked.connect(self.run_batchnorm_demo)
        layout.addWidget(self.demo_button)
        self.demo_view = QPlainTextEdit()
        self.demo_view.setObjectName("batchNormDemo")
        self.demo_view.setReadOnly(True)
        self.demo_view.setFont(monospace_font())
        layout.addWidget(self.demo_view, 2)
        return page

    # ---- the live object -----------------------------------------------------------------

    def instantiate(self) -> bool:
        """Build the document's generated class; show its internals, or the error (and the lesson)."""
        self._live = True
        self.model, self.error = None, None
        document = self.document
        if document.generated is None:
            return self._failed(
                lambda: self.tr("The code cannot be generated: {error}").format(error=document.codegen_error)
            )
        params = document.analysis.total_params
        if params > MAX_INSTANTIATE_PARAMS:
            return self._failed(
                lambda: self.tr("{count} parameters is too many to build here (limit {limit}).").format(
                    count=f"{params:,}", limit=f"{MAX_INSTANTIATE_PARAMS:,}"
                )
            )
        from core.learn.internals import read_internals  # imports torch on first use

        try:
            cls = load_module(document.generated.source, document.block.class_name)
            self.model = instantiate_class(cls)
        except LoadError as exc:
            self.error = exc
            self.errorLineChanged.emit(exc.line or 0)
            if MODULE_ERROR in exc.message:
                self.show_lesson()
            message = str(exc)  # PyTorch's own words, verbatim
            return self._failed(lambda: message)
        internals = read_internals(self.model)
        self.internals_view.show_internals(internals)
        self.errorLineChanged.emit(0)
        self._failure_shown = False
        self._set_status(
            lambda: self.tr("{name} instantiated: {count} parameters, {keys} state_dict keys.").format(
                name=internals.class_name, count=f"{internals.parameter_count:,}", keys=len(internals.state_dict_keys)
            )
        )
        return True

    def _failed(self, text: Callable[[], str]) -> bool:
        self._set_status(text, error=True)
        self.internals_view.show_message(self.status.text())
        self._failure_shown = True
        return False

    def _set_status(self, text: Callable[[], str], error: bool = False) -> None:
        """Show the status `text` makes (made again after a language switch)."""
        self._status_text, self._status_error = text, error
        self.status.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.status.setText(text())

    def _on_changed(self) -> None:
        if self._live:
            if self.document.analysis.total_params <= MAX_LIVE_PARAMS:
                self.instantiate()
            else:
                self.model = None
                self._set_status(lambda: self.tr("The block changed since it was instantiated."))
                self.internals_view.show_message(self.tr("The block changed: press Instantiate to build it again."))
                self._failure_shown = False
        if self.lesson is not None:  # a lesson citing lines of an older class would cite lines that moved
            self.show_lesson(switch=False)
        self._show_layer()

    # ---- teaching mode -------------------------------------------------------------------

    def show_lesson(self, switch: bool = True) -> TeachingLesson | None:
        """Instantiate a copy without super().__init__() and show the error, the source and the why
        (`switch`: bring the lesson's tab to the front)."""
        from core.learn.internals import teaching_lesson  # imports torch on first use

        try:
            self.lesson = teaching_lesson(self.document.block)
        except CodegenError as exc:
            error = str(exc)
            self._teaching_problem = lambda: self.tr("The code cannot be generated: {error}").format(error=error)
            self._show_teaching()
            return None
        self._teaching_problem = None
        self._show_teaching()
        if switch:
            self.tabs.setCurrentWidget(self.teaching_view)
        return self.lesson

    # ---- the selected layer --------------------------------------------------------------

    def _show_layer(self) -> None:
        index = self.document.current_layer
        self.demo_view.clear()
        if not 0 <= index < len(self.document.block.layers):
            self.explanation = None
            self.layer_view.setHtml(f"<p>{html.escape(QCoreApplication.translate('LearnPanel', NO_LAYER_TEXT))}</p>")
            self.demo_button.setVisible(False)
            self.demo_view.setVisible(False)
            return
        self.explanation = explain_layer(self.document.block, self.document.analysis, index)
        self.layer_view.setHtml(_explanation_html(self.explanation))
        is_batchnorm = self.explanation.kind == "BatchNorm2d" and self.explanation.input_shape is not None
        self.demo_button.setVisible(is_batchnorm)
        self.demo_view.setVisible(is_batchnorm)

    def run_batchnorm_demo(self) -> None:
        explanation = self.explanation
        if explanation is None or explanation.kind != "BatchNorm2d" or explanation.input_shape is None:
            return
        from core.learn.internals import batchnorm_demo  # imports torch on first use

        layer = self.document.block.layers[explanation.index]
        shape = tuple(explanation.input_shape)
        self.demo = batchnorm_demo(shape[1], layer.resolved(), shape)
        self.demo_view.setPlainText(self.demo.text())


def _explanation_html(e: LayerExplanation) -> str:
    title = QCoreApplication.translate("LearnPanel", "Layer {number}: {kind}").format(number=e.index + 1, kind=e.kind)
    parts = [f"<h3>{html.escape(title)}</h3>", f"<p>{html.escape(e.summary)}</p>"]
    if e.error:
        return "".join(parts) + f"<p style='color:{ERROR_COLOR}'>{html.escape(e.error)}</p>"

    def block(title: str, lines: list[str]) -> str:
        return f"<p><b>{html.escape(title)}</b></p><pre>{html.escape(chr(10).join(lines))}</pre>"

    shape_in = "x".join(str(n) for n in e.input_shape or ())
    shape_out = "x".join(str(n) for n in e.output_shape or ())
    size_lines = []
    for f in e.size:
        if f.expression != str(f.value):
            size_lines.append(f"{f.label} = {f.general}")
        size_lines.append(str(f))
    size_title = QCoreApplication.translate("LearnPanel", "Output size: {input} -> {output}")
    parts.append(block(size_title.format(input=shape_in, output=shape_out), size_lines))
    nothing = QCoreApplication.translate("LearnPanel", "none: this layer learns nothing")
    parts.append(
        block(QCoreApplication.translate("LearnPanel", "Parameters"), [f.full() for f in e.params] or [nothing])
    )
    if e.receptive_field and e.jump:
        (rh, rw), (jh, jw) = e.receptive_field, e.jump
        title = QCoreApplication.translate(
            "LearnPanel", "Receptive field {height}x{width} input pixels, effective stride {stride_h}x{stride_w}"
        ).format(height=rh, width=rw, stride_h=jh, stride_w=jw)
        parts.append(block(title, [f.full() for f in e.receptive]))
    parts += [f"<p>{html.escape(note)}</p>" for note in e.notes]
    return "".join(parts)


def code_view_line(lesson: TeachingLesson, shown_source: str) -> int | None:
    """The failing line's number in the code view's source (which may still have the super call,
    one line the lesson's class lacks); None when that source has no such line."""
    if lesson.error is None or not lesson.error.line:
        return None
    failing = lesson.source.splitlines()[lesson.error.line - 1]
    return next((n for n, text in enumerate(shown_source.splitlines(), 1) if text == failing), None)


def _lesson_html(lesson: TeachingLesson, shown_source: str = "") -> str:
    parts = [QCoreApplication.translate("LearnPanel", "<h3>Instantiating without super().__init__()</h3>")]
    where = code_view_line(lesson, shown_source)
    if where is not None and lesson.error is not None and where != lesson.error.line:
        parts.append(
            QCoreApplication.translate(
                "LearnPanel",
                "<p>Line numbers below are those of the class without the super call; "
                "in the code view, which has it, the failing line is line {line}.</p>",
            ).format(line=where)
        )
    if lesson.error is not None:  # PyTorch's own error text, verbatim; the explanation below is ours
        parts.append(f"<p style='color:{ERROR_COLOR}'><b>{html.escape(lesson.error_text)}</b></p>")
        lines = lesson.source.splitlines()
        line = lesson.error.line or 0
        context = [
            f"{'>' if n == line else ' '} {n:>3}  {lines[n - 1]}"
            for n in range(max(1, line - 3), min(len(lines), line + 1) + 1)
        ]
        parts.append(f"<pre>{html.escape(chr(10).join(context))}</pre>")
    parts.append(f"<p>{html.escape(lesson.explanation).replace(chr(10), '<br>')}</p>")
    parts.append(
        QCoreApplication.translate(
            "LearnPanel",
            "<p>The assignment runs this part of <code>nn.Module.__setattr__</code>, read from your installed torch "
            "(marked lines carry the point):</p>",
        )
    )
    parts.append(_excerpt_html(lesson.setattr_excerpt))
    parts.append(
        QCoreApplication.translate(
            "LearnPanel",
            "<p>And here <code>nn.Module.__init__</code> creates <code>_modules</code> and its siblings:</p>",
        )
    )
    parts.append(_excerpt_html(lesson.init_excerpt))
    parts.append(QCoreApplication.translate("LearnPanel", "<h3>super() or super(ClassName, self)?</h3>"))
    parts.append(f"<p>{html.escape(lesson.super_forms)}</p>")
    return "".join(parts)


def _excerpt_html(excerpt: SourceExcerpt) -> str:
    """Numbered source lines; the marked ones tinted, as the code view tints a selected layer."""
    width = len(str(excerpt.lines[-1][0])) if excerpt.lines else 1
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    mark = mix(base, QColor(ERROR_COLOR), 0.25).name()  # faint red on light and dark themes alike
    rows = []
    for number, text in excerpt.lines:
        row = html.escape(f"{number:>{width}}  {text}")
        if number in excerpt.highlight:
            row = f"<span style='background-color:{mark}'><b>{row}</b></span>"
        rows.append(row)
    title = html.escape(f"{excerpt.title}  ({excerpt.filename})")
    return f"<p><small>{title}</small></p><pre>{chr(10).join(rows)}</pre>"
