"""Cell editors: a choice from a list (roles, currencies)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

#: the stored value (code) behind a choice cell, which the model gives for the delegate
CODE_ROLE = Qt.ItemDataRole.UserRole + 5


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
