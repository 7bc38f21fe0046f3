"""Readers and writers of exchange formats (xlsx, csv, vCard, iCalendar); no Qt, no SQLAlchemy."""
