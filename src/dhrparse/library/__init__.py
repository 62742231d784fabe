"""A library of reviews: one SQLite database for a whole collection.

store (documents and their records, one transaction per document) -> identity
(which review a document belongs to) -> versions (action-plan rows matched across
a review's published plans) -> repeats (the same recommendation made by different
reviews) -> outstanding (actions past their target period). `commands` holds the
CLI commands that read a library; `sink` feeds `dhrparse batch` results into one.
"""

from dhrparse.library.store import DB_NAME, Library

__all__ = ["DB_NAME", "Library"]
