"""The area: the place in the commissioning body's name, preferring the body on the cover or
after "commissioned by", and the kind of body the review type has."""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex

from dhrparse.extractors.review.cue_lines import CueLines
from dhrparse.extractors.review.printing import COVER_LINES, compiled, uncapitalised
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import expression_alternation, literal_alternation
from dhrparse.vocab.cue_words import folded, required_words
from dhrparse.vocab.engines import Expression, PlainTexts


class _Places:
    """Place names inside the names of commissioning bodies."""

    def __init__(self, p: Patterns):
        self.stop = {w.lower() for w in p.list("review.area.not_place_words")}
        joiners = p.list("review.area.joiners")
        word = r"[A-Z][\w’'.-]*"
        # (a council named by a list of places, "Bournemouth, Christchurch and Poole": a comma only
        # where the list runs on to its "and")
        listed = rf",\s+(?={word}(?:\s+{word})?(?:,\s+{word}(?:\s+{word})?)*\s+(?:and|&)\s+{word})"
        join = literal_alternation(set(joiners), longest_first=True)
        place = rf"{word}(?:(?:\s+|-|{listed})(?:(?:{join})(?:\s+|-))?{word}){{0,6}}"
        served = p.get("review.area.served", r"(?!x)x")
        self.place = place
        # every match holds a place, which opens with a capital: no expression matches the empty
        # text, where `re` and `regex` may step on differently, so each runs by `re` on the
        # lines both engines read alike (vocab.engines) and `regex` compiles it only for others
        self.plain_texts = PlainTexts()
        self.after = (
            [
                (kind, Expression(rf"(?P<area>{place})(?:’s|'s)?\s+(?:{body})", 0))
                for kind, body in p.get("review.area.after", [])
            ]
            + [
                # "Community Safety Partnership (Marlow Vale)": the body's place in brackets after it
                (kind, Expression(rf"(?:{body})\s*\((?P<area>{place})\)", 0))
                for kind, body in p.get("review.area.after", [])
            ]
            + [
                # "the Community Safety Partnership for the borough of Marlow" (under a partnership's brand)
                (kind, Expression(rf"(?:{body})\s+(?:{served})(?P<area>{place})", 0))
                for kind, body in p.get("review.area.after", [])
            ]
        )
        self.before = [
            (kind, Expression(rf"(?<![\w])(?:{lead})(?P<area>{place})", 0))
            for kind, lead in p.get("review.area.before", [])
        ]
        self.commissioning = compiled(p.get("review.area.commissioning", r"(?!x)x"))
        self.for_another = compiled(p.get("review.area.for_another", r"(?!x)x"))
        # a running head printed on the cover's lines, ending in its page's number ("... Faxholme CSP  Page 1")
        forms = "|".join(form.pattern for form in p.regexes("cleaning.page_number_forms"))
        self.page_head = compiled(rf"(?:{forms})\s*$")
        self.hint = compiled(p.get("review.area.hint", r"."))
        self.joiners = {w.lower() for w in joiners}
        council = next(
            (body for kind, body in p.get("review.area.after", []) if kind == "council"), r"(?!x)x"
        )
        self.alone_council = rf"^\s*(?:The\s+)?{place}\s+(?:{council})\s*$"
        # "Report produced by Jo Roe, Community Safety Team, Tennisford City Council": an in-house
        # author's council commissioned the review
        self.authored = compiled(expression_alternation(p.list("review.author.author_roles")))

    def clean(self, raw: str, leads: bool = False) -> str | None:
        """The place in a run of capitalised words: what follows the last word that cannot be part
        of one ("Commissioned by X"), or for a name that leads ("Safer X Partnership") what
        comes before the first."""
        tokens = raw.split()
        # "Oxwell Children’s": a body's word in the possessive is still the body's
        stops = [_POSSESSIVE.sub("", t.lower().strip("’'.")) in self.stop for t in tokens]
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
        name = _POSSESSIVE.sub("", " ".join(tokens).strip(" .,’'"))
        if not name or not name[0].isupper() or name.isupper() and len(name) <= 5:
            return None  # an abbreviation ("BCSP") is not the place
        return name

    def find(self, line: str, wrapped_at: int | None = None) -> list[tuple[str, str, int, int]]:
        """(place, kind of body, start, end) for every body named in the line (or only those whose
        body's name runs over the break `wrapped_at` after the place)."""
        if not self.hint.search(line):
            return []
        line = uncapitalised(line)
        found = []
        rules = [(False, a) for a in self.after] + (
            [(True, b) for b in self.before] if wrapped_at is None else []
        )
        plain = self.plain_texts.plain(line)
        words = _WordsIn(line)
        for leads, (kind, rx) in rules:
            if not words.may_match(rx.source):
                continue
            for m in rx.finditer(line, plain):
                place = self.clean(_listed(line, m), leads)
                # (the place ends the first line, the body's words wrapped: "... for X" / "Borough
                # Council", its own words only, a body's word cleaned off it, "X Borough" / "Council")
                if wrapped_at is not None and place and not _ends_by(line, m, place, wrapped_at):
                    continue
                if place:
                    found.append((place, kind, m.start("area"), m.end()))
        return found

    def broken_above(self, lines: list[str], n: int, place: str, report: list[str]) -> str:
        """A cover printing the place in capitals over two lines ("NORTH" / "ALDERMOOR" / "COMMUNITY
        SAFETY PARTNERSHIP"): the line above, a word or two in capitals that cannot be a body's, opens
        the place, when the report prints the whole name elsewhere too."""
        line, above = lines[n].strip(), lines[n - 1].strip() if n else ""
        words = above.split()
        if not (
            line.isupper()
            and uncapitalised(line) == place
            and above.isupper()
            and 1 <= len(words) <= 2
            and all(w.isalpha() and w.lower() not in self.stop for w in words)
        ):
            return place
        whole = f"{uncapitalised(above) if len(above) > 3 else above.title()} {place}"
        return whole if any(whole in other for other in report) else place

    def in_line(self, lines: list[str], n: int) -> list[tuple[str, str, int, int, str]]:
        """The bodies named on line n, with a body's name wrapped after the place onto the next line
        read whole ("Learning for Pellingham" / "Safeguarding Children Board"; never "Mr T" /
        "Northfleet CSP", a place running over lines): (place, kind, start, end, text read)."""
        line = uncapitalised(lines[n])
        found = [(*f, line) for f in self.find(line)]
        if n + 1 < len(lines) and _WORD_AT_END.search(line) and self.hint.search(lines[n + 1][:_WRAP]):
            text = line + " " + uncapitalised(lines[n + 1][:_WRAP])
            found += [(*f, text) for f in self.find(text, wrapped_at=len(line))]
        return found


class _WordsIn:
    """Whether a line holds a word a body's name cannot be matched without ("Partnership",
    "Council"): each of the dozen bodies' expressions tries every capitalised word of the line as
    the start of a place, so one whose words the line lacks is not run (vocab.cue_words)."""

    def __init__(self, line: str):
        self.line, self._folded = line, None

    def may_match(self, source: str) -> bool:
        words = _required_words(source)
        if words is None:
            return True
        if self._folded is None:
            self._folded = folded(self.line)
        return any(w in self._folded for w in words)


# where a list of places may name one council: opening its line ("Saltridge, Crailby and Tenmouth
# Safeguarding Adults Board") or after "by" ("commissioned by ..."); in a sentence's list of
# agencies ("representatives of Health, Housing and Tarrow CSP") only the last place is the body's
_LIST_OPENS = regex.compile(r"(?:^\s*(?:the\s+)?|\bby\s+(?:the\s+)?)$", regex.I)


def _listed(line: str, m) -> str:
    area = m.group("area")
    if "," not in area or _LIST_OPENS.search(line[: m.start("area")]):
        return area
    return area[area.rindex(",") + 1 :]


@cache  # (one entry per body expression: a fixed, small set; a bound below it thrashes)
def _required_words(source: str) -> frozenset[str] | None:
    return required_words(source)


_POSSESSIVE = regex.compile(r"[’']s$")


def _ends_by(line: str, m, place: str, wrapped_at: int) -> bool:
    """The place read from match m ends by the break `wrapped_at`, the body's name after it."""
    at = line.rfind(place, m.start("area"), m.end("area"))
    end = at + len(place) if at >= 0 else m.end("area")
    return end <= wrapped_at < m.end()


_KIND_FOR_TYPE = {"SAR": "sab", "CSPR": "children", "SCR": "children"}
_WRAP = 60  # how much of the next line a body's name may run on to
# a body's name broken after its place ends the line with a capitalised word ("... for Pellingham")
_WORD_AT_END = regex.compile(r"(?<![\w’'-])[A-Z][\w’'-]*$")


def _commissioned(places: _Places, before: str, after: str) -> bool:
    """Named after "commissioned by" / "on behalf of", and not as the body that did the work for
    another ("undertaken by Safer X Partnership on behalf of North X CSP": North X commissioned it)."""
    return bool(places.commissioning.search(before[-60:])) and not places.for_another.match(after)


def area(cover: list[str], rest: list[str], review_type: str | None, p: Patterns) -> str | None:
    """Where two places tie, the one the report's own lines name wins over one only a running head
    printed on the cover names (a head left over from another review, ending in its page's number:
    "DHR 'Anna' - DRAFT v2 - Faxholme CSP  Page 1")."""
    places = p.derived("review.area", _Places)
    labelled = _labelled_area(cover[:COVER_LINES], places, p)
    if labelled:
        return labelled
    wanted = _KIND_FOR_TYPE.get(review_type or "", "csp")
    score: Counter[str] = Counter()
    best: dict[str, int] = {}
    own: dict[str, bool] = {}
    report = cover + rest  # (where a place broken over cover lines must be printed whole too)
    for where, lines in (("cover", cover), ("rest", rest)):
        # (a body is named on a line holding one of the hint's words, or wrapped onto the next)
        cue_lines = CueLines(lines, places.hint.source)
        for n in range(len(lines)):
            if not (cue_lines.may_hold(n) or cue_lines.may_hold(n + 1)):
                continue
            for place, kind, start, end, text in places.in_line(lines, n):
                if where == "cover":
                    place = places.broken_above(lines, n, place, report)
                points = _points(places, lines, n, (kind, start, end, text), where == "cover", wanted)
                if points is None:
                    continue
                best[place] = max(best.get(place, -99), points)
                score[place] += 1
                head = where == "cover" and places.page_head.search(lines[n]) is not None
                own[place] = own.get(place, False) or not head
    if not score:
        return (
            _title_place(cover, places, p)
            or _nhs_place(cover, places, p)
            or _service_place(cover, places, p)
            or national_area(cover, rest, p)
        )
    return max(score, key=lambda a: (best[a], score[a], own[a]))  # (two tied: the report's own line's)


def _points(places: _Places, lines: list[str], n: int, found, on_cover: bool, wanted: str) -> int | None:
    """What a body named on line n counts for the area: more on the cover, more when it commissioned
    the review, more when it is the kind the review type wants; None for a council named as an agency."""
    kind, start, end, text = found
    line = lines[n]
    commissioned = _commissioned(places, (lines[n - 1] + " " if n else "") + text[:start], text[end:])
    if kind == "council" and on_cover and not commissioned:
        beside = (lines[n - 1] + " " if n else "") + line[:start]
        commissioned = bool(places.authored.search(beside))
    if (
        kind == "council"
        and not commissioned
        and not (on_cover and compiled(places.alone_council, 0).match(uncapitalised(line)))
    ):
        return None  # councils are named as agencies everywhere: only one that commissions
        # the review, or stands alone on the cover, gives the area
    points = (4 if on_cover else 0) + (3 if commissioned else 0)
    if kind == wanted or kind == "any":
        return points + 2
    return points - 2 if kind == "council" else points


def _labelled_area(cover: list[str], places: _Places, p: Patterns) -> str | None:
    """The area a cover's label gives ("Local authority area: Tarrow", or "LOCALITY" alone on its
    line over "Tarrow"), a place's name and nothing more."""
    label = compiled(p.get("review.area.label", r"(?!x)x"))
    above = compiled(p.get("review.area.label_above", r"(?!x)x"))
    for n, line in enumerate(cover):
        m = label.match(line)
        value = line[m.end() :].strip() if m else ""
        if not m and above.match(line):
            value = _value_below(cover, n)
        if value and len(value.split()) <= 5 and not any(c.isdigit() for c in value):
            place = places.clean(uncapitalised(value))
            if place:
                return place
    return None


def _value_below(cover: list[str], n: int) -> str:
    """The first printed line under a label alone on line n (a blank line may part them)."""
    return next((line.strip() for line in cover[n + 1 : n + 3] if line.strip()), "")


def _title_place(cover: list[str], places: _Places, p: Patterns) -> str | None:
    """The place a cover title says the investigation was held in, read over a title wrapped onto a
    second line; a month or a word that is never a place's is not one."""
    held_in = compiled(p.get("review.area.title_held_in", r"(?!x)x"))
    for n, line in enumerate(cover[:COVER_LINES]):
        m = held_in.search((cover[n - 1] + " " if n else "") + line)
        if m and m.group("place").lower() not in (p.get("dates.months") or {}):
            place = places.clean(m.group("place"))
            if place:
                return place
    return None


def _nhs_place(cover: list[str], places: _Places, p: Patterns) -> str | None:
    """The place an NHS body named on the cover serves (read over a name wrapped onto the next
    line): the name's words before the first that says what the body provides; or the area a
    Scottish health board's name gives after "NHS" ("NHS Tarrow"), in a running head or foot too,
    never a national body's."""
    body = compiled(p.get("review.area.nhs_body", r"(?!x)x"), 0)
    board = compiled(p.get("review.area.nhs_board_after", r"(?!x)x"), 0)
    service = {w.lower() for w in p.list("review.area.nhs_service_words")}
    national = {w.lower() for w in p.list("review.area.nhs_not_board_words")}
    # (a board's area may join two places, "NHS Tarrow and Fenby": "and" ends no board's area)
    board_ends = (service | national) - places.joiners
    lines = cover[:COVER_LINES]
    # (every line of the cover asked of a board: plain text prints a running foot after the page's text)
    for n, line in enumerate(cover):
        m = body.search(line + (" " + lines[n + 1] if n + 1 < len(lines) else "")) if n < len(lines) else None
        if m is not None and m.start() < len(line):
            words, ends = m.group("name").split(), service
        else:
            m = board.search(line)
            words, ends = (m.group("name").split() if m else []), board_ends
            if words[:1] and words[0].lower() in national:
                continue  # ("NHS England", "NHS Foundation Trust": no board's area)
        first = next((k for k, w in enumerate(words) if w.lower() in ends), len(words))
        place = places.clean(" ".join(words[:first]), leads=True) if first else None
        if place:
            return place
    return None


_APART = r"\s*[•·|,–—-]\s*"  # what sets a running footer's parts apart
_PAGE = rf"(?:{_APART})?(?:(?:[Pp]age\s+)?\d{{1,3}}(?:\s+of\s+\d{{1,3}})?)?(?:{_APART})?"


def _service_place(cover: list[str], places: _Places, p: Patterns) -> str | None:
    """The region a probation service's own running head or cover line names, the line being the
    service's name and its place alone, a page number aside ("Probation Service • Tarrow • 2",
    "Tarrow Probation Service"): a service's summary names no partnership."""
    if not p.list("review.area.service_names"):
        return None
    names = expression_alternation(p.list("review.area.service_names"))
    line_rx = compiled(
        rf"^\s*(?:(?:[Tt]he\s+)?(?:{names}){_APART}(?P<after>{places.place})|(?P<before>{places.place})\s+(?:{names})){_PAGE}\s*$",
        0,
    )
    unit = compiled(rf"\b(?:{expression_alternation(p.list('review.area.service_units'))})\b")
    for line in cover:
        m = line_rx.match(line.strip())
        found = (m.group("after") or m.group("before")) if m else None
        place = places.clean(found) if found and not unit.search(found) else None
        if place:
            return place
    return None


class _Nations:
    """The nations (and regions) national bodies serve, and the bodies that name them."""

    def __init__(self, p: Patterns):
        nations = literal_alternation(set(p.list("review.area.nations")), longest_first=True)
        self.named = compiled(rf"(?<![\w])(?P<nation>{nations})(?![\w])", 0)
        self.body = compiled(p.get("review.area.national_body", r"(?!x)x"), 0)
        self.department = compiled(p.get("review.area.national_department", r"(?!x)x"), 0)
        self.held_in = compiled(p.get("review.area.held_in", r"(?!x)x"))

    def in_body(self, line: str) -> str | None:
        """ "Safeguarding Board for Northern Ireland": the nation a body's name carries."""
        for m in self.named.finditer(line):
            if self.body.search(line[: m.start()]):
                return m.group("nation")
        return None

    def held(self, lines: list[str]) -> str | None:
        """The first nation the opening says the review was held in ("introduced in Northern Ireland")."""
        for line in lines:
            for m in self.named.finditer(line):
                if self.held_in.search(line[: m.start()]):
                    return m.group("nation")
        return None


def national_area(cover: list[str], rest: list[str], p: Patterns) -> str | None:
    """When no local body is named: the nation a national commissioning body on the cover serves."""
    nations = p.derived("review.area.nations", _Nations)
    for line in cover:
        nation = nations.in_body(line)
        if nation:
            return nation
    if any(nations.department.match(line.strip()) for line in cover[:COVER_LINES]):
        return nations.held(cover + rest[:COVER_LINES])
    return None
