"""Stray HTML tags in extracted text.

The text reader turns HTML fragments into text, but a tag it does not know, or one in
a cell a PDF/Word reader handed over, can still reach the extractors; they all compare
and store text through `flatten`.
"""
from __future__ import annotations

import re

# "<" cannot occur inside a tag: a run of "<" is scanned once, not once per character
_TAG = re.compile(r"<[^<>]++>")


def flatten(text: str) -> str:
    """`text` with any tag turned into a space and runs of whitespace into one space."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    return " ".join(text.split())
