"""Golden tests on the layout zoo (tests/zoo/): one document per published layout family.

Each `<family>.txt` has its gold in `<family>.json` (shared gold format). Renderings of
the same document (`<family>.pdf`, `<family>.docx`) are scored against the same gold and
must give the same records as the text route (route parity).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import score  # tests/score.py, the scorer the gold is judged with
from conftest import extracted_json
from route_parity import record_keys

ZOO = Path(__file__).resolve().parent / "zoo"
GOLDS = sorted(p for p in ZOO.glob("*.json"))
RENDERINGS = [
    (g, g.with_suffix(ext)) for g in GOLDS for ext in (".txt", ".pdf", ".docx") if g.with_suffix(ext).exists()
]
MIN_F1 = 0.95
MIN_FIELD = 0.90


def extracted(path: Path) -> dict:
    return extracted_json(path)  # shared with the other tests that read the zoo's documents


def _failures(gold: dict, doc: dict) -> list[str]:
    problems = []
    for kind, tally in score.score_doc(gold, doc).items():
        if kind == "review":
            for name, (ok, n) in tally.fields.items():
                if ok < n:
                    problems.append(f"review {name} wrong")
            continue
        if tally.gold or tally.out:
            f1 = tally.f1()
            if f1 < MIN_F1:
                problems.append(
                    f"{kind}: F1 {f1:.3f} (gold {tally.gold}, out {tally.out}, matched {tally.tp})"
                )
        for name, (ok, n) in tally.fields.items():
            if n and ok / n < MIN_FIELD:
                problems.append(f"{kind}.{name}: {ok}/{n}")
    return problems


@pytest.mark.parametrize("gold_path,path", RENDERINGS, ids=lambda p: p.name)
def test_zoo_document_scores(gold_path: Path, path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert not _failures(gold, extracted(path))


PARITY = [(g, p) for g, p in RENDERINGS if p.suffix != ".txt" and g.with_suffix(".txt").exists()]


@pytest.mark.parametrize("gold_path,path", PARITY, ids=lambda p: p.name)
def test_zoo_rendering_gives_the_text_routes_records(gold_path: Path, path: Path):
    assert record_keys(extracted(path)) == record_keys(extracted(gold_path.with_suffix(".txt")))


def test_zoo_has_documents():
    # a zoo test that silently checks nothing would be a defect
    assert GOLDS, "tests/zoo holds no gold"
