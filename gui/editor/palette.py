"""LayerPalette: the kinds from the core registry in named groups, with search-as-you-type.

Drag a kind into the block, or double-click / Enter it. Typing in the search field filters
the list at once (name, group or what the kind does); Enter there adds the first match, Down
moves into the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP
from core.layers.registry import LAYER_KINDS
from core.model.step_editing import STEP_KINDS
from core.model.steps import FUNCTIONS
from gui.editor.block_model import KIND_ROLE, kinds_mime
from gui.language import retranslate_on_language_change
from gui.style import icon

# Palette groups, in the order a learner meets them. A kind the table does not name yet (a new
# registry entry) still shows, under "Other": nothing in the registry is ever unreachable.
GROUPS: dict[str, tuple[str, ...]] = {
    QT_TRANSLATE_NOOP("LayerPalette", "Convolution"): ("Conv2d", "ConvTranspose2d"),
    QT_TRANSLATE_NOOP("LayerPalette", "Linear"): ("Linear",),
    QT_TRANSLATE_NOOP("LayerPalette", "Normalisation"): ("BatchNorm2d", "BatchNorm1d", "LayerNorm", "GroupNorm"),
    QT_TRANSLATE_NOOP("LayerPalette", "Activation"): (
        "ReLU",
        "LeakyReLU",
        "GELU",
        "SiLU",
        "Sigmoid",
        "Tanh",
        "Softmax",
        "LogSoftmax",
    )
    + ("F.relu", "F.gelu", "torch.sigmoid"),
    QT_TRANSLATE_NOOP("LayerPalette", "Pooling"): (
        "MaxPool2d",
        "AvgPool2d",
        "AdaptiveAvgPool2d",
        "F.max_pool2d",
        "F.avg_pool2d",
    )
    + ("F.adaptive_avg_pool2d",),
    QT_TRANSLATE_NOOP("LayerPalette", "Dropout"): ("Dropout", "Dropout2d", "F.dropout"),
    QT_TRANSLATE_NOOP("LayerPalette", "Shape"): ("Flatten", "Identity", "Upsample", "torch.flatten", "x.view"),
    QT_TRANSLATE_NOOP("LayerPalette", "Merge"): ("add", "torch.cat"),
}
# forward steps that register nothing: the icon of the module they stand for, and what they do
STEP_ICONS = {"x.view": "View", "add": "Add", "torch.cat": "Concat", "torch.flatten": "Flatten"}
STEP_TIPS = {  # in English, marked: shown through step_tip()
    "add": QT_TRANSLATE_NOOP(
        "LayerPalette", "out + identity: adds two values (a residual's skip). Choose what it reads in its properties."
    ),
    "torch.cat": QT_TRANSLATE_NOOP(
        "LayerPalette", "torch.cat([a, b], dim=1): joins values along the channels (DenseNet, UNet)."
    ),
    "x.view": QT_TRANSLATE_NOOP("LayerPalette", "x.view(x.size(0), -1): the same numbers in another shape."),
}
OTHER = QT_TRANSLATE_NOOP("LayerPalette", "Other")
GROUP_ROLE = Qt.ItemDataRole.UserRole + 20  # on header items: the group's name


def group_of(kind: str) -> str:
    return next((group for group, members in GROUPS.items() if kind in members), OTHER)


def grouped_kinds(kinds: list[str]) -> dict[str, list[str]]:
    """`kinds` by group, groups in GROUPS order, kinds in registry order; empty groups left out."""
    groups: dict[str, list[str]] = {name: [] for name in (*GROUPS, OTHER)}
    for kind in kinds:
        groups[group_of(kind)].append(kind)
    return {name: members for name, members in groups.items() if members}


def group_title(group: str) -> str:
    """A group's name in the current language."""
    return QCoreApplication.translate("LayerPalette", group)


def step_tip(kind: str) -> str | None:
    """What a forward step does, in the current language (None: not a step with its own tip)."""
    tip = STEP_TIPS.get(kind)
    return QCoreApplication.translate("LayerPalette", tip) if tip is not None else None


def _matches(kind: str, word: str) -> bool:
    group = group_of(kind)
    if word in kind.lower() or word in group.lower() or word in group_title(group).lower():
        return True
    summaries = {STEP_TIPS.get(kind) or "", step_tip(kind) or ""}
    if not STEP_TIPS.get(kind):
        summaries.add(LAYER_KINDS.get(step_icon(kind), LAYER_KINDS["Identity"]).summary)
    return any(
        part.startswith(word)
        for summary in summaries
        for part in summary.lower().replace(",", " ").replace(".", " ").split()
    )


def step_icon(name: str) -> str:
    function = FUNCTIONS.get(name)
    return STEP_ICONS.get(name) or (function.kind if function is not None and function.kind else name)


def kind_tooltip(kind: str) -> str:
    """What the layer does and how its output size follows from its input."""
    if kind in STEP_KINDS:
        tip = step_tip(kind) or f"{LAYER_KINDS[step_icon(kind)].summary}"
        return QCoreApplication.translate(
            "LayerPalette",
            "<b>{kind}</b> (a function in forward: nothing to register)<br>{tip}<br>Drag into the block.",
        ).format(kind=kind, tip=tip)
    spec = LAYER_KINDS[kind]
    return QCoreApplication.translate(
        "LayerPalette", "<b>nn.{kind}</b><br>{summary}<br><i>{size_rule}</i><br>Drag into the block, or double-click."
    ).format(kind=kind, summary=spec.summary, size_rule=spec.size_rule)


class KindList(QListWidget):
    """Group headers and kind items; a drag carries the kinds, never a header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paletteList")
        self.setIconSize(QSize(22, 22))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(1)

    def mimeTypes(self) -> list[str]:
        return list(kinds_mime([]).formats())

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        return kinds_mime([item.data(KIND_ROLE) for item in items if item.data(KIND_ROLE)])


class LayerPalette(QWidget):
    """The search field over the grouped kinds; activating a kind asks for it to be appended."""

    kindActivated = Signal(str)  # double-click or Enter: append this kind to the block

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerPalette")
        self.search = QLineEdit()
        self.search.setObjectName("paletteSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.set_filter)
        self.search.returnPressed.connect(self._activate_first_match)
        self.search.installEventFilter(self)
        self.list = KindList()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.list)  # focusing the palette (a click on its title, a shortcut) lands on the kinds
        self._items: dict[str, QListWidgetItem] = {}
        self._headers: dict[str, QListWidgetItem] = {}
        header_font = QFont(self.font())
        header_font.setBold(True)
        header_font.setPointSizeF(max(header_font.pointSizeF() * 0.85, 7.0))
        for group, members in grouped_kinds([*LAYER_KINDS, *STEP_KINDS]).items():
            header = QListWidgetItem()
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # a label: not selectable, not draggable
            header.setData(GROUP_ROLE, group)
            header.setFont(header_font)
            header.setSizeHint(QSize(0, 22))
            self.list.addItem(header)
            self._headers[group] = header
            for kind in members:
                item = QListWidgetItem(icon(step_icon(kind) if kind in STEP_KINDS else kind), kind)
                item.setData(KIND_ROLE, kind)
                item.setSizeHint(QSize(0, 30))
                self.list.addItem(item)
                self._items[kind] = item
        self.list.itemActivated.connect(self._on_item_activated)
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The search hint, the group headers and each kind's tooltip, in the current language."""
        self.search.setPlaceholderText(self.tr("Search layers…"))
        for group, header in self._headers.items():
            header.setText(group_title(group).upper())
        for kind, item in self._items.items():
            item.setToolTip(kind_tooltip(kind))

    # ---- reading ---------------------------------------------------------------------------

    def item_for(self, kind: str) -> QListWidgetItem:
        return self._items[kind]

    def groups(self) -> dict[str, list[str]]:
        """The groups as listed: name -> its kinds, in order."""
        return grouped_kinds(list(self._items))

    def visible_kinds(self) -> list[str]:
        """The kinds the current search leaves in the list, top to bottom."""
        return [kind for kind, item in self._items.items() if not item.isHidden()]

    # ---- search ----------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show only the kinds that match every typed word: in the name or group, or as the
        start of a word of what the kind does ("norm" finds BatchNorm2d and "normalises")."""
        words = text.lower().split()
        for kind, item in self._items.items():
            item.setHidden(not all(_matches(kind, word) for word in words))
        for group, members in self.groups().items():
            self._headers[group].setHidden(all(self._items[kind].isHidden() for kind in members))
        visible = self.visible_kinds()
        if words and visible:
            self.list.setCurrentItem(self._items[visible[0]])  # what Enter would add
        else:
            self.list.clearSelection()

    def _activate_first_match(self) -> None:
        visible = self.visible_kinds()
        if visible and self.search.text().strip():
            self.kindActivated.emit(visible[0])

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND_ROLE)
        if kind:
            self.kindActivated.emit(kind)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the search field walks on into the (filtered) list; Escape clears the search
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.visible_kinds():
                self.list.setFocus()
                self.list.setCurrentItem(self._items[self.visible_kinds()[0]])
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        return QSize(170, 400)
