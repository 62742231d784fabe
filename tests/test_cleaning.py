from dhrparse.cleaning import clean
from dhrparse.document import FOOTNOTE, FURNITURE
from dhrparse.readers import read_bytes
from dhrparse.segment import segment

from conftest import analysed


def _prepare(text: str, patterns):
    doc = read_bytes(text.encode("utf-8"), "t.txt")
    clean(doc, patterns)
    segment(doc, patterns)
    return doc


def test_footnote_split_paragraph_is_rejoined_and_footnote_removed(patterns):
    # 000: paragraph 33 is cut by footnote 1 at a page break (lines 454-463)
    doc = analysed("000").source
    para = next(b for b in doc.blocks if b.number == "33")
    assert para.text.endswith("national statutory guidance such as Working Together 2010 and in legislation "
                              "such as the Children Act 1989 and 2004.")
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
    doc = _prepare("The themes were:\n\uf0b7 Safe information sharing\n\uf0b7 Multi-agency working\n", patterns)
    bullets = [b.text for b in doc.blocks if b.kind == "bullet"]
    assert bullets == ["Safe information sharing", "Multi-agency working"]


def test_hyphenated_line_break_is_joined(patterns):
    doc = _prepare("1. The assessment was incom-\nplete and the multi-\nagency meeting was late and\nnot minuted.\n", patterns)
    para = next(b for b in doc.blocks if b.kind == "paragraph")
    assert "incomplete" in para.text and "multi-agency" in para.text


def test_reader_footnote_hint_and_running_head_of_a_two_page_report(patterns):
    from dhrparse.cleaning import clean
    from dhrparse.document import FOOTNOTE, FURNITURE, TEXT, Line, SourceDocument
    lines = [Line(1, "Northtown DHR – Overview Report", page=1), Line(2, "1.1 The review began in May.", page=1),
             Line(3, "3 A note printed small at the foot.", page=1, hint="footnote"),
             Line(4, "Northtown DHR – Overview Report", page=2), Line(5, "1.2 The panel met six times.", page=2)]
    doc = clean(SourceDocument(name="x.pdf", path=None, sha256="", format="pdf", lines=lines, pages=2), patterns)
    assert [ln.kind for ln in doc.lines] == [FURNITURE, TEXT, FOOTNOTE, FURNITURE, TEXT]


def test_a_cover_title_under_a_running_head_of_the_same_words_is_kept(patterns):
    from dhrparse.cleaning import clean
    from dhrparse.document import FURNITURE, TEXT, Line, SourceDocument
    lines = [Line(1, "Fernmoor Community Safety Partnership", page=1),
             Line(2, "Fernmoor Community Safety Partnership", page=1),
             Line(3, "Domestic Homicide Review", page=1)]
    for page in (2, 3, 4):
        lines += [Line(len(lines) + 1, "Fernmoor Community Safety Partnership", page=page),
                  Line(len(lines) + 2, f"Paragraph {page} of the report.", page=page)]
    doc = clean(SourceDocument(name="x.pdf", path=None, sha256="", format="pdf", lines=lines, pages=4), patterns)
    assert [ln.kind for ln in doc.lines[:3]] == [FURNITURE, TEXT, TEXT]
    assert all(ln.kind == FURNITURE for ln in doc.lines if ln.text.startswith("Fernmoor") and ln.page > 1)
