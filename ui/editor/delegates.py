"""Cell editors: a choice from a list (roles, currencies)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from ui.models.rows import RowsModel

#: the stored value (code) behind a choice cell, which the model gives for the delegate
CODE_ROLE = Qt.ItemDataRole.UserRole + 5


class CodedRowsModel(RowsModel):
    """Rows with a choice cell in column ``CODE_COLUMN``: ``code(row)`` is the stored
    value behind it, given for the delegate."""

    CODE_COLUMN = 2

    def code(self, row):  # pragma: no cover - every model defines it
        raise NotImplementedError

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == CODE_ROLE and index.isValid() and index.column() == self.CODE_COLUMN:
            return self.code(self.rows[index.row()])
        return super().data(index, role)


class ChoiceDelegate(QStyledItemDelegate):
    """Edit a cell by choosing one of ``choices()`` -> [(value, text)]."""

    def __init__(self, choices, parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for value, text in self.choices():
            box.addItem(text, value)
        return box

    def setEditorData(self, editor, index):
        value = index.data(CODE_ROLE)
        found = editor.findData(value)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
