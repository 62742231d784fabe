"""Plans that plain pdftotext (no -layout) printed as column blocks whose cells are short: a
lead column headed just "Responsible", and action cells written as headlines without a full
stop, one under the other, whose later rows print in bands (the rows' refs, their
recommendations' titles, then their actions). Fictional bodies, our own wording."""

from __future__ import annotations

from dhrparse.pipeline import extract

# a single-agency plan: Ref / Learning / Action / Responsible / Deadline, the learning cell
# merged over two actions, printed a column block at a time
RESPONSIBLE = """Harwick Health Board - Safeguarding
Single agency action plan

Ref
HB 1

HB 2

Learning identified
Practice nurses did not ask
about the partner who came
to every appointment.

Action
Send a short briefing to all
practice nurses on seeing a
patient alone.

Responsible
Lead Nurse for
Safeguarding

Deadline
31/03/2025

Add a prompt to the
appointment template to
record who attended.

Clinical Systems
Manager

30/06/2025

"""


def test_a_column_headed_responsible_is_the_lead_and_its_actions_are_read():
    doc = extract(RESPONSIBLE, name="plan.txt")
    assert [a.action.split()[:2] for a in doc.actions] == [["Send", "a"], ["Add", "a"]]


# an older plan whose cells are headlines: No. / Recommendation / Action / Lead / Timescale
HEADLINES = """Oxley Community Safety Partnership
ACTION PLAN
No.
1

Recommendation
Refuge referral pathway

2(a)
2(b)

Repeat callers
Call handling

Action
Pathway agreed with the refuge
and circulated
Call history check added
Quarterly dip sample of
repeat callers

3
4

Housing transfers
Closing letters

Move-on panel set up
Letter template revised

Lead officer
Refuge Manager
Control Room Inspector
Control Room Inspector
Housing Options Manager
Business Manager

Timescale
May 2024
June 2024
July 2024
Sept 2024
Oct 2024

"""


def test_headline_actions_under_the_action_name_are_one_a_line_unless_wrapped():
    doc = extract(HEADLINES, name="plan.txt")
    got = [a.action for a in doc.actions]
    assert got[:3] == [
        "Pathway agreed with the refuge and circulated",
        "Call history check added",
        "Quarterly dip sample of repeat callers",
    ]


def test_a_later_band_of_rows_gives_its_actions_after_its_refs_and_titles():
    doc = extract(HEADLINES, name="plan.txt")
    assert [a.action for a in doc.actions][3:] == ["Move-on panel set up", "Letter template revised"]


def test_sentences_under_the_action_name_are_not_cut_at_each_line():
    # full sentences: a sentence's end parts the cells, not a capital at a line's start
    text = HEADLINES.replace(
        "Pathway agreed with the refuge\nand circulated\nCall history check added\n"
        "Quarterly dip sample of\nrepeat callers\n",
        "Agree a pathway with the refuge\nand Oxley Homes.\nAdd a call history check\nto the Control Room script.\n",
    )
    doc = extract(text, name="plan.txt")
    assert [a.action for a in doc.actions][:2] == [
        "Agree a pathway with the refuge and Oxley Homes.",
        "Add a call history check to the Control Room script.",
    ]


# the Home Office template printed a row's cells at a time: the recommendation, the scope, then
# an action of three words in a block of its own
SHORT_ACTION = """Appendix B - Action plan
Recommendation
Recommendation One: carers'
needs at discharge

Scope of
recommendation

Local

Action to take

Lead Agency

Update discharge checklist

Recommendation Two: sharing
risk with GPs

Local

Send a risk summary to the
GP at every discharge

Brantley Hospital
Trust
Brantley Hospital
Trust

Target Date
31/05/2025
30/09/2025

"""


def test_a_three_word_action_opened_by_an_imperative_in_a_block_of_its_own_is_read():
    doc = extract(SHORT_ACTION, name="plan.txt")
    assert [a.action for a in doc.actions] == [
        "Update discharge checklist",
        "Send a risk summary to the GP at every discharge",
    ]


# a board plan with no recommendation column (No. / Action / Owner / Deadline): a row's number
# alone on a line straight above the action column's name, the next band's number and action
# printed after the first band's actions
NUMBER_ABOVE_NAME = """Kestrel Vale Safeguarding Adults Board
SAR 'Doris' - final report

The Board accepted the review's findings and agreed the plan below.

Page

1
\fKestrel Vale Safeguarding Adults Board - SAR 'Doris'

Appendix: Board action plan
No.
1
2

3

Action
Write a self-neglect escalation protocol
Audit twelve recent enquiries for
capacity recording
Add a refusal prompt to the home care app

4

Letter to the Department about guidance

Owner
Board Manager
Principal Social Worker
Home Care Lead
Board Chair

Deadline
30/06/2025
31/03/2025
31/05/2025
28/02/2025

Page

2
\fKestrel Vale Safeguarding Adults Board

The Board will review the plan in a year.

Page

3
"""


def test_a_row_number_above_the_action_name_is_no_list_number_and_the_next_band_is_read():
    doc = extract(NUMBER_ABOVE_NAME, name="plan.txt")
    assert [a.action for a in doc.actions] == [
        "Write a self-neglect escalation protocol",
        "Audit twelve recent enquiries for capacity recording",
        "Add a refusal prompt to the home care app",
        "Letter to the Department about guidance",
    ]


# a force plan printed cell by cell in scattered blocks: the later rows' action cells in one
# run, written without full stops, some wrapping onto a line that opens with a capital
UNSTOPPED = """Harbridge Police
Single Agency Action Plan

Ref

Action

Owner

Timescale

Progress

1

IMR 1

Update the call script so that
repeat callers are flagged.
Audit twenty calls a month for
the repeat caller flag.

Chief Inspector,
Response

Jun-25

Script change agreed
with the supplier.

2

IMR 2

Head of
Contact
Centre

First audit of twenty
calls done in May.

Deliver refresher training for call
handlers on repeat callers
Supervisors to review every
closed call where the caller rang
again within a week
Introduce a weekly case review in the
Public Protection Unit
Report repeat caller figures to the
Force Domestic Abuse Board

Head of Training

"""


def test_action_cells_without_full_stops_part_where_an_action_opens_a_line():
    doc = extract(UNSTOPPED, name="plan.txt")
    assert [a.action for a in doc.actions][2:] == [
        "Deliver refresher training for call handlers on repeat callers",
        "Supervisors to review every closed call where the caller rang again within a week",
        "Introduce a weekly case review in the Public Protection Unit",
        "Report repeat caller figures to the Force Domestic Abuse Board",
    ]


# one action wrapped over two lines under the action column's name, its second line opening
# with a capital: one cell, not a list of headlines
ONE_WRAPPED = """Oxley Safer Together Partnership
DHR recommendations tracker

Recommendation
Oxley Police to make sure that the
risk assessment is repeated after
every new incident.

Action
Issue a practice note on repeat
DASH completion

Lead
Oxley Police

Due
Mar-24

RAG
Blue

Update
Practice note issued in February;
compliance checked in a dip sample.

"""


def test_one_action_wrapped_under_the_action_name_is_one_cell():
    doc = extract(ONE_WRAPPED, name="plan.txt")
    assert [a.action for a in doc.actions] == ["Issue a practice note on repeat DASH completion"]


def test_a_sentence_among_actions_written_without_full_stops_is_another_columns_cell():
    # the commentary column's cells end with full stops; "Pilot running ..." opens like an action
    text = NUMBER_ABOVE_NAME.replace(
        "28/02/2025\n",
        "28/02/2025\n\nCommentary\nDraft out for comment.\nAudit done; report due in May.\n\n"
        "Pilot running in two wards.\n\nNot yet started.\n",
    )
    doc = extract(text, name="plan.txt")
    assert [a.action for a in doc.actions] == [
        "Write a self-neglect escalation protocol",
        "Audit twelve recent enquiries for capacity recording",
        "Add a refusal prompt to the home care app",
        "Letter to the Department about guidance",
    ]


def test_refs_mixing_numbers_and_lettered_codes_name_the_actions_in_order():
    # the ref column lists numbered actions and an agency's own lettered codes ("IMR1.1")
    text = (
        UNSTOPPED.replace("Ref\n\n", "Ref\n\n1.1\n\n1.2\n\n2.1\n\n2.2\n\nIMR1.1\n\nIMR2.1\n\n")
        .replace("IMR 1\n\n", "")
        .replace("IMR 2\n\n", "")
    )
    doc = extract(text, name="plan.txt")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1", "2.2", "IMR1.1", "IMR2.1"]
