"""Alembic revisions of the partnerdesk schema."""
