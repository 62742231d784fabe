"""The plan readers' layout vocabulary lives in patterns/layout.toml: the words a wrapped cell
does not end on (plan.wrapping), the words a header prints between its column names
(plan.tables), kept as two lists since they do different jobs, and the mark of a bullet printed
apart from its item (plan.hanging_indents)."""

from __future__ import annotations

from dhrparse.patterns import load_patterns
from dhrparse.plan import hanging_indents, tables, wrapping


def test_the_readers_read_their_words_from_the_shipped_patterns():
    p = load_patterns()
    assert frozenset(p.list("layout.wrap_joining_words")) == wrapping.JOINING_WORDS
    assert frozenset(p.list("layout.header_joining_words")) == tables.JOINING_WORDS
    # (two lists: "with" wraps a sentence, "how" joins a header's names: "How will progress be measured")
    assert "with" in wrapping.JOINING_WORDS and "with" not in tables.JOINING_WORDS
    assert "how" in tables.JOINING_WORDS and "how" not in wrapping.JOINING_WORDS


def test_a_header_joining_word_names_no_column_but_reads_as_header_words():
    cm = tables.ColumnMap(load_patterns())
    assert cm.is_header_words("How will progress be measured")
    # ("and" joins two names; "with" is no header's joining word)
    assert cm.unnamed_words("Action and Lead") == [] and cm.unnamed_words("Action with Lead") == ["with"]


def test_a_bullet_mark_printed_apart_is_its_item_s():
    assert hanging_indents.marks_item((4, "\uf0b7"), (8, "Write to every practice"))
    assert hanging_indents.marks_item((4, "•"), (7, "Brief the staff"))
    assert not hanging_indents.marks_item((4, "-"), (7, "Brief the staff"))  # (a dash is no mark here)
    assert not hanging_indents.marks_item((4, "•"), (20, "Brief the staff"))  # (too far: another column)
