"""ForwardLessonView: the Learn tab's "Register or not" lesson, run on the live block.

One button generates the mistake for real (the block's Conv2d created inside forward) and shows
what the two live objects did; core.learn.forward_lesson measures everything (torch loads then).
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from core.codegen.loader import LoadError
from gui.document.document import BlockDocument
from gui.style import ERROR_COLOR

INTRO = (
    "<h3>Why may <code>F.relu</code> be called in <code>forward</code>, when <code>nn.Conv2d</code> "
    "must be assigned in <code>__init__</code>?</h3>"
    "<p><code>F.relu</code> is a function: it holds no weights and no state, so there is nothing to "
    "register. A <code>Conv2d</code> owns a weight and a bias; assigned to <code>self</code> in "
    "<code>__init__</code>, <code>nn.Module.__setattr__</code> files it in <code>_modules</code>, and "
    "from then on <code>parameters()</code>, <code>state_dict()</code> and <code>.to(device)</code> "
    "know about it.</p><p>Press the button to generate the mistake for real: your block with its "
    "Conv2d created inside <code>forward</code>, built and run next to the block as it is.</p>"
)


class ForwardLessonView(QWidget):
    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationView")
        self.document = document
        self.lesson: object | None = None  # core.learn.forward_lesson.RegistrationLesson, once run
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.run_button = QPushButton("Create the Conv2d inside forward (the mistake) and run both")
        self.run_button.setObjectName("registrationButton")
        self.run_button.clicked.connect(self.run)
        self.view = QTextBrowser()
        self.view.setObjectName("registrationText")
        self.view.setHtml(INTRO)
        layout.addWidget(self.run_button)
        layout.addWidget(self.view, 1)

    def run(self) -> bool:
        """Build the block and its mistake, run both; False (with the reason shown) if it cannot."""
        from core.learn.forward_lesson import NoLayerToMove, registration_lesson  # imports torch

        generated = self.document.generated
        if generated is None or self.document.analysis.error is not None:
            return self._show_problem("The block has an error: fix it first, then compare.")
        try:
            lesson = registration_lesson(self.document.block, generated.source)
        except (NoLayerToMove, LoadError) as exc:
            return self._show_problem(str(exc))
        self.lesson = lesson
        self.view.setHtml(INTRO + lesson_html(lesson))
        return True

    def _show_problem(self, text: str) -> bool:
        self.lesson = None
        self.view.setHtml(INTRO + f"<p style='color:{ERROR_COLOR}'>{html.escape(text)}</p>")
        return False


def lesson_html(lesson) -> str:  # noqa: ANN001 - a RegistrationLesson (core.learn imports torch)
    m = lesson.mistake
    code = "\n".join(m.source.split("\n")[m.line - 2 : m.line - 1 + m.constructor.count("\n") + 1])
    names = ", ".join(f"{name or '(the block)'}: {kind}" for name, kind in lesson.named_modules)
    functions = ", ".join(lesson.functions) or "no function (it could: F.relu(x) needs nothing in __init__)"
    missing = ", ".join(lesson.missing_keys) or "none"
    created = "; ".join(lesson.created_devices) or "none"
    rows = [
        ("forward calls", functions),
        ("named_modules() of your block", names),
        ("isinstance(F.relu, nn.Module)", str(lesson.relu_is_module)),
        ("parameters(): your block / the mistake", f"{lesson.params_correct:,} / {lesson.params_mistake:,}"),
        ("state_dict() keys the mistake lacks", missing),
        ("your block, two runs on one input", "identical" if lesson.same_output_correct else "different"),
        ("the mistake, two runs on one input", f"differ by up to {lesson.max_difference_mistake:.4g}"),
        (f"after .to('{lesson.device}'): your block's weights", ", ".join(lesson.correct_devices) or "none"),
        ("the layers forward created", created),
    ]
    if lesson.mistake_error:
        rows.append(("running the mistake there", lesson.mistake_error))
    table = "".join(f"<tr><td><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>" for a, b in rows)
    stand_in = " (no GPU here: the <code>meta</code> device stands in for one)" if lesson.device == "meta" else ""
    return (
        f"<h3>The mistake, generated: <code>self.{html.escape(m.attribute)}</code> is now made in forward</h3>"
        f"<pre>{html.escape(code)}</pre><table cellspacing='4'>{table}</table>"
        f"<p>Every call builds a new layer with new random weights, so the same input gives a different "
        f"output; the optimizer never sees those weights (they are not in <code>parameters()</code>), a "
        f"checkpoint does not save them (not in <code>state_dict()</code>), and <code>.to(device)</code> "
        f"cannot move them{stand_in}: they are created on the CPU at every call.</p>"
    )
