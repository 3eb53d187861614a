"""InternalsView: a live nn.Module as PyTorch sees it, as a tree (vars, _modules, parameters, state_dict).

It only shows a `core.learn.internals.Internals` read from the object; it never lists attribute
names of its own, so what it shows is what the installed torch put there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from core.analysis.formatting import grouped
from core.learn.internals import Internals, ModuleNode

GROUP_INIT = "created by nn.Module.__init__"
GROUP_OWN = "set by {name}.__init__"
GROUP_MODULES = "_modules tree"
GROUP_PARAMETERS = "parameters"
GROUP_BUFFERS = "buffers"
GROUP_STATE = "state_dict keys"


class InternalsView(QTreeWidget):
    """Groups of rows: name | type or shape | value, count or details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("internalsView")
        self.setColumnCount(3)
        self.setHeaderLabels(["Name", "Type / shape", "Value"])
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.show_message("Press Instantiate to build the block and look inside the live object.")

    def show_message(self, text: str) -> None:
        self.clear()
        item = QTreeWidgetItem([text])
        item.setFirstColumnSpanned(True)
        self.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)

    def show_internals(self, internals: Internals) -> None:
        self.clear()
        own = [a for a in internals.attributes if not a.from_module_init]
        created = [a for a in internals.attributes if a.from_module_init]
        init_group = self._group(f"vars(model): {GROUP_INIT}", f"{len(created)} attributes")
        init_group.setToolTip(0, "what super().__init__() gave the object: without it, none of these exist")
        for entry in created:
            QTreeWidgetItem(init_group, [entry.name, entry.type_name, entry.summary])
        own_group = self._group(f"vars(model): {GROUP_OWN.format(name=internals.class_name)}", f"{len(own)} attributes")
        for entry in own:
            QTreeWidgetItem(own_group, [entry.name, entry.type_name, entry.summary])

        modules = self._group(GROUP_MODULES, "submodules registered by nn.Module.__setattr__")
        self._add_module(modules, internals.modules, "model")

        params = [t for t in internals.tensors if t.kind == "parameter"]
        buffers = [t for t in internals.tensors if t.kind == "buffer"]
        total = grouped(internals.parameter_count)
        param_group = self._group(GROUP_PARAMETERS, f"{len(params)} tensors, {total} values")
        for t in params:
            grad = "requires_grad" if t.requires_grad else "frozen"
            QTreeWidgetItem(param_group, [t.name, _shape(t.shape), f"{grouped(t.count)}  {grad}  {t.dtype}"])
        buffer_group = self._group(GROUP_BUFFERS, f"{len(buffers)} tensors: state, not learned")
        for t in buffers:
            QTreeWidgetItem(buffer_group, [t.name, _shape(t.shape), f"{grouped(t.count)}  {t.dtype}"])
        state = self._group(GROUP_STATE, f"{len(internals.state_dict_keys)} keys: parameters and buffers")
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

    def group_names(self, title_part: str) -> list[str]:
        """The first-column texts of the rows under the group whose title contains `title_part`."""
        for index in range(self.topLevelItemCount()):
            group = self.topLevelItem(index)
            if title_part in group.text(0):
                return [group.child(i).text(0) for i in range(group.childCount())]
        return []

    def group_rows(self, title_part: str) -> list[tuple[str, str, str]]:
        for index in range(self.topLevelItemCount()):
            group = self.topLevelItem(index)
            if title_part in group.text(0):
                return [tuple(group.child(i).text(c) for c in range(3)) for i in range(group.childCount())]  # type: ignore[misc]
        return []


def _shape(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")" if shape else "() scalar"
