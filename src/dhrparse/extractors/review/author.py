"""The author: the person a role names as the report's author (or, failing that, its chair),
never a name in a panel list that no role labels."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dhrparse.extractors.review.addressee import appointed_addressee
from dhrparse.extractors.review.author_section import section_offers
from dhrparse.extractors.review.byline import byline_author
from dhrparse.extractors.review.control_table import control_table_author
from dhrparse.extractors.review.credits import consultant_on_cover, copyright_holder
from dhrparse.extractors.review.marked_author import marked_author
from dhrparse.extractors.review.nicknames import without_nicknames
from dhrparse.extractors.review.people_columns import person_in_row, read_people_columns
from dhrparse.extractors.review.person_names import PersonNames
from dhrparse.extractors.review.poster import corrected_author, guest_author, poster_author
from dhrparse.extractors.review.printing import (
    COVER_LINES,
    capitals_name,
    compiled,
    uncapitalised,
)
from dhrparse.extractors.review.role_clauses import name_before_role_clause, owned_in_cell
from dhrparse.extractors.review.role_columns import role_column_offers
from dhrparse.extractors.review.role_notes import noted
from dhrparse.extractors.review.running_head import running_head_author
from dhrparse.extractors.review.self_statement import SelfStatement
from dhrparse.extractors.review.sender import sender_author
from dhrparse.extractors.review.surname_first import cited_author, surname_first
from dhrparse.patterns import Patterns
from dhrparse.sentence_ends import CLAUSE_STOPS, line_end
from dhrparse.vocab.alternation import expression_alternation


class _Roles:
    def __init__(self, p: Patterns):
        # "Chair and Author of the Overview Report: Jane Roe"
        of_report = p.get("review.author.of_report", r"(?!x)x")
        self.author = compiled(
            "(?:" + expression_alternation(p.list("review.author.author_roles")) + f")(?:{of_report})?"
        )
        self.chair = compiled(expression_alternation(p.list("review.author.chair_roles")))
        self.not_this = compiled(p.get("review.author.not_this_role", r"(?!x)x"))
        self.is_name = [compiled(r) for r in p.list("review.author.is_name")]
        self.appointed = p.get("review.author.appointed_as", r"(?!x)x")
        self.hint = compiled(p.get("review.author.hint", r"."))
        self.tenure = compiled(p.get("review.author.tenure_note", r"(?!x)x"))
        self.by_whom = compiled(p.get("review.author.by_whom", r""))
        # "authored by independent reviewers A and B": who they are, said before their names
        self.role_noun = compiled(p.get("review.author.role_noun_before_name", r"(?!x)x"))

    def find(self, line: str, above: str = "") -> list[tuple[int, int, int]]:
        """(start, end, rank) of every role in the line: rank 0 names the author, 1 the chair.
        `above` is the line before, where a sentence wrapped before its "written by" began."""
        if not self.hint.search(line):
            return []
        found = []
        for rank, rx in ((0, self.author), (1, self.chair)):
            for m in rx.finditer(line):
                said = line[: m.start()]
                if m.group(0).islower() and (not said.strip() or _VERB_ALONE.match(said)):
                    # "... The review was" / "written by Jo Roe.", "The review" / "was written by Jo Roe."
                    said = f"{above.strip()} {said.strip()}".rstrip() + " "
                if m.end() == m.start() or self.not_this.search(said):
                    continue
                if m.group(0).lower().endswith("by") and (
                    not self.by_whom.search(said) or not said.strip() and m.group(0).islower()
                ):
                    continue  # "a group chaired by X", "a letter written by X": not this report
                if any(s <= m.start() < e for s, e, _ in found):
                    continue
                found.append((m.start(), m.end(), rank))
        return sorted(found)


class _Cues:
    """The author's vocabulary, compiled once per Patterns: names, roles, and the words by which
    a board appoints someone to a role."""

    def __init__(self, p: Patterns):
        self.names, self.roles, self.p = PersonNames(p), _Roles(p), p
        appoints = p.get("review.author.appoints", r"(?!x)x")
        self.appoints = compiled(appoints)
        self.appoints_word = compiled(appoints.removesuffix(r"\s+$"))
        self.appointed_role = compiled(p.get("review.author.appointed_role", r"(?!x)x"))
        self.object_name = compiled(self.names.name, 0)
        # "... when Jo Roe was appointed as": the name before a role it was appointed to
        self.named_appointed = compiled(
            rf"(?:^(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}\.?\s+)?|[.;]\s+|,\s+|\b[a-z]+\s+)"
            rf"{self.names.name}{self.roles.appointed}",
            0,
        )
        self.firm = compiled(p.get("review.author.consultancy", r"(?!x)x"), 0)
        self.people_headers = compiled(rf"^(?:{p.get('review.author.people_table_headers', r'(?!x)x')})$")
        self.citation = compiled(p.get("review.author.citation_label", r"(?!x)x"))
        self.copyright = compiled(p.get("review.author.copyright_label", r"(?!x)x"))
        # "Jo Roe (Independent Chair) is the author of this report": the name opens its sentence
        self.name_is = compiled(
            rf"(?:^(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}\.?\s+)?|[.;]\s+){self.names.name}"
            + p.get("review.author.name_is", r"(?!x)x"),
            0,
        )
        # "My name is Jo Roe, and I was the independent reviewer for this review" (a transcript)
        self.self_named = compiled(
            p.get("review.author.self_named", r"(?!x)x")
            + self.names.name
            + p.get("review.author.self_role", r"(?!x)x"),
            0,
        )
        # "I, Jo Roe, was appointed ... as the independent chair and author" (a statement of independence)
        self.self_statement = SelfStatement(p, self.names.name)


_VERB_ALONE = re.compile(r"^\s*(?:was|is|were|has\s+been|had\s+been)\s*$")
CITED_LINES = 120  # a suggested citation is printed on the cover or the page behind it
_TRANSLATED_LABEL = re.compile(r"^\s*/[^:/|]{1,40}:\s*(?=\S)")
_ONE_WORD_LABEL = re.compile(r"^[A-Za-z]{2,12}:\s+(?=[A-Z])")
_ATTRIBUTION_DASH = re.compile(r"^[\s—–―-]+(?=[A-Z])")
# (a form's label may name the field after the role: "Reviewer name:", "Author's name:")
_SEP = re.compile(r"^(?:[’']s)?(?:\s+name\b)?[\s:–—\-|/,]*(?:by\s+)?")
_ENDS = line_end(CLAUSE_STOPS, closers="")

Offer = tuple[int, int, str | None]  # (rank: 0 the author, 1 the chair; line index; name)


def author(lines: list[str], p: Patterns, heads: Sequence[str] = ()) -> str | None:
    """The first name a role offers as the author, else the first offered as the chair (read on
    only until an author is found), else the consultant on the cover, else the running heads' name."""
    cues = p.derived("review.author", _Cues)
    # (a Name | Role table printed column-wise)
    lines = read_people_columns(lines, cues.names.alone, cues.people_headers)
    # ("Jo Roe*" in a panel list, "* author of this report" under it)
    at, marked = marked_author(lines, cues.names.name, cues.names.ok, cues.p)
    best: tuple[int, int, str] | None = (0, at, marked) if marked else None
    for i in range(len(lines)):
        if best is not None and best[0] == 0 and i > best[1]:
            break
        for rank, at, name in _offers(lines, i, cues):
            if name and (best is None or (rank, at) < best[:2]):
                best = (rank, at, name)
    if best is None:
        return (
            consultant_on_cover(lines[:COVER_LINES], cues.firm, cues.names.alone)
            or control_table_author(lines, cues.p, cues.names.at_start)
            or cited_author(lines[:CITED_LINES], cues.citation)  # ("Please cite as: Roe, J. (2024) ...")
            or copyright_holder(lines[:CITED_LINES], cues.copyright, cues.names.at_start)
            or sender_author(lines, cues.p, cues.names.alone)  # (a report sent by email: "From: Jo Roe")
            or corrected_author(lines, cues.p, cues.names.name, cues.names.ok)  # (a corrigendum)
            or poster_author(lines, cues.p, cues.names.alone)  # ("... the Domestic Homicide Review I wrote")
            or guest_author(
                lines, cues.p, cues.names.name, cues.names.ok
            )  # ("Mel talks to Jo Roe, the author")
            or running_head_author(
                heads, lines, cues.names.alone, cues.p
            )  # ("Overview Report | Jo Roe | v4")
        )
    return best[2]


def _offers(lines: list[str], i: int, cues: _Cues) -> list[Offer]:
    """Every name line i offers for a role, in the order the roles are read."""
    line = uncapitalised(without_nicknames(lines[i]).replace("\t", " | "))  # ('Margaret ("Peggy") Roe')
    addressed = appointed_addressee(lines, i, cues.p, cues.names.alone)  # (a commissioning letter)
    return (
        ([(addressed[0], i, addressed[1])] if addressed else [])
        + _appointed(lines, i, line, cues)
        + _named_as(lines, i, line, cues)
        + _beside_roles(lines, i, line, cues)
        + section_offers(lines, i, cues.p, cues.names)
        + [(0, i, byline_author(lines, i, cues.names.heads, cues.p))]  # ("Overview Report" / "by Jo Roe")
    )


def _appointed(lines: list[str], i: int, line: str, cues: _Cues) -> list[Offer]:
    """ "The Board appointed Jo Roe, an independent consultant, as the reviewer" (often wrapped)."""
    if not cues.appoints_word.search(line):
        return []
    wrapped = line + (" " + lines[i + 1] if i + 1 < len(lines) else "")
    found: list[Offer] = []
    for m in cues.object_name.finditer(line):
        if cues.appoints.search(line[: m.start()]):
            role = cues.appointed_role.match(wrapped[m.end() :])
            if role:
                rank = 1 if role.group("role").lower().startswith("chair") else 0
                found.append((rank, i, cues.names.ok(m.group("name"))))
    return found


def _named_as(lines: list[str], i: int, line: str, cues: _Cues) -> list[Offer]:
    """A name after a phrase that says it is the author's or chair's ("The author is Jo Roe"), or
    before one ("Jo Roe (Independent Chair) is the author of this report"). The phrase may wrap
    onto the next line ("The lead reviewer for Roe" / "Consulting was Jo Roe, supported by ...")."""
    found: list[Offer] = []
    text = line
    if i + 1 < len(lines) and lines[i + 1].strip() and not _ENDS.search(line):
        text = f"{line} {uncapitalised(lines[i + 1].strip())}"
    for rx in cues.roles.is_name:
        for m in rx.finditer(text):
            if m.start() >= len(line):
                break  # (the next line's own phrases are read on it)
            said = m.group(0).lower()
            rank = 0 if any(role in said for role in ("author", "writer", "reviewer")) else 1
            found.append((rank, i, cues.names.at_start(text[m.end() :])))
    found += [(0, i, cues.names.ok(m.group("name"))) for m in cues.name_is.finditer(line)]
    found += [
        (0, i, cues.names.ok(m.group("name")))
        for m in cues.self_named.finditer(text)
        if m.start() < len(line)
    ]
    found += [(rank, i, cues.names.ok(name)) for rank, name in cues.self_statement.offers(lines, i)]
    return found


def _beside_roles(lines: list[str], i: int, line: str, cues: _Cues) -> list[Offer]:
    """The name each role printed on the line labels: after it, before it, or on a line of its own."""
    names = cues.names
    roles = cues.roles.find(line, lines[i - 1] if i else "")
    if len(roles) > 1 and i + 1 < len(lines):  # (two roles side by side, a name under each)
        columns = role_column_offers(line, roles, uncapitalised(lines[i + 1]), names, i)
        if columns is not None:
            return columns
    found: list[Offer] = []
    for start, end, rank in roles:
        end, rank = noted(line, end, rank, cues.roles)
        # "Independent Chair / <the role in the summary's other language>: Jo Roe"
        after = _SEP.sub("", _TRANSLATED_LABEL.sub("", line[end:], count=1), count=1)
        before = line[:start].rstrip(" ,–—-|:(")
        by = line[start:end].lower().endswith("by")
        if by:
            after = cues.roles.role_noun.sub("", after, count=1)
        if _broken_at_hyphen(after) and i + 1 < len(lines) and lines[i + 1][:1].isupper():
            after = after.rstrip() + lines[i + 1].strip()  # "Jo Ashby-" / "Trevelyan": one surname
        elif _wraps_on(after, by, names) and i + 1 < len(lines) and not _ENDS.search(after):
            # "compiled by Mr Hugh" / "Barraclough QPM MSc, ..."; prose wrapped after "prepared by"
            after = (after + " " + uncapitalised(lines[i + 1])).strip()
        if after and not after.startswith(("of ", "and ")):
            # after "written by" / "chaired by" a sentence goes on: the name must end there
            # or be followed by who they are ("Gwen Hartley, Independent Reviewer")
            name = (
                names.heads(after)
                if by
                else names.at_start(capitals_name(after, names.post_words))
                or ((turned := surname_first(after)) and names.ok(turned))
            )
            if name:
                found.append((rank, i, name))
                continue
        appointed = cues.named_appointed.search(_wrapped_above(lines, i, before))
        if appointed:
            found.append((rank, i, names.ok(appointed.group("name"))))
            continue
        name = _name_before(before, line[:start], cues) if before else None
        if name:
            found.append((rank, i, name))
            continue
        if not after.strip(" .:–-") and i + 1 < len(lines):
            # the role alone (or "... produced for X by") and the name on the next line
            found.append((rank, i, _name_below(lines, i, names)))
        if not before.strip() and i > 0 and not line.rstrip().endswith(":"):
            # the name alone on the line above its role (a label ending in a colon points below)
            found.append((rank, i - 1, names.alone(uncapitalised(lines[i - 1]))))
    return found


def _name_before(before: str, cell: str, cues: _Cues) -> str | None:
    """The name printed before a role on its line: "Jane Doe MA, Independent Chair and Author", "Sam
    Okafor, Director, X Ltd. Independent Author", a table row's other cell; None in a cell owned."""
    if owned_in_cell(cell):
        return None
    names = cues.names
    lead = before.split(" | ")[-1] if " | " in before else before
    lead = _ONE_WORD_LABEL.sub("", lead, count=1)  # "From: Jo Roe, Independent Chair and author"
    lead = _ATTRIBUTION_DASH.sub("", lead, count=1)  # (a quotation's "— Jo Roe, Independent Author")
    name = (
        names.heads(lead)
        or name_before_role_clause(lead, cues.roles, names)
        or person_in_row(before, names.alone)  # ("Jo Roe | Roe Consulting Ltd | Independent chair")
    )
    return name if name and len(lead) <= 100 else None


def _wrapped_above(lines: list[str], i: int, before: str) -> str:
    """The text before a role with the prose line above it that runs on into it ("grateful to Naomi" /
    "Pritchard-Vale, who was commissioned as the independent reviewer")."""
    above = lines[i - 1] if i else ""
    if _PARAGRAPH_NUMBER.match(before):
        return before  # "2.1 Jo Roe was appointed as ...": a numbered paragraph opens its own sentence
    return f"{above} {before}" if above and before and not _ENDS.search(above) else before


_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s")


def _name_below(lines: list[str], i: int, names: PersonNames) -> str | None:
    """The name on the line below a role printed alone: in capitals with letters after it ("ALISTAIR
    DRUMMOND QPM MSt (Cantab)"), over two lines ("DR FRANCESCA" / "OYELARAN-BRIGHT"), or below a
    label ending in a colon with who they are after it ("Authors:" / "Harriet Quayle, Nurse Consultant")."""
    below = capitals_name(lines[i + 1], names.post_words)
    if names.partial(below) and i + 2 < len(lines):
        below = capitals_name(f"{lines[i + 1]} {lines[i + 2]}", names.post_words)
    name = names.alone(below)
    if name is None and lines[i].rstrip().endswith(":"):
        name = names.heads(below)
    return name or names.fields.name(lines[i + 1 :], names.ok)  # ("First name(s): Jo" / "Surname: Roe")


def _broken_at_hyphen(after: str) -> bool:
    """A double-barrelled surname broken over two lines at its hyphen: "Rosa Ashby-" / "Trevelyan"."""
    return re.search(r"[A-Za-zà-ÿ]-$", after.rstrip()) is not None


def _wraps_on(after: str, by: bool, names: PersonNames) -> bool:
    """The name is on the next line: less than a name follows the role, or nothing follows a
    "written by" that ends a line of prose."""
    return names.partial(after) if after.strip() else by
