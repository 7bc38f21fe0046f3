"""Dialogs: editing forms and wizards opened from the pages."""
