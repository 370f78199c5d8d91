"""The mission editor: one module per tab, registered in :data:`ui.editor.tabs.TABS`."""
