"""Words a justified cover or preface hyphenated over a line break: "commissioned by the Kettles-" /
"by Community Safety Partnership", "died on 27 Septem-" / "ber 2022". The cover's readers read a
line at a time, and the broken place or month names nothing on either line, so the word's last
part goes back on the end of its first part's line, as the page would print it unbroken.

A hyphen that belongs to the word stays: after a first part that keeps its hyphen ("self-" /
"neglect", "follow-" / "up", cleaning.keep_hyphen_prefixes), before a part opening in capitals
("Adeyemi-" / "Stone") or a part hyphenated again ("Stratford-" / "upon-Avon"). A table's row
(tab-separated cells) is never joined, nor a line the part would leave empty."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dhrparse.patterns import Patterns
from dhrparse.vocab.hyphens import hyphen_kept

# a word of two letters at least, broken by a hyphen at the line's end
_BROKEN = re.compile(r"(?<![\w’'-])(?P<first>[A-Za-z]*[a-z])-$")
# the word's last part in lower case, with the punctuation printed after it, then the line's rest
_REST = re.compile(r"^(?P<part>[a-z]+(?![\w’'-])[^\s\w]*)\s+(?P<rest>\S.*)$")


def rejoined(lines: Sequence[str], p: Patterns) -> list[str]:
    """The lines with each word hyphenated over a break made whole on its first line."""
    out = list(lines)
    keep = {w.lower() for w in p.list("cleaning.keep_hyphen_prefixes")}
    for n in range(len(out) - 1):
        line, nxt = out[n].rstrip(), out[n + 1].lstrip()
        if "\t" in line or "\t" in nxt:
            continue
        broken, rest = _BROKEN.search(line), _REST.match(nxt)
        if broken is None or rest is None or len(broken.group("first")) < 2:
            continue
        if hyphen_kept(broken.group("first"), rest.group("part"), keep):
            continue
        out[n] = line[:-1] + rest.group("part")
        out[n + 1] = rest.group("rest")
    return out
