"""Loading the tables with the right types: refs and codes as text ("8.10" stays "8.10",
never the float 8.1), line numbers and pages as integers, date flags as booleans.

pandas is optional (`pip install 'dhrparse[pandas]'`): it is imported only when one of
these functions is called.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from dhrparse.output import columns as layout
from dhrparse.models import Document
from dhrparse.output.writers import RECORD_FILES

_FILE_TYPES = {name: rt for rt, name in RECORD_FILES.items()}


def _pandas():
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "dhrparse.read_csv and to_dataframe need pandas: pip install 'dhrparse[pandas]'"
        ) from None
    return pandas


def csv_dtypes(record_type: str) -> dict[str, str]:
    """`dtype=` for `pandas.read_csv` of a dhrparse table: text columns as str,
    counts and line numbers as nullable integers, flags as nullable booleans."""
    return {
        name: {"text": "str", "int": "Int64", "bool": "boolean"}[kind]
        for name, kind in layout.column_kinds(record_type).items()
    }


def _record_type_of(path: Path, header: list[str]) -> str:
    if path.name in _FILE_TYPES:
        return _FILE_TYPES[path.name]
    for rt in layout.LAYOUT:
        if header == layout.column_names(rt):
            return rt
    raise ValueError(f"{path}: not a dhrparse table (name it after its record type, or pass record_type=)")


def read_csv(path: str | Path, record_type: str | None = None):
    """A dhrparse CSV table (reviews.csv, recommendations.csv, actions.csv, chronology.csv,
    warnings.csv) as a pandas DataFrame with each column's declared type. The record type
    comes from the file name or the header when not given."""
    pd = _pandas()
    path = Path(path)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh), [])
    record_type = record_type or _record_type_of(path, header)
    kinds = layout.column_kinds(record_type)
    frame = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    return _typed(frame, {c: kinds.get(c, layout.TEXT) for c in frame.columns})


def to_dataframe(docs: Document | Iterable[Document], record_type: str):
    """The table of one record type for Documents in memory, typed as `read_csv` types it."""
    pd = _pandas()
    docs = [docs] if isinstance(docs, Document) else list(docs)
    names = layout.column_names(record_type)
    frame = pd.DataFrame(list(layout.table_rows(docs, record_type)), columns=names, dtype=object)
    return _typed(frame, layout.column_kinds(record_type))


def _typed(frame, kinds: dict[str, str]):
    pd = _pandas()
    for name, kind in kinds.items():
        if name not in frame:
            continue
        column = frame[name]
        if kind == layout.INT:
            frame[name] = pd.to_numeric(column, errors="coerce").astype("Int64")
        elif kind == layout.BOOL:
            frame[name] = column.map(
                lambda v: (
                    None
                    if v is None or pd.isna(v) or v == ""
                    else (v if isinstance(v, bool) else str(v).lower() == "true")
                )
            ).astype("boolean")
        else:
            frame[name] = column.map(lambda v: None if v is None or pd.isna(v) else str(v)).astype(object)
    return frame
