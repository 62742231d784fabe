"""Reports as users have them: text a PDF tool took out page after page, each printed line
followed by a blank line, no form feed between pages, the running head, footer and page
number printed in the flow ("corpus-style" text). Prose read from such text must come out as
it does from the same report's text with one paragraph a line."""

from __future__ import annotations

import textwrap
from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.segment import segment
from dhrparse.readers import read_bytes


def corpus_style(tmp_path: Path, pages: list[list[str]], name: str = "report.txt") -> Path:
    """The pages' printed lines as a PDF-to-text tool leaves them: a line, a blank line."""
    path = tmp_path / name
    path.write_text("".join(f"{line} \n\n" for page in pages for line in page), encoding="utf-8")
    return path


def wrapped(*paragraphs: str, width: int = 92) -> list[str]:
    """Paragraphs printed over lines of a page's width."""
    return [line for text in paragraphs for line in textwrap.wrap(text, width)]


INTRODUCTION = wrapped(
    "1.1 This review looks at the contact agencies in Larkspur Vale had with Edith, who was 58 when"
    " she was killed by her husband at their home in Ostry Lane in March 2023. It was commissioned by"
    " the Partnership in May 2023 and the panel first met in July of that year.",
    "1.2 The panel met six times and read reports from the police, the health board, the housing"
    " association and the specialist domestic abuse service. Each agency also took part in a practitioner"
    " event held in the autumn, where staff who knew Edith spoke about their work with her.",
)


def _segmented(path: Path):
    doc = read_bytes(path.read_bytes(), path.name)
    patterns = load_patterns()
    clean(doc, patterns)
    return segment(doc, patterns)


HEAD = "LARKSPUR VALE DHR – EDITH – OFFICIAL SENSITIVE"


def _paged(bodies: list[list[str]]) -> list[list[str]]:
    """Each page under the running head (no page number in it) with its number alone at its foot."""
    return [[HEAD, *body, str(n)] for n, body in enumerate(bodies, start=1)]


def test_a_running_head_without_a_page_number_between_pages_is_no_heading(tmp_path):
    bodies = [
        [
            "1. Introduction",
            "1.1 This review looks at the contact agencies in Larkspur Vale had with Edith, who was 58",
            "when she was killed by her husband at their home in Ostry Lane in March 2023.",
            "1.2 The panel met six times and read reports from the police, the health board, the",
            "housing association and the specialist domestic abuse service.",
        ],
        [
            "2. Analysis",
            "2.1 Edith told her practice nurse twice that she was frightened at home. Neither",
            "disclosure was passed to the domestic abuse service, and no risk assessment was made.",
            "2.2 The housing association knew of damage to the front door but did not ask Edith",
            "whether she was safe. The panel heard that the repair was booked by the contact centre of",
        ],
        [
            "Ostry Lane Homes, which passed no word of it to the tenancy officer.",
            "Recommendations for the Partnership and its members",
            "3.1 Larkspur Vale Community Safety Partnership should agree a single pathway for",
            "disclosures made to health staff, and check its use by audit within a year.",
            "3.2 The health board should make sure that practice nurses complete training on",
            "routine enquiry about domestic abuse.",
        ],
        [
            "3.3 The housing association should ask a tenant privately whether they are safe when",
            "Ostry Lane Homes or another landlord repairs a door or a window after a disturbance.",
            "3.4 The domestic abuse service should offer a named worker to every person referred",
            "by a health professional within two working days.",
        ],
    ]
    path = corpus_style(tmp_path, _paged(bodies))
    doc = extract(path)
    assert [r.ref for r in doc.recommendations] == ["3.1", "3.2", "3.3", "3.4"]
    assert all(HEAD not in (r.text or "") for r in doc.recommendations)
    assert doc.recommendations[2].text.endswith("repairs a door or a window after a disturbance.")
    analysis = next(b for b in _segmented(path).blocks if b.number == "2.2")
    assert analysis.text.endswith(
        "contact centre of Ostry Lane Homes, which passed no word of it to the tenancy officer."
    )


def test_a_heading_after_a_date_signed_under_a_statement_opens_its_section(tmp_path):
    bodies = [
        ["1. Introduction", *INTRODUCTION],
        [
            "4. Recommendations",
            "4.1 The Partnership should publish a guide for employers on supporting staff who",
            "disclose domestic abuse at work.",
            "Statement by the panel chair",
            "I am satisfied that the review was carried out in line with the statutory guidance.",
            "Margery Quillon",
            "18/06/2024",
        ],
        [
            "Appendix A: Terms of reference",
            "To examine the contact each agency had with Edith between 2019 and her death.",
            "To consider whether the risk her husband posed was understood and shared.",
            "To identify learning and make recommendations for the Partnership.",
        ],
        ["Appendix B: Glossary", "CSP Community Safety Partnership", "DHR Domestic Homicide Review"],
    ]
    path = corpus_style(tmp_path, _paged(bodies))
    assert [r.ref for r in extract(path).recommendations] == ["4.1"]
    headings = [b.text for b in _segmented(path).blocks if b.kind == "heading"]
    assert "Appendix A: Terms of reference" in headings


def test_a_footer_printing_the_page_number_without_the_word_page_is_furniture(tmp_path):
    """'DHR Edith 3': only its number changes page to page; it cuts a sentence at a page's foot."""
    pages = [
        ["Domestic Homicide Review", "Edith", "Larkspur Vale Community Safety Partnership", "DHR Edith 1"],
        [
            "1. Introduction",
            *INTRODUCTION,
            "1.3 The review panel would like to thank Edith's sister, who met the chair twice and",
            "DHR Edith 2",
        ],
        [
            "read a draft of this report. Her account of Edith's life is at the heart of the review.",
            "2. Findings",
            *wrapped(
                "2.1 Agencies saw Edith as a carer for her husband rather than as a person at risk from"
                " him, and each contact was dealt with on its own without anyone looking at the whole"
                " history of the household.",
                "2.2 Information held by the practice nurse and the housing association was never brought"
                " together, though both had reason to think that Edith was afraid.",
            ),
            "DHR Edith 3",
        ],
        [
            "3. Recommendations",
            "3.1 The Partnership should set up a forum where agencies share concerns about",
            "older couples in which one partner cares for the other.",
            "DHR Edith 4",
        ],
    ]
    path = corpus_style(tmp_path, pages)
    assert [r.ref for r in extract(path).recommendations] == ["3.1"]
    blocks = _segmented(path).blocks
    assert not any("DHR Edith" in b.text for b in blocks)
    thanks = next(b for b in blocks if b.number == "1.3")
    assert thanks.text.endswith(
        "twice and read a draft of this report. Her account of Edith's life is at the heart of the review."
    )


def test_a_title_after_a_sentence_that_fills_its_line_opens_a_section(tmp_path):
    """The sentence before the title happens to end at the page's width: the title is still a
    title, and the dated paragraphs under it are the chronology."""
    body = [
        "Why this review was held",
        "Mrs Dorrit Fane was 81 and lived with her son in a terraced house in Welby Cross. She died",
        "in hospital in April 2024 after a fall at home, and the Board agreed that her death met the",
        "criteria for a Safeguarding Adults Review into the contact agencies had with the family.",
        "What happened",
        *wrapped(
            "On 3 February 2023 Mrs Fane's GP saw her for a review of her medication and noted"
            " bruising to both arms, which her son said came from a fall in the garden.",
            "On 19 May 2023 a district nurse visited to dress a leg wound and recorded that the son"
            " answered every question put to his mother.",
            "On 7 September 2023 the housing officer called about rent arrears and was told that"
            " Mrs Fane could not come to the door.",
        ),
        "Analysis",
        *wrapped(
            "No agency asked Mrs Fane on her own how she was treated at home, and the bruising seen"
            " in February was never linked with the later contacts."
        ),
    ]
    doc = extract(corpus_style(tmp_path, [body]))
    assert [e.date.start for e in doc.chronology] == ["2023-02-03", "2023-05-19", "2023-09-07"]


def test_a_title_after_a_table_row_run_together_opens_its_section(tmp_path):
    """A two-column table printed with its cells run together leaves lines of middling length
    with room for the next line's first word: the title after the table is a title."""
    body = [
        "How the review was done",
        *wrapped(
            "Six agencies sent chronologies and short reports, and the reviewer met practitioners at"
            " a learning event held in the spring. The review covered the three years before Nora's death."
        ),
        "Agency Contribution",
        "Welby Cross Police Chronology and report",
        "Fenmarket Health Centre (GP) Chronology and report",
        "Welby Cross Borough Council Housing Short report",
        "What happened",
        *wrapped(
            "This part tells the story of agency contact with Nora year by year, with only the most"
            " significant events; the full combined chronology was read by the review group."
        ),
        "2021",
        *wrapped(
            "On 9 March Nora told her GP that she was not sleeping and that her partner checked her"
            " phone every evening. She was given a leaflet about a local support service.",
            "On 30 August police were called by a neighbour who heard shouting; Nora said it had been"
            " a row about money and no further action was taken.",
        ),
        "2022",
        *wrapped(
            "On 14 January the housing officer visited about a damaged door and spoke to Nora's"
            " partner, who said he had broken it by accident."
        ),
        "What we learned",
        *wrapped(
            "Each agency saw one part of Nora's life, and nobody put the pieces together before it"
            " was too late to help her."
        ),
    ]
    doc = extract(corpus_style(tmp_path, [body]))
    assert [e.text.split()[:3] for e in doc.chronology] == [
        ["On", "9", "March"],
        ["On", "30", "August"],
        ["On", "14", "January"],
    ]


def test_a_footer_joined_to_the_page_number_is_furniture_past_a_short_page(tmp_path):
    """'Larkspur Vale Community Safety Partnership Page 3 of 6': the left and right footers
    printed on one line. A chapter's last page may hold a line or two before a landscape
    appendix starts on a new page; that short page is still a page."""
    footer = "Larkspur Vale Community Safety Partnership"

    def paragraphs(chapter: int) -> list[str]:
        return wrapped(
            *(
                f"{chapter}.{n} The panel looked at what each agency knew in the year before Edith died"
                " and at whether anyone brought it together. The practice nurse, the housing officer and"
                " the specialist service each held part of the picture, and none of them asked the others."
                for n in range(1, 14)
            )
        )

    bodies = [
        ["1. Introduction", *paragraphs(1)],
        ["2. Findings", *paragraphs(2)],
        [
            "3. Recommendations",
            *wrapped(
                *(
                    f"3.{n} The Partnership should report to its board on the progress of recommendation"
                    f" {n} of the earlier review every six months until the board agrees that it is complete,"
                    " and should publish each report on its website."
                    for n in range(1, 13)
                )
            ),
            "3.13 The Partnership should send this report to the Home Office with a letter asking",
        ],
        ["for the guidance on workplace policies to be reviewed."],
        ["Appendix A: Terms of reference", *paragraphs(4)],
        ["Appendix B: Panel members", *paragraphs(5)],
    ]
    pages = [[HEAD, *body, f"{footer} Page {n} of {len(bodies)}"] for n, body in enumerate(bodies, start=1)]
    path = corpus_style(tmp_path, pages)
    recommendations = extract(path).recommendations
    assert [r.ref for r in recommendations][-1] == "3.13"
    assert not any(footer in r.text or HEAD in r.text for r in recommendations)
    assert recommendations[-1].text.endswith(
        "with a letter asking for the guidance on workplace policies to be reviewed."
    )
