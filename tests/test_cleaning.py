import pytest
from conftest import analysed

from dhrparse.document import FOOTNOTE, FURNITURE
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.segment import segment
from dhrparse.readers import read_bytes


def _prepare(text: str, patterns):
    doc = read_bytes(text.encode("utf-8"), "t.txt")
    clean(doc, patterns)
    segment(doc, patterns)
    return doc


def test_footnote_split_paragraph_is_rejoined_and_footnote_removed(patterns):
    # 000: paragraph 33 is cut by footnote 1 at a page break (lines 454-463)
    doc = analysed("000").source
    para = next(b for b in doc.blocks if b.number == "33")
    assert para.text.endswith(
        "national statutory guidance such as Working Together 2010 and in legislation "
        "such as the Children Act 1989 and 2004."
    )
    assert "DASH: Domestic Abuse" not in para.text
    kinds = {ln.number: ln.kind for ln in doc.lines}
    assert kinds[459] == FOOTNOTE and kinds[460] == FOOTNOTE


def test_glued_footnote_marker_is_removed(patterns):
    doc = analysed("000").source
    para = next(b for b in doc.blocks if b.number == "28")
    assert "using DASH undertaken" in para.text


def test_superscript_footnotes_leave_the_paragraph_whole(patterns):
    # 002: paragraph 75 continues after footnotes at line 501
    doc = analysed("002").source
    para = next(b for b in doc.blocks if b.number == "75")
    assert "who represented himself as Adult 1's cousin" in para.text
    assert para.line_start == 499 and para.line_end >= 501
    assert not any("¹" in b.text for b in doc.blocks if b.kind == "paragraph")


def test_repeated_running_head_is_furniture_but_a_single_appendix_heading_is_not(patterns):
    text = "Appendix A\n1.1\tone\tx\nAppendix A\n1.2\ttwo\ty\nAppendix A\n\nAPPENDIX B\nSome text here.\n"
    doc = _prepare(text, patterns)
    kinds = [(ln.text, ln.kind) for ln in doc.lines if ln.text]
    assert ("Appendix A", FURNITURE) in kinds
    assert any(b.kind == "heading" and b.text == "APPENDIX B" for b in doc.blocks)


def test_page_numbers_and_rule_lines_are_furniture(patterns):
    doc = _prepare("Some text.\n12\n--\t--\nPage 3 of 10\nMore text.\n", patterns)
    assert [ln.kind for ln in doc.lines] == ["text", FURNITURE, FURNITURE, FURNITURE, "text"]


def test_running_heads_repeated_at_page_tops_are_removed(patterns):
    pages = [f"Overview Report Smithtown DHR\nParagraph {i} text.\n{i}" for i in range(1, 6)]
    doc = _prepare("\f".join(pages) + "\n", patterns)
    furniture = {ln.text for ln in doc.lines if ln.kind == FURNITURE}
    assert "Overview Report Smithtown DHR" in furniture


def test_symbol_font_bullets_become_bullets(patterns):
    doc = _prepare(
        "The themes were:\n\uf0b7 Safe information sharing\n\uf0b7 Multi-agency working\n", patterns
    )
    bullets = [b.text for b in doc.blocks if b.kind == "bullet"]
    assert bullets == ["Safe information sharing", "Multi-agency working"]


def test_hyphenated_line_break_is_joined(patterns):
    doc = _prepare(
        "1. The assessment was incom-\nplete and the multi-\nagency meeting was late and\nnot minuted.\n",
        patterns,
    )
    para = next(b for b in doc.blocks if b.kind == "paragraph")
    assert "incomplete" in para.text and "multi-agency" in para.text


def test_reader_footnote_hint_and_running_head_of_a_two_page_report(patterns):
    from dhrparse.document import FOOTNOTE, FURNITURE, TEXT, Line, SourceDocument
    from dhrparse.prepare.cleaning import clean

    lines = [
        Line(1, "Northtown DHR – Overview Report", page=1),
        Line(2, "1.1 The review began in May.", page=1),
        Line(3, "3 A note printed small at the foot.", page=1, hint="footnote"),
        Line(4, "Northtown DHR – Overview Report", page=2),
        Line(5, "1.2 The panel met six times.", page=2),
    ]
    doc = clean(
        SourceDocument(name="x.pdf", path=None, sha256="", format="pdf", lines=lines, pages=2), patterns
    )
    assert [ln.kind for ln in doc.lines] == [FURNITURE, TEXT, FOOTNOTE, FURNITURE, TEXT]


def test_a_cover_title_under_a_running_head_of_the_same_words_is_kept(patterns):
    from dhrparse.document import FURNITURE, TEXT, Line, SourceDocument
    from dhrparse.prepare.cleaning import clean

    lines = [
        Line(1, "Fernmoor Community Safety Partnership", page=1),
        Line(2, "Fernmoor Community Safety Partnership", page=1),
        Line(3, "Domestic Homicide Review", page=1),
    ]
    for page in (2, 3, 4):
        lines += [
            Line(len(lines) + 1, "Fernmoor Community Safety Partnership", page=page),
            Line(len(lines) + 2, f"Paragraph {page} of the report.", page=page),
        ]
    doc = clean(
        SourceDocument(name="x.pdf", path=None, sha256="", format="pdf", lines=lines, pages=4), patterns
    )
    assert [ln.kind for ln in doc.lines[:3]] == [FURNITURE, TEXT, TEXT]
    assert all(ln.kind == FURNITURE for ln in doc.lines if ln.text.startswith("Fernmoor") and ln.page > 1)


_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]


def test_a_running_head_wrapped_on_portrait_pages_is_furniture_on_one_line_across_a_landscape_page(
    patterns,
):
    from dhrparse.document import FURNITURE, TEXT, Line, SourceDocument
    from dhrparse.prepare.cleaning import clean

    head = ("Hollowmere Safer Communities Partnership | DHR 2022/04 | Overview", "Report")
    lines: list[Line] = []
    for page in range(1, 9):  # the report's portrait pages: the head wraps
        for text in head:
            lines.append(Line(len(lines) + 1, text, page=page))
        lines.append(
            Line(len(lines) + 1, f"The panel's {_ORDINALS[page]} meeting was held in March.", page=page)
        )
    for page in (9, 10):  # the landscape plan: the head on one line above the plan's rows
        lines.append(Line(len(lines) + 1, " ".join(head), page=page))
        lines.append(Line(len(lines) + 1, f"R{page}\tAudit the referrals.\tPolice\tMarch 2025", page=page))
    doc = clean(
        SourceDocument(name="x.pdf", path=None, sha256="", format="pdf", lines=lines, pages=10), patterns
    )
    kinds = {ln.text: ln.kind for ln in doc.lines}
    assert kinds[" ".join(head)] == FURNITURE
    assert kinds["R9\tAudit the referrals.\tPolice\tMarch 2025"] == TEXT
    assert kinds[head[0]] == kinds[head[1]] == FURNITURE


# -- running heads that carry a page number (PDF-to-text exports) ---------------------------


def _para(i: int) -> str:
    return f"{i}.1 The panel looked at what each agency knew in this period and what it did.\n" * 4


def test_running_head_with_page_number_is_furniture_even_when_glued_to_content(patterns):
    text = (
        "Eastmere DHR 'Ruth' – Overview Report   Page 1 of 4\n"
        + _para(1)
        + "1.9 The panel met five times. Eastmere DHR 'Ruth' – Overview Report   Page 2 of 4\n"
        + _para(2)
        + "Eastmere DHR 'Ruth' – Overview Report   Page 3 of 4 Action plan\n"
        + "Recommendation: 1\nAction: Train the staff.\n"
        + _para(3)
        + "Eastmere DHR 'Ruth' – Overview Report\tPage 4 of 4\n"
        + _para(4)
    )
    doc = _prepare(text, patterns)
    by_number = {ln.number: ln for ln in doc.lines}
    assert by_number[1].kind == FURNITURE and by_number[len(text.splitlines())].kind != FURNITURE
    glued_end, glued_start = by_number[6], by_number[11]
    assert (glued_end.kind, glued_end.text) == ("text", "1.9 The panel met five times.")
    assert (glued_start.kind, glued_start.text) == ("text", "Action plan")
    assert by_number[18].kind == FURNITURE
    assert not any("Overview Report" in ln.text for ln in doc.lines if ln.kind == "text")
    assert any(b.kind == "heading" and b.text == "Action plan" and b.line_start == 11 for b in doc.blocks)


def test_page_first_footer_glued_between_two_content_lines_is_split_off(patterns):
    text = (
        "Page 1 of 3 | Final version\n"
        + _para(1)
        + "1.9 The review ended in May. Page 2 of 3 | Final version 2. Findings\n"
        + _para(2)
        + "Page 3 of 3 | Final version\n"
    )
    doc = _prepare(text, patterns)
    glued = [ln for ln in doc.lines if ln.number == 6]
    assert [(ln.kind, ln.text) for ln in glued] == [
        ("text", "1.9 The review ended in May."),
        ("text", "2. Findings"),
    ]
    assert doc.lines[0].kind == FURNITURE and doc.lines[-1].kind == FURNITURE


@pytest.mark.parametrize(
    "head",
    [
        "Tennisford DHR – Overview Report\tPage {} of 31",
        "Tennisford DHR – Overview Report {} of 31",
        "Tudalen {} o 31 | Tennisford DHR",
    ],
)
def test_running_head_between_table_rows_is_furniture(patterns, head):
    rows = [f"0{d}/03/2019\tPolice\tOfficers attended a call from the flat on day {d}." for d in range(1, 10)]
    text = (
        "\n".join(["Date\tAgency\tEvent", *rows[:4], head.format(12), *rows[4:8], head.format(13), rows[8]])
        + "\n"
    )
    doc = _prepare(text, patterns)
    assert [ln.number for ln in doc.lines if ln.kind == FURNITURE] == [6, 11]


def test_content_lines_that_mention_a_page_are_kept(patterns):
    text = (
        "The leaflet is described on page 4 of the guidance.\n"
        + _para(1)
        + "The leaflet is described on page 9 of the guidance.\n"
        + _para(2)
        + "Recommendation 1 of 3\n"
        + _para(3)
        + "Recommendation 2 of 3\n"
        + _para(4)
        + "Recommendation 3 of 3\n"
        + _para(5)
        + "The Page family moved to the town in 2015.\n"
        + _para(6)
        + "The Page family moved again in 2017.\n"
    )
    doc = _prepare(text, patterns)
    assert not [ln.text for ln in doc.lines if ln.kind == FURNITURE]
    assert all(ln.text == ln.raw.strip() for ln in doc.lines if "age" in ln.raw or " of 3" in ln.raw)


def test_a_two_page_report_whose_heads_are_both_glued_keeps_its_content(patterns):
    text = (
        "Fellbrook DHR Action Plan\tpage 1 Recommendation\tAction\tLead\n"
        + _para(1)
        + "Fellbrook DHR Action Plan\tpage 2 Key: Green complete, Amber in progress\n"
        + _para(2)
    )
    doc = _prepare(text, patterns)
    first, second = doc.lines[0], doc.lines[5]
    assert (first.text, first.cells) == ("Recommendation\tAction\tLead", ["Recommendation", "Action", "Lead"])
    assert second.text == "Key: Green complete, Amber in progress"


def test_references_that_cite_pages_of_one_source_are_kept(patterns):
    text = (
        "Home Office Statutory Guidance for Reviews, page 12, sets the timescale.\n"
        + _para(1)
        + "Home Office Statutory Guidance for Reviews, page 35, sets the panel.\n"
        + _para(2)
    )
    doc = _prepare(text, patterns)
    assert [ln.text for ln in doc.lines if "Home Office" in ln.raw] == [
        ln.raw for ln in doc.lines if "Home Office" in ln.raw
    ]


def test_numbered_plan_lines_without_the_word_page_are_kept(patterns):
    text = "".join(
        f"Action {n} of 3 for the {agency}\n" + _para(n)
        for n, agency in ((1, "Police"), (2, "Council"), (3, "Hospital"))
    )
    doc = _prepare(text, patterns)
    assert [ln.text for ln in doc.lines if ln.text.startswith("Action")] == [
        "Action 1 of 3 for the Police",
        "Action 2 of 3 for the Council",
        "Action 3 of 3 for the Hospital",
    ]


def test_footnote_number_is_not_taken_from_a_paragraph_number(patterns):
    # a footnote numbered 3 under a paragraph numbered "4.3": the 3 after the point is the
    # paragraph's number, not a marker glued to a word
    text = (
        "4.2 The officers completed a risk checklist with Mrs Q at the scene.\n"
        "\n"
        "4.3 On the following day the case was passed to the local outreach service for support.\n"
        "\n"
        "1\n"
        "   First note about the checklist used by the officers.\n"
        "2\n"
        "   Second note about the outreach service and its contract.\n"
        "3\n"
        "   Third note about the referral made on the following day.\n"
    )
    doc = _prepare(text, patterns)
    texts = [ln.text for ln in doc.lines]
    assert any(t.startswith("4.3 On the following day") for t in texts), texts
    assert any(t.startswith("4.2 The officers") for t in texts), texts


def test_a_page_number_before_the_next_pages_plan_header_takes_no_row_for_a_footnote(patterns):
    # (a lone "1" at page 1's foot, the plan's header row opening page 2 with an empty first
    # cell, "\tRecommendation\tScope ...": the header is no footnote's text, nor the row
    # continued at the top of page 3 after the "2")
    from dhrparse.document import FOOTNOTE, Line, SourceDocument

    def line(number: int, text: str, page: int) -> Line:
        cells = text.split("\t") if "\t" in text else None
        return Line(number, text, page=page, raw=text, cells=cells)

    lines = [
        line(1, "Action Plan", 1),
        line(2, "The Partnership agreed this plan in June.", 1),
        line(3, "1", 1),
        line(4, "\tRecommendation\tAction to take\tLead Agency\tTarget Date", 2),
        line(5, "1\tThe Board should audit cases.\tAudit ten cases.\tBoard Manager\tMarch 2025", 2),
        line(6, "2", 2),
        line(7, "\t\tSend the audit to the Board.\tBoard Manager\tMay 2025", 3),
        line(8, "3", 3),
    ]
    doc = clean(
        SourceDocument(name="x.pdf", path=None, sha256="", format="pdf", lines=lines, pages=3), patterns
    )
    kinds = {ln.number: ln.kind for ln in doc.lines}
    assert kinds[4] != FOOTNOTE and kinds[7] != FOOTNOTE, kinds
