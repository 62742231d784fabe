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

    PYTHONPATH=src python dev/joined_gates.py --faces /tmp/tw.json FILE.corpus.txt
    PYTHONPATH=src python dev/joined_gates.py --truth /tmp/X.truth.json --face dejavuserif \
        --widths 0.7,9.3,9.3,9.3,9.3,9.3,9.3,9.3 [--ref] FILE.corpus.txt

--faces reads the typefaces' widths from another file (dev/type_widths.py --serif writes one
with DejaVu Serif). --truth weighs the table's true cut (dev/true_cuts.py, from the PDF) in the
reader's costs: the first content call's lines are read at the given face and widths (the true
ones: dev/wrap_truth.py), once held to the true cut of each line and once freely (the reader's
beam, then a wider one); lines where the true cut costs more than the line's cheapest cut, or
is not among the cuts tried (MISSING), are listed. --ref puts the unheaded number column first.

What it showed (session 23, zoo and blind Home Office plans on corpus text):
- The gates that refuse: every typeface's reading must agree where the header wraps (`agree`:
  plan_home_office_numbered, plan_status_completion_rag_column, recs_exec_summary_plan_numbers,
  and four blind plans), target dates that do not read as dates (four blind plans), no widths
  at all (fewer than MIN_ROWS numbered first lines, or a column no first line fills: three blind
  plans and plan_ho_template_one_row), _sentences_close (ho_long_overview_template_appended),
  and headers split_names refuses before the reader is reached (two blind plans). In every case
  looked at, the faces' readings were wrong, not just unlike: `agree` refused rightly.
- Three zoo plans and two blind ones are set in DejaVu Serif, which vocab/type_widths lacks: no
  face the reader tries measures their words.
- Given the true face and widths, the reader's beam (BEAM, BEAM_CUTS) misses cheaper readings
  (plan_status_completion_rag_column: 13.1 against a wider beam's 9.3), and the cheapest is
  not the true cut (true 10.9). FILL charges every short line, a cell's last line too, so it
  prefers packing the next column's words into a cell; with FILL 0 on content readings, a
  column left out on a row's first line charged, a cell opening below its row's first line
  charged, the open cells' ending words charged at a row's end, and recommendation and action
  cells ending mid-sentence charged (UNENDED), the true cut costs 0.95 and the beam finds a
  reading of equal cost that differs only in where four cells' last lines end ("a two" |
  "housing"): the ambiguity dev/width_search_probe.py found.

What it showed next (session 23, s23joinedgates):
- Target dates that do not read (DATES_READ, four blind plans): in every one the reading was
  wrong, not the gate. Two of them name six columns where the template prints seven: the
  header's first line ends "Target Date Date of", the last name ("Date of completion and
  Outcome") wrapping onto lines the scope name breaks inside ("recommen" / "dation i.e."), so
  the completion cells are cut into the target dates. Naming the seventh column (the names
  read over the header's lines by header_room.wrapped_names, which needs the template's scope
  name "scope of recommendation i.e. local or regional" among the synonyms) makes their dates
  read, but the readings stay wrong (the faces disagree) and the header's room, then told
  more surely, refuses the one six-column reading a blind plan had (its R 0.75 -> 0.57): left
  out. The other two name every column and are cut wrongly by every face.
- No widths: an action cell opening with a bullet printed as a word ("• Write ...") was cut
  after the bullet, and a numeric date its narrow column broke inside the year ("31/12/202"
  over "3") fit no date: every first line was cut with a column left empty. Both are read now
  (joined_cells.BULLET, CellShapes.mend_date / year_rest); the widths are learnt, and the
  readings are wrong in every face, so `agree` refuses them. A recommendation column whose
  first line holds its number alone, its words printed lower ("12.1" / ... / "Kestlebury
  Police should ..."), learns that column as the number's width: reading it so (number_alone
  for a recommendation column) gave widths, and readings cutting the recommendation's words
  into the action column; left out.
- Width learning is the larger gap: the first lines' widths are far from the true ones (an
  outcome column 11.2 em against 9.3, a status column 6.3), the face chosen by the widths-only
  cost is not the true one, and re-learning widths from a reading's wraps only returns the
  widths that reading was cut at (a wrong reading is as wrap-consistent as the true one).
"""

import json
import sys
from pathlib import Path

import dhrparse.vocab.type_widths as type_widths

if "--faces" in sys.argv:
    type_widths._FILE = Path(sys.argv[sys.argv.index("--faces") + 1])

import dhrparse  # noqa: E402
import dhrparse.plan.joined_cells as jc  # noqa: E402
import dhrparse.plan.joined_rows as jr  # noqa: E402
from dhrparse.patterns import load_patterns  # noqa: E402
from dhrparse.vocab.type_widths import Face, faces  # noqa: E402

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
        gates["dates"] = jc.dates_read(rows, table.roles)
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


def truth(texts: list[str], cols: list[str], marks_file: str, face: str, widths: list[float]) -> None:
    """The true cut's cost against the reader's readings (see the module's note)."""
    true = json.loads(Path(marks_file).read_text(encoding="utf-8"))
    marks, at = {}, 0
    for i, text in enumerate(texts):
        for j in range(at, len(true)):
            if true[j][0].split() == text.split():
                marks[i], at = true[j][1], j + 1
                break
    roles = jc.CellShapes(load_patterns(), cols)
    table = jc.JoinedTable(texts, roles, Face(face), cols[0] == "ref", None)
    table.content = True
    line_of = {id(ln): i for i, ln in enumerate(table.lines)}
    free = jc.JoinedTable._cuts
    report = {}

    def held(self, ln, widths, last, closed, dangling, start, m):
        i = line_of[id(ln)]
        cuts = free(self, ln, widths, last, closed, dangling, start, 3000)
        want = marks.get(i)
        if want is None or None in want:
            report[i] = f"no true cut (cheapest {cuts[0][0]:.2f})"
            return cuts[:1]
        for cost, cut in cuts:
            if [c.column for c in cut for _ in range(c.end - c.start)] == want:
                if cost > cuts[0][0] + 1e-9:
                    report[i] = f"true {cost:.2f} > cheapest {cuts[0][0]:.2f}"
                return [(cost, cut)]
        report[i] = f"MISSING (cheapest {cuts[0][0]:.2f})"
        return cuts[:1]

    jc.JoinedTable._cuts = held
    print(f"  true cut: {table.read(widths, 1, 1)[0]:.2f}")
    jc.JoinedTable._cuts = free
    for i in sorted(report):
        print(f"    line {i}: {report[i]} | {texts[i][:80]}")
    for beam, cuts in ((jc.BEAM, jc.BEAM_CUTS), (40, 12)):
        cost, _, rows, _ = table.read(widths, beam, cuts)
        print(f"  beam {beam}x{cuts}: {cost:.2f}")
        for row in rows:
            for part in row.parts:
                print("     | " + " | ".join(" ".join(c) for c in part))


def _option(args: list[str], name: str) -> str | None:
    return args[args.index(name) + 1] if name in args else None


def main(args: list[str]) -> None:
    show = "--cells" in args
    marks, face, widths = _option(args, "--truth"), _option(args, "--face"), _option(args, "--widths")
    valued = {_option(args, n) for n in ("--faces", "--truth", "--face", "--widths")}
    paths = [a for a in args if not a.startswith("--") and a not in valued]
    jc._reading, jc._read_joined, jc._sentences_close = reading, read_joined, sentences_close
    jr.read_joined = public
    for path in paths:
        log.clear()
        calls.clear()
        doc = dhrparse.extract(Path(path))
        print(f"== {path}: {len(doc.recommendations)} recommendations, {len(doc.actions)} actions")
        for w in doc.warnings:
            if w.code == "plan_cells_untold":
                print(f"  warning: {w.message}")
        print("\n".join(log))
        if marks and face and widths:
            for texts, cols, content, _, _ in calls:
                if content:
                    cols = ["ref", *cols] if "--ref" in args and cols[0] != "ref" else cols
                    truth(texts, cols, marks, face, [float(w) for w in widths.split(",")])
                    break
        if show:
            for texts, cols, content, header, agree in calls:
                if agree:
                    print(f"  cells of {cols} ({'content' if content else 'widths'})")
                    cells(texts, cols, content, header)


if __name__ == "__main__":
    main(sys.argv[1:])
