"""A person's name a form prints in fields of its own under their role: "Independent Chair" /
"Title: Dr" / "First name(s): Anouska Maren" / "Surname: Delacroix-Bankole". The given names and
the surname are joined, given names first and the title left off, as every other author is recorded."""

from __future__ import annotations

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns

FIELD_LINES = 4  # (a title, the given names, the surname, and one other field between)


class NameFields:
    """The labels of a form's name fields (patterns/review.toml [author] name_fields)."""

    def __init__(self, p: Patterns):
        fields = p.get("review.author.name_fields", {})
        self.given = compiled(fields.get("given", r"(?!x)x"))
        self.family = compiled(fields.get("family", r"(?!x)x"))
        self.other = compiled(fields.get("other", r"(?!x)x"))

    def name(self, below: list[str], ok) -> str | None:
        """The name the fields on the lines `below` a role spell, checked by `ok`; None unless
        both the given names and the surname are filled in, each on a line of its own."""
        parts: dict[str, str] = {}
        for line in below[:FIELD_LINES]:
            label = next(
                (
                    (part, m)
                    for part, rx in (("given", self.given), ("family", self.family))
                    if (m := rx.match(line))
                ),
                None,
            )
            if label is not None:
                parts.setdefault(label[0], line[label[1].end() :].strip())
            elif not self.other.match(line):
                break  # (the fields end where the form's next label or a blank line starts)
        if not parts.get("given") or not parts.get("family"):
            return None
        return ok(f"{parts['given']} {parts['family']}")
