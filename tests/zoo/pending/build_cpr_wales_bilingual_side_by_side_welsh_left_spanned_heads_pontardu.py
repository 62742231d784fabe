"""Build the pending zoo stand-in `cpr_wales_bilingual_side_by_side_welsh_left_spanned_heads_pontardu`:
the family described in `bilingual_review.py` written a second way: Welsh left and English right
(Liberation Serif 11), each heading a row of its own across both columns ("3. Gwella systemau ac
ymarfer / 3. Improving systems and practice"), five recommendations. All people, places and
bodies are fictional; the wording (Welsh too) is our own.

    python tests/zoo/pending/build_cpr_wales_bilingual_side_by_side_welsh_left_spanned_heads_pontardu.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

from bilingual_review import HERE, Bilingual, build, gold
from plan_gold import save_gold

DOC = Bilingual(
    stem="cpr_wales_bilingual_side_by_side_welsh_left_spanned_heads_pontardu",
    area="Pontardu",
    review_id="PSB CPR 05/2021",
    child="Baby M",
    age=0,
    font="Liberation Serif",
    size=11,
    english_left=False,
    spanned_headings=True,
    title=[
        ("Pontardu Safeguarding Children Board", "Bwrdd Diogelu Plant Pontardu"),
        ("Child Practice Review Report", "Adroddiad Adolygu Ymarfer Plant"),
        ("Reference: PSB CPR 05/2021", "Cyfeirnod: PSB CPR 05/2021"),
        ("Baby M, aged 7 months", "Babi M, 7 mis oed"),
    ],
    headings=(
        ("Circumstances resulting in the review", "Amgylchiadau a arweiniodd at yr adolygiad"),
        ("Practice and organisational learning", "Dysgu ymarfer a sefydliadol"),
        ("Statement by the Board", "Datganiad gan y Bwrdd"),
    ),
    circumstances=[
        (
            "Baby M died at home after being put to sleep on a sofa beside an adult who had been drinking. "
            "The family lived in a village some distance from the nearest town and had moved house three "
            "times in the year before the baby’s death.",
            "Bu farw Babi M gartref ar ôl cael ei roi i gysgu ar soffa wrth ymyl oedolyn a fu’n yfed. Roedd "
            "y teulu yn byw mewn pentref gryn bellter o’r dref agosaf ac roeddent wedi symud tŷ dair gwaith "
            "yn y flwyddyn cyn marwolaeth y babi.",
        ),
    ],
    learning=[
        (
            "Advice on safer sleep was given once, in the first week, and was not repeated when the family "
            "moved and the health visitor changed.",
            "Rhoddwyd cyngor ar gysgu’n ddiogel unwaith, yn yr wythnos gyntaf, ac ni chafodd ei ailadrodd pan "
            "symudodd y teulu a phan newidiodd yr ymwelydd iechyd.",
        ),
        (
            "Each move closed one service’s file and opened another, so that no practitioner saw the whole "
            "picture of the family’s needs.",
            "Roedd pob symud yn cau ffeil un gwasanaeth ac yn agor un arall, fel nad oedd yr un ymarferydd yn "
            "gweld darlun cyfan o anghenion y teulu.",
        ),
    ],
    improving=("3. Improving systems and practice", "3. Gwella systemau ac ymarfer"),
    lead_in=(
        "The review makes the following recommendations to the Board and to its partner agencies:",
        "Mae’r adolygiad yn gwneud yr argymhellion canlynol i’r Bwrdd ac i’w asiantaethau partner:",
    ),
    recommendations=[
        (
            "The health board should make sure that safer sleep advice is given again at every new birth "
            "visit after a family moves.",
            "Dylai’r bwrdd iechyd sicrhau bod cyngor ar gysgu’n ddiogel yn cael ei roi eto ym mhob ymweliad "
            "geni newydd ar ôl i deulu symud.",
        ),
        (
            "Agencies should agree a way of passing the whole file on when a family with a baby moves "
            "between areas.",
            "Dylai asiantaethau gytuno ar ffordd o drosglwyddo’r ffeil gyfan pan fydd teulu â babi yn symud "
            "rhwng ardaloedd.",
        ),
        (
            "The Board should ask the substance misuse service to include questions about the care of babies "
            "in its assessments.",
            "Dylai’r Bwrdd ofyn i’r gwasanaeth camddefnyddio sylweddau gynnwys cwestiynau am ofal babanod yn ei "
            "asesiadau.",
        ),
        (
            "Practitioners should be trained to talk with fathers and partners, not only mothers, about how "
            "a baby sleeps.",
            "Dylid hyfforddi ymarferwyr i siarad â thadau a phartneriaid, nid mamau yn unig, am y ffordd y "
            "mae babi yn cysgu.",
        ),
        (
            "The Board should publish a short guide for families on safer sleep in both Welsh and English.",
            "Dylai’r Bwrdd gyhoeddi canllaw byr i deuluoedd ar gysgu’n ddiogel yn Gymraeg ac yn Saesneg.",
        ),
    ],
    statement=[
        (
            "The Board thanks the family for speaking to the reviewers and accepts every recommendation of "
            "this review.",
            "Mae’r Bwrdd yn diolch i’r teulu am siarad â’r adolygwyr ac yn derbyn pob un o argymhellion yr "
            "adolygiad hwn.",
        ),
    ],
    closing=[
        ("Chair of the Board: Eleri Vaughan-Pryce", "Cadeirydd y Bwrdd: Eleri Vaughan-Pryce"),
        ("Date: 9 November 2022", "Dyddiad: 9 Tachwedd 2022"),
    ],
)

if __name__ == "__main__":
    build(DOC)
    save_gold(HERE, DOC.stem, gold(DOC))
    print("wrote", f"{DOC.stem}.json")
