"""Qt table models over the database, one per list (paged, sorted and filtered in SQL)."""
