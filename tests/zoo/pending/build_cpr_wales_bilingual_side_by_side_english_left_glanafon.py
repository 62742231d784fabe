"""Build the pending zoo stand-in `cpr_wales_bilingual_side_by_side_english_left_glanafon`: a
Welsh extended child practice review report (Liberation Sans 10.5) printed in English and Welsh
side by side, English left, of the family described in `bilingual_review.py`. All people, places
and bodies are fictional; the wording (Welsh too) is our own.

    python tests/zoo/pending/build_cpr_wales_bilingual_side_by_side_english_left_glanafon.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

from bilingual_review import HERE, Bilingual, build, gold
from plan_gold import save_gold

DOC = Bilingual(
    stem="cpr_wales_bilingual_side_by_side_english_left_glanafon",
    area="Glanafon",
    review_id="GRSB CPR 02/2022",
    child="Child T",
    age=2,
    font="Liberation Sans",
    scopes=("regional", "local", "local", "regional"),
    title=[
        ("Glanafon Regional Safeguarding Board", "Bwrdd Diogelu Rhanbarthol Glanafon"),
        ("Extended Child Practice Review", "Adolygiad Ymarfer Plant Estynedig"),
        ("Reference: GRSB CPR 02/2022", "Cyfeirnod: GRSB CPR 02/2022"),
        ("Concerning Child T, aged 2 years", "Ynghylch Plentyn T, 2 oed"),
    ],
    headings=(
        ("1. Circumstances resulting in the review", "1. Amgylchiadau a arweiniodd at yr adolygiad"),
        ("2. Learning from this review", "2. Dysgu o’r adolygiad hwn"),
        ("4. Statement by the Board", "4. Datganiad gan y Bwrdd"),
    ),
    circumstances=[
        (
            "Child T was taken to hospital in the early hours of a winter morning with a head injury that "
            "the doctors could not explain. Child T lived with a mother and her partner in a rented flat in "
            "the town. The family had been known to health visiting and to the housing service for a year.",
            "Aethpwyd â Phlentyn T i’r ysbyty yn oriau mân bore o aeaf gydag anaf i’r pen nad oedd y meddygon "
            "yn gallu ei esbonio. Roedd Plentyn T yn byw gyda’i fam a’i phartner mewn fflat ar rent yn y dref. "
            "Roedd y teulu yn hysbys i’r gwasanaeth ymwelwyr iechyd ac i’r gwasanaeth tai ers blwyddyn.",
        ),
        (
            "The Board agreed that the criteria for an extended review were met because the agencies had "
            "worked with the family and there were concerns about how they had worked together.",
            "Cytunodd y Bwrdd fod y meini prawf ar gyfer adolygiad estynedig wedi eu bodloni oherwydd bod yr "
            "asiantaethau wedi gweithio gyda’r teulu a bod pryderon am y ffordd y buont yn cydweithio.",
        ),
    ],
    learning=[
        (
            "The partner was seldom seen by the practitioners who visited the home, and nobody asked who he "
            "was or what part he played in caring for the child.",
            "Anaml y gwelwyd y partner gan yr ymarferwyr a ymwelodd â’r cartref, ac ni ofynnodd neb pwy oedd "
            "ef na pha ran yr oedd yn ei chwarae yn y gofal am y plentyn.",
        ),
        (
            "Bruising on a child who was not yet walking was recorded by a nurse but was not shared with the "
            "family’s doctor or with children’s services.",
            "Cofnodwyd cleisiau ar blentyn nad oedd eto’n cerdded gan nyrs, ond ni rannwyd hyn â meddyg y "
            "teulu nac â’r gwasanaethau plant.",
        ),
    ],
    improving=("3. Improving systems and practice", "3. Gwella systemau ac ymarfer"),
    lead_in=(
        "In order to promote the learning from this case the review identified the following actions for "
        "the Board and its member agencies:",
        "Er mwyn hyrwyddo’r dysgu o’r achos hwn, nododd yr adolygiad y camau canlynol ar gyfer y Bwrdd a’i "
        "asiantaethau sy’n aelodau:",
    ),
    recommendations=[
        (
            "The Board should make sure that every agency asks about and records the adults who live in or "
            "often visit the home of a young child.",
            "Dylai’r Bwrdd sicrhau bod pob asiantaeth yn holi am yr oedolion sy’n byw yng nghartref plentyn "
            "ifanc neu’n ymweld ag ef yn aml, ac yn cofnodi hynny.",
        ),
        (
            "The health board should remind its staff of the protocol on bruising in babies who are "
            "not yet mobile and check that it is followed.",
            "Dylai’r bwrdd iechyd atgoffa ei staff o’r protocol ar gleisio mewn babanod nad ydynt "
            "eto’n symud a gwirio ei fod yn cael ei ddilyn.",
        ),
        (
            "The local authority should review how the housing service shares concerns about children with "
            "children’s services.",
            "Dylai’r awdurdod lleol adolygu sut mae’r gwasanaeth tai yn rhannu pryderon am blant â’r "
            "gwasanaethau plant.",
        ),
        (
            "The Board should seek assurance within twelve months that the learning from this review has "
            "been shared with front line practitioners.",
            "Dylai’r Bwrdd geisio sicrwydd o fewn deuddeg mis fod y dysgu o’r adolygiad hwn wedi ei rannu "
            "ag ymarferwyr rheng flaen.",
        ),
    ],
    statement=[
        (
            "The Board has accepted the findings of this review and will monitor the work that follows "
            "from it.",
            "Mae’r Bwrdd wedi derbyn canfyddiadau’r adolygiad hwn a bydd yn monitro’r gwaith sy’n deillio "
            "ohono.",
        ),
    ],
    closing=[
        ("Date of publication: 21 June 2023", "Dyddiad cyhoeddi: 21 Mehefin 2023"),
    ],
)

if __name__ == "__main__":
    build(DOC)
    save_gold(HERE, DOC.stem, gold(DOC))
    print("wrote", f"{DOC.stem}.json")
