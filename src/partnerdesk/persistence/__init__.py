"""SQLAlchemy 2 persistence: models, database opening and migrations, unit of work, search."""
