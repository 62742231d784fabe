import pytest

from dhrparse.readers import ReadError, read_bytes
from dhrparse.readers.text import decode, html_to_segments


def test_utf8_with_bom_is_read_without_the_bom():
    doc = read_bytes("\ufeffThe victim’s mother\n".encode("utf-8"), "a.txt")
    assert doc.lines[0].text == "The victim’s mother"


def test_cp1252_bytes_decode_to_the_right_characters_not_replacement():
    text, encoding = decode("The victim’s £2000 – “quoted”".encode("cp1252"))
    assert encoding == "cp1252"
    assert text == "The victim’s £2000 – “quoted”"
    assert "\ufffd" not in text


def test_latin1_only_bytes_never_produce_replacement_characters():
    text, _ = decode(bytes(range(0x80, 0x100)))
    assert "\ufffd" not in text


def test_legacy_encoding_gives_a_warning():
    doc = read_bytes("Caf\xe9\n".encode("latin-1"), "a.txt")
    assert doc.lines[0].text == "Café"
    assert doc.reader_warnings and doc.reader_warnings[0][0] == "legacy_encoding"


def test_form_feed_splits_pages_and_line_numbers_stay_physical():
    doc = read_bytes(b"page one\nmore\n\fpage two\n\fpage three\n", "a.txt")
    assert doc.pages == 3
    assert [(ln.number, ln.page, ln.text) for ln in doc.lines] == [
        (1, 1, "page one"),
        (2, 1, "more"),
        (3, 2, "page two"),
        (4, 3, "page three"),
    ]


def test_without_form_feeds_pages_are_null():
    doc = read_bytes(b"a\nb\n", "a.txt")
    assert doc.pages is None and all(ln.page is None for ln in doc.lines)


def test_html_paragraphs_and_list_items_become_lines_with_bullets():
    segs = html_to_segments(
        "<p>Update: Complete</p> <p>Second &amp; last</p><ul><li>one</li><li><b>two</b></li></ul>"
    )
    assert segs == ["Update: Complete", "Second & last", "• one", "• two"]


def test_inline_bullets_inside_a_list_are_split():
    segs = html_to_segments(
        '<p>Intro:</p> <ul style="list-style-type: none"> • the impact • the reasons</ul>'
    )
    assert segs == ["Intro:", "• the impact", "• the reasons"]


def test_html_fragment_lines_share_their_physical_line_number():
    doc = read_bytes(b"first\n<p>a</p><p>b</p>\nlast\n", "a.txt")
    assert [(ln.number, ln.text) for ln in doc.lines] == [(1, "first"), (2, "a"), (2, "b"), (3, "last")]


def test_tab_separated_rows_keep_cells_and_inline_html():
    doc = read_bytes(b"1.1\tAction <b>one</b>\t<ul><li>x</li><li>y</li></ul>\n", "a.txt")
    assert doc.lines[0].cells == ["1.1", "Action one", "• x • y"]


def test_markdown_bold_and_emphasis_markers_are_dropped():
    doc = read_bytes(b"- AAFDA:** Advocacy After Fatal Domestic Abuse\nan *ex-parte* order\n", "a.txt")
    assert doc.lines[0].text == "- AAFDA: Advocacy After Fatal Domestic Abuse"
    assert doc.lines[1].text == "an ex-parte order"


def test_urls_in_angle_brackets_are_kept_as_text():
    doc = read_bytes(b"Available at <https://www.gov.uk/guidance>\n", "a.txt")
    assert doc.lines[0].text == "Available at https://www.gov.uk/guidance"


def test_binary_bytes_named_txt_are_refused_with_a_clear_message():
    with pytest.raises(ReadError, match="binary"):
        read_bytes(bytes(range(256)) * 20, "random.txt")
