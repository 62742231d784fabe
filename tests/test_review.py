import pytest
from conftest import analysed, gold

from dhrparse.pipeline import extract


@pytest.mark.parametrize("key", ["000", "001", "002"])
def test_review_metadata_matches_gold(key):
    want = gold(key)["review"]
    got = analysed(key).document.review
    assert got.review_id == want["review_id"]
    assert got.review_type == want["review_type"]
    assert got.doc_kind == want["doc_kind"]
    assert got.author == want["author"]
    assert got.area == want["area"]
    want_death = want["date_of_death"]
    assert (got.date_of_death.start if got.date_of_death else None) == want_death
    assert [(v.pseudonym, v.age) for v in got.victims] == [
        (v["pseudonym"], v["age"]) for v in want["victims"]
    ]


# -- title-page forms (tests/title_pages/ holds the full set with its hit rates) ------------


def _review(text: str):
    return extract(text, name="cover.txt").review


def _death(text: str):
    d = _review(text).date_of_death
    return d.start if d else None


def test_date_of_death_is_not_the_report_or_publication_date():
    assert (
        _death(
            "Domestic Homicide Review\nOverview report into the death of Nadia\n"
            "Date of report: 14 January 2020\nPublished March 2020\n\n"
            "Nadia died on 2 April 2018 at her home.\n"
        )
        == "2018-04-02"
    )


def test_date_of_death_is_not_the_notification_or_conviction_date():
    text = (
        "1.1 The partnership was notified of the death of Kerry on 3 June 2019 by the police.\n"
        "1.2 Her partner was convicted of murder on 12 December 2019.\n"
        "1.3 Kerry died on 29 May 2019 from her injuries.\n"
    )
    assert _death(text) == "2019-05-29"


def test_date_of_death_from_a_label_a_title_run_over_lines_or_a_sentence_that_opens_with_it():
    assert (
        _death(
            "DOMESTIC HOMICIDE REVIEW\nDate the Home Office was notified: 19th June 2017\n"
            "Date of homicide: 3rd June 2017\n"
        )
        == "2017-06-03"
    )
    assert (
        _death("Report into the death of\nMs S\non\n16 September 2016\n\nAuthor: A Person\n") == "2016-09-16"
    )
    assert _death("Summary\nOn 31/03/2021 Louise was found dead at her flat.\n") == "2021-03-31"


def test_author_is_never_an_unlabelled_panel_member():
    text = (
        "Domestic Homicide Review\nKenleigh Community Safety Partnership\n\nReview Panel\n"
        "Name\tAgency\tRole\nRosa Bright\tKenleigh Council\tCommunity Safety Lead\n"
        "Tom Wade\tEastshire Police\tDetective Sergeant\n"
    )
    assert _review(text).author is None


def test_author_is_the_named_writer_not_the_chair_or_an_imr_author():
    text = (
        "Domestic Homicide Review\nIndependent Chair: Paul Roper\nOverview Report Writer: Anne Castell\n\n"
        "Panel\nSusan Hale, IMR author, Police\n"
    )
    assert _review(text).author == "Anne Castell"


def test_author_with_qualifications_and_date_run_on_or_the_role_on_the_next_line():
    assert _review("Jane Fairleigh MA, Independent Chair and Author, March 2021\n").author == "Jane Fairleigh"
    assert _review("LEAD REVIEWER\nMICHAEL OYELARAN\nPUBLISHED SEPTEMBER 2022\n").author == "Michael Oyelaran"
    assert (
        _review("Anne-Marie O'Donnell QPM\nIndependent Chair and Overview Report Author\n").author
        == "Anne-Marie O'Donnell"
    )


def test_area_from_the_preface_prose_when_the_cover_names_none():
    text = (
        'Domestic Homicide Review: "Lily"\n\nForeword\nThis review was commissioned by Marlstone '
        "Community Safety Partnership following the death of Lily in May 2019.\n"
    )
    review = _review(text)
    assert (review.area, review.date_of_death.start) == ("Marlstone", "2019-05")


def test_area_is_the_commissioning_body_not_an_agency_or_a_neighbouring_board():
    text = (
        "Redmarsh and Calder Community Safety Partnership\nDomestic Homicide Review\n\n"
        "Agencies taking part: Eastshire County Council, Westvale Safeguarding Adults Board.\n"
    )
    assert _review(text).area == "Redmarsh and Calder"
    assert (
        _review("Oakhampstead Local Safeguarding Children Board\nSerious Case Review\nChild L\n").area
        == "Oakhampstead"
    )


def test_joint_review_and_a_review_typed_only_by_its_statute():
    assert (
        _review("Domestic Homicide Review and Safeguarding Adults Review\nconcerning Margaret\n").review_type
        == "joint"
    )
    assert _review("Joint DHR/SAR\n'Edith'\n").review_type == "joint"
    assert _review("A review under section 44 of the Care Act 2014\n'Graham'\n").review_type == "SAR"
    assert (
        _review(
            "A review held under section 9 of the Domestic Violence, Crime and Victims Act 2004\n"
            "Into the death of Carla\n"
        ).review_type
        == "DHR"
    )
    review = _review("Local Child Safeguarding Practice Review\nChild J\n")
    assert (review.review_type, review.review_type_printed) == ("SCR", "CSPR")


def test_welsh_practice_reviews_are_typed_as_their_english_counterparts():
    review = _review("Caerwen Regional Safeguarding Board\nConcise Adult Practice Review\nAdult P\n")
    assert (review.review_type, review.review_type_printed) == ("SAR", "APR")
    review = _review("Extended Child Practice Review\nCPR Ref: CWS 2/2020\nChild M\n")
    assert (review.review_type, review.review_type_printed) == ("SCR", "CPR")
    # the English child review's name holds the Welsh one's words: it stays a CSPR
    assert _review("Child Safeguarding Practice Review\nChild D\n").review_type_printed == "CSPR"


def test_an_irish_national_review_panel_report_is_typed_as_the_scr():
    review = _review("National Review Panel\nReview of the death of a young person in care\nYoung Person E\n")
    assert (review.review_type, review.review_type_printed) == ("SCR", "NRP")
    # its code alone names the kind where the words never do
    assert _review("Report of a review\nRef: NRP/2022/03\nChild T\n").review_id == "NRP/2022/03"


def test_northern_irish_and_scottish_child_reviews_are_typed_as_the_scr():
    review = _review("Kilbrannock Safeguarding Panel\nCase Management Review\nCMR 11/22\nChild R\n")
    assert (review.review_type, review.review_type_printed, review.review_id) == ("SCR", "CMR", "CMR 11/22")
    # the id alone names the kind where the words never do
    assert _review("Executive Summary\nRef: CMR 4/19\nBaby L\n").review_type == "SCR"
    assert _review("Significant Case Review\nYoung Person Q\n").review_type == "SCR"
    assert _review("Child Protection Learning Review\nChild F\n").review_type == "SCR"


def test_review_ids_as_printed_and_not_years_or_durations():
    assert _review("Domestic Homicide Review\nDHR No. 7\n").review_id == "DHR No. 7"
    assert _review("Safeguarding Adults Review SAR-AB-12\n").review_id == "SAR-AB-12"
    assert _review("The DHR 2019 guidance applies.\nThe DHR 12 months later.\n").review_id is None
    # a joint review's own code before its two kinds
    assert _review("Joint Review\nRef: see footer\n\nKelby Joint Review KJ-DHR/SAR 02/2021\n").review_id == (
        "KJ-DHR/SAR 02/2021"
    )


def test_date_of_death_in_a_title_that_also_names_the_review_and_a_year_alone():
    assert _death("Domestic Homicide Review into the death of Anna in May 2019\n") == "2019-05"
    assert (
        _death("Domestic Homicide Review into the homicide of Mrs X in 2016\n\nShe had three children.\n")
        == "2016"
    )
    assert (
        _death("Report into the death of Adult A in 2017\n\n1.1 Adult A died on 4 May 2017 at home.\n")
        == "2017-05-04"
    )
    assert _death("The deaths of women in 2016 across the county rose.\n") is None


def test_the_decision_to_hold_the_review_does_not_date_the_death():
    decided = "The Safer Kelby Partnership decided in March 2024 that her death met the criteria.\n"
    assert _death("Domestic Homicide Review\nAnna\n\n1.1 " + decided) is None
    assert _death("Domestic Homicide Review\nAnna\n\n1.1 Anna died on 3 February 2024. " + decided) == (
        "2024-02-03"
    )


# -- forms met in the blind title pages (tests/title_pages_blind/) and their false friends ----


def test_review_ids_with_an_area_code_under_a_label_or_after_the_spelled_out_title():
    assert _review("Safer Lowdale Partnership\nDHR REF: LDP/DHR/2019/02\n").review_id == "LDP/DHR/2019/02"
    assert _review("Safer Lowdale Partnership\nReview reference: LDP DHR 5\n").review_id == "LDP DHR 5"
    assert _review("Lowdale Regional Safeguarding Board\nCPR Ref: LRSB 03/2021\n").review_id == "LRSB 03/2021"
    assert _review("Domestic Homicide Review 004 Executive Summary\nSafer Lowdale\n").review_id == "004"
    assert _review("Domestic Homicide Review Case 9 – Executive Summary\n").review_id == "Case 9"


def test_capitalised_words_years_and_durations_are_not_ids():
    assert _review("FINAL DHR 7\nSafer Lowdale Partnership\n").review_id == "DHR 7"
    assert _review("THE DHR 12 REPORT\nSafer Lowdale Partnership\n").review_id == "DHR 12"
    assert _review("Domestic Homicide Review 2019\nSafer Lowdale Partnership\n").review_id is None
    assert _review("Domestic Homicide Review 12 months on\nSafer Lowdale\n").review_id is None


def test_author_named_beside_a_consultancy_by_report_by_or_as_the_object_of_appointed():
    cover = "Lowdale Borough Council\nDomestic Homicide Review Report:\nAdult C\nJo Rendell Director: Rendell Associates Ltd\n"
    assert _review(cover).author == "Jo Rendell"
    # two authors named together are both the author
    assert (
        _review("Report by Ann Pyle and Tom Shaw, independent reviewers\n").author == "Ann Pyle and Tom Shaw"
    )
    text = "1.2 The Board appointed Ann Pyle, an independent social work consultant, as the\nreviewer.\n"
    assert _review(text).author == "Ann Pyle"


def test_a_firm_or_charity_alone_on_the_cover_and_an_organisation_appointed_are_not_authors():
    assert _review("Domestic Homicide Review\nSafer Lowdale Partnership\nSafe Lives CIC\n").author is None
    assert (
        _review("Domestic Homicide Review\nSafer Lowdale Partnership\nJones Consulting Ltd\n").author is None
    )
    text = "1.1 Safer Lowdale commissioned Standing Together Against Domestic Abuse to chair the review.\n"
    assert _review(text).author is None


def test_death_in_a_sentence_wrapped_over_lines_or_later_the_same_day():
    assert (
        _death(
            "1.1 Safer Lowdale commissioned this review after Tom, a 38-year-old man, was killed by his\n"
            "partner on 2 February 2021.\n"
        )
        == "2021-02-02"
    )
    assert (
        _death(
            "1.1 At 01:40hrs on the 13/03/2013 Rose telephoned the ambulance service and said that her\n"
            "partner had stabbed her. Police arrived within minutes. Rose died in hospital\n"
            "later that morning.\n"
        )
        == "2013-03-13"
    )
    assert (
        _death(
            "He was found collapsed on 14 January 2022 and died in\nhospital five days later, on 19 January 2022.\n"
        )
        == "2022-01-19"
    )


@pytest.mark.parametrize("died", ["17 November 2023", "17/11/2023", "17th November 2023"])
def test_a_sentence_ending_in_a_date_ends_before_the_next_one_names_the_death(died):
    # "... and she died on <date>. The cause of her death ...": the second sentence's death word
    # must not reach back over the date's full stop to the admission date opening the first
    text = (
        "1.1 Gwen was 81 and lived alone.\n"
        f"Paramedics took her to hospital on 9 November 2023 and she died on the ward on {died}. "
        "The cause of her death was recorded as pneumonia.\n"
    )
    assert _death(text) == "2023-11-17"


def test_the_review_period_is_never_the_date_of_death():
    text = (
        "Ashcombe Community Safety Partnership\nDomestic Homicide Review into the death of Marisol\n\n"
        "2.1 The review covers the period from March 2017 to Marisol's death.\n"
        "2.2 The panel set the timeframe as January 2016 until the homicide.\n"
    )
    assert _death(text) is None
    # a sentence saying what the review examines still dates the death it names
    assert (
        _death(
            "1.1 This review examines the contact agencies had with Dilys, aged 41,\n"
            "before Dilys's death at her home on 8th March 2021.\n"
        )
        == "2021-03-08"
    )


def test_death_the_following_day_takes_the_day_after_the_incident():
    text = (
        "Date\tAgency\tEvent\n04/05/2020\tPolice\tOrla was found injured at home.\n\n"
        "5.2 Orla died in hospital the following day.\n"
    )
    assert _death(text) == "2020-05-05"


def test_victim_pseudonym_is_a_name_and_stops_at_the_verb():
    text = (
        "Report to the Board\n1.1 To update the Board on the action plan agreed when the\n"
        "overview report into the death of Bartholomew was approved for\npublication.\n"
    )
    assert [v.pseudonym for v in _review(text).victims] == ["Bartholomew"]
    assert [v.pseudonym for v in _review("Review into the death of Adult 4\n").victims] == ["Adult 4"]
    assert [
        (v.pseudonym, v.age)
        for v in _review(
            "1.1 The review into the death of Nerys, a 38 year old\nwoman, was commissioned.\n"
        ).victims
    ] == [("Nerys", 38)]


def test_a_death_dated_only_in_the_chronology_fills_the_review():
    text = (
        "Wexby Community Safety Partnership\nDHR Ffion\n\n6. Summary of agency contact\n\n2022\n\n"
        "In March 2022 Ffion asked her GP for help with her sleep.\n\n"
        "On 4 May the police were called by a neighbour to a disturbance.\n\n"
        "On 9 June Ffion was found dead at home. Her partner was arrested.\n"
    )
    got = extract(text, name="cover.txt")
    assert got.review.date_of_death is not None and got.review.date_of_death.start == "2022-06-09"


def test_death_sentence_split_by_the_export_anywhere_in_its_lines():
    text = (
        "1.2 In the early hours of Sunday 3 May 2019 the ambulance service was\n"
        "called to the flat in Corrow Street where Pim Alder was found\n"
        "dead by his partner.\n"
    )
    assert _death(text) == "2019-05-03"
    text = (
        "1.1 The review concerns Wenna, who lived with her partner in a flat above a\n"
        "shop in the town centre and who, after a long history of abuse, died in\n"
        "hospital from her injuries some days later, in\nFebruary 2022.\n"
    )
    assert _death(text) == "2022-02"


def test_death_told_only_in_prose_and_the_more_exact_date_of_the_same_death():
    text = (
        "Report of the Coordinator\n1.2 Idris was a 51 year old man who was killed by his brother at\n"
        "their home in October 2020. The report was considered in March 2022.\n"
    )
    assert _death(text) == "2020-10"
    text = (
        "Domestic Homicide Review\nThe death of Saoirse, October 2020\n\nPreface\n"
        "The panel offers its sympathy to the family of Saoirse, who was killed on 14 October 2020.\n"
    )
    assert _death(text) == "2020-10-14"


def test_the_deceased_as_a_name_in_the_chronology_does_not_date_the_death():
    text = (
        "Wexby Community Safety Partnership\nDHR Ffion\n\n6. Summary of agency contact\n\n2022\n\n"
        "On 4 May the deceased attended her GP with a cough.\n\n"
        "On 9 June police were called by a neighbour to a disturbance.\n"
    )
    assert extract(text, name="cover.txt").review.date_of_death is None


def test_area_from_a_safer_communities_board_on_the_cover():
    # community safety partnerships also call themselves a "Safer Communities Board"
    text = "Wrenhallow Safer Communities Board\nDomestic Homicide Review: Overview Report\nInto the death of Tamsin\n"
    assert _review(text).area == "Wrenhallow"


# -- forms met in blind batch d (tests/title_pages/tp49-tp59 hold them as full openings) ----------


def test_author_in_a_run_on_line_ends_before_the_role_or_heading_that_follows():
    line = "Report produced by Ivo Tremayne Head of Community Safety, Lowdale Borough Council Chair of the Panel\n"
    assert _review(line).author == "Ivo Tremayne"
    pdf = "3 Safeguarding Adults Review 'Mr P' May 2020 Lead Reviewer Ivo Tremayne Foreword The Board is grateful\n"
    assert _review(pdf).author == "Ivo Tremayne"
    # a surname is not cut when nothing runs on after it
    assert _review("Independent Reviewer: Ivo Tremayne-Head\n").author == "Ivo Tremayne-Head"


def test_author_wrapped_after_an_honorific_is_read_from_the_next_line():
    text = (
        "1.1 The overview report has been written by Mrs Ada\n"
        "Quennell MBE BA, provided by Lowdale Reviews Ltd, who is independent of the Partnership.\n"
    )
    assert _review(text).author == "Ada Quennell"


def test_labels_with_the_name_below_take_the_author_not_the_board_or_panel_chair():
    cover = (
        "Serious Case Review\nLowdale Safeguarding Children Board Chair:\nRhoda Pim\n"
        "Review Panel Chair:\nOmar Vance\nAuthor:\nEdith Strang MA. RN. HV.\n"
    )
    assert _review(cover).author == "Edith Strang"
    # with no author labelled, the review panel's chair, never the board's
    assert (
        _review("Serious Case Review\nLowdale Safeguarding Children Board Chair:\nRhoda Pim\n").author is None
    )


def test_conducted_by_and_two_reviewers_but_not_an_agency_report_or_a_body():
    text = "This review was conducted by Professor Ivo Tremayne, an independent consultant, on behalf of the Board.\n"
    assert _review(text).author == "Ivo Tremayne"
    two = (
        "Lowdale Safeguarding Board\nReport authored by independent reviewers Ada Quennell and Ivo Tremayne\n"
    )
    assert _review(two).author == "Ada Quennell and Ivo Tremayne"
    assert _review("The IMR was conducted by Ada Quennell, a senior manager.\n").author is None
    assert _review("This review was undertaken by the Safer Lowdale Partnership.\n").author is None


def test_area_from_safe_partnership_a_wrapped_contents_line_and_the_body_worked_for():
    assert _review("Safe Lowdale Partnership\nDomestic Homicide Review\n").area == "Lowdale"
    assert _review("Safe accommodation was found for her.\nDomestic Homicide Review\n").area is None
    contents = "Serious Case Review\nContents\n5. Learning for Lowdale\nSafeguarding Children Board   31\n"
    assert _review(contents).area == "Lowdale"
    behalf = (
        "1. This review was carried out by the\nSafer Lowdale Partnership (SLP) on behalf of West Lowdale "
        "Community Safety\nPartnership. It examines the death of Ana.\n"
    )
    assert _review(behalf).area == "West Lowdale"
    # a place running over a title's lines is not one place
    assert _review("Domestic Homicide Review\nMr T\nLowdale Community Safety Partnership\n").area == "Lowdale"


def test_death_told_after_the_incident_at_the_scene_or_after_a_notification_date():
    scene = (
        "1.1 On the evening of 4th June 2018 police were called to a house after a neighbour heard a\n"
        "scream. Officers found Ana with head injuries. Paramedics attended but\nshe was pronounced dead at the scene.\n"
    )
    assert _death(scene) == "2018-06-04"
    later = "On 2nd May 2017, an ambulance was called to the flat. He was declared dead later that day.\n"
    assert _death(later) == "2017-05-02"
    notified = "The Partnership was informed on 14 June 2021 of the death of Mr Q, who died on 9 June 2021.\n"
    assert _death(notified) == "2021-06-09"
    # a notification still waiting for its date keeps it: the date is not the death's
    assert _death("The Partnership was informed of the death of Mr Q on 14 June 2021.\n") is None


def test_a_bare_board_reference_alone_on_the_cover_but_not_a_date_or_page():
    assert (
        _review("Lowdale Safeguarding Children Partnership\nChild R\nLSCP2021-22-03\n").review_id
        == "LSCP2021-22-03"
    )
    assert (
        _review("Lowdale Safeguarding Board\nExtended Child Practice Review\nLSB 2/2021\n").review_id
        == "LSB 2/2021"
    )
    assert _review("Lowdale Safeguarding Board\nCYSUR 4 2019\n").review_id == "CYSUR 4 2019"
    assert _review("Lowdale Safeguarding Board\nPAGE 2/30\n").review_id is None
    assert _review("Lowdale Safeguarding Board\nJUNE 12/06/2019\n").review_id is None
    assert _review("Lowdale Safeguarding Board\nReview of 2019\n2021\n").review_id is None


@pytest.mark.parametrize(
    "sentence",
    [
        "1.3 The review was written by Nell Hathersage, Independent Chair and Author.",
        "This report was prepared by\nNell Hathersage, an independent consultant, with the panel's help.",
        "This report was authored by Nell Hathersage in consultation with the panel.",
        "The report was written by the independent reviewer, Nell Hathersage, after meeting the family.",
        "The overview report was written by Nell Hathersage. She is independent of every agency.",
        "This review was written by\nNell Hathersage.",
        "Ruth died in May 2021. The review was\nwritten by Nell Hathersage. The Board thanks the family.",
    ],
)
def test_author_named_in_the_introductions_prose_past_false_friends(sentence):
    text = (
        "Domestic Homicide Review\nCopperdale Community Safety Partnership\n\n1. Introduction\n"
        "The IMR was written by Senior Nurse Ivo Brandt of Copperdale Trust. The housing IMR was\n"
        "written by Ada Quarrie, a tenancy manager.\n"
        "The chronology was prepared by each agency and merged by the panel.\n"
        "Panel members\nRuth Ambler, Copperdale Council\nOwen Tasker, Copperdale Police\n"
        f"{sentence}\n"
    )
    assert _review(text).author == "Nell Hathersage"


def _plan_docx(tmp_path, cover_label: str | None):
    """A Word report whose action plan gives a role, not a person, as the lead of a row."""
    import docx

    d = docx.Document()
    cover = ["Domestic Homicide Review", "Overview Report into the death of Wren", "Ashdown Vale CSP"]
    for line in cover + ([cover_label] if cover_label else []) + ["June 2023"]:
        d.add_paragraph(line)
    d.add_paragraph("1. Introduction")
    for k in range(1, 9):
        d.add_paragraph(f"1.{k} Wren was killed by her partner on 5 May 2021; the panel met {k} times.")
    d.add_paragraph("Action Plan")
    rows = [
        ["Recommendation", "Action", "Lead", "Target Date", "Status"],
        [
            "1. Audit review quality",
            "Audit six reviews",
            "Quality Assurance Subgroup Chair",
            "March 2024",
            "Ongoing",
        ],
        [
            "2. Train call handlers",
            "Deliver training",
            "Public Protection Unit Chair",
            "June 2024",
            "Complete",
        ],
    ]
    table = d.add_table(rows=len(rows), cols=5)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    path = tmp_path / "plan.docx"
    d.save(path)
    return path


@pytest.mark.parametrize(
    "cover_label, want",
    [("Independent Chair and Author: Theodora Blakemore", "Theodora Blakemore"), (None, None)],
)
def test_author_is_the_covers_person_never_a_role_in_a_plan_tables_lead_cell(tmp_path, cover_label, want):
    assert extract(_plan_docx(tmp_path, cover_label)).review.author == want
