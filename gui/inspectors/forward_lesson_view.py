"""ForwardLessonView: the Learn tab's "Register or not" lesson, run on the live block.

One button generates the mistake for real (the block's Conv2d created inside forward) and shows
what the two live objects did; core.learn.forward_lesson measures everything (torch loads then).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from core.codegen.loader import LoadError
from core.i18n import QT_TRANSLATE_NOOP
from gui.document.document import BlockDocument
from gui.language import retranslate_on_language_change
from gui.style import ERROR_COLOR

INTRO = QT_TRANSLATE_NOOP(
    "ForwardLessonView",
    "<h3>Why may <code>F.relu</code> be called in <code>forward</code>, when <code>nn.Conv2d</code> "
    "must be assigned in <code>__init__</code>?</h3>"
    "<p><code>F.relu</code> is a function: it holds no weights and no state, so there is nothing to "
    "register. A <code>Conv2d</code> owns a weight and a bias; assigned to <code>self</code> in "
    "<code>__init__</code>, <code>nn.Module.__setattr__</code> files it in <code>_modules</code>, and "
    "from then on <code>parameters()</code>, <code>state_dict()</code> and <code>.to(device)</code> "
    "know about it.</p><p>Press the button to generate the mistake for real: your block with its "
    "Conv2d created inside <code>forward</code>, built and run next to the block as it is.</p>",
)  # English, marked: translated where shown (`intro`)


def intro() -> str:
    """The lesson's introduction in the current language."""
    return QCoreApplication.translate("ForwardLessonView", INTRO)


class ForwardLessonView(QWidget):
    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationView")
        self.document = document
        self.lesson: object | None = None  # core.learn.forward_lesson.RegistrationLesson, once run
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._problem = ""  # the reason the last try could not run (shown under the introduction)
        self.run_button = QPushButton()
        self.run_button.setObjectName("registrationButton")
        self.run_button.clicked.connect(self.run)
        self.view = QTextBrowser()
        self.view.setObjectName("registrationText")
        layout.addWidget(self.run_button)
        layout.addWidget(self.view, 1)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The button and the lesson in the current language (the measured figures stay)."""
        self.run_button.setText(self.tr("Create the Conv2d inside forward (the mistake) and run both"))
        self._render()

    def _render(self) -> None:
        if self.lesson is not None:
            self.view.setHtml(intro() + lesson_html(self.lesson))
        elif self._problem:
            self.view.setHtml(intro() + f"<p style='color:{ERROR_COLOR}'>{html.escape(self._problem)}</p>")
        else:
            self.view.setHtml(intro())

    def run(self) -> bool:
        """Build the block and its mistake, run both; False (with the reason shown) if it cannot."""
        from core.learn.forward_lesson import NoLayerToMove, registration_lesson  # imports torch

        generated = self.document.generated
        if generated is None or self.document.analysis.error is not None:
            return self._show_problem(self.tr("The block has an error: fix it first, then compare."))
        try:
            lesson = registration_lesson(self.document.block, generated.source)
        except (NoLayerToMove, LoadError) as exc:
            return self._show_problem(str(exc))
        self.lesson, self._problem = lesson, ""
        self._render()
        return True

    def _show_problem(self, text: str) -> bool:
        self.lesson, self._problem = None, text
        self._render()
        return False


def lesson_html(lesson) -> str:  # noqa: ANN001 - a RegistrationLesson (core.learn imports torch)
    m = lesson.mistake
    code = "\n".join(m.source.split("\n")[m.line - 2 : m.line - 1 + m.constructor.count("\n") + 1])
    block = QCoreApplication.translate("ForwardLessonView", "(the block)")
    names = ", ".join(f"{name or block}: {kind}" for name, kind in lesson.named_modules)
    functions = ", ".join(lesson.functions) or QCoreApplication.translate(
        "ForwardLessonView", "no function (it could: F.relu(x) needs nothing in __init__)"
    )
    none = QCoreApplication.translate("ForwardLessonView", "none")
    missing = ", ".join(lesson.missing_keys) or none
    created = "; ".join(lesson.created_devices) or none
    params = f"{lesson.params_correct:,} / {lesson.params_mistake:,}"
    difference = QCoreApplication.translate("ForwardLessonView", "differ by up to {difference}").format(
        difference=f"{lesson.max_difference_mistake:.4g}"
    )
    rows = [
        (QCoreApplication.translate("ForwardLessonView", "forward calls"), functions),
        (QCoreApplication.translate("ForwardLessonView", "named_modules() of your block"), names),
        ("isinstance(F.relu, nn.Module)", str(lesson.relu_is_module)),
        (QCoreApplication.translate("ForwardLessonView", "parameters(): your block / the mistake"), params),
        (QCoreApplication.translate("ForwardLessonView", "state_dict() keys the mistake lacks"), missing),
        (
            QCoreApplication.translate("ForwardLessonView", "your block, two runs on one input"),
            QCoreApplication.translate("ForwardLessonView", "identical")
            if lesson.same_output_correct
            else QCoreApplication.translate("ForwardLessonView", "different"),
        ),
        (QCoreApplication.translate("ForwardLessonView", "the mistake, two runs on one input"), difference),
        (
            QCoreApplication.translate("ForwardLessonView", "after .to('{device}'): your block's weights").format(
                device=lesson.device
            ),
            ", ".join(lesson.correct_devices) or none,
        ),
        (QCoreApplication.translate("ForwardLessonView", "the layers forward created"), created),
    ]
    if lesson.mistake_error:  # PyTorch's own words, verbatim
        rows.append(
            (QCoreApplication.translate("ForwardLessonView", "running the mistake there"), lesson.mistake_error)
        )
    table = "".join(f"<tr><td><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>" for a, b in rows)
    stand_in = (
        QCoreApplication.translate(
            "ForwardLessonView", " (no GPU here: the <code>meta</code> device stands in for one)"
        )
        if lesson.device == "meta"
        else ""
    )
    title = QCoreApplication.translate(
        "ForwardLessonView", "<h3>The mistake, generated: <code>self.{attribute}</code> is now made in forward</h3>"
    )
    body = QCoreApplication.translate(
        "ForwardLessonView",
        "<p>Every call builds a new layer with new random weights, so the same input gives a different "
        "output; the optimizer never sees those weights (they are not in <code>parameters()</code>), a "
        "checkpoint does not save them (not in <code>state_dict()</code>), and <code>.to(device)</code> "
        "cannot move them{stand_in}: they are created on the CPU at every call.</p>",
    )
    return (
        title.format(attribute=html.escape(m.attribute))
        + f"<pre>{html.escape(code)}</pre><table cellspacing='4'>{table}</table>"
        + body.format(stand_in=stand_in)
    )
