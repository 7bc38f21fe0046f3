"""Dialogs: editors of one record and small one-off tasks."""
