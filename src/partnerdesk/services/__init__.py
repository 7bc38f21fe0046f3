"""Use cases: the only API the GUI and the CLI call. Each function is one transaction.

Functions take a fresh unit of work (``db.uow()``) and return frozen records, never ORM
objects or sessions.
"""
