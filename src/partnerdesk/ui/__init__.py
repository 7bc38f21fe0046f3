"""Everything QtWidgets: the main window, its pages, dialogs, models and helpers."""
