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
- the type comes from the cover's title (two titles joined make a joint review),
  else from the statute the review is held under, else from the words used most.

Cue words live in patterns/review.toml.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

import regex

from dhrparse.vocab.dates import find_dates
from dhrparse.document import FURNITURE, SourceDocument
from dhrparse.models import DateValue, Review, Victim
from dhrparse.patterns import Patterns
from dhrparse.extractors import Context

TITLE_LINES = 40
COVER_LINES = 15
# Who died, how old they were and which partnership commissioned the review are stated in
# the opening pages; reading further only finds other people and other partnerships.
FRONT_LINES = 1500
TYPES = ("DHR", "DARDR", "SAR", "CSPR", "SCR")


def extract(doc: SourceDocument, ctx: Context) -> Review:
    p = ctx.patterns
    lines = [ln.text.strip() for ln in doc.content_lines()]
    # running heads are furniture for the text flow but often carry the review's title and id
    heads = list(
        dict.fromkeys(ln.text.strip() for ln in doc.lines if ln.kind == FURNITURE and ln.text.strip())
    )
    text = "\n".join(heads + lines)
    # a contents page lists the appendices ("Appendix A: Action Plan  10"): it says what the report
    # holds, not what kind of document it is
    contents = {n for b in doc.blocks if b.kind == "toc" for n in (b.lines or [b.line_start])}
    own_title = "\n".join([ln.text.strip() for ln in doc.content_lines() if ln.number not in contents][:TITLE_LINES])
    review_type = _review_type(lines[:TITLE_LINES], heads, text, p)
    review = Review(
        review_id=_review_id(heads + lines[:TITLE_LINES], text, p),
        review_type=(p.get("review.review_type.contract_type") or {}).get(review_type, review_type),
        review_type_printed=review_type,
        area=_area(heads + lines[:TITLE_LINES], lines[TITLE_LINES:FRONT_LINES], review_type, p),
        doc_kind=_doc_kind(doc, own_title, text, p),
        author=_author(lines[:FRONT_LINES], p),
        victims=_victims(lines[:FRONT_LINES], p),
        date_of_death=_date_of_death(lines, p),
    )
    ctx.review = review
    return review


@lru_cache(maxsize=256)
def _rx(source: str, flags: int = regex.IGNORECASE) -> regex.Pattern:
    return regex.compile(source, flags)


def _alt(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) or r"(?!x)x"


def _uncapitalised(line: str) -> str:
    """A line printed in capitals, in title case, so names and places read as they do elsewhere."""
    if line.isupper() and sum(c.isalpha() for c in line) >= 4:
        return regex.sub(
            r"[A-Za-z’'-]+",
            lambda m: (
                m.group(0).title()
                if len(m.group(0)) > 3
                or m.group(0).lower() not in ("and", "of", "on", "in", "upon", "the", "by", "le")
                else m.group(0).lower()
            ),
            line,
        )
    return line


# -- review id ----------------------------------------------------------------------------


def _review_id(cover: list[str], text: str, p: Patterns) -> str | None:
    not_after = _rx(p.get("review.not_id_after", r"(?!x)x"))

    core = _rx(p.get("review.review_id_core", r"."), 0)

    def ids(text: str) -> list[str]:
        found = []
        for where in (ln for ln in text.splitlines() if core.search(ln)):
            found += line_ids(where)
        return found

    def line_ids(where: str) -> list[str]:
        found = []
        for rx in p.regexes("review.review_id", flags=0):
            for m in rx.finditer(where):
                value = _without_word_prefix(" ".join(m.group("id").split()), p)
                code = regex.sub(r"^[A-Z]+\s?(?:No\.?|Number|Ref\.?)?\s?[-/]?\s?", "", value)
                if regex.fullmatch(r"(?:19|20)\d{2}", code) or not_after.match(where[m.end() :]):
                    continue  # "DHR 2019" names a year; "DHR 12 months" a length of time
                if find_dates(code) and find_dates(code)[0].value.precision == "day":
                    continue  # "SAR 12/05/2019" is a date
                found.append(value)
        return found

    def without_refs(found: list[str]) -> list[str]:
        # "SAR 1", "SAR 2": a prefix with bare numbers that differ numbers recommendations, not the review
        bare = [f for f in found if _BARE_NUMBER.fullmatch(f)]
        prefixes = Counter(f.split()[0] for f in set(bare))
        return [f for f in found if not (_BARE_NUMBER.fullmatch(f) and prefixes[f.split()[0]] > 1)]

    labelled = _labelled_id(cover, p)
    if labelled:
        return labelled
    every = without_refs(ids(text))
    on_cover = [f for f in without_refs(ids("\n".join(cover))) if f in every]
    if on_cover:
        return on_cover[0]
    after_title = _id_after_title(cover, p)
    if after_title:
        return after_title
    # away from the cover a bare number ("DHR 3") is too often a cross-reference to be the id
    counts = Counter(f for f in every if not _BARE_NUMBER.fullmatch(f))
    return counts.most_common(1)[0][0] if counts else None


_BARE_NUMBER = regex.compile(r"[A-Z]+\s?\d{1,3}")


def _without_word_prefix(value: str, p: Patterns) -> str:
    """A capitalised word before an id ("THE DHR 5") is not an area code."""
    first, _, rest = value.partition(" ")
    if rest and first.upper() in {w.upper() for w in p.list("review.id_prefix_not")}:
        return rest
    return value


def _labelled_id(cover: list[str], p: Patterns) -> str | None:
    """An id under a label on the cover: "DHR reference: WCSP/2021/01", "Re: CARSB 2/2022"."""
    label = _rx(p.get("review.review_id_label", r"(?!x)x"))
    value = _rx(p.get("review.review_id_value", r"(?!x)x"), 0)
    for line in cover:
        m = label.match(line.strip())
        if not m:
            continue
        v = value.match(line.strip()[m.end() :])
        if v and any(c.isdigit() for c in v.group("id")):
            return " ".join(v.group("id").split())
    return None


def _id_after_title(cover: list[str], p: Patterns) -> str | None:
    """A number printed after the review's title in words: "Domestic Homicide Review 004"."""
    rx = _rx(p.get("review.review_id_after_title", r"(?!x)x"))
    not_after = _rx(p.get("review.not_id_after", r"(?!x)x"))
    for line in cover:
        m = rx.match(line.strip())
        if not m or not_after.match(line.strip()[m.end() :]):
            continue
        value = " ".join(m.group("id").split())
        if regex.fullmatch(r"(?:19|20)\d{2}", value):
            continue  # "Domestic Homicide Review 2019" names a year
        return value
    return None


# -- review type ---------------------------------------------------------------------------


def _type_mentions(text: str, p: Patterns) -> list[tuple[int, int, str]]:
    found = []
    for kind in TYPES:
        for rx in p.regexes(f"review.review_type.{kind}"):
            found += [(m.start(), m.end(), kind) for m in rx.finditer(text)]
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for s, e, kind in found:  # the longest cue wins where two overlap
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, kind))
    return kept


def _joint(text: str, p: Patterns) -> bool:
    """Two kinds of review announced together: "... Review and ... Review", "joint DHR/SAR"."""
    mentions = _type_mentions(text, p)
    if len({k for _, _, k in mentions}) < 2:
        return False
    if p.any_match("review.review_type.joint_cue", text):
        return True
    link = _rx(p.get("review.review_type.joint_link", r"(?!x)x"))
    for (_, e1, k1), (s2, _, k2) in pairwise(mentions):
        gap = regex.sub(r"\([A-Z/]{2,12}\)", " ", text[e1:s2])
        if k1 != k2 and link.match(gap):
            return True
    return False


def _review_type(title_lines: list[str], heads: list[str], text: str, p: Patterns) -> str | None:
    glossary = _rx(p.get("review.review_type.glossary_line", r"(?!x)x"), 0)
    cover = [ln for ln in heads + title_lines if not glossary.match(ln)]
    for i in range(len(cover)):
        window = " ".join(cover[i : i + 3])
        if _type_mentions(cover[i], p) and _joint(window, p):
            return "joint"
    first = [k for ln in cover[: COVER_LINES + len(heads)] for _, _, k in _type_mentions(ln, p)]
    if first:
        return first[0]
    overall = Counter(k for _, _, k in _type_mentions(text, p))
    if not overall:
        return None
    return overall.most_common(1)[0][0]


# -- area ----------------------------------------------------------------------------------


class _Places:
    """Place names inside the names of commissioning bodies."""

    def __init__(self, p: Patterns):
        self.stop = {w.lower() for w in p.list("review.area.not_place_words")}
        joiners = p.list("review.area.joiners")
        word = r"[A-Z][\w’'.-]*"
        place = rf"{word}(?:(?:\s+|-)(?:(?:{_alt(joiners)})(?:\s+|-))?{word}){{0,6}}"
        self.after = [
            (kind, _rx(rf"(?P<area>{place})(?:’s|'s)?\s+(?:{body})", 0))
            for kind, body in p.get("review.area.after", [])
        ]
        self.before = [
            (kind, _rx(rf"(?<![\w])(?:{lead})(?P<area>{place})", 0))
            for kind, lead in p.get("review.area.before", [])
        ]
        self.commissioning = _rx(p.get("review.area.commissioning", r"(?!x)x"))
        self.hint = _rx(p.get("review.area.hint", r"."))
        self.joiners = {w.lower() for w in joiners}
        council = next(
            (body for kind, body in p.get("review.area.after", []) if kind == "council"), r"(?!x)x"
        )
        self.alone_council = rf"^\s*(?:The\s+)?{place}\s+(?:{council})\s*$"
        # "Report produced by Jo Roe, Community Safety Team, Greywater City Council": an in-house
        # author's council commissioned the review
        self.authored = _rx("|".join(f"(?:{r})" for r in p.list("review.author.author_roles")) or r"(?!x)x")

    def clean(self, raw: str, leads: bool = False) -> str | None:
        """The place in a run of capitalised words: what follows the last word that cannot be part
        of one ("Commissioned by X"), or for a name that leads ("Safer X Partnership") what
        comes before the first."""
        tokens = raw.split()
        stops = [t.lower().strip("’'.") in self.stop for t in tokens]
        if leads:
            tokens = tokens[: stops.index(True)] if True in stops else tokens
        else:
            while stops and stops[-1]:
                tokens, stops = tokens[:-1], stops[:-1]  # "X Local" Safeguarding Children Board
            last_stop = max((i for i, s in enumerate(stops) if s), default=-1)
            tokens = tokens[last_stop + 1 :]
        while tokens and tokens[0].lower() in self.joiners:
            tokens = tokens[1:]
        while tokens and tokens[-1].lower() in self.joiners:
            tokens = tokens[:-1]
        name = regex.sub(r"[’']s$", "", " ".join(tokens).strip(" .,’'"))
        if not name or not name[0].isupper() or name.isupper() and len(name) <= 5:
            return None  # an abbreviation ("BCSP") is not the place
        return name

    def find(self, line: str) -> list[tuple[str, str, int]]:
        """(place, kind of body, start) for every body named in the line."""
        if not self.hint.search(line):
            return []
        line = _uncapitalised(line)
        found = []
        for leads, (kind, rx) in [(False, a) for a in self.after] + [(True, b) for b in self.before]:
            for m in rx.finditer(line):
                place = self.clean(m.group("area"), leads)
                if place:
                    found.append((place, kind, m.start("area")))
        return found


_KIND_FOR_TYPE = {"SAR": "sab", "CSPR": "children", "SCR": "children"}


def _area(cover: list[str], rest: list[str], review_type: str | None, p: Patterns) -> str | None:
    places = _Places(p)
    wanted = _KIND_FOR_TYPE.get(review_type or "", "csp")
    score: Counter[str] = Counter()
    best: dict[str, int] = {}
    for where, lines in (("cover", cover), ("rest", rest)):
        for n, line in enumerate(lines):
            for place, kind, start in places.find(line):
                commissioned = bool(places.commissioning.search(line[max(0, start - 60) : start]))
                if kind == "council" and where == "cover" and not commissioned:
                    beside = (lines[n - 1] + " " if n else "") + line[:start]
                    commissioned = bool(places.authored.search(beside))
                if (
                    kind == "council"
                    and not commissioned
                    and not (where == "cover" and _rx(places.alone_council, 0).match(_uncapitalised(line)))
                ):
                    continue  # councils are named as agencies everywhere: only one that commissions
                    # the review, or stands alone on the cover, gives the area
                points = (4 if where == "cover" else 0) + (3 if commissioned else 0)
                if kind == wanted or kind == "any":
                    points += 2
                elif kind == "council":
                    points -= 2
                best[place] = max(best.get(place, -99), points)
                score[place] += 1
    if not score:
        return None
    return max(score, key=lambda a: (best[a], score[a]))


# -- author --------------------------------------------------------------------------------


class _Names:
    """A person's name as title pages print it, honorifics and letters after it set aside."""

    def __init__(self, p: Patterns):
        hon = _alt(p.list("review.author.honorifics"))
        post = _alt(p.list("review.author.postnominals"))
        word = r"(?:Mc|Mac|O[’']|D[’'])?[A-Z][a-zà-ÿ]+(?:[-’'][A-Z][a-zà-ÿ]+)*"
        initial = r"[A-Z](?:\.|(?=\s+[A-Z]))"
        self.post = rf"(?:\s*,?\s*\(?(?:{post})\)?(?![\w]))*"
        # one to three given names or initials, then the surname (never an initial)
        particle = r"(?:(?:van|von|de|der|den|la|du|di|da|dos|al|bin|ibn)\s+){0,2}"
        self.name = (
            rf"(?:(?:{hon})\s+)?(?P<name>(?:(?:{word}|{initial})\s*){{1,3}}(?<=\s|\.){particle}{word})"
            rf"{self.post}"
        )
        self.stop = {w.lower() for w in p.list("review.author.not_name_words")}
        self.name_ends = _rx(p.get("review.author.name_ends", r"\s*$"))
        self.whole = _rx(rf"^(?:by\s+)?{self.name}\s*[,.]?\s*$", 0)
        self.leading = _rx(rf"^(?:by\s+)?{self.name}", 0)

    def ok(self, name: str) -> str | None:
        words = name.replace(".", ". ").split()
        if any(w.lower().strip(".’'") in self.stop for w in words):
            return None
        if len(words[-1].rstrip(".")) < 2:
            return None  # the surname is a word, not an initial
        return " ".join(name.split())

    def at_start(self, text: str) -> str | None:
        m = self.leading.match(text.strip())
        return self.ok(m.group("name")) if m else None

    def heads(self, text: str) -> str | None:
        """The name that opens a list of who someone is: "Sam Okafor, Director, X Ltd." (the name
        ends where the text does or at a comma or dash, not in a sentence: "Steering Group has ...")."""
        m = self.leading.match(text.strip())
        if not m or not self.name_ends.match(text.strip()[m.end() :]):
            return None
        return self.ok(m.group("name"))

    def alone(self, line: str) -> str | None:
        m = self.whole.match(line.strip())
        return self.ok(m.group("name")) if m else None


class _Roles:
    def __init__(self, p: Patterns):
        # "Chair and Author of the Overview Report: Jane Roe"
        of_report = p.get("review.author.of_report", r"(?!x)x")
        self.author = _rx(
            "(?:" + "|".join(f"(?:{r})" for r in p.list("review.author.author_roles")) + f")(?:{of_report})?"
        )
        self.chair = _rx("|".join(f"(?:{r})" for r in p.list("review.author.chair_roles")))
        self.not_this = _rx(p.get("review.author.not_this_role", r"(?!x)x"))
        self.is_name = [_rx(r) for r in p.list("review.author.is_name")]
        self.appointed = p.get("review.author.appointed_as", r"(?!x)x")
        self.hint = _rx(p.get("review.author.hint", r"."))
        self.by_whom = _rx(p.get("review.author.by_whom", r""))

    def find(self, line: str) -> list[tuple[int, int, int]]:
        """(start, end, rank) of every role in the line: rank 0 names the author, 1 the chair."""
        if not self.hint.search(line):
            return []
        found = []
        for rank, rx in ((0, self.author), (1, self.chair)):
            for m in rx.finditer(line):
                if m.end() == m.start() or self.not_this.search(line[: m.start()]):
                    continue
                if m.group(0).lower().endswith("by") and (
                    not self.by_whom.search(line[: m.start()])
                    or not line[: m.start()].strip()
                    and m.group(0).islower()
                ):
                    continue  # "a group chaired by X", "a letter written by X": not this report
                if any(s <= m.start() < e for s, e, _ in found):
                    continue
                found.append((m.start(), m.end(), rank))
        return sorted(found)


_SEP = re.compile(r"^[\s:–—\-|/,]*(?:by\s+)?")


def _author(lines: list[str], p: Patterns) -> str | None:
    names, roles = _Names(p), _Roles(p)
    best: tuple[int, int, str] | None = None  # (rank, line index, name)

    def offer(rank: int, i: int, name: str | None) -> None:
        nonlocal best
        if name and (best is None or (rank, i) < best[:2]):
            best = (rank, i, name)

    appoints = _rx(p.get("review.author.appoints", r"(?!x)x"))
    appointed_role = _rx(p.get("review.author.appointed_role", r"(?!x)x"))
    object_name = _rx(names.name, 0)
    appoints_word = _rx(p.get("review.author.appoints", r"(?!x)x").removesuffix(r"\s+$"))
    for i, raw in enumerate(lines):
        if best is not None and best[0] == 0 and i > best[1]:
            break
        line = _uncapitalised(raw.replace("\t", " | "))
        # "The Board appointed Jo Roe, an independent consultant, as the reviewer" (often wrapped)
        wrapped = line + (" " + lines[i + 1] if i + 1 < len(lines) else "")
        for m in object_name.finditer(line) if appoints_word.search(line) else ():
            if appoints.search(line[: m.start()]):
                role = appointed_role.match(wrapped[m.end() :])
                if role:
                    offer(
                        1 if role.group("role").lower().startswith("chair") else 0,
                        i,
                        names.ok(m.group("name")),
                    )
        for rx in roles.is_name:
            for m in rx.finditer(line):
                offer(
                    0 if "author" in m.group(0).lower() or "writer" in m.group(0).lower() else 1,
                    i,
                    names.at_start(line[m.end() :]),
                )
        for start, end, rank in roles.find(line):
            after = _SEP.sub("", line[end:], count=1)
            before = line[:start].rstrip(" ,–—-|:(")
            if after and not after.startswith(("of ", "and ")):
                # after "written by" / "chaired by" a sentence goes on: the name must end there
                # or be followed by who they are ("Gwen Hartley, Independent Reviewer")
                by = line[start:end].lower().endswith("by")
                name = names.heads(after) if by else names.at_start(after)
                if name:
                    offer(rank, i, name)
                    continue
            appointed = _rx(
                rf"(?:^|[.;]\s+|,\s+|\b(?:and|when|after)\s+){names.name}{roles.appointed}", 0
            ).search(before)
            if appointed:
                offer(rank, i, names.ok(appointed.group("name")))
                continue
            if before:
                # "Jane Doe MA, Independent Chair and Author", "Sam Okafor, Director, X Ltd. Independent Author"
                lead = before.split(" | ")[-1] if " | " in before else before
                name = names.heads(lead)
                if name and len(lead) <= 100:
                    offer(rank, i, name)
                    continue
            if not after.strip(" .:–-") and i + 1 < len(lines):
                # the role alone (or "... produced for X by") and the name on the next line
                offer(rank, i, names.alone(_uncapitalised(lines[i + 1])))
            if not before.strip() and i > 0:
                # the name alone on the line above its role
                offer(rank, i - 1, names.alone(_uncapitalised(lines[i - 1])))
    if best is None:
        return _consultant_on_cover(lines[:COVER_LINES], names, p)
    return best[2]


_PIECES = re.compile(r"\s{2,}|\t|,|:|\s[–—-]\s")


def _consultant_on_cover(cover: list[str], names: _Names, p: Patterns) -> str | None:
    """A cover that labels no one but names a person beside their consultancy ("Jo Roe  Director:
    Roe Associates Ltd"): that person is the independent author."""
    firm = _rx(p.get("review.author.consultancy", r"(?!x)x"), 0)
    for line in cover:
        pieces = _PIECES.split(line.strip(), maxsplit=1)
        if len(pieces) < 2 or not firm.search(pieces[1]):
            continue  # the firm follows the person's name; a line that is only a firm names no one
        words = _uncapitalised(pieces[0]).split()
        # the name, then perhaps the title they hold there ("Jo Roe Managing Director")
        for keep in range(len(words), max(1, len(words) - 3), -1):
            name = names.alone(" ".join(words[:keep]))
            if name:
                return name
    return None


# -- victims -------------------------------------------------------------------------------


def _victims(lines: list[str], p) -> list[Victim]:
    names: list[str] = []
    for line in lines[:TITLE_LINES]:
        for rx in p.regexes("review.victims.title_names", flags=0):
            m = rx.search(line)
            if m:
                names += [n.strip() for n in re.split(r"\s*(?:&|\band\b)\s*", m.group("names")) if n.strip()]
    ages: dict[str, int] = {}
    text = "\n".join(lines)
    for rx in p.regexes("review.victims.death_of_aged", flags=0):
        for m in rx.finditer(text):
            name, age = m.group("name").strip(), int(m.group("age"))
            if 0 < age < 120:  # a title may have named the deceased already; this gives her age
                if name not in names:
                    names.append(name)
                ages.setdefault(name, age)
    for key in ("review.victims.aged_name", "review.victims.name_aged"):
        for rx in p.regexes(key, flags=0):
            for m in rx.finditer(text):
                name, age = m.group("name").strip(), int(m.group("age"))
                if 0 < age < 120 and (not names or name in names or name.lower() == "the victim"):
                    ages.setdefault(name, age)
    if not names:
        names = [n for n in ages if n.lower() == "the victim" or n in ages and re.match(r"[A-Z][a-z]+ \d", n)]
    return [Victim(pseudonym=n, age=ages.get(n)) for n in names]


# -- date of death ---------------------------------------------------------------------------

_ENDS_SENTENCE = re.compile(r"[.!?:;]['’\"”)]?\s*$")
_SENTENCE_END = re.compile(r"(?<=[a-z)’'\"”])[.!?](?=\s+[A-Z\"“‘'(])|;\s")


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= at:
            start = m.end()
        else:
            return start, m.start()
    return start, len(text)


def _date_of_death(lines: list[str], p: Patterns) -> DateValue | None:
    limit = max(60, len(lines) // 3)
    labelled = _labelled_death(lines[:limit], p)
    if labelled is not None:
        return labelled
    found = _death_in_text(lines[:limit], p)
    if not found:
        return None
    first = found[0]
    # the cover may give the month (or year) and the preface the day: keep the most exact of the same date
    rank = {"year": 0, "month": 1, "day": 2}
    for later in found[1:]:
        if rank.get(later.precision, -1) > rank.get(first.precision, -1) and later.start.startswith(
            first.start or "-"
        ):
            first = later
    return first


def _labelled_death(lines: list[str], p: Patterns) -> DateValue | None:
    labels = p.regexes("review.death.labels")
    for i, line in enumerate(lines):
        cells = line.split("\t")
        for j, cell in enumerate(cells):
            m = next((rx.search(cell) for rx in labels if rx.search(cell)), None)
            if not m:
                continue
            dates = find_dates(cell[m.end() :], p) or (
                find_dates(cells[j + 1], p) if j + 1 < len(cells) else []
            )
            if not dates and len(cells) > 1 and i + 1 < len(lines):
                below = lines[i + 1].split("\t")  # a table: the header cell, its value in the row below
                dates = find_dates(below[j], p) if j < len(below) and len(below) == len(cells) else []
            if not dates and len(cells) == 1 and i + 1 < len(lines) and len(lines[i + 1].split()) <= 6:
                dates = find_dates(lines[i + 1], p)
            if dates:
                return dates[0].value
    return None


def _death_in_text(lines: list[str], p: Patterns) -> list[DateValue]:
    words = p.regexes("review.death.words")
    general = p.regexes("review.death.not_this_death")
    other_event = _rx(p.get("review.death.other_event_before", r"(?!x)x"))
    other_line = _rx(p.get("review.death.other_date_line", r"(?!x)x"))
    same_day = _rx(p.get("review.death.same_day", r"(?!x)x"))
    next_day = _rx(p.get("review.death.next_day", r"(?!x)x"))
    period = _rx(p.get("review.death.period_sentence", r"(?!x)x"))
    found: list[DateValue] = []
    for i, line in enumerate(lines):
        # a PDF export may break the death's words themselves over lines ("was found" / "dead by ...")
        if not any(w.search(_with_next(lines, i)) for w in words):
            continue
        # a title broken over short lines: "Report into the death of" / "Ms S" / "on" / "16 September 2016"
        text = line
        if len(line.split()) <= 12:
            for nxt in lines[i + 1 : i + 4]:
                if len(nxt.split()) > 6 or other_line.search(nxt):
                    if nxt[:1].islower() and not _ENDS_SENTENCE.search(text):
                        text += " " + nxt  # a short line of prose wrapped: "... and died in" / "hospital ..."
                    break
                text += " " + nxt
        else:
            # a sentence wrapped onto the next lines: "... was killed by his" / "partner on 2 February 2021."
            for nxt in lines[i + 1 : i + 4]:
                if _ENDS_SENTENCE.search(text) or not nxt:
                    break
                text += " " + nxt
        # the sentence's opening may sit on the lines above:
        # "In the early hours of 3 May 2019 the" / "... was found dead"
        text = _sentence_opening_above(lines, i, other_line) + text
        value = _death_date_in(text, words, general, other_event, period, p)
        if value is None and same_day.search(text):
            value = _incident_date_before(lines[max(0, i - 2) : i], text, same_day, p)
        if value is None and next_day.search(text):
            value = _day_after(_incident_date_before(lines[max(0, i - 2) : i], text, next_day, p))
        if value is not None:
            found.append(value)
    return found


def _with_next(lines: list[str], i: int) -> str:
    """The line with the next one when its sentence runs on, so words broken over the two are seen."""
    line = lines[i]
    if i + 1 < len(lines) and lines[i + 1] and not _ENDS_SENTENCE.search(line):
        return line + " " + lines[i + 1]
    return line


def _sentence_opening_above(lines: list[str], i: int, other_line) -> str:
    """The wrapped prose lines above line i that open its sentence (none when the line above ends one)."""
    opening: list[str] = []
    for above in reversed(lines[max(0, i - 3) : i]):
        if not above or len(above.split()) <= 6 or _ENDS_SENTENCE.search(above) or other_line.search(above):
            break
        opening.insert(0, above)
    return " ".join(opening) + " " if opening else ""


def _incident_date_before(above: list[str], text: str, same_day, p: Patterns) -> DateValue | None:
    """The last exact date told before "... died later that morning": the incident's, and so the death's."""
    before = " ".join(above + [text[: same_day.search(text).start()]])
    days = [d for d in find_dates(before, p) if d.value.precision == "day"]
    return days[-1].value if days else None


def _day_after(incident: DateValue | None) -> DateValue | None:
    """ "found injured on 22/08/2019" / "died the following day": the death is the incident's day plus one."""
    if incident is None or incident.precision != "day" or not incident.start:
        return None
    try:
        day = date.fromisoformat(incident.start) + timedelta(days=1)
    except ValueError:
        return None
    return DateValue(raw=incident.raw, start=day.isoformat(), end=day.isoformat(), precision="day",
                     relative=True)


def _death_date_in(text: str, words, general, other_event, period, p: Patterns) -> DateValue | None:
    dates = find_dates(text, p)
    if not dates:
        return None
    # "Domestic Homicide Review into the death of Anna": only the words about deaths in general
    # are set aside, not the line that holds them
    generic = [g.span() for x in general for g in x.finditer(text)]
    for w in words:
        for m in w.finditer(text):
            if any(gs < m.end() and m.start() < ge for gs, ge in generic):
                continue
            plural = m.group(0).lower().endswith("s")
            s, e = _sentence_bounds(text, m.start())
            if period.search(text[s:e]):
                continue  # "The review covers the period from January 2018 to her death": the scope's dates
            if other_event.search(text[s : m.start()]):
                continue  # "notified of the death of Kerry on 3 June 2019": the notification's date
            # a year alone counts only close by ("the homicide of Mrs X in 2016"): further on it
            # is more often a period the sentence goes on to name
            after = [
                d
                for d in dates
                if m.end() <= d.start < e
                and d.start - m.end() <= (120 if d.value.precision in ("day", "month") else 40)
                and (d.value.precision in ("day", "month") or d.value.precision == "year" and not plural)
            ]
            if after:
                between = text[m.end() : after[0].start]
                if not other_event.search(between):
                    return after[0].value
                continue
            # "On 31/03/2021 Louise was found dead", "In the early hours of Sunday 9th March 2019 Jess was fatally injured"
            before = [
                d
                for d in dates
                if s <= d.start < m.start() and d.start - s <= 45 and d.value.precision in ("day", "month")
            ]
            if before and not other_event.search(text[s : m.start()]):
                return before[0].value
    return None


# -- kind of document ------------------------------------------------------------------------


# A document is an action plan when the plan read from it covers this share of its content,
# or when no more than PLAN_OPENS_WORDS of text come before it (a cover line, a title).
PLAN_SHARE = 0.5
PLAN_OPENS_WORDS = 60
_ASKS = re.compile(r"\b(?:should|must|shall)\b", re.IGNORECASE)


# Columns only an action plan has: a table of recommendations (No. | Recommendation | Agency) is not one.
PLAN_COLUMNS = frozenset({"action", "target_date", "status", "progress"})


def settle_doc_kind(doc: SourceDocument, ctx: Context, plan) -> None:
    """Once the plan stage has read the plans: the document is an action plan by where its plan
    is and how much of it the plan covers. A title naming a plan counts only when a plan was
    read; a report that merely mentions or appends a plan stays a report."""
    review = ctx.review
    if review is None:
        return
    spans = []
    if any(PLAN_COLUMNS.intersection(t.columns) for t in plan.tables):
        spans = [(c.line_start, c.line_end) for c in ctx.claims if c.kind == "plan"]
    titled = review.doc_kind == "action_plan"
    if spans and (titled or _plan_dominates(doc, spans)) and not _asks_before(doc, spans):
        review.doc_kind = "action_plan"
    elif titled:
        lines = [ln.text.strip() for ln in doc.content_lines()]
        review.doc_kind = _doc_kind(doc, "\n".join(lines[:TITLE_LINES]), "\n".join(lines), ctx.patterns,
                                    plan=False)


def _plan_dominates(doc: SourceDocument, spans: list[tuple[int, int]]) -> bool:
    contents = {n for b in doc.blocks if b.kind == "toc" for n in (b.lines or [b.line_start])}
    body = [ln for ln in doc.content_lines() if ln.number not in contents]
    inside = sum(1 for ln in body if any(a <= ln.number <= e for a, e in spans))
    first = min(a for a, _ in spans)
    before = [ln.text for ln in body if ln.number < first]
    return inside >= PLAN_SHARE * max(1, len(body)) or sum(len(t.split()) for t in before) <= PLAN_OPENS_WORDS


def _asks_before(doc: SourceDocument, spans: list[tuple[int, int]]) -> bool:
    """A cover or a line of introduction may precede a plan; recommendations made before it
    ("... should ...") are a report's, however long the plan appended to it or its title."""
    first = min(a for a, _ in spans)
    return any(_ASKS.search(ln.text) for ln in doc.content_lines() if ln.number < first)


def _doc_kind(doc: SourceDocument, title: str, text: str, p, plan: bool = True) -> str | None:
    paragraphs = sum(1 for b in doc.blocks if b.kind == "paragraph" and b.number)
    narrative = sum(1 for b in doc.blocks if b.kind == "paragraph" and len(b.text.split()) >= 40)
    head = "\n".join(title.splitlines()[:15])
    if plan and p.any_match("review.doc_kind.action_plan_header", head) and not p.any_match(
        "review.doc_kind.overview_title", head
    ):
        return "action_plan"
    if plan and p.any_match("review.doc_kind.action_plan_title", head) and narrative < 30:
        return "action_plan"
    if p.any_match("review.doc_kind.executive_summary_title", head):
        return "executive_summary"
    if p.any_match("review.doc_kind.points_to_main_report", text):
        return "executive_summary"
    if (
        p.any_match("review.doc_kind.overview_title", title)
        or paragraphs >= 100
        or any(s.title.lower().startswith("chronolog") for s in doc.sections() if s.level in (1, 2))
    ):
        return "overview_report"
    return None
