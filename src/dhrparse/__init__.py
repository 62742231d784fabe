"""dhrparse: structured data from Domestic Homicide Reviews, Serious Case Reviews and
their action plans.

    >>> import dhrparse
    >>> doc = dhrparse.extract("report.pdf")          # or the report's text as a str
    >>> [r.ref for r in doc.recommendations]
    >>> actions = dhrparse.to_dataframe(doc, "actions")   # pandas, typed (optional extra)
    >>> chronology = dhrparse.read_csv("out/chronology.csv")
"""

__version__ = "0.1.0"

from dhrparse.models import (
    Action,
    ChronologyEvent,
    DateValue,
    Document,
    ExtractionWarning,
    Location,
    Recommendation,  # noqa: E402
    Review,
)
from dhrparse.pipeline import extract  # noqa: E402
from dhrparse.readers import ReadError  # noqa: E402

# the table helpers (CSV reading, pandas frames) are imported when first asked for: a command
# line extract never uses them
_FRAMES = ("csv_dtypes", "read_csv", "to_dataframe")


def __getattr__(name: str):
    if name in _FRAMES:
        from dhrparse.output import frames

        return getattr(frames, name)
    # The record of what could not be read is models.ExtractionWarning (a class named "Warning"
    # shadows Python's own); users have always imported it as dhrparse.Warning, which stays.
    if name == "Warning":
        return ExtractionWarning
    raise AttributeError(f"module 'dhrparse' has no attribute {name!r}")


__all__ = [
    "extract",
    "ReadError",
    "Document",
    "Review",
    "Recommendation",
    "Action",
    "ChronologyEvent",
    "Warning",
    "Location",
    "DateValue",
    "read_csv",
    "to_dataframe",
    "csv_dtypes",
    "__version__",
]
