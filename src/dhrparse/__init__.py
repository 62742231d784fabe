"""dhrparse: structured data from Domestic Homicide Reviews, Serious Case Reviews and
their action plans.

    >>> import dhrparse
    >>> doc = dhrparse.extract("report.pdf")          # or the report's text as a str
    >>> [r.ref for r in doc.recommendations]
"""
__version__ = "0.1.0"

from .models import Document  # noqa: E402
from .pipeline import extract  # noqa: E402
from . import readers  # noqa: E402,F401  (dhrparse.readers.ReadError for callers)

__all__ = ["Document", "extract", "__version__"]
