"""Column roles of an action-plan table, from its header AND its cells.

A header synonym (patterns/actions.toml [columns]) is evidence; what the cells hold decides
where the header says nothing or says something ambiguous:
- a column of short numbers ("1", "2.1", "OS/3") is the row ref, whatever its header (often none);
- a column of dates or no-date words ("Ongoing", "TBC") is the target date;
- a column of short status words or RAG colours ("Complete", "On track", "Amber", "G") is the status;
- a column of Y/N (Yes/No) cells under a completion header ("Closed Y/N") is the status: a flag;
- a column of instructions ("Ask the trust for an audit ...", "Chair to write to ...") is the
  action, where no column is headed as one (a board's "Response", "What we will do");
- a column of agency or role names is the lead; under a header that names who acts
  ("Agency", "Organisation", "Who") short capitalised names are enough, role word or not;
- an ambiguous header ("Outcome", "Completion", "Comments", "Update", "Progress") is status when
  its cells are short achieved-state words, progress when they are longer text that opens with
  one ("Completed October 2022. New leaflet ..."), and the desired outcome when they state aims.
Unknown columns keep their printed header (`extra:<header>`): nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.block_cells import ColumnBlockWords
from dhrparse.plan.dual_headers import settle_dual_headers
from dhrparse.plan.owner_columns import settle_owner_columns
from dhrparse.plan.percent_columns import percent_status_column
from dhrparse.plan.response_blocks import ResponseWords
from dhrparse.plan.status import completion_flag, status_words
from dhrparse.prepare.markup import flatten
from dhrparse.sentence_ends import line_end
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import find_dates

MIN_INSTRUCTION_WORDS = 3  # "Brief all officers": shorter cells are labels or milestones
# a response column's cells in prose, not a verdict ("Accepted", "Agreed in part"): words a cell on
# average, a narrow column's prose printed a line at a time (layout text) giving three or four a line
RESPONSE_WORDS = 3
ENOUGH = 0.6  # share of a column's filled cells that must agree for the cells to decide
_RAG_WORD = regex.compile(r"(?i)^\W*(?:red|amber|green|blue|r|a|g|b)(?:\s*[/–-]\s*\w+)?\W*$")
_SENTENCE = line_end(".;", closers="")


def _name(header: str) -> str:
    return " ".join(flatten(header).split())


@dataclass
class CellShape:
    """What one column's filled cells look like (shares of the filled cells)."""

    filled: int = 0
    refs: float = 0.0
    dates: float = 0.0
    status: float = 0.0  # short status words or RAG colours
    opens_status: float = 0.0  # longer text opening with achieved-state words
    leads_status: float = 0.0  # ... their very first words ("Complete – ...", not "All staff complete ...")
    names: float = 0.0  # short capitalised names of bodies or roles
    bare_names: float = 0.0  # short capitalised phrases, no sentence (a body's own name: "Kestrel Bay CSP")
    instructions: float = 0.0  # cells opening with what to do ("Ask ...", "Chair to write ...")
    words: float = 0.0  # mean words per cell


class ColumnRoles:
    """Decides each column's field for one pattern set (built once per Patterns)."""

    def __init__(self, patterns: Patterns):
        self.p = patterns
        label = f"(?:(?i:{patterns.get('actions.plan.ref_label', '(?!x)x')}))?"
        # (a whole cell may hold a coded ref too: "R1", "Police 2", "CCG.1")
        codes = f"{patterns.get('actions.plan.row_ref')}|{patterns.get('actions.plan.cell_code', '(?!x)x')}"
        no_date = literal_alternation(patterns.list("dates.words.no_date"), longest_first=True)
        # the cell and header expressions, compiled when first asked (`_compiled`): a plan's cells
        # and headers may need none of them (a plan printed as text)
        self._sources = {
            "ref": (rf"^\s*{label}\(?(?:{codes})\)?[.:]?\s*$", 0),  # ("1a." too)
            # a recommendation's number in words alone ("One", "Recommendation Four") numbers it too
            "ref_word": (rf"^\s*{label}(?:{patterns.get('actions.plan.ref_word', '(?!x)x')})[.:]?\s*$", 0),
            # a recommendation's code alone in its cell ("R2", "SAR3", "4")
            "code": (rf"^\s*{label}\(?(?:{patterns.get('actions.plan.cell_code')})\)?:?\s*$", 0),
            "no_date": (rf"(?i)^\W*(?:{no_date})\b", 0),
            "rec_number_header": (patterns.get("actions.recommendation_number_header", "(?!x)x"), regex.I),
            "flag_header": (patterns.get("actions.completion_flag_header", "(?!x)x"), regex.I),
        }
        self.ambiguous = {w.lower() for w in patterns.list("actions.ambiguous_headers")}
        self.who_headers = {w.lower() for w in patterns.list("actions.who_headers")}
        self.response_header = patterns.joined(
            "actions.response_header"
        )  # (compiled once, kept with the patterns)
        self.lead_words = {w.lower() for w in patterns.list("actions.lead.words")} | {
            w.lower() for w in patterns.list("actions.plan.agency_heading_words")
        }
        self.role_heads = {w.lower() for w in patterns.list("actions.lead.role_heads")}
        self.name_ends = {w.lower() for w in patterns.list("actions.lead.words")} | self.role_heads
        self.title_words = {w.lower() for w in patterns.list("actions.lead.title_words")}

    def _compiled(self, name: str) -> regex.Pattern:
        source, flags = self._sources[name]
        return regex.compile(source, flags)

    @cached_property
    def ref(self) -> regex.Pattern:
        return self._compiled("ref")

    @cached_property
    def ref_word(self) -> regex.Pattern:
        return self._compiled("ref_word")

    @cached_property
    def code(self) -> regex.Pattern:
        return self._compiled("code")

    @cached_property
    def no_date(self) -> regex.Pattern:
        return self._compiled("no_date")

    @cached_property
    def rec_number_header(self) -> regex.Pattern:
        return self._compiled("rec_number_header")

    @cached_property
    def flag_header(self) -> regex.Pattern:
        return self._compiled("flag_header")

    # ---- cells -----------------------------------------------------------------------------
    def shape(self, cells: list[str]) -> CellShape:
        texts = [t for t in (" ".join(flatten(c).split()) for c in cells) if t]
        if not texts:
            return CellShape()
        n = len(texts)
        share = lambda test: sum(1 for t in texts if test(t)) / n
        return CellShape(
            filled=n,
            refs=share(self.is_ref),
            dates=share(self.is_date),
            status=share(self.is_status),
            opens_status=share(self.opens_status),
            leads_status=share(self.leads_status),
            names=share(self.is_name),
            bare_names=share(self.is_bare_name),
            instructions=share(self.is_instruction),
            words=sum(len(t.split()) for t in texts) / n,
        )

    def is_ref(self, text: str) -> bool:
        return bool(self.ref.match(text) or self.ref_word.match(text))

    def is_date(self, text: str) -> bool:
        if len(text.split()) > 6:
            return False
        if self.no_date.match(text):
            return True
        found = find_dates(text, self.p)
        return bool(found) and found[0].start <= 12

    def is_status(self, text: str) -> bool:
        words = text.split()
        return len(words) <= 5 and (bool(_RAG_WORD.match(text)) or status_words(text, self.p) is not None)

    def opens_status(self, text: str) -> bool:
        head = " ".join(text.split()[:4])
        return status_words(head, self.p) is not None or bool(_RAG_WORD.match(text.split()[0]))

    def leads_status(self, text: str) -> bool:
        words = text.split()
        return any(status_words(" ".join(words[:k]), self.p) for k in (1, 2, 3)) or bool(
            words and _RAG_WORD.match(words[0])
        )

    def names_a_title(self, text: str) -> bool:
        """The text holds a word a document's or a page's title holds and no body's or role's name
        ("Lowmoor Trust – internal DHR plan", "Harrowden CSP | Page"): a running foot or head."""
        return any(w.lower().strip(",.()|–-:") in self.title_words for w in text.split())

    def is_name(self, text: str) -> bool:
        words = text.split()
        if not words or len(words) > 9 or _SENTENCE.search(text):
            return False
        caps = sum(1 for w in words if w[:1].isupper())
        return caps >= max(1, len(words) // 2) and any(
            w.lower().strip(",.()'’s") in self.lead_words or w.lower().strip(",.()") in self.lead_words
            for w in words
        )

    def ends_role(self, text: str) -> bool:
        """The line ends on the word a role's or a body's name ends on ("... Manager,", "Council")."""
        words = text.lower().split()
        return bool(words) and words[-1].rstrip(",") in self.role_heads

    def closes_name(self, text: str) -> bool:
        """The line may end a body's or a role's name: its last word is one such a name holds or
        ends on ("... Safeguarding", "... Team Leader"), not a joining word, a place's name or a
        service's subject ("Housing")."""
        words = text.lower().split()
        return bool(words) and words[-1].strip(",.()'’") in self.name_ends

    def is_instruction(self, text: str) -> bool:
        """The cell tells someone what to do: it opens with the verb, or with who and "to"."""
        if len(text.split()) < MIN_INSTRUCTION_WORDS or not text[:1].isupper():
            return False
        words = ColumnBlockWords.of(self.p)
        return bool(
            words.imperative.match(text) or words.body_to.match(text) or words.instruction.match(text)
        )

    def is_bare_name(self, text: str) -> bool:
        words = text.split()
        return 0 < len(words) <= 8 and words[0][:1].isupper() and not _SENTENCE.search(text)

    # ---- columns ---------------------------------------------------------------------------
    def undecided(self, headers: list[str], fields: list[str | None]) -> list[bool]:
        """Which columns the cells decide: a header naming no field, an ambiguous one, or a
        "Recommendation" column (its cells may hold only the recommendation's number)."""
        return [
            f is None or f == "recommendation" or _name(h).lower().strip(" :") in self.ambiguous
            for h, f in zip(headers, fields)
        ]

    def decide(self, headers: list[str], fields: list[str | None], columns: list[list[str]]) -> list[str]:
        """The field of every column: header fields kept unless the cells say otherwise."""
        out: list[str | None] = []
        flag = None
        for k, (field, open_) in enumerate(zip(fields, self.undecided(headers, fields))):
            if self.is_flag_column(k, headers, columns, fields):
                out.append("status")
                flag = k
                continue
            if open_ and percent_status_column(
                headers[k], columns[k] if k < len(columns) else [], fields, self.p
            ):
                out.append("status")  # ("% complete" over "100%", "50%": plan.percent_columns)
                continue
            if not open_:
                out.append(field)
                continue
            shape = self.shape(columns[k] if k < len(columns) else [])
            if field == "recommendation":
                out.append(self._recommendation(shape))
            elif field is None and self._acceptance(headers[k], columns[k] if k < len(columns) else []):
                out.append(None)  # (the board's acceptance of the recommendation: its own column)
            elif field is None:
                who = _name(headers[k]).lower().strip(" :") in self.who_headers
                response = bool(self.response_header.match(_name(headers[k]))) and self._in_prose(
                    columns[k] if k < len(columns) else []
                )
                out.append(self._by_content(shape, fields, who, response))
            else:
                role = self._ambiguous(field, shape)
                # (another column headed as the status, "RAG": an update column opening with status
                # words, "Complete – guide seen", is the progress beside the rating, not a second one)
                rated = "status" in fields[:k] + fields[k + 1 :]
                out.append("progress" if role == "status" and rated and field != "status" else role)
        if flag is not None:  # the flag rates the row: an update opening "Done ..." is its progress
            out = ["progress" if f == "status" and k != flag else f for k, f in enumerate(out)]
        settle_dual_headers(out, headers, columns, self)
        settle_owner_columns(out, headers, columns, self)  # ("Action owner" over names)
        self._action_numbers(out, columns)
        self._numbered_recommendations(out, columns)
        self._recommendation_numbers(out, headers)
        _numbers_beside_their_text(out, fields)
        # one ref column: the first of several number columns
        seen_ref = False
        for k, f in enumerate(out):
            if f == "ref":
                if seen_ref:
                    out[k] = None
                seen_ref = True
        return [f or f"extra:{_name(h)}" for f, h in zip(out, headers)]

    def _in_prose(self, cells: list[str]) -> bool:
        """A response column's cells say in prose what is done: most hold a word no verdict is
        made of ("Accepted." opening a sentence, not "Partially" over "accepted" wrapped in a
        narrow column), and they run to a few words each."""
        vocab = ResponseWords.of(self.p).acceptance_vocab
        texts = [t for t in (" ".join(flatten(c).split()) for c in cells) if t]
        if not texts or sum(len(t.split()) for t in texts) / len(texts) < RESPONSE_WORDS:
            return False
        prose = [t for t in texts if any(w.strip(".,;:!()").lower() not in vocab for w in t.split())]
        return len(prose) >= len(texts) / 2

    def _acceptance(self, header: str, cells: list[str]) -> bool:
        """A column headed as a board's acceptance ("Agreed / Partially agreed") whose cells are
        acceptance words: the board's answer to the recommendation, never the action's status
        ("Partially agreed" is no work in progress)."""
        words = ResponseWords.of(self.p)
        texts = [t for t in (_name(c) for c in cells) if t]
        return (
            bool(words.acceptance_header.match(_name(header)))
            and bool(texts)
            and all(words.is_acceptance(t) for t in texts)
        )

    def is_flag_column(self, k: int, headers: list[str], columns: list[list[str]], fields: list) -> bool:
        """Column k is a completion flag: a "Closed"/"Completed (Y/N)" header over cells that are
        only Y/N or Yes/No, and no other column is headed as the status."""
        if not self.flag_header.match(_name(headers[k])) or "status" in fields[:k] + fields[k + 1 :]:
            return False
        texts = [
            t for t in (" ".join(flatten(c).split()) for c in (columns[k] if k < len(columns) else [])) if t
        ]
        return bool(texts) and all(completion_flag(t, self.p) is not None for t in texts)

    def header_numbered(self, printed: list[str], headers: list[str]) -> list[str]:
        """The header's fields with a second ref column headed as the recommendation's number
        read as the recommendation_ref (`_recommendation_numbers`), where the cells decide none."""
        out: list[str | None] = list(printed)
        self._recommendation_numbers(out, headers)
        return [f or p for f, p in zip(out, printed)]

    def _recommendation_numbers(self, out: list[str | None], headers: list[str]) -> None:
        """Two ref columns, one headed as the recommendation's number ("ID | Rec no."): that one
        numbers the recommendations, the other the actions."""
        refs = [k for k, f in enumerate(out) if f == "ref"]
        if len(refs) < 2 or "recommendation_ref" in out:
            return
        for k in refs:
            if self.rec_number_header.match(_name(headers[k])):
                out[k] = "recommendation_ref"
                return

    def _action_numbers(self, out: list[str | None], columns: list[list[str]]) -> None:
        """Two columns headed as the action, one holding only refs ("Action | Improvement action"
        over "1(a)" | "Add a ..."): that one numbers the actions the other words."""
        actions = [k for k, f in enumerate(out) if f == "action" and k < len(columns)]
        if len(actions) < 2 or "ref" in out:
            return
        numbered = [k for k in actions if self.shape(columns[k]).refs >= 0.8]
        if len(numbered) == 1:
            out[numbered[0]] = "ref"

    def _numbered_recommendations(self, out: list[str | None], columns: list[list[str]]) -> None:
        """A column of codes left of the ref column and filled on fewer rows ("R1" merged down
        beside "1a", "1b"): it numbers the recommendations, the ref column the actions under them."""
        if "ref" not in out or "recommendation_ref" in out:
            return
        ref = out.index("ref")
        actions = self.shape(columns[ref]).filled if ref < len(columns) else 0
        for k in range(min(ref, len(columns))):
            codes = [c.strip() for c in columns[k] if c.strip()]
            if (
                out[k] in (None, "ref")
                and codes
                and len(codes) < actions
                and all(self.code.match(c) for c in codes)
            ):
                out[k] = "recommendation_ref"
                return

    def _by_content(
        self, shape: CellShape, fields: list[str | None], who: bool = False, response: bool = False
    ) -> str | None:
        # (see _numbers_beside_their_text for a "Rec" column of numbers beside the text column)
        """`who`: the header names who acts ("Agency"), without being a lead synonym: a column
        of it that names bodies is the lead unless another column already is. `response`: the
        header names a body's response to the recommendation: a column of it in prose is the
        action when no other column is."""
        if not shape.filled:
            return None
        if shape.refs >= 0.8:
            return "ref"
        if shape.dates >= ENOUGH and "target_date" not in fields:
            return "target_date"
        if shape.status >= ENOUGH and "status" not in fields:
            return "status"
        if "action" not in fields and shape.instructions >= ENOUGH:
            return "action"
        if response and "action" not in fields and shape.status < ENOUGH:
            return "action"
        if "lead" not in fields and (shape.names >= ENOUGH or who and shape.bare_names >= ENOUGH):
            return "lead"
        return None

    @staticmethod
    def _recommendation(shape: CellShape) -> str:
        """A "Recommendation" column of short numbers only (merged down over that recommendation's
        action rows, its text printed in an earlier table) is each row's recommendation ref."""
        return "recommendation_ref" if shape.filled and shape.refs >= 0.8 else "recommendation"

    def _ambiguous(self, field: str, shape: CellShape) -> str:
        if not shape.filled:
            return field
        if shape.status >= ENOUGH:
            return "status"
        # an "Outcome" column stating aims ("All maternity staff complete the module.") is the
        # desired outcome: only cells that open with the state ("Completed – ...") make it the status
        leads = shape.leads_status if field == "desired_outcome" else shape.opens_status
        if shape.opens_status >= 0.5 and leads >= 0.5:
            return "progress" if field == "progress" else "status"
        return "desired_outcome" if field in ("desired_outcome", "status") else "progress"


def _numbers_beside_their_text(out: list[str | None], fields: list[str | None]) -> None:
    """A "Rec" column of numbers ("1", "1a", "2") beside a column holding the recommendation's
    own wording (the Home Office template: "Rec | Recommendation | Scope | Action to take ..."):
    the numbers are the rows' refs, as under a "Rec no." header. Only where the text is in this
    table does the number column number its rows; alone, it points to recommendations printed
    elsewhere (recommendation_ref)."""
    if "ref" in out or "recommendation" not in out:
        return
    numbers = [k for k, f in enumerate(out) if f == "recommendation_ref" and fields[k] == "recommendation"]
    if len(numbers) == 1 and numbers[0] < out.index("recommendation"):
        out[numbers[0]] = "ref"
