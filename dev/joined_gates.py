"""Why a wide plan table printed with its cells joined (corpus text) is refused: per call of
plan.joined_cells.read_joined, the reading each typeface gives and which gate it fails
(dev tool, not wired into the pipeline; it wraps the reader's functions while it runs).

    PYTHONPATH=src python dev/joined_gates.py FILE.corpus.txt ...
    PYTHONPATH=src python dev/joined_gates.py --cells FILE.corpus.txt   # every face's cells too

Per document: the refusal warnings; then per reading tried: the face, W (widths alone) or C
(weighing content), its columns, rows, cost per printed line against CLEAR / CONTENT_CLEAR,
lines over a column against SHARE_OVER, whether its target dates read (DATES_READ), its share
of misshapen action rows (MISSHAPEN), whether it fits the header's room, and whether it passed.
Then each read_joined call: by widths or content, by numbers or Scope openings
(`openings`), whether every typeface had to agree (`agree`), and what it returned. A call
with no reading line under it found no widths (fewer than MIN_ROWS numbered first lines, or
a column no first line filled). With --cells, each agree call's tables are read again in
every face and their action rows printed, to see whether the faces disagree or all cut wrong.
"""

import sys
from pathlib import Path

import dhrparse
import dhrparse.plan.joined_cells as jc
import dhrparse.plan.joined_rows as jr
from dhrparse.patterns import load_patterns
from dhrparse.vocab.type_widths import Face, faces

log: list = []
calls: list = []
_reading = jc._reading
_read_joined = jc._read_joined
_sentences_close = jc._sentences_close
_public = jc.read_joined


def reading(texts, table, least, content, header, checked=True):
    got = _reading(texts, table, least, content, header, checked)
    if not checked:
        return got
    read = _reading(texts, table, least, content, header, checked=False)
    cost, over, rows, before = read
    lines = max(len(texts) - len(before), 1)
    gates = {
        "cost/line": f"{cost / lines:.2f}/{jc.CONTENT_CLEAR if content else jc.CLEAR}",
        "over": f"{over}/{jc.SHARE_OVER * lines:.1f}",
        "header": jc._header_fits(rows, table, header),
    }
    if content:
        gates["dates"] = jc._dates_read(rows, table.roles)
        gates["misshapen"] = f"{jc._misshapen(rows, table):.2f}"
    kind = "C" if content else "W"
    log.append(
        f"    {table.face.name:8} {kind} cols={len(table.roles.columns)} rows={len(rows)} {gates} ok={got is not None}"
    )
    return got


def read_joined(texts, roles, content, openings, header=None, agree=False):
    got = _read_joined(texts, roles, content, openings, header, agree)
    how = (
        ("content" if content else "widths") + (" openings" if openings else "") + (" agree" if agree else "")
    )
    log.append(f"  read_joined {how} lines={len(texts)} -> {'read' if got else 'None'}")
    return got


def sentences_close(rows):
    got = _sentences_close(rows)
    log.append(f"  sentences_close -> {got}")
    return got


def public(texts, roles, content=False, header=None, agree=False):
    calls.append((list(texts), list(roles.columns), content, header, agree))
    return _public(texts, roles, content, header, agree)


def cells(texts, cols, content, header) -> None:
    """Every face's reading of one call's lines, its action rows' cells."""
    roles = jc.CellShapes(load_patterns(), cols)
    for name in faces():
        table = jc.JoinedTable(texts, roles, Face(name), cols[0] == "ref", None)
        least = table.widths()
        if least is None or None in least:
            print(f"  -- {name}: no widths")
            continue
        cost, _, rows, _ = _reading(texts, table, least, content, header, checked=False)
        print(f"  -- {name}: cost {cost:.2f}")
        for row in rows:
            for part in row.parts:
                print("     | " + " | ".join(" ".join(c) for c in part))


def main(args: list[str]) -> None:
    show = "--cells" in args
    jc._reading, jc._read_joined, jc._sentences_close = reading, read_joined, sentences_close
    jr.read_joined = public
    for path in (a for a in args if a != "--cells"):
        log.clear()
        calls.clear()
        doc = dhrparse.extract(Path(path))
        print(f"== {path}: {len(doc.recommendations)} recommendations, {len(doc.actions)} actions")
        for w in doc.warnings:
            if w.code == "plan_cells_untold":
                print(f"  warning: {w.message}")
        print("\n".join(log))
        if show:
            for texts, cols, content, header, agree in calls:
                if agree:
                    print(f"  cells of {cols} ({'content' if content else 'widths'})")
                    cells(texts, cols, content, header)


if __name__ == "__main__":
    main(sys.argv[1:])
