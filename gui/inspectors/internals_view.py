"""InternalsView: a live nn.Module as PyTorch sees it, as a tree (vars, _modules, parameters, state_dict).

It only shows a `core.learn.internals.Internals` read from the object; it never lists attribute
names of its own, so what it shows is what the installed torch put there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from core.analysis.formatting import grouped
from core.i18n import QT_TRANSLATE_NOOP
from core.learn.internals import Internals, ModuleNode
from gui.language import retranslate_on_language_change

# group titles: English, marked; translated where shown (`tr_group`)
GROUP_INIT = QT_TRANSLATE_NOOP("InternalsView", "created by nn.Module.__init__")
GROUP_OWN = QT_TRANSLATE_NOOP("InternalsView", "set by {name}.__init__")
GROUP_MODULES = QT_TRANSLATE_NOOP("InternalsView", "_modules tree")
GROUP_PARAMETERS = QT_TRANSLATE_NOOP("InternalsView", "parameters")
GROUP_BUFFERS = QT_TRANSLATE_NOOP("InternalsView", "buffers")
GROUP_STATE = QT_TRANSLATE_NOOP("InternalsView", "state_dict keys")
DEFAULT_MESSAGE = QT_TRANSLATE_NOOP(
    "InternalsView", "Press Instantiate to build the block and look inside the live object."
)


def tr_group(text: str) -> str:
    """A marked text of the internals view in the current language."""
    return QCoreApplication.translate("InternalsView", text)


class InternalsView(QTreeWidget):
    """Groups of rows: name | type or shape | value, count or details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("internalsView")
        self.setColumnCount(3)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self._shown: Internals | str | None = None  # what is shown: made again after a language switch
        retranslate_on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()
        self.show_message(DEFAULT_MESSAGE)

    def retranslate_ui(self) -> None:
        self.setHeaderLabels([self.tr("Name"), self.tr("Type / shape"), self.tr("Value")])
        if isinstance(self._shown, Internals):
            self.show_internals(self._shown)
        elif self._shown == DEFAULT_MESSAGE:
            self.show_message(DEFAULT_MESSAGE)

    def show_message(self, text: str) -> None:
        """Show `text` alone (DEFAULT_MESSAGE, marked English, is translated here)."""
        self._shown = text
        if text == DEFAULT_MESSAGE:
            text = tr_group(DEFAULT_MESSAGE)
        self.clear()
        item = QTreeWidgetItem([text])
        item.setFirstColumnSpanned(True)
        self.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)

    def show_internals(self, internals: Internals) -> None:
        self._shown = internals
        self.clear()
        own = [a for a in internals.attributes if not a.from_module_init]
        created = [a for a in internals.attributes if a.from_module_init]
        attributes = self.tr("{count} attributes")
        init_group = self._group(f"vars(model): {tr_group(GROUP_INIT)}", attributes.format(count=len(created)))
        init_group.setToolTip(0, self.tr("what super().__init__() gave the object: without it, none of these exist"))
        for entry in created:
            QTreeWidgetItem(init_group, [entry.name, entry.type_name, entry.summary])
        own_title = tr_group(GROUP_OWN).format(name=internals.class_name)
        own_group = self._group(f"vars(model): {own_title}", attributes.format(count=len(own)))
        for entry in own:
            QTreeWidgetItem(own_group, [entry.name, entry.type_name, entry.summary])

        modules = self._group(tr_group(GROUP_MODULES), self.tr("submodules registered by nn.Module.__setattr__"))
        self._add_module(modules, internals.modules, "model")

        params = [t for t in internals.tensors if t.kind == "parameter"]
        buffers = [t for t in internals.tensors if t.kind == "buffer"]
        total = grouped(internals.parameter_count)
        param_detail = self.tr("{count} tensors, {total} values").format(count=len(params), total=total)
        param_group = self._group(tr_group(GROUP_PARAMETERS), param_detail)
        for t in params:
            grad = "requires_grad" if t.requires_grad else self.tr("frozen")
            QTreeWidgetItem(param_group, [t.name, _shape(t.shape), f"{grouped(t.count)}  {grad}  {t.dtype}"])
        buffer_detail = self.tr("{count} tensors: state, not learned").format(count=len(buffers))
        buffer_group = self._group(tr_group(GROUP_BUFFERS), buffer_detail)
        for t in buffers:
            QTreeWidgetItem(buffer_group, [t.name, _shape(t.shape), f"{grouped(t.count)}  {t.dtype}"])
        state_detail = self.tr("{count} keys: parameters and buffers").format(count=len(internals.state_dict_keys))
        state = self._group(tr_group(GROUP_STATE), state_detail)
        for key in internals.state_dict_keys:
            QTreeWidgetItem(state, [key])
        for index in range(self.topLevelItemCount()):
            self.topLevelItem(index).setExpanded(index != 0)  # nn.Module's 17 internals start folded
        for column in range(3):
            self.resizeColumnToContents(column)

    def _group(self, title: str, detail: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title, "", detail])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        return item

    def _add_module(self, parent: QTreeWidgetItem, node: ModuleNode, name: str) -> None:
        item = QTreeWidgetItem(parent, [name, node.type_name, node.description])
        item.setExpanded(True)
        for child in node.children:
            self._add_module(item, child, child.name)

    # ---- reading back (tests, accessibility) ---------------------------------------------

    def _find_group(self, title_part: str) -> QTreeWidgetItem | None:
        """The group whose title contains `title_part` (a GROUP_ constant, in English or translated)."""
        for part in dict.fromkeys((title_part, tr_group(title_part))):
            for index in range(self.topLevelItemCount()):
                group = self.topLevelItem(index)
                if part in group.text(0):
                    return group
        return None

    def group_names(self, title_part: str) -> list[str]:
        """The first-column texts of the rows under the group whose title contains `title_part`."""
        group = self._find_group(title_part)
        return [group.child(i).text(0) for i in range(group.childCount())] if group is not None else []

    def group_rows(self, title_part: str) -> list[tuple[str, str, str]]:
        group = self._find_group(title_part)
        if group is None:
            return []
        return [tuple(group.child(i).text(c) for c in range(3)) for i in range(group.childCount())]  # type: ignore[misc]


def _shape(shape: tuple[int, ...]) -> str:
    if shape:
        return "(" + ", ".join(str(n) for n in shape) + ")"
    return QCoreApplication.translate("InternalsView", "() scalar")
