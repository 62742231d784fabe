"""A conclusions paragraph that argues for a recommendation and points at it by number
("... seen alone (Recommendation 2).") restates the recommendation the recommendations
chapter states in full: one record per recommendation, numbered as the list numbers it.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.pipeline import extract

BODIES = [
    "Ravensholt Police",
    "Ravensholt Borough Council",
    "Ravensholt Hospitals NHS Trust",
    "Ashby Women's Aid",
]
ASKS = [
    "make sure that victims who attend with an injury are seen alone and asked about abuse",
    "share information it receives from other forces about a person's history of domestic abuse",
    "review its policy of closing a referral after three unanswered calls",
    "train its housing officers to recognise the signs of controlling behaviour",
]
CITES = ["(Recommendation {n}).", "(see Recommendation {n}).", "[Rec {n}]."]


def _report(pairs: list[tuple[str, str]], cite: str, numbers: list[int]) -> str:
    """The conclusions argue for the listed recommendations in the order `numbers` gives."""
    argued = "\n\n".join(
        f"6.{k + 1} The panel heard that practice varied. The Review Panel recommends that "
        f"{pairs[n - 1][0]} should {pairs[n - 1][1]} {cite.format(n=n)}"
        for k, n in enumerate(numbers)
    )
    listed = "\n\n".join(f"{n}. {body} should {ask}." for n, (body, ask) in enumerate(pairs, start=1))
    return (
        "Ravensholt Community Safety Partnership\n\nDomestic Homicide Review\n\nOverview Report\n\n"
        f"6. Conclusions and recommendations\n\n{argued}\n\n"
        f"7. Recommendations\n\nThe Review Panel makes the following recommendations.\n\n{listed}\n"
    )


@given(st.integers(min_value=2, max_value=4), st.sampled_from(CITES), st.randoms(use_true_random=False))
def test_a_paragraph_pointing_at_its_recommendation_is_not_counted_again(n, cite, rnd):
    pairs = list(zip(BODIES[:n], ASKS[:n], strict=True))
    numbers = list(range(1, n + 1))
    rnd.shuffle(numbers)  # the argument need not follow the list's order
    doc = extract(_report(pairs, cite, numbers))
    assert [r.ref for r in doc.recommendations] == [str(k) for k in sorted(numbers)]
    for rec in doc.recommendations:
        assert rec.agency == BODIES[int(rec.ref) - 1]


def test_a_pointer_to_a_number_no_list_states_leaves_the_paragraph_its_own():
    text = (
        "Ravensholt Community Safety Partnership\n\nDomestic Homicide Review\n\n"
        "6. Recommendations\n\n6.1 The Review Panel recommends that Ravensholt Police should review how "
        "officers record repeat calls to one address (Recommendation 9).\n"
    )
    assert [r.ref for r in extract(text).recommendations] == ["6.1"]
