"""Readers and writers for xlsx, csv and vCard files; no Qt and no SQLAlchemy here."""
