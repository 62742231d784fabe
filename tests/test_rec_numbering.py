"""The same recommendations rendered under every numbering scheme and layout published
reviews use must come back with the same refs, texts and addressees.

Schemes: plain numbers, chapter decimals, letters, roman numerals, "Recommendation N" labels,
"Rec N", series codes (R1, NR1, SAR 1). Layouts: a list under a recommendations heading, headed
units (label alone on its line, the text below, or before a tab on the text's line), a table (No. | Recommendation, or Agency |
Recommendation), and a recommendation whose body is a lead-in line and bullets (one record,
the bullets kept as its lines). Each document is read the way a Word export prints it (one
paragraph per line) and, for lists and units, hard-wrapped the way a PDF text layer prints it.
"""

from __future__ import annotations

import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract
from dhrparse.vocab.refs import norm_ref

BODIES = [
    "Eastvale Community Safety Partnership",
    "Northdown Police",
    "Hollin Valley NHS Trust",
    "Marrow Borough Council Housing Service",
    "The Home Office",
    "Ashby Safeguarding Adults Board",
    "Department of Health and Social Care",
    "Kettering Lane Surgery",
]
TASKS = [
    "review its referral pathway for victims of stalking",
    "commission training on coercive control for front-line staff",
    "audit risk assessments completed for repeat victims over twelve months",
    "publish guidance on sharing information with carers",
    "ensure that routine enquiry is embedded in maternity services",
    "develop a protocol for responding to economic abuse",
    "report to the board on the use of the escalation policy",
]
LEAD_PARTS = [
    "publish a directory of specialist services",
    "train reception staff to use the directory",
    "report its use to the panel every six months",
]

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"]
LETTER = "abcdefg"


def _ref(scheme: str, n: int) -> tuple[str, str]:
    """(marker as printed, ref as the contract gives it) of the n-th (0-based) recommendation."""
    return {
        "number": (f"{n + 1}.", f"{n + 1}"),
        "decimal": (f"6.{n + 1}", f"6.{n + 1}"),
        "letter": (f"{LETTER[n]})", LETTER[n]),
        "letter_paren": (f"({LETTER[n]})", LETTER[n]),
        "roman": (f"{ROMAN[n]}.", ROMAN[n]),
        "roman_paren": (f"({ROMAN[n]})", ROMAN[n]),
        "upper_roman": (f"{ROMAN[n].upper()}.", ROMAN[n]),
        "upper_letter": (f"({LETTER[n].upper()})", LETTER[n]),
        "label": (f"Recommendation {n + 1}:", f"{n + 1}"),
        "national_label": (f"National Recommendation {n + 1} -", f"{n + 1}"),
        "rec": (f"Rec {n + 1} –", f"{n + 1}"),
        "code_r": (f"R{n + 1}", f"R{n + 1}"),
        "code_nr": (f"NR{n + 1}:", f"NR{n + 1}"),
        "code_sar": (f"SAR {n + 1}.", f"SAR{n + 1}"),
        # running prose in the report's numbered paragraphs, closed by "(Recommendation N)"
        "closing": (f"6.{n + 2}", f"{n + 1}"),
    }[scheme]


LIST_SCHEMES = [
    "number",
    "decimal",
    "letter",
    "letter_paren",
    "roman",
    "roman_paren",
    "upper_roman",
    "upper_letter",
    "label",
    "national_label",
    "rec",
    "code_r",
    "code_nr",
    "code_sar",
    "closing",
]
UNIT_SCHEMES = ["label", "national_label", "rec", "code_r", "code_nr", "code_sar"]
TABLE_SCHEMES = ["number", "letter", "roman"]
# a table's reference column printed whole by plain pdftotext, one cell a line, above the texts
COLUMN_SCHEMES = ["number", "code_r", "code_nr"]
# a hand-typed list with a hanging indent: pdftotext prints the marker alone on its line
HANGING_SCHEMES = ["letter_paren", "letter", "roman_paren", "number"]


@st.composite
def documents(draw, only_scheme=None):
    layout = draw(
        st.sampled_from(
            ["list", "units", "tabbed", "table", "agency_table", "column_whole", "hanging"]
            if not only_scheme
            else ["list"]
        )
    )
    schemes = {
        "list": LIST_SCHEMES,
        "units": UNIT_SCHEMES,
        "tabbed": UNIT_SCHEMES,
        "column_whole": COLUMN_SCHEMES,
        "hanging": HANGING_SCHEMES,
    }.get(layout, TABLE_SCHEMES)
    scheme = only_scheme or draw(st.sampled_from(schemes))
    n = draw(st.integers(min_value=2, max_value=5))
    bodies = draw(st.lists(st.sampled_from(BODIES), min_size=n, max_size=n))
    tasks = draw(st.lists(st.sampled_from(TASKS), min_size=n, max_size=n, unique=True))
    lead_in = (
        draw(st.one_of(st.none(), st.integers(min_value=0, max_value=n - 1)))
        if layout in ("list", "units")
        else None
    )
    wrapped = draw(st.booleans()) if layout in ("list", "units") else False
    # the column layout: the lead-in printed between the column and the texts, or above both
    # (the hanging list: each text with its outcome printed straight under it, no blank line)
    lead_column = draw(st.booleans()) if layout in ("table", "column_whole", "hanging") else False
    recs = []
    for k in range(n):
        marker, ref = _ref(scheme, k)
        if scheme == "closing":
            context = "The panel returned to this in its analysis. " if draw(st.booleans()) else ""
            opener = draw(st.sampled_from(["", "Finally, ", "In addition, "]))
            body = "the" + bodies[k][3:] if opener and bodies[k].startswith("The ") else bodies[k]
            text, lines = f"{context}{opener}{body} should {tasks[k]} (Recommendation {k + 1}).", []
        elif k == lead_in:
            text, lines = (
                f"{bodies[k]} should:",
                [f"{part}{';' if j < 2 else '.'}" for j, part in enumerate(LEAD_PARTS)],
            )
        else:
            text, lines = f"{bodies[k]} should {tasks[k]}.", []
        recs.append({"marker": marker, "ref": ref, "text": text, "bullets": lines, "agency": bodies[k]})
    return layout, scheme, (wrapped, lead_column), recs


def render(layout: str, options: tuple[bool, bool], recs: list[dict]) -> str:
    wrapped, lead_column = options
    out = [
        "Domestic Homicide Review into the death of Ms A",
        "",
        "1. Introduction",
        "",
        "1.1 This review examined the contact agencies had with Ms A before her death in 2021.",
        "",
        "5. Conclusions",
        "",
        "5.1 The panel found that agencies did not share what they knew about the risk Ms A faced.",
        "",
        "6. Recommendations",
        "",
    ]
    if layout in ("table", "agency_table"):
        out += ["The panel makes the following recommendations.", ""]
        out.append(
            "Agency\tRecommendation"
            if layout == "agency_table"
            else "No.\tRecommendation\tLead agency"
            if lead_column
            else "No.\tRecommendation"
        )
        for r in recs:
            if layout == "agency_table":
                out.append(f"{r['agency']}\t{r['marker']} {_imperative(r['text'])}")
            else:
                out.append(
                    f"{r['marker'].strip('.()')}\t{r['text']}" + (f"\t{r['agency']}" if lead_column else "")
                )
        out.append("")
    elif layout == "column_whole":
        out += _column_whole(recs, lead_between=lead_column)
    else:
        if layout == "hanging":
            out += ["The panel makes the following recommendations to local agencies:", ""]
        for r in recs:
            if layout == "hanging":
                outcome = (
                    ["Anticipated improvement outcome: agencies act on the risk sooner."]
                    if lead_column
                    else []
                )
                out += [r["marker"], "", *textwrap.wrap(r["text"], 72), *outcome, ""]
            elif layout == "units":
                out += [r["marker"].rstrip(":–. "), "", r["text"], ""]
            elif layout == "tabbed":  # the label in a hanging indent: a tab between it and the text
                out += [f"{r['marker'].rstrip(':–. ')}\t{r['text']}", ""]
            else:
                out += [f"{r['marker']} {r['text']}", ""]
            out += [f"    • {b}" for b in r["bullets"]] + ([""] if r["bullets"] else [])
    out += [
        "7. Publication",
        "",
        "7.1 This report will be published once the Home Office has approved it.",
        "",
    ]
    text = "\n".join(out)
    if wrapped:
        text = "\n".join(_wrap(line) for line in text.split("\n"))
    return text


def _column_whole(recs: list[dict], lead_between: bool) -> list[str]:
    """ "No. | Recommendation | Lead agency" as plain pdftotext prints it: the reference column
    whole, then the header cell and every text run together, then the agencies."""
    lead = ["The panel makes the following recommendations. Each agency has accepted them.", ""]
    out = [] if lead_between else lead
    out += ["No.", *[r["marker"].strip(".:") for r in recs], ""]
    out += lead if lead_between else []
    out += ["Recommendation"]
    for r in recs:
        out += textwrap.wrap(r["text"], 56)
    out += ["", "Lead agency", *[r["agency"] for r in recs], ""]
    return out


def _imperative(text: str) -> str:
    """Single-agency tables print the task without its subject: "Review its referral pathway"."""
    task = text.split(" should ", 1)[1]
    return task[0].upper() + task[1:]


def _wrap(line: str, width: int = 72) -> str:
    if len(line) <= width or "\t" in line:
        return line
    indent = line[: len(line) - len(line.lstrip())]
    return "\n".join(textwrap.wrap(line, width=width, initial_indent="", subsequent_indent=indent + "  "))


def _norm(s: str) -> str:
    return " ".join(s.replace("•", " ").replace("-", " ").split()).lower()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_numbering_scheme_and_layout_gives_back_the_recommendations(doc):
    _gives_back(doc)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(only_scheme="closing"))
def test_prose_recommendations_closed_by_their_number_take_that_number(doc):
    """ "6.3 <context>. Finally, the Trust should ... (Recommendation 2)." is recommendation 2 of
    the Trust, not 6.3 of "Finally, the Trust"."""
    _gives_back(doc)


def _gives_back(doc):
    layout, scheme, options, recs = doc
    got = extract(render(layout, options, recs), name="numbering.txt").recommendations
    assert [norm_ref(g.ref) for g in got] == [norm_ref(r["ref"]) for r in recs], (layout, scheme)
    for want, g in zip(recs, got):
        expected = _imperative(want["text"]) if layout == "agency_table" else want["text"]
        assert _norm(g.text).startswith(_norm(expected))
        # a lead-in and its bullets stay one recommendation, each bullet a line of it
        for bullet in want["bullets"]:
            assert any(_norm(bullet) in _norm(line) for line in g.text.split("\n")[1:])
        if layout == "agency_table":
            assert g.level == "agency" and g.agency == want["agency"]
        else:
            assert g.level == "overview"
            assert _norm(want["agency"]).removeprefix("the ") in _norm(g.agency or "")


LEARNING_AMONG_RECOMMENDATIONS = """Brookfield Safeguarding Adults Board

Safeguarding Adults Review: Mr K

1. Introduction

1.1 Mr K died at home in 2022 after a long period of self-neglect.

2. Findings

Finding 1: Risk was not shared

2.1 Three agencies knew that Mr K had stopped eating but none called a meeting.

Learning point: concerns held by one agency should be tested with the others.

Recommendation 1: The Board should publish a self-neglect escalation route for every partner agency.

Key finding: practitioners did not know the escalation route existed.

Areas for development:
• Practitioners could record capacity assessments more clearly.

Recommendation 2: Brookfield Council Adult Social Care should audit closed self-neglect enquiries.
"""


def test_learning_points_findings_and_areas_for_development_are_warned_never_recorded():
    doc = extract(LEARNING_AMONG_RECOMMENDATIONS, name="sar.txt")
    assert [(r.ref, r.agency) for r in doc.recommendations] == [
        ("1", "Brookfield Safeguarding Adults Board"),
        ("2", "Brookfield Council Adult Social Care"),
    ]
    warned = " ".join(w.message for w in doc.warnings if w.code == "not_a_recommendation")
    for said in ("Finding 1", "Learning point", "Key finding", "Areas for development"):
        assert said in warned
    assert not any("capacity assessments" in r.text for r in doc.recommendations)


NATIONAL_AND_RESTATED = """Greyhaven Community Safety Partnership

Domestic Homicide Review: Ms L

Executive Summary

The review makes three recommendations, in summary:

1. The Partnership to audit referrals to the specialist service.
2. The Home Office to revise the statutory guidance on family involvement.
3. NHS England to add domestic abuse to the national maternity dataset.

1. Recommendations

Recommendation 1
The Greyhaven Community Safety Partnership should audit referrals made to the specialist domestic abuse service in the year after publication.

National Recommendations

Recommendation 2
The Home Office should revise the statutory guidance so that families are offered an advocate from the start of a review.

Recommendation 3
NHS England should add a domestic abuse enquiry field to the national maternity dataset.

2. Action Plan

Recommendation	Lead agency	Target date
1. Audit referrals to the specialist service	Greyhaven CSP	March 2025
"""


def test_national_recommendations_to_departments_and_restatements_are_one_record_each():
    doc = extract(NATIONAL_AND_RESTATED, name="dhr.txt")
    got = {r.ref: r for r in doc.recommendations}
    assert set(got) == {"1", "2", "3"}
    assert all(r.level == "overview" for r in got.values())
    assert "Home Office" in got["2"].agency and got["3"].agency == "NHS England"
    # the summary's wording is an alias of the chapter's recommendation, not a record of its own
    assert any("revise the statutory guidance on family involvement" in a for a in got["2"].aliases)
    assert got["2"].text.startswith("The Home Office should revise")


SUMMARY_FIRST = """Executive Summary

Recommendations

1. The Partnership to audit referrals to the specialist service.
2. Police to check previous partners' history in risk assessments.

1. Introduction

1.1 The review examined the contact agencies had with Ms M before her death.

4. Recommendations

Recommendation 1
The Greyhaven Community Safety Partnership should audit the referrals made to the specialist domestic abuse service in the year after publication and report to the board.

Recommendation 2
Greyhaven Police should make sure that officers check the history of abuse against previous partners when completing risk assessments.
"""


def test_a_summary_list_reworded_before_the_chapter_is_the_same_recommendation():
    got = extract(SUMMARY_FIRST, name="es.txt").recommendations
    assert [(r.ref, r.agency) for r in got] == [
        ("1", "Greyhaven Community Safety Partnership"),
        ("2", "Greyhaven Police"),
    ]
    assert any(a.startswith("Greyhaven Police should make sure") for a in got[1].aliases)


ADDRESSEES = """Marlow Vale Safeguarding Adults Board

Safeguarding Adults Review: John

1. Introduction

1.1 John died in 2022 after a long period of self-neglect in a hostel.

8. Recommendations

The review panel recommends that:

• the Board reviews its multi-agency risk management procedure for people who decline care;
• Marlow Vale Council trains hostel staff in raising safeguarding concerns.

MARLOW VALE HOSTELS TRUST

8.4 The Trust should introduce a welfare check for residents not seen for 24 hours.

8.5 That the Trust audits its incident logs every quarter.

9. Appendix A: Terms of Reference

9.1 The review considered the period from January 2020 to John's death.
"""


def test_bullets_after_recommends_that_and_an_addressee_heading_inside_the_chapter():
    got = extract(ADDRESSEES, name="sar.txt").recommendations
    assert [(r.ref, r.agency) for r in got] == [
        (None, "Marlow Vale Safeguarding Adults Board"),
        (None, "Marlow Vale Council"),
        ("8.4", "MARLOW VALE HOSTELS TRUST"),
        ("8.5", "MARLOW VALE HOSTELS TRUST"),
    ]
    assert not any("Terms of Reference" in r.text or "January 2020" in r.text for r in got)


AGENCY_LABELS = """Report

8. Conclusions

8.1 The panel concluded that agencies did not share information.

9. Single Agency Recommendations

9.1 Each agency made recommendations for its own service.

Eastvale Police

Recommendation 1: Review the training given to call handlers on stalking.

Recommendation 2: Audit repeat standard risk cases every quarter.

Eastvale Women's Aid (IMR)

Recommendation 1: Review the follow-up of referrals where first contact fails.

10. Conclusion

10.1 The review closes with thanks to Ms N's family.
"""


def test_labelled_recommendations_under_agency_headings_belong_to_the_agency():
    got = extract(AGENCY_LABELS, name="dhr.txt").recommendations
    assert [(r.ref, r.level, r.agency) for r in got] == [
        ("1", "agency", "Eastvale Police"),
        ("2", "agency", "Eastvale Police"),
        ("1", "agency", "Eastvale Women's Aid"),
    ]


TO_DEPARTMENTS = """Report

8. Conclusions

8.1 The panel concluded that agencies did not share information.

9. Recommendations

9.1 Local recommendations

1. Westfold Community Safety Partnership should commission stalking training for GP practices.

9.2 Recommendations to the Home Office

2. Publish guidance on reviews of deaths by suicide where the person had experienced domestic abuse.
"""


def test_a_section_addressed_to_a_department_names_the_addressee_of_its_recommendations():
    got = extract(TO_DEPARTMENTS, name="dhr.txt").recommendations
    assert [(r.ref, r.level, r.agency) for r in got] == [
        ("1", "overview", "Westfold Community Safety Partnership"),
        ("2", "overview", "Home Office"),
    ]


LETTERED_STEPS = """Ravensby Community Safety Partnership

Domestic Homicide Review: Ms T

1. Introduction

1.1 The review examined the contact agencies had with Ms T before her death in 2022.

8. Recommendations

8.1     The panel makes the following recommendations. Recommendations 1a and 2a set out
        steps within the wider recommendation above them.

1       Ravensby Police should review how its control room links repeat calls about the same
        person, so that the officer attending sees the pattern.

1a      As part of this, Ravensby Police should make sure that call takers check the history of
        the address before grading a call.

2       Ravensby Borough Council should ask every housing applicant who gives leaving a partner as
        the reason for homelessness about abuse.

2a      The Council should record the answer on the housing file.

3       The Home Office should add employers to the agencies that reviews ask for information.
"""


def test_a_lettered_step_numbered_1a_under_its_recommendation_keeps_its_number():
    """ "1a" printed in the list's number column (pdftotext -layout): a sub-recommendation of 1."""
    got = extract(LETTERED_STEPS, name="dhr.txt").recommendations
    assert [norm_ref(r.ref or "") for r in got] == ["1", "1a", "2", "2a", "3"]
    assert got[1].text.startswith("As part of this, Ravensby Police should")
