"""Reusable widgets: search field, highlight delegate, navigation, form helpers."""
