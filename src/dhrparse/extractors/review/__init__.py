"""Review metadata: identifier, type, area, kind of document, author, victims, date of death.

Every field is taken from what the document prints and left null where it says
nothing; nothing is guessed. Published title pages say these things in many ways:
under a label or none, with qualifications and dates run on ("Jane Doe MA,
Independent Chair and Author, March 2021"), over two lines, in capitals, or only in
the preface's prose ("commissioned by X Community Safety Partnership following the
death of Y in May 2019"). Each field is read from those forms:

- the author is the person a role names as the report's author (or, failing that,
  its chair), never a name in a panel list that no role labels;
- the area is the place in the commissioning body's name, preferring the body on
  the cover or after "commissioned by", and the kind of body the review type has;
- the date of death is a labelled one, else the date tied to the death in a title
  or sentence, never the date of a notification, conviction, inquest or report;
  a review whose subject survived (a safeguarding review of serious harm) has none;
- the type comes from the cover's title (two titles joined make a joint review),
  else from the statute the review is held under, else from the words used most.

Each field has its module here; cue words live in patterns/review.toml.
"""

from __future__ import annotations

from itertools import islice

from dhrparse.document import FOOTNOTE, FURNITURE, SourceDocument
from dhrparse.extractors.review.area import area
from dhrparse.extractors.review.author import author
from dhrparse.extractors.review.comb_boxes import filled_boxes
from dhrparse.extractors.review.cover_table import paired
from dhrparse.extractors.review.date_of_death import date_of_death
from dhrparse.extractors.review.doc_kind import body_line_run, doc_kind, settle_doc_kind
from dhrparse.extractors.review.dotted_labels import as_label
from dhrparse.extractors.review.exported_fields import as_printed_label
from dhrparse.extractors.review.front_matter import front_matter, key_as_label
from dhrparse.extractors.review.header_rows import across
from dhrparse.extractors.review.hyphen_breaks import rejoined
from dhrparse.extractors.review.identifier import review_id
from dhrparse.extractors.review.joined_strip import strips
from dhrparse.extractors.review.large_print import as_paragraphs
from dhrparse.extractors.review.marked_lines import unmarked
from dhrparse.extractors.review.pipe_rows import as_cells
from dhrparse.extractors.review.placeholders import without_placeholders
from dhrparse.extractors.review.printing import FRONT_LINES, TITLE_LINES, closed_up
from dhrparse.extractors.review.review_type import review_type
from dhrparse.extractors.review.scanned_text import read_back, read_back_words
from dhrparse.extractors.review.survival import survived
from dhrparse.extractors.review.tracked_changes import accepted
from dhrparse.extractors.review.victims import victims
from dhrparse.ledger import Ledger
from dhrparse.lines import Line
from dhrparse.models import Review
from dhrparse.patterns import Patterns

__all__ = ["extract", "settle_doc_kind"]


def extract(doc: SourceDocument, ctx: Ledger) -> Review:
    p = ctx.patterns
    front = front_matter(doc.lines)
    content = [i for i, ln in enumerate(doc.lines) if ln.is_content]
    printed = rejoined(
        as_paragraphs([_printed(doc.lines[i], i in front, i < FRONT_LINES, p) for i in content], content), p
    )
    lines = paired(across(strips(printed, p, TITLE_LINES), p, TITLE_LINES), p, TITLE_LINES)
    # running heads are furniture for the text flow but often carry the review's title and id
    # (a Word document keeps its headers and footers apart: the same running heads)
    heads = list(
        dict.fromkeys(
            [ln.text.strip() for ln in doc.lines if ln.kind == FURNITURE and ln.text.strip()] + doc.running
        )
    )
    text = "\n".join(heads + lines)
    printed_id = review_id(heads + lines[:TITLE_LINES], text, p)
    printed_type = review_type(lines[:TITLE_LINES], heads, text, p, printed_id)
    return Review(
        review_id=printed_id,
        review_type=(p.get("review.review_type.contract_type") or {}).get(printed_type, printed_type),
        review_type_printed=printed_type,
        area=area(heads + lines[:TITLE_LINES], lines[TITLE_LINES:FRONT_LINES], printed_type, p),
        doc_kind=doc_kind(doc, _own_title(doc), text, p),
        author=author(lines[:FRONT_LINES], p, heads),
        victims=victims(lines[:FRONT_LINES], p),
        date_of_death=None
        if survived(lines, printed_type, p)
        else date_of_death(lines, p, _footnotes(doc), printed_type in p.list("review.death.always_fatal")),
    )


def _printed(line: Line, in_front_matter: bool, in_opening: bool, p: Patterns) -> str:
    """The line as its label and value read: a cover's label/value table printed column-wise, or
    drawn with pipes, is read as "Label: value" lines; a draft printed with its tracked changes shown
    as the changes accepted; a one-row summary table under its header row, its cells apart by pipes,
    tabs or commas, likewise; a scanned page's letters and figures the OCR took for each other read
    back; front matter's keys and values, and an exported record's, as labels and values; an email's
    quoted lines and a transcript's speaker lines without their marks; a template's bracketed
    instructions left beside the values ("[dd/mm/yyyy]") left out; a form's comb boxes, one character a
    box, read together as the value."""
    if in_front_matter:
        return key_as_label(line.text)
    text = without_placeholders(unmarked(closed_up(line)), p)
    text = read_back_words(as_printed_label(text), p) if in_opening else text
    return as_label(as_cells(filled_boxes(accepted(read_back(text, p), p))))


def _own_title(doc: SourceDocument) -> str:
    return "\n".join(ln.text.strip() for ln in islice(body_line_run(doc), TITLE_LINES))


def _footnotes(doc: SourceDocument) -> list[str]:
    """The footnotes' text, set apart from the flow: a cover's vague "died in the spring of 2021"
    may be given its day only there ("The coroner recorded the date of death as 19 April 2021")."""
    return [ln.text.strip() for ln in doc.lines if ln.kind == FOOTNOTE and ln.text.strip()]
