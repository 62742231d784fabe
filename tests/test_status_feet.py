"""A status column's cell printed as a page's last line (prepare.status_feet): no running foot."""

from dhrparse.document import FURNITURE, TEXT
from dhrparse.prepare.cleaning import clean
from dhrparse.readers import read_bytes

# two pages of a plan printed as column blocks: each page's last row is still open, so its
# status is the page's last line, after the page's own foot
PAGES = [
    "Action plan\n\nAction\nWrite the guide.\n\nOwner\nCSP Manager\n\nCarrow CSP | Page\n\n1\n\n"
    "Due\nJun 2025\n\nStatus\nOpen\n",
    "Action\nTrain the desk team.\nAudit ten calls.\n\nOwner\n\nDue\n\nStatus\n\nCSP Manager\n\n"
    "Apr 2025\n\nClosed\n\nHead of Housing\n\nDec 2025\n\nOpen\n\nCarrow CSP | Page\n\n2\n\nOpen\n",
]


def _kinds(text: str, patterns) -> list[tuple[str, str]]:
    doc = read_bytes(text.encode("utf-8"), "t.txt")
    clean(doc, patterns)
    return [(ln.text, ln.kind) for ln in doc.lines if ln.text]


def test_a_status_at_every_pages_foot_is_its_columns_cell(patterns):
    kinds = _kinds("\f".join(PAGES), patterns)
    assert [k for t, k in kinds if t == "Open"] == [TEXT, TEXT, TEXT]


def test_a_status_word_printed_nowhere_else_stays_a_foot(patterns):
    # (no line of the pages prints the word but their edges, none in the status name's block:
    # no column's cells to be one of)
    pages = [
        p.replace("Open\n\nCarrow", "Closed\n\nCarrow").replace("Status\nOpen", "Status\n\nOpen")
        for p in PAGES
    ]
    kinds = _kinds("\f".join(pages), patterns)
    assert [k for t, k in kinds if t == "Open"] == [FURNITURE, FURNITURE]


def test_a_status_closing_the_status_names_block_is_its_cell(patterns):
    # the status column's name and the top rows' statuses printed one under the other, the last
    # the page's last line ("Status" / "Closed" / "Open – on" / "track" / "Open"): a cell, though
    # the word is printed nowhere else; the second page's lone foot stays furniture
    pages = [p.replace("Open\n\nCarrow", "Closed\n\nCarrow") for p in PAGES]
    pages[0] = pages[0].replace("Status\nOpen", "Status\nClosed\nOpen – on\ntrack\nOpen")
    kinds = _kinds("\f".join(pages), patterns)
    assert [k for t, k in kinds if t == "Open"] == [TEXT, FURNITURE]


def test_a_running_foot_of_words_stays_furniture(patterns):
    pages = [p + "\nCarrow DHR Final Report\n" for p in PAGES]
    kinds = _kinds("\f".join(pages), patterns)
    assert [k for t, k in kinds if t == "Carrow DHR Final Report"] == [FURNITURE, FURNITURE]
