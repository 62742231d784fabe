"""Datasette plugin (registered by `pip install 'dhrparse[browse]'`): a library of
reviews opened with `datasette reviews.db` gets titles, descriptions and facets
from the shipped datasette_metadata.json. Databases that are not dhrparse
libraries are left alone."""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from importlib.resources import files

from datasette import hookimpl

LIBRARY_TABLES = {"documents", "reviews", "recommendations", "actions", "chronology", "warnings"}


def metadata() -> dict:
    return json.loads(
        files("dhrparse.library").joinpath("datasette_metadata.json").read_text(encoding="utf-8")
    )


@lru_cache(maxsize=64)
def _is_library(path: str) -> bool:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        return names >= LIBRARY_TABLES
    except sqlite3.Error:
        return False


@hookimpl
def get_metadata(datasette, key, database, table):
    shipped = metadata()
    databases = {}
    for name, db in datasette.databases.items():
        if db.path and _is_library(str(db.path)):
            databases[name] = {k: v for k, v in shipped.items() if k == "tables" or k == "description"}
    if not databases:
        return {}
    return {"title": shipped["title"], "databases": databases}
