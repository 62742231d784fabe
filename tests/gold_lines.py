"""The shared half of the blind sets' hand-written gold scripts (tests/heldout6 .. heldout9b make_gold.py).

Every field of a gold record is written by hand in the set's make_gold.py; only each record's
`line` is looked up here, in the set's .txt (the first line holding the start of text_start /
action_start; `after` pins a later occurrence), and the record lists are written as <stem>.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OV = "overview"
AG = "agency"


def _norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def find_line(lines, needle, after=0):
    """1-based line where needle starts: stream search over the normalised text from `after`."""
    words = _norm(needle).split()
    for k in (8, 6, 4, 3, 2):
        want = " ".join(words[:k])
        stream, starts = "", []
        for i in range(after, len(lines)):
            n = _norm(lines[i])
            if not n:
                continue
            starts.append((len(stream), i))
            stream += n + " "
        pos = (" " + stream).find(" " + want + " ")
        if pos >= 0:
            line = max(i for off, i in starts if off <= pos)
            return line + 1
    raise SystemExit(f"not found: {needle!r}")


def R(
    ref,
    agency,
    text_start,
    themes,
    scope="local",
    level="overview",
    title=None,
    outcome=None,
    aliases=None,
    after=0,
    line=None,
):
    return dict(
        ref=ref,
        level=level,
        agency=agency,
        title=title,
        text_start=text_start,
        aliases=aliases or [],
        outcome=outcome,
        themes=themes,
        scope=scope,
        _after=after,
        _line=line,
    )


def A(ref, section, rec_ref, action_start, lead, target_raw, target, status_raw, status, after=0):
    return dict(
        ref=ref,
        agency_section=section,
        recommendation_ref=rec_ref,
        action_start=action_start,
        lead=lead,
        target_date_raw=target_raw,
        target_date=target,
        status_raw=status_raw,
        status=status,
        _after=after,
    )


def C(ref, heading, date_raw, date, text_start, relative=False, date_end=None, after=0):
    return dict(
        ref=ref,
        heading=heading,
        date_raw=date_raw,
        date=date,
        date_end=date_end,
        relative=relative,
        text_start=text_start,
        _after=after,
    )


def write_gold(gold, txt_folder, out_folder=None, family_keys=None):
    """Write <stem>.json for each stem of `gold`, its lines looked up in <stem>.txt in `txt_folder`.

    `family_keys` places the zoo's "family" / "description" keys where the set's committed gold
    has them: "after_file", "before_notes" or None (the set's gold has none)."""
    txt_folder = Path(txt_folder)
    out_folder = Path(out_folder) if out_folder else txt_folder
    for stem, g in gold.items():
        txt = txt_folder / f"{stem}.txt"
        lines = txt.read_text(encoding="utf-8").split("\n")  # newline-numbered, as sed/grep count
        out = {"file": txt.name}
        if family_keys == "after_file":
            out.update(family=g["family"], description=g["description"])
        out["review"] = g["review"]
        if "review_alternatives" in g:
            out["review_alternatives"] = g["review_alternatives"]
        for kind, key in (
            ("recommendations", "text_start"),
            ("actions", "action_start"),
            ("chronology", "text_start"),
        ):
            out[kind] = [_with_line(r, key, lines) for r in g[kind]]
        if family_keys == "before_notes":
            out.update(family=g["family"], description=g["description"])
        out["notes"] = g["notes"]
        (out_folder / f"{stem}.json").write_text(
            json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(stem, {k: len(out[k]) for k in ("recommendations", "actions", "chronology")})


def _with_line(record, key, lines):
    """The record as written to JSON: its pinned or looked-up line in place of the look-up hints."""
    r = dict(record)
    after = r.pop("_after")
    pinned = r.pop("_line", None)
    r["line"] = pinned or (find_line(lines, r[key], after) if r.get(key) else None)
    return r


def chronology_gold(lines, events, words=8):
    """Gold chronology entries for `events` in order, each (text, date_raw, iso date, relative) or
    (text, date_raw, iso date, relative, fields), `fields` the entry's heading or date_end where it
    has one: no ref, its text_start the text's first `words` words, looked up in `lines` after the
    entry before (the zoo's and fixtures' build scripts of chronologies)."""
    out, after = [], 0
    for text, raw, iso, relative, *fields in events:
        start = " ".join(text.split()[:words])
        line = find_line(lines, start, after)
        after = line
        entry = {
            "ref": None,
            "heading": None,
            "date_raw": raw,
            "date": iso,
            "date_end": None,
            "relative": relative,
            "text_start": start,
            "line": line,
        }
        for extra in fields:
            entry.update(extra)
        out.append(entry)
    return out
