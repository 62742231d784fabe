"""The labels of a plan's form boxes printed a row at a time (plan.label_rows), where a label is
more than one bare line naming a field:

- a label a narrow column wrapped, its last line straight under its first with no blank line
  between ("By whom? (Post," / "and agency):"): one label where only the two lines together name
  a field;
- a question the form asks that names no field ("How will it be done?"): a row of the box all
  the same, its answer detail of the action, so the box reads on past it. Only a short line
  ending in a question mark, set apart by blank lines like the box's other rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dhrparse.document import Line

Label = tuple[str, str, str | None]
QUESTION = "question"  # the field of a form's question no column names
MAX_QUESTION_WORDS = 10  # a form's question is short ("How will it be taken forward?")


def form_label(
    lines: list[Line], j: int, label_of: Callable[[Line], Label | None]
) -> tuple[Label, int] | None:
    """The label printed at `j` and the index after its lines, or None where none is."""
    label = label_of(lines[j])
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    if nxt is not None and nxt.number == lines[j].number + 1 and nxt.cells is None:
        joined = replace(lines[j], text=f"{lines[j].text.strip()} {nxt.text.strip()}", raw="")
        whole = label_of(joined) if nxt.text.strip().endswith((":", "?", ")")) else None
        if whole is not None and (label is None or whole[0] == label[0]) and label_of(nxt) is None:
            return whole, j + 2
    if label is not None:
        return label, j + 1
    text = lines[j].text.strip()
    if lines[j].cells is None and text.endswith("?") and len(text.split()) <= MAX_QUESTION_WORDS:
        return (QUESTION, text, None), j + 1
    return None
