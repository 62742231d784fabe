"""A template's guidance left in beside the values filled in: "[Insert CSP logo]", "Independent
Chair: [name] Jo Roe", "Date of death: [dd/mm/yyyy] 19/02/2022", "Report author: [if different
from Chair]". Each is a square-bracketed instruction to whoever fills the form, no part of the
review's text: the cover is read without them. Only brackets opening with a template's word
(patterns/review.toml template_placeholder) are taken out; a redaction's or an editor's brackets
("[Adult A]", "[sic]", a footnote's "[3]") stay as printed."""

from __future__ import annotations

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns


def without_placeholders(line: str, p: Patterns) -> str:
    """The line without the template's bracketed instructions, its spacing closed up."""
    if "[" not in line:
        return line
    placeholder = compiled(p.get("review.template_placeholder", r"(?!x)x"))
    kept = placeholder.sub("", line)
    return " ".join(kept.split()) if kept != line else line
