"""Shortcuts in reading action plans, each held to the plain computation it replaces."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.plan_lines import PlanLines
from dhrparse.plan.tables import column_map
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.markup import flatten
from dhrparse.prepare.segment import segment
from dhrparse.readers.text import read_text

P = load_patterns()
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


# ---- plan.plan_lines.PlanLines.flat: each text flattened once ---------------------------------

TEXTS = st.text(alphabet=st.sampled_from("ab <>/\t\u00a0\u2003x:."), max_size=12)


@given(st.lists(TEXTS, max_size=12))
def test_plan_lines_flat_is_flatten_however_often_asked(texts):
    doc = read_text(b"Action plan\n", name="plan.txt", path="plan.txt", sha256="")
    clean(doc, P)
    segment(doc, P)
    lines = PlanLines(doc, column_map(P), ColumnRoles(P), PlanVocabulary.of(P))
    for text in texts + texts[::-1]:
        assert lines.flat(text) == flatten(text), text


# ---- plan.key_values.key_match: a label's printed length, then `re` on plain text --------------


def _plain_key(text: str):
    import regex

    from dhrparse.plan.key_values import KEY

    m = regex.compile(KEY).match(text)
    return None if m is None else (m.span(), m.group("label"), m.group("ref"))


def _key(text: str):
    from dhrparse.plan.key_values import key_match

    m = key_match(text)
    return None if m is None else (m.span(), m.group("label"), m.group("ref"))


def test_white_space_to_the_label_pattern_is_white_space_to_str_split():
    # key_match counts printed characters with str.split: every character the pattern may skip
    # as white space must be one str.split drops
    import sys

    import regex

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert all(c.isspace() for c in regex.findall(r"\s", every))


LABEL_PIECES = st.sampled_from(
    ["Lead", "Action", "Target date", "RAG", " ", "  ", "\t", "\u00a0", "\x1c", "\u2003", "İ", "é", "?", "-"]
)
REF_PIECES = st.sampled_from(["1", "12", ".", "3", "a", "b", "\u0663", "\uff11"])


@given(
    st.lists(LABEL_PIECES, max_size=24).map("".join),
    st.lists(REF_PIECES, max_size=10).map("".join),
    st.sampled_from(["", " ", ":", " :", ": ", "  \t"]),
    st.sampled_from(["", " ", "\t  ", "\u00a0"]),
)
def test_key_match_is_the_plain_label_match(label, ref, colon, lead):
    text = f"{lead}{label} {ref}{colon}"
    assert _key(text) == _plain_key(text)


def test_key_match_at_the_longest_label_and_on_corpus_lines():
    longest = "L" * 45 + " 12.10.31a:"  # 55 printed characters: still a label
    assert _key(longest) is not None and _key(longest) == _plain_key(longest)
    assert _key("L" * 46 + " 12.10.31a:") is None
    spaced = " ".join("abcdefghi") * 2 + "  1.2"
    assert _key(spaced) == _plain_key(spaced)
    lines = (SAMPLES / "001_de2b1f6d2af1e5e0.txt").read_text(encoding="utf-8").splitlines()
    found = 0
    for line in lines:
        assert _key(line) == _plain_key(line), line
        found += _key(line) is not None
    assert found >= 50


# ---- plan.key_values.key_value_field: lines no synonym can open turned down first ----------


def _plain_key_value_field(cells: list[str], cm):
    """key_value_field as written before its shortcuts: the label pattern by `regex` on every cell."""
    import regex

    from dhrparse.plan.key_values import _ASIDE, KEY

    if len(cells) != 2 or not cells[0].strip():
        return None
    m = regex.compile(KEY).match(_ASIDE.sub("", cells[0]))
    if m is None:
        return None
    label = m.group("label").strip()
    f = cm.field_of(label) or cm.field_of(label.rstrip("?").strip())
    return (f, cells[0].strip(), m.group("ref"), cells[1].strip()) if f else None


CM = column_map(P)
FIELD_PIECES = st.sampled_from(
    sorted({syn for syn, _ in CM.pairs})[::7]
    + [
        "Lead",
        "Target Date",
        "Recommendati on",
        "Targe t",
        "RAG",
        "No.",
        "Not",
        "The",
        "Leader",
        "A ction",
        "L",
    ]
    + [" ", "  ", "\t", "\x1c", "\u00a0", "?", ":", "(", ")", "2025", "1.2", "<b>", "</b>", "’", "İ", "x"]
)


@given(st.lists(FIELD_PIECES, max_size=8).map("".join))
def test_key_value_field_is_the_plain_reading(text):
    from dhrparse.plan.key_values import key_value_field

    assert key_value_field([text, "v"], CM) == _plain_key_value_field([text, "v"], CM)


def test_key_value_field_on_corpus_lines_and_every_synonym():
    from dhrparse.plan.key_values import key_value_field

    lines = (SAMPLES / "002_8c558d289ea6a1d3.txt").read_text(encoding="utf-8").splitlines()
    synonyms = [syn for syn, _ in CM.pairs]
    texts = lines + synonyms + [f" {s.title()} 3.1 :" for s in synonyms] + [s.upper() + "?" for s in synonyms]
    named = 0
    for text in texts:
        got = key_value_field([text, "v"], CM)
        assert got == _plain_key_value_field([text, "v"], CM), text
        named += got is not None
    assert named >= len(synonyms)  # every synonym, printed as a label, names its field


# ---- plan.labelled_blocks.LabelledBlocks.field: the same test of the line's opening first -----


def _plain_labelled_field(blocks, ln):
    """LabelledBlocks.field without `may_open_with_field`."""
    from dhrparse.plan import labelled_blocks as lb
    from dhrparse.plan.key_values import RECOMMENDATION_CODE

    cm = blocks.cm
    m = lb._LABEL.match(ln.text) if ":" in ln.text else None
    if m is None:
        m = lb._NUMBERED.match(ln.text)
        if m is None or cm.field_of(m.group("label")) not in ("recommendation", "action"):
            return None
    f = cm.field_of(m.group("label"))
    if not f:
        return None
    ref, value = m.group("ref"), m.group("value").strip()
    if f == "recommendation" and ref is None and RECOMMENDATION_CODE.match(value):
        ref, value = value.strip("().").strip(), ""
    return f, m.group("label").strip(), ref, value


def _text_line(text: str):
    from dhrparse.document import Line

    return Line(number=1, text=text, page=None, raw=text)


@given(st.lists(FIELD_PIECES, max_size=8).map("".join), st.sampled_from(["", ": v", " 2 - v", " 1.2 v", ":"]))
def test_labelled_field_is_the_plain_reading(label, tail):
    from dhrparse.plan.labelled_blocks import LabelledBlocks

    blocks = LabelledBlocks(CM)
    ln = _text_line(label + tail)
    assert blocks.field(ln) == _plain_labelled_field(blocks, ln)


def test_labelled_field_on_corpus_lines_and_every_synonym():
    from dhrparse.plan.labelled_blocks import LabelledBlocks

    blocks = LabelledBlocks(CM)
    lines = (SAMPLES / "002_8c558d289ea6a1d3.txt").read_text(encoding="utf-8").splitlines()
    synonyms = [syn for syn, _ in CM.pairs]
    texts = lines + [f"{s.title()}: value" for s in synonyms] + [f" {s.upper()} 3 – value" for s in synonyms]
    named = 0
    for text in texts:
        got = blocks.field(_text_line(text))
        assert got == _plain_labelled_field(blocks, _text_line(text)), text
        named += got is not None
    assert named >= len(synonyms)


# ---- plan.tables.ColumnMap.may_open_with_field: its two-letter test is the prefix test --------


def _opens_with_synonym(cm, text: str) -> bool:
    return "".join(text.split()).lower().startswith(tuple(cm._squeezed))


OPENINGS = st.lists(
    st.sampled_from(["L", "e", "ad", "A ction", " ", "\t", "\x1c", "No", "x", "T", "he", "(RAG)", "q", ":"]),
    max_size=6,
).map("".join)


@given(OPENINGS)
def test_may_open_with_field_is_the_synonym_prefix_test(text):
    assert CM.may_open_with_field(text) == _opens_with_synonym(CM, text)


def test_may_open_with_field_with_a_one_letter_synonym(tmp_path):
    (tmp_path / "actions.toml").write_text('[columns]\nlead = ["x", "lead"]\n', encoding="utf-8")
    cm = column_map(load_patterns(tmp_path))
    assert "x" in cm._squeezed
    for text in ["x", " X marks", "xylophone", "Lead", "L ead", "The", "q", "  "]:
        assert cm.may_open_with_field(text) == _opens_with_synonym(cm, text), text


# ---- plan.status: the status phrase expressions looked up once per Patterns -----------------

STATUS_PIECES = st.sampled_from(
    [
        "Completed",
        "complete",
        "not started",
        "Not Started",
        "in progress",
        "partially completed",
        "on track",
        "ongoing",
        "Green",
        "action",
        "–",
        " ",
        ".",
        "March 2024",
        "delayed",
        "x",
        "İ",
        "ſ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(STATUS_PIECES, max_size=6).map(" ".join))
def test_status_words_are_the_plain_search_of_each_phrase_list(text):
    from dhrparse.plan.status import ORDER, _phrase_rx, status_words

    flat = " ".join(text.split())
    plain = next((v for v in ORDER if flat and _phrase_rx(P.list(f"actions.status.{v}")).search(flat)), None)
    assert status_words(text, P) == plain
