"""PropertiesPanel: the selected layer's parameters, or the block settings when none is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from gui.document.document import BlockDocument
from gui.properties.block_settings import BlockSettingsForm
from gui.properties.layer_form import LayerForm
from gui.properties.step_form import StepForm


def focus_chain(form: QWidget) -> list[QWidget]:
    """The form's keyboard-reachable widgets, in their Tab order within the form."""
    chain, widget = [], form.nextInFocusChain()
    while widget is not form and widget is not None and form.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


class PropertiesPanel(QWidget):
    def __init__(self, document: BlockDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # as needed, not off: a narrow column (a saved splitter position) must scroll, not clip
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # an invisible Tab stop; the editors take focus
        layout.addWidget(self.scroll)
        self.form: LayerForm | BlockSettingsForm | StepForm | None = None
        self.tab_after: QWidget | None = None  # the widget whose Tab leads into the editors
        document.currentLayerChanged.connect(self._sync)
        document.changed.connect(self._sync)
        self._sync()

    def _sync(self, *_: object) -> None:
        """Rebuild the form when another layer (or none) is selected; otherwise refresh values."""
        index = self.document.current_layer
        layers = self.document.block.layers
        steps = self.document.block.steps
        if steps is not None and 0 <= index < len(steps):  # a graph step: what it reads, its module
            if isinstance(self.form, StepForm) and self.form.uid == steps[index].uid:
                self.form.row = index
                self.form.refresh()
            else:
                self._show(StepForm(self.document, index))
            return
        if 0 <= index < len(layers):
            layer = layers[index]
            form = self.form
            if isinstance(form, LayerForm) and form.uid == layer.uid:
                form.index = index  # the same layer, moved: keep the editors (and their focus)
                form.refresh()
                return
            self._show(LayerForm(self.document, index))
        elif isinstance(self.form, BlockSettingsForm):
            self.form.refresh()
        else:
            self._show(BlockSettingsForm(self.document))

    def set_tab_after(self, widget: QWidget) -> None:
        self.tab_after = widget
        self._order_tabs()

    def _show(self, form: LayerForm | BlockSettingsForm | StepForm) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = form
        self.scroll.setWidget(form)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """A form built apart joins the window's Tab chain at its end: put its editors right
        after `tab_after` (the block list), where a learner pressing Tab expects them."""
        previous = self.tab_after
        for widget in focus_chain(self.form) if previous is not None and self.form is not None else []:
            QWidget.setTabOrder(previous, widget)
            previous = widget
