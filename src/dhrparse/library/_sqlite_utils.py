"""sqlite-utils, imported without pandas and numpy.

sqlite-utils imports pandas and numpy when they are installed, only to convert
their value types; that costs up to a second at start-up, more than converting the
three bundled samples. dhrparse never hands it a pandas or numpy value, so the
import is made to see neither (unless the program already loaded them).
"""

from __future__ import annotations

import sys

_hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
for _name in _hidden:
    sys.modules[_name] = None  # type: ignore[assignment]  # makes `import pandas` raise ImportError
try:
    import sqlite_utils
finally:
    for _name in _hidden:
        if sys.modules.get(_name) is None:
            del sys.modules[_name]

Database = sqlite_utils.Database

__all__ = ["Database", "sqlite_utils"]
