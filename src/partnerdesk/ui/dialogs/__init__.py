"""Dialogs: editing forms, wizards and settings opened from the pages and menus."""
