"""An executive summary's one-line coded summaries ("R1 – the Council: ...") under a lead-in,
then the chapter's full "Recommendation 1 – <agency>": one record each, the chapter's number
and text, the summary line an alias. Generated over lead-in wordings and code forms."""

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract
from dhrparse.vocab.refs import same_number

AGENCIES = ["Eastmoor Council", "Eastmoor Police", "Eastmoor Health Trust"]
SUMMARIES = ["capacity checks when care is refused", "risk grading at repeat calls", "shared visit records"]
FULL = [
    "Eastmoor Council should carry out a capacity assessment whenever an adult refuses care.",
    "Eastmoor Police should grade the risk again at every repeat call to the same address.",
    "Eastmoor Health Trust should keep a shared record of which professional visits each patient.",
]
LEAD_INS = [
    "The review makes three recommendations, summarised below:",
    "The panel makes three recommendations. In summary they are:",
    "A summary of the recommendations follows:",
]
CODES = ["R{k} – ", "R{k}: ", "R{k}. "]


def _report(lead_in: str, code: str) -> bytes:
    summary = "\n\n".join(
        code.format(k=k) + f"{a}: {s}." for k, (a, s) in enumerate(zip(AGENCIES, SUMMARIES), 1)
    )
    chapter = "\n".join(f"Recommendation {k} – {a}\n{t}\n" for k, (a, t) in enumerate(zip(AGENCIES, FULL), 1))
    return (
        "Eastmoor Safeguarding Adults Board\n\nSafeguarding Adults Review: Mrs Q\n\n"
        "1. Executive summary\n\n1.1 Mrs Q died at home in 2023 after a fall that lay undiscovered.\n\n"
        f"1.2 {lead_in}\n\n{summary}\n\n"
        "2. Findings\n\n2.1 The agencies did not share what they knew about Mrs Q's memory.\n\n"
        f"3. Recommendations\n\n{chapter}"
    ).encode()


@settings(max_examples=9, deadline=None)
@given(st.sampled_from(LEAD_INS), st.sampled_from(CODES))
def test_summary_lines_are_aliases_of_the_full_recommendations(lead_in, code):
    recs = extract(_report(lead_in, code), name="sar.txt").recommendations
    assert [r.ref for r in recs] == ["1", "2", "3"]
    assert [r.text.split()[:2] for r in recs] == [t.split()[:2] for t in FULL]
    assert [len(r.aliases) for r in recs] == [1, 1, 1]
    assert all(s in r.aliases[0] for r, s in zip(recs, SUMMARIES))


def test_r_abbreviates_recommendation_but_other_codes_stay_apart():
    assert same_number("R3", "3") and same_number("Rec 3", "Recommendation 3")
    assert not same_number("NR3", "3") and not same_number("R3", "4") and not same_number(None, "3")
