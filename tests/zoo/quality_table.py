"""Print the README's layout-zoo quality table: each zoo document on every route it has.

    PYTHONPATH=src python tests/zoo/quality_table.py [DIR]

DIR defaults to tests/zoo; tests/heldout and tests/heldout2 (blind sets) work the same way.
Each cell gives F1 per record type the gold holds (R recommendations, A actions,
C chronology) and, after a slash, how many refs / statuses / dates were right.

The routes: `<stem>.txt` (text), `.pdf`, `.docx` (Word) and `<stem>.corpus.txt` ("corpus
text": dev/corpus_style.py's rendering of the PDF the way the bundled reports' text was made,
pdfplumber's lines each followed by a blank line).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import score  # noqa: E402  (tests/score.py)

from dhrparse.pipeline import extract  # noqa: E402

ROUTES = (".txt", ".pdf", ".docx", ".corpus.txt")
HEADS = ("text", "PDF", "Word", "corpus text")
FIELDS = {"recommendations": ("R", "ref"), "actions": ("A", "status"), "chronology": ("C", "date")}


def cell(result: dict) -> str:
    parts = []
    for kind, (letter, field) in FIELDS.items():
        tally = result[kind]
        if not (tally.gold or tally.out):
            continue
        text = f"{letter} {tally.f1():.2f}"
        ok, n = tally.fields.get(field, (0, 0))
        if n:
            text += f" ({field} {ok}/{n})"
        parts.append(text)
    return ", ".join(parts) or "–"


def rows(folder: Path):
    totals = {route: {kind: score.Tally() for kind in FIELDS} for route in ROUTES}
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "file" not in gold:
            continue
        cells = []
        for route in ROUTES:
            path = gold_path.with_name(gold_path.stem + route)  # (".corpus.txt" is no suffix to Path)
            if not path.exists():
                cells.append("")
                continue
            result = score.score_doc(gold, json.loads(extract(path).model_dump_json()))
            for kind in FIELDS:
                totals[route][kind].add(result[kind])
            cells.append(cell(result))
        layout = (gold.get("description") or gold.get("family") or "").split(":")[0].split(".")[0]
        yield [f"`{gold_path.stem}`", layout[:90], *cells]
    yield ["**all**", "", *(cell(totals[route]) for route in ROUTES)]


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else HERE
    print("| document | layout | " + " | ".join(HEADS) + " |")
    print("|---|---|" + "---|" * len(HEADS))
    for row in rows(folder):
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
