"""Dialogs: preferences and the ones other areas add (import, export, about…)."""
