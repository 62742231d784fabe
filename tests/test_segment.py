from conftest import analysed


def _section(doc, heading):
    return next(s for s in doc.sections() if s.heading == heading)


def test_002_top_level_sections_and_ranges():
    doc = analysed("002").source
    chron = _section(doc, "4. CHRONOLOGY")
    assert chron.line_start == 460 and chron.line_end == 664
    recs = _section(doc, "8. RECOMMENDATIONS")
    assert recs.line_start == 1215
    assert [c.heading for c in recs.children] == [
        "8.1 Overview Recommendations",
        "8.2 Individual Recommendations",
    ]


def test_002_contents_lines_are_not_headings():
    doc = analysed("002").source
    assert sum(1 for s in doc.sections() if s.heading == "4. CHRONOLOGY") == 1
    assert any(b.kind == "toc" and b.text.startswith("4. CHRONOLOGY") for b in doc.blocks)


def test_002_chronology_subheadings_and_numbered_paragraphs():
    doc = analysed("002").source
    chron = _section(doc, "4. CHRONOLOGY")
    assert chron.children[0].title == "Meeting at college"
    numbers = [b.number for b in chron.all_blocks() if b.kind == "paragraph" and b.number]
    assert numbers == [str(n) for n in range(60, 147)]


def test_002_action_plan_tables_are_found():
    doc = analysed("002").source
    plan = _section(doc, "ACTION PLAN")
    tables = [b for b in doc.blocks if b.kind == "table" and b.line_start > plan.line_start]
    assert len(tables) >= 10
    assert tables[0].table.rows[0].texts[0].startswith("Recommendation 1(i)")


def test_000_numbered_headings_are_told_apart_from_numbered_paragraphs():
    doc = analysed("000").source
    headings = [s.heading for s in doc.sections() if s.level == 1 and s.number]
    assert headings[:3] == [
        "1. Summary of the circumstances leading to the Review.",
        "2. The Domestic Homicide Review process – in brief",
        "3. The definition of domestic violence",
    ]
    assert "9. Recommendations by the Independent Report Author" in headings
    paras = [b.number for b in doc.blocks if b.kind == "paragraph" and b.number and "." not in b.number]
    assert paras[:8] == [str(n) for n in range(1, 9)]


def test_000_wrapped_paragraph_is_one_block():
    doc = analysed("000").source
    para = next(b for b in doc.blocks if b.number == "2")
    assert para.text.startswith("At the time of death, the victim was 22 years old")
    assert para.text.endswith("a few days prior to the victim’s sudden and violent death.")
    assert (para.line_start, para.line_end) == (46, 56)


def test_000_short_period_lines_are_separate_blocks():
    doc = analysed("000").source
    texts = [b.text for b in doc.blocks if 397 <= b.line_start <= 400]
    assert texts == ["August to October 2010.", "January to April 2012.", "May to August 2012."]
