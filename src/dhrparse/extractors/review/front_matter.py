"""A text export opening with front matter, as a site generator or a notes tool writes it: a "---"
line, 'author: "Jo Roe"', 'date_of_death: 2021-06-10', a closing "---". Its keys are the page's
labels and its values what they label: read as "Author: Jo Roe", the value's quotes set aside and
the key's underscores read as the spaces they stand for ("Date of death"); a key opens with a
capital as a printed label does (a line opening in lower case reads as the line above run on)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dhrparse.lines import Line

_FENCE = ("---",)
_CLOSING = ("---", "...")
_MOST_KEYS = 60  # the lines front matter may run to before its closing line
_KEY = re.compile(r"""^(?P<key>[A-Za-z][\w -]{0,40}?)\s*:\s+(?P<q>["']?)(?P<value>.*?)(?P=q)\s*$""")


def front_matter(lines: Sequence[Line]) -> range:
    """The positions of the front matter's lines between its fences (none when the text opens
    otherwise, or its first rule is closed by none: a rule under a title)."""
    first = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if first is None or lines[first].text.strip() not in _FENCE:
        return range(0)
    ends = lines[first + 1 : first + 1 + _MOST_KEYS]
    end = next((first + 1 + j for j, line in enumerate(ends) if line.text.strip() in _CLOSING), None)
    return range(first + 1, end) if end is not None else range(0)


def key_as_label(line: str) -> str:
    """A front matter line read as its label and value."""
    m = _KEY.match(line.strip())
    if m is None:
        return line
    key = m.group("key").replace("_", " ")
    return f"{key[:1].upper()}{key[1:]}: {m.group('value')}"  # (a label opens its line as a capital)
