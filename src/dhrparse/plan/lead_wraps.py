"""A block of several rows' lead cells, some wrapped over two lines, parted into one lead a row
only where the number of rows forces the parting.

Plain pdftotext prints neighbouring rows' lead cells that stand close as one block, a line
after another with no blank line between, so "Head of Quality, Adult Social" / "Care" /
"Station Manager" could be two leads or three. Each place between two lines is

- a join, where the line runs on: it ends on a comma, a word that joins a name to its next
  words ("Named GP for") or a possessive ("Head of Children's"), or the next line opens in
  lower case, or the next line is only the
  word a role's or a body's name ends on ("SAB Business" / "Manager", "Sedgeworth District" /
  "Council"; patterns/actions.toml [lead] role_heads) under a line ending on no such word;
- a break, where the next line's first word would have fitted on the line (the word processor
  would have put it there had the two lines been one cell): in every common face
  (vocab.type_widths) the two are narrower than the block's widest line, which the column's
  room is no narrower than;
- a break, where the next line opens on the word the line ends on (no name says a word twice
  running: "Named Nurse for Adult Safeguarding" / "Safeguarding Practitioner");
- a break, where the name read so far (the line, with the lines it surely runs on from) is of
  more than one word and closes there (it ends on a word a role's or a body's name ends on,
  "MARAC Coordinator", "Partnership" / "Coordinator") and the next line opens capitalised, or
  may close there ("Named GP Safeguarding") and the next line opens another of more than one
  word ("Named Nurse"; not "Adults"), or
  where the block opens on a name's last word alone (its first words printed with the column's
  name);
- else either.

The parting is kept only where it is the one parting giving as many leads as the rows: the
breaks alone give that many (every other place a join), or the breaks and every undecided place
do, or, where the breaks give too few and the undecided places too many, one choice of undecided
places alone gives that many leads each closing on a word a name ends on ("SAB Practice" /
"Subgroup" / "Corvendale" / "Commissioning" / "Team": "Subgroup", "Team") with none but the
first opening on a name's last word alone. Otherwise None, and the rows keep no lead (a lead
paired by guess is worse than none).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import combinations

from dhrparse.document import Line
from dhrparse.vocab.type_widths import Face, faces

_JOINING = frozenset({"of", "for", "and", "&", "the", "to", "in", "on", "-", "–", "/"})
FIT_MARGIN = 0.97  # the faces' widths are close, not exact (kerning, bold): a word "fits" just inside
MAX_LEAD_LINES = 4  # a lead cell wrapped over more lines than this is no name
MAX_UNDECIDED = 12  # a block with more undecided places than this is no few rows' leads


def runs_on(line: str, following: str, ends_role: Callable[[str], bool]) -> bool:
    """The lead on `line` carries on onto `following` (a join, see the module's account);
    `ends_role`: the text ends on the word a role's or a body's name ends on."""
    words = line.split()
    return bool(words) and (
        line.endswith((",", "-", "–", "/", "&"))
        or words[-1].lower() in _JOINING
        or words[-1].endswith(("'s", "’s"))
        or following[:1].islower()
        or (len(following.split()) == 1 and ends_role(following) and not ends_role(line))
    )


@cache
def _faces() -> list[Face]:
    return [Face(name) for name in faces()]


def next_word_fits(line: str, following: str, texts: list[str]) -> bool:
    """The next line's first word would have fitted on the line in every common face: the
    block's widest line is no wider than the column's room."""
    words = [*line.split(), following.split()[0]]
    return all(face.words_width(words) <= FIT_MARGIN * max(map(face.width, texts)) for face in _faces())


def _opens_another(
    name: str, following: str, ends_role: Callable[[str], bool], closes_name: Callable[[str], bool]
) -> bool:
    """The name read so far (the line, with the lines it surely runs on from) is of more than
    one word and may close there, and the next line opens another name: after a role's or a
    body's last word ("Manager", "Leader"), any capitalised line; after a word such a name only
    holds ("Safeguarding"), a line of more than one word ("Named Nurse", not "Adults"); never
    before a role's last word alone ("Discharge Lead" / "Nurse" may be one title)."""
    lone = len(following.split()) == 1
    return (
        closes_name(name)
        and len(name.split()) > 1
        and following[:1].isupper()
        and (ends_role(name) or not lone)
        and not (lone and ends_role(following))
    )


def _last_word_alone(line: str, ends_role: Callable[[str], bool]) -> bool:
    """The block opens on a name's last word alone ("Coordinator"): its first words were printed
    with the column's name, and the line closes that name."""
    return len(line.split()) == 1 and ends_role(line)


def _word_again(line: str, following: str) -> bool:
    """The next line opens on the word the line ends on ("Named Nurse for Adult Safeguarding" /
    "Safeguarding Practitioner"): no name says a word twice running, so a name ends there."""
    return line.split()[-1].lower() == following.split()[0].lower()


def begins_lead(line: str, following: list[Line], ends_role: Callable[[str], bool]) -> bool:
    """Under the lead column's name, a capitalised line that ends no role's name followed by a
    name's last word alone ("Lead" / "Partnership" / "Coordinator") begins the first row's lead:
    the column's name wrapped on would not leave a name's last word alone on the next line."""
    if not following or not line[:1].isupper() or ends_role(line):
        return False
    return _last_word_alone(" ".join(following[0].text.split()), ends_role)


def _places(
    texts: list[str],
    ends_role: Callable[[str], bool],
    closes_name: Callable[[str], bool],
    whole_first: bool = False,
) -> list[str] | None:
    """Each place between two lines a "join", a "break" or "either" (see the module's account),
    or None where a line runs on though the next word would have fitted (not one column's cells).
    `whole_first`: the block prints under no column's name, so it opens on no name's last word
    alone ("Practice" / "Manager Lead" is one name)."""
    places: list[str] = []
    name = ""  # (the lines read so far that surely make one name)
    for line, following in zip(texts, texts[1:]):
        name = f"{name} {line}".strip()
        joins = runs_on(line, following, ends_role)
        closed = _opens_another(name, following, ends_role, closes_name) or (
            not places and not whole_first and _last_word_alone(line, ends_role)
        )
        breaks = next_word_fits(line, following, texts) or (
            not joins and (closed or _word_again(line, following))
        )
        if joins and breaks:
            return None
        places.append("join" if joins else "break" if breaks else "either")
        name = name if joins else ""
    return places


def parted_leads(
    lines: list[Line],
    rows: int,
    ends_role: Callable[[str], bool],
    closes_name: Callable[[str], bool] = lambda _text: False,
    whole_first: bool = False,
) -> list[list[Line]] | None:
    """The block's lines parted into `rows` leads in print order, or None where the parting is
    not forced (see the module's account; `ends_role` as for `runs_on`; `closes_name`: the line
    ends on a word a name may end on; `whole_first` as for `_places`)."""
    texts = [" ".join(ln.text.split()) for ln in lines]
    if rows < 2 or len(lines) <= rows or any(not t for t in texts):
        return None
    places = _places(texts, ends_role, closes_name, whole_first)
    if places is None:
        return None
    breaks = places.count("break")
    if breaks + 1 == rows:
        cut = {k for k, p in enumerate(places) if p == "break"}
    elif breaks + places.count("either") + 1 == rows:
        cut = {k for k, p in enumerate(places) if p != "join"}
    else:
        cut = _closing_cut(texts, places, rows, ends_role, closes_name)
        if cut is None:
            return None
    parts = _parted(lines, cut)
    return parts if all(len(p) <= MAX_LEAD_LINES for p in parts) else None


def partings(
    lines: list[Line],
    ends_role: Callable[[str], bool],
    closes_name: Callable[[str], bool],
    whole_first: bool = False,
) -> dict[int, list[list[Line]]]:
    """Each number of leads the block's lines may part into, with the one parting giving it: one
    lead where no place breaks, a lead a line where no place joins, and between those what
    parted_leads forces (`whole_first` as for `_places`)."""
    texts = [" ".join(ln.text.split()) for ln in lines]
    places = _places(texts, ends_role, closes_name, whole_first) if all(texts) else None
    if places is None:
        return {}
    found: dict[int, list[list[Line]]] = {}
    if "break" not in places and len(lines) <= MAX_LEAD_LINES:
        found[1] = [list(lines)]
    if "join" not in places and len(lines) > 1:
        found[len(lines)] = [[ln] for ln in lines]
    for rows in range(2, len(lines)):
        parts = parted_leads(lines, rows, ends_role, closes_name, whole_first)
        if parts is not None:
            found[rows] = parts
    return found


def places_between(
    lines: list[Line], ends_role: Callable[[str], bool], closes_name: Callable[[str], bool]
) -> list[str] | None:
    """Each place between the lines a "join", a "break" or "either" (`_places`), None where a
    line runs on though the next word would have fitted."""
    texts = [" ".join(ln.text.split()) for ln in lines]
    return _places(texts, ends_role, closes_name) if all(texts) else None


def _parted(items: list, cut: set[int]) -> list[list]:
    """The items parted after each place in `cut` (place k lies between items k and k + 1)."""
    parts: list[list] = [[items[0]]]
    for k, item in enumerate(items[1:]):
        if k in cut:
            parts.append([item])
        else:
            parts[-1].append(item)
    return parts


def _closing_cut(
    texts: list[str],
    places: list[str],
    rows: int,
    ends_role: Callable[[str], bool],
    closes_name: Callable[[str], bool],
) -> set[int] | None:
    """Where the breaks alone give too few leads and the undecided places too many: the one
    choice of undecided places giving `rows` leads each of which ends on a word a name may end
    on ("Subgroup", "Team", "Service") and none of which but the first opens on a name's last
    word alone ("Subgroup" is the line before's), else None."""
    breaks = {k for k, p in enumerate(places) if p == "break"}
    either = [k for k, p in enumerate(places) if p == "either"]
    wanted = rows - 1 - len(breaks)
    if wanted < 1 or len(either) > MAX_UNDECIDED:
        return None
    found = [
        cut
        for chosen in combinations(either, wanted)
        if _names_close(_parted(texts, cut := breaks | set(chosen)), ends_role, closes_name)
    ]
    return found[0] if len(found) == 1 else None


def _names_close(
    parts: list[list[str]], ends_role: Callable[[str], bool], closes_name: Callable[[str], bool]
) -> bool:
    """Each part ends on a word a name may end on, and no part but the first opens on a name's
    last word alone."""
    return all(closes_name(part[-1]) for part in parts) and not any(
        _last_word_alone(part[0], ends_role) for part in parts[1:]
    )


def parted_as_printed(
    lines: list[Line],
    rows: int,
    ends_role: Callable[[str], bool],
    closes_name: Callable[[str], bool],
    printed: set[tuple[str, ...]],
) -> list[list[Line]] | None:
    """The block's lines parted into `rows` leads where the lines alone do not force it, by the
    names printed alike: one column's width wraps one name alike, so a part the table prints
    elsewhere as a cell of its own (`printed`: such cells' lines), or twice in the block
    ("Wexholm" / "Housing" / "Wexholm" / "Housing": two rows of one body), is a lead printed
    whole. The one parting with the most such parts is kept ("Ebbersley Borough" / "Council –
    Housing" / "Safer Ebbersley" / "Partnership", with "Safer Ebbersley" / "Partnership" a
    row's whole cell, parts before "Safer"); None where no parting or several have the most."""
    texts = [" ".join(ln.text.split()) for ln in lines]
    places = _places(texts, ends_role, closes_name) if all(texts) and rows >= 2 else None
    if places is None:
        return None
    breaks = {k for k, p in enumerate(places) if p == "break"}
    either = [k for k, p in enumerate(places) if p == "either"]
    wanted = rows - 1 - len(breaks)
    if wanted < 0 or len(either) > MAX_UNDECIDED:
        return None
    cuts = [breaks | set(chosen) for chosen in combinations(either, wanted)]
    scores = [_printed_alike(_parted(texts, cut), printed) for cut in cuts]
    best = max(scores, default=0)
    if best == 0 or scores.count(best) != 1:
        return None
    return _parted(lines, cuts[scores.index(best)])


def _printed_alike(parts: list[list[str]], printed: set[tuple[str, ...]]) -> int:
    """How many parts are printed alike elsewhere: in `printed`, or twice among the parts."""
    keys = [tuple(part) for part in parts]
    return sum(1 for key in keys if key in printed or keys.count(key) > 1)
