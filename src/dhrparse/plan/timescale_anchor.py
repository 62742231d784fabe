"""The day a plan's relative timescales are counted from, where the plan itself states it.

SAR and DHR plans often give each action a span, not a date: "Within 3 months", "Within six
weeks", "12 months". The span runs from a day the plan names as such, the day the board signed
the plan off, agreed or approved it ("All timescales are counted from the date this plan was
signed off by the Board on 14 May 2025"; "Date agreed by the Board: 2 October 2024"). Such a
span is dated only from that day: the note must name the act (signed off, agreed, approved),
speak of the plan or its timescales, and give one whole day after the act's words in the same
sentence. Another date on the page (the death, the review's commissioning, a meeting) is never
an anchor, and two different anchor days leave every span undated, as a span with no anchor is.
"Immediate", "Ongoing" or "By the next Board meeting" name no span and stay undated; the cell's
words are kept as `raw` always.

Vocabulary: patterns/actions.toml [plan.timescale_anchor].
"""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.plan.tables import PlanTable
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative import shift

KEYS = "actions.plan.timescale_anchor"
SENTENCE_END = regex.compile(r"[.;](?:\s|$)")


def mark_timescale_anchor(doc: SourceDocument, tables: list[PlanTable], p: Patterns) -> None:
    """Set `timescale_anchor` on every plan table of a document whose plan states the one day
    its timescales are counted from, where some target cell is a span."""
    spans = p.regexes(f"{KEYS}.span")
    if not spans or not any(_holds_span(table, spans[0]) for table in tables):
        return
    anchor = _stated_anchor(doc, p)
    if anchor is None:
        return
    for table in tables:
        table.timescale_anchor = anchor


def _holds_span(table: PlanTable, span: regex.Pattern) -> bool:
    """Whether some row's target cell is a span alone ("Within 6 months")."""
    return any(span.match(" ".join((row.cells.get("target_date") or "").split())) for row in table.rows)


def _stated_anchor(doc: SourceDocument, p: Patterns) -> DateValue | None:
    """The one day the document's notes or labels say the plan was signed off, agreed or
    approved on; None where none is stated, or two different days are."""
    acts, subjects = p.regexes(f"{KEYS}.act"), p.regexes(f"{KEYS}.subject")
    if not acts or not subjects:
        return None
    lines = list(doc.content_lines())
    noted: dict[str, DateValue] = {}
    labelled: dict[str, DateValue] = {}
    tied = False  # (a note ties the timescales to the act: "timescales run from Board sign-off")
    for k, line in enumerate(lines):
        act = acts[0].search(line.text)
        if act is None:
            continue
        # (the sentence may wrap over the printed lines beside: "the action" / "plan was
        # signed off on 14" / "May 2025."; a line opening in capitals opens its own)
        # (and a table's row is no part of a sentence beside it)
        prose = [ln.cells is None for ln in lines[max(0, k - 1) : k + 2]]
        before = lines[k - 1].text + " " if k and all(prose[:2]) and line.text[:1].islower() else ""
        after = " ".join(ln.text for ln in lines[k + 1 : k + 2] if ln.cells is None and line.cells is None)
        sentence, at = _sentence_from(f"{before}{line.text} {after}", len(before) + act.start())
        about_plan = bool(subjects[0].search(sentence))
        tied = tied or about_plan
        day, closing = _day_after_act(sentence[at + len(act.group()) :], p)
        if day is None and _acts_on_the_plan(sentence[at + len(act.group()) :], p):
            day = _day_opening(sentence[:at], p)  # ("On 14 May 2025 the Board signed off this plan")
        if day is not None and about_plan:
            noted[day.start] = day
        elif (
            day is not None
            and (closing or _closes_row(lines, k, act.end(), p))
            and _is_label(line.text[: act.start()], p)
        ):
            labelled[day.start] = day
    # (or a note says the timescales run from a day: "All timescales run from this date.")
    tied = tied or any(rx.search(ln.text) for rx in p.regexes(f"{KEYS}.runs_from") for ln in lines)
    days = noted | (labelled if tied else {})
    return next(iter(days.values())) if len(days) == 1 else None


def _closes_row(lines: list, k: int, after_act: int, p: Patterns) -> bool:
    """Whether the day after the act closes line k, a label's row, the next line opening
    another (in capitals, as a label does), not going on with the sentence."""
    _, closes = _day_after_act(lines[k].text[after_act:], p)
    following = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
    return closes and not following[:1].islower()


def _is_label(before_act: str, p: Patterns) -> bool:
    """Whether the words before the act open a label ("Date signed off by the Board: ..."),
    not a sentence about something else ("The Board endorsed the review on 2 April 2025": a
    label opens with no article)."""
    words = before_act.split()
    openers = p.get(f"{KEYS}.sentence_openers", [])
    return len(words) <= int(p.get(f"{KEYS}.label_words", 3)) and not (words and words[0].lower() in openers)


def _acts_on_the_plan(after_act: str, p: Patterns) -> bool:
    """Whether the act's object is this plan ("signed off this plan", "agreed the action plan"),
    not a plan of someone else's ("agreed a safety plan with her")."""
    objects = p.regexes(f"{KEYS}.act_object")
    return bool(objects and objects[0].match(after_act))


def _day_opening(before_act: str, p: Patterns) -> DateValue | None:
    """The one whole day a sentence opens with, after its opening word ("On"), before the act
    ("On 14 May 2025 the Board signed off this plan"); a day further into the sentence ("The
    review was commissioned on 3 March 2024 and its plan agreed") is another act's, and a day
    opening a chronology's row ("25/06/2019 ... agreed a safety plan") no sentence's."""
    found = [d for d in find_dates(before_act, p) if d.value.precision == "day" and d.value.start]
    opening = before_act[: found[0].start].split() if len(found) == 1 else []
    if len(opening) != 1 or opening[0].lower() not in p.get(f"{KEYS}.day_openers", []):
        return None
    return found[0].value


def _sentence_from(text: str, at: int) -> tuple[str, int]:
    """The sentence holding position `at`, from its start to its end, and `at` within it."""
    opened = max((m.end() for m in SENTENCE_END.finditer(text[:at])), default=0)
    closed = SENTENCE_END.search(text, at)
    return text[opened : closed.start() if closed else len(text)], at - opened


def _day_after_act(words: str, p: Patterns) -> tuple[DateValue | None, bool]:
    """The one whole day printed after the act's words ("... by the Board on 14 May 2025"), and
    whether it closes the sentence, as a label's value does."""
    found = [d for d in find_dates(words, p) if d.value.precision == "day" and d.value.start]
    if len(found) != 1:
        return None, False
    return found[0].value, not words[found[0].end :].strip(" .:;,)")


def anchored_timescale(value: DateValue | None, anchor: DateValue | None, p: Patterns) -> DateValue | None:
    """A target cell that is a span alone, dated from the plan's stated anchor day: the day the
    span ends, marked relative, its words kept as printed."""
    if value is None or value.start is not None or anchor is None:
        return value
    spans = p.regexes(f"{KEYS}.span")
    m = spans[0].match(value.raw) if spans else None
    if m is None:
        return value
    numbers = p.get(f"{KEYS}.numbers", {})
    amount = int(m["n"]) if m["n"].isdigit() else numbers.get(m["n"].lower())
    if not amount:
        return value
    moved = shift(anchor, amount, m["unit"].lower().rstrip("s"), raw=value.raw)
    return moved.model_copy(update={"raw": value.raw, "relative": True}) if moved else value
