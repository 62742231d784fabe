"""Notes typed under a rule of underscores are footnotes, not the report's paragraphs."""

from dhrparse.document import BLANK, FOOTNOTE, FURNITURE, TEXT, Line
from dhrparse.prepare.footnote_rules import mark_ruled_footnotes


def _lines(*texts: str) -> list[Line]:
    return [Line(number=k, text=t, raw=t, kind=TEXT if t else BLANK) for k, t in enumerate(texts, 1)]


def test_numbered_notes_under_a_rule_are_footnotes_until_the_text_resumes():
    lines = _lines(
        "On 4 May 2021 she called the police.",
        "",
        "_______________",
        "2 The call recording was not kept; the account is from the log.",
        "3 The officer has since left the force and",
        "could not be interviewed.",
        "",
        "4.7",
    )
    mark_ruled_footnotes(lines)
    assert [ln.kind for ln in lines] == [TEXT, BLANK, FURNITURE, FOOTNOTE, FOOTNOTE, FOOTNOTE, BLANK, TEXT]


def test_a_rule_over_anything_but_a_numbered_note_stays_text():
    lines = _lines("Signed", "_______________", "Chair of the Review Panel")
    mark_ruled_footnotes(lines)
    assert [ln.kind for ln in lines] == [TEXT, TEXT, TEXT]
