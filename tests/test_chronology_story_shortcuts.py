"""The story finder's shortcuts (extractors/chronology/story.py) give what the plain computation
gives: year-led lines counted once per section tree instead of once per enclosing heading, and a
section's paragraphs cut apart only as far as its first run of year titles reaches.

The plain computation is the finder as first written, kept here: every section's blocks counted
afresh, all of them cut apart, the year titles counted over the whole section."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Block
from dhrparse.extractors.chronology import story
from dhrparse.extractors.chronology.furniture import Furniture
from dhrparse.extractors.chronology.kinds import FULL
from dhrparse.extractors.chronology.unnamed import not_events
from dhrparse.extractors.chronology.year_titles import story_vocab
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import prepare
from dhrparse.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [
    "tests/zoo/chron_narrative_relative_year_titles.txt",
    "tests/zoo/chron_narrative_relative_year_titles.pdf",
    "tests/zoo/chron_narrative_relative_year_titles.docx",
    "tests/heldout7b/sar_overview_narrative_chron_rag_plan_bramwell.txt",
    "tests/heldout10a/dhr_exec_summary_and_overview_2013_agency_table_cranmore.txt",
    "samples/002_8c558d289ea6a1d3.txt",
]

# a story under a part heading, itself under a chapter: the story is found at the innermost level
NESTED = """Domestic Homicide Review: Leah

1. Introduction

1.1 This review looks at how agencies responded to Leah and her partner.

2. The facts

2.1 Leah's story

Leah's family asked that her story be told in the order things happened.

2017: a new home

On 3 March 2017 a health visitor called at the house and noted the children seemed quiet.

The panel considered whether anyone could have asked her about home at this point.

Two weeks later the police were called by a neighbour who had heard shouting from the flat.

2018: the first call

On 9 May 2018 she told her GP that she was not sleeping and asked for help with her nerves.

A week later she rang the domestic abuse helpline and asked about refuge places.

2019 - moving away

On 2 February 2019 a housing officer visited about rent arrears and spoke to both of them.

In 2016 - before any of this - she had lived with her sister in another town.

3. Analysis

3.1 Each agency saw a small part of the picture and nobody put it together.

2020: what came after

On 4 June 2020 the board met.
"""


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    nested = tmp_path_factory.mktemp("story") / "nested_story.txt"
    nested.write_text(NESTED, encoding="utf-8")
    p = load_patterns()
    return [prepare(read_path(ROOT / name), p) for name in DOCS] + [prepare(read_path(nested), p)]


# ---- the plain computation, as first written -----------------------------------------------------


def _plain_story_sections(doc, p, furniture):
    more, spans = [], []
    for section in doc.sections():
        if section.level == 0 or any(a <= section.line_start <= b for a, b in spans):
            continue
        run = _plain_story_run(section, p, furniture)
        if run is None:
            continue
        section, run = _plain_innermost(section, run, p, furniture)
        if any(a <= run[0].line_start <= b for a, b in spans):
            continue
        more.append((section, FULL, run))
        spans.append((section.line_start, max(b.line_end for b in run)))
    return more


def _plain_innermost(section, run, p, furniture):
    for child in section.children:
        inner = _plain_story_run(child, p, furniture)
        if inner is not None and inner[0].line_start == run[0].line_start:
            return _plain_innermost(child, inner, p, furniture)
    return section, run


def _plain_story_run(section, p, furniture):
    blocks = list(section.all_blocks())
    if sum(len(story._YEAR_LED.findall(b.text)) for b in blocks) < story_vocab(p).min_titles:
        return None
    blocks = _plain_from_first_title(furniture.split_entries(blocks), p)
    if blocks is None or not story._dated_enough(blocks, p) or not_events(blocks, p):
        return None
    return blocks


def _plain_from_first_title(blocks, p):
    titles = [k for k, b in enumerate(blocks) if story._is_title(b, p)]
    if len(titles) < story_vocab(p).min_titles:
        return None
    run = blocks[titles[0] :]
    end = next((k for k, b in enumerate(run) if b.kind == "heading" and not story._is_title(b, p)), len(run))
    run = run[:end]
    years = [int(story._YEAR.search(b.text)[0]) for b in run if story._is_title(b, p)]
    if len(years) < story_vocab(p).min_titles or any(b < a for a, b in zip(years, years[1:], strict=False)):
        return None
    return run


# ---- the shortcuts against it ----------------------------------------------------------------------


def test_each_part_counts_the_year_led_lines_of_all_its_blocks(documents):
    for doc in documents:
        parts = list(story.Part(doc.root).walk())
        sections = list(doc.sections())
        assert [part.section for part in parts] == sections
        for part, section in zip(parts, sections, strict=True):
            plain = sum(len(story._YEAR_LED.findall(b.text)) for b in section.all_blocks())
            assert part.year_led == plain, (doc.name, section.title)


def test_cutting_block_by_block_is_cutting_the_section_whole(documents):
    p = load_patterns()
    for doc in documents:
        furniture = Furniture(doc, p)
        for section in doc.sections():
            whole = furniture.split_entries(list(section.all_blocks()))
            assert list(story._entries(section, furniture)) == whole, (doc.name, section.title)


def test_the_finder_finds_what_the_plain_finder_finds(documents):
    p = load_patterns()
    found_some = False
    for doc in documents:
        furniture = Furniture(doc, p)
        fast = story.story_sections(doc, p, furniture, [])
        assert fast == _plain_story_sections(doc, p, furniture), doc.name
        found_some = found_some or bool(fast)
    assert found_some  # (the documents hold stories: the comparison is no empty one)


def test_the_nested_story_is_found_under_its_own_heading(documents):
    p = load_patterns()
    doc = documents[-1]
    found = story.story_sections(doc, p, Furniture(doc, p), [])
    assert [(s.title, [b.text for b in run if story._is_title(b, p)]) for s, _, run in found] == [
        ("Leah's story", ["2017: a new home", "2018: the first call", "2019 - moving away"])
    ]


_TEXTS = st.sampled_from(
    [
        "2017: a new home",
        "2019 - moving away",
        "2016",
        "2018 to 2019",
        "2015: the years before she met him and before her move",
        "Analysis",
        "Part Two: her story",
        "On 3 March 2017 she saw her GP about her sleep.",
        "Two weeks later the police were called.",
        "The panel considered this at length.",
    ]
)


@st.composite
def _blocks(draw) -> list[Block]:
    out = []
    for k, (kind, text) in enumerate(
        draw(st.lists(st.tuples(st.sampled_from(["heading", "paragraph"]), _TEXTS)))
    ):
        one_line = draw(st.booleans())
        out.append(Block(kind=kind, text=text, line_start=k * 3, line_end=k * 3 + (0 if one_line else 1)))
    return out


@settings(max_examples=400, deadline=None)
@given(_blocks())
def test_reading_to_the_first_other_heading_is_reading_them_all(blocks):
    p = load_patterns()
    assert story._from_first_title(iter(blocks), p) == _plain_from_first_title(blocks, p)
