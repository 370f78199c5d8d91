"""The Alembic migrations of the schema (loaded by Alembic from this folder) and the
table descriptions their revisions share (``tables``)."""
