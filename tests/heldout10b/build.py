"""Build the heldout10b blind documents as Word files (python-docx): standalone action plans and
chronologies as Word tables, the kind a plain `pdftotext` export prints column by column.

Run once:  python tests/heldout10b/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (
    add_row,
    docx_saver,
    full_row,
    heading,
    make_table,
    merge_down,
    new_doc,
    para,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


# ===================================================== 1. Home Office template, landscape
def doc_fenwold():
    stem = "dhr_plan_home_office_template_merged_recs_fenwold"
    doc = new_doc(
        landscape=True, header="Fenwold DHR 'Maya' – Action Plan – OFFICIAL", font="Calibri", size=10
    )
    para(doc, "Fenwold Community Safety Partnership", bold=True, size=14, align="center")
    para(
        doc,
        "Domestic Homicide Review into the death of 'Maya' (FCSP DHR 2022-03)",
        bold=True,
        size=12,
        align="center",
    )
    para(doc, "Action Plan", bold=True, size=12, align="center")
    para(
        doc,
        "This plan was agreed by the review panel on 7 November 2022 and is monitored by the Fenwold "
        "Domestic Abuse Strategic Board. Updates are as at February 2024.",
        size=9,
    )
    H = [
        "Recommendation",
        "Scope of recommendation i.e. local or regional",
        "Action to take",
        "Lead Agency",
        "Key milestones achieved in enacting recommendation",
        "Target Date",
        "Date of completion and Outcome",
    ]
    W = [5.0, 2.0, 4.6, 2.6, 4.4, 2.2, 4.0]
    t = make_table(doc, H, W, header_fill="BFBFBF", size=8.5)
    recs = [
        (
            "1. Fenwold Community Safety Partnership should make sure that every agency on the panel has "
            "a written procedure for recognising and responding to economic abuse, including control of a "
            "victim's wages and bank accounts.",
            "Local",
            [
                (
                    "Audit partner agencies' domestic abuse policies for content on economic abuse",
                    "Fenwold CSP",
                    "Audit template circulated to 11 agencies; 9 returns received",
                    "31/03/23",
                    "Completed 20/04/2023. Audit report to Strategic Board May 2023; two agencies asked to revise policies.",
                ),
                (
                    "Publish a short practice guide on economic abuse for frontline staff, written with the local specialist service",
                    "Fenwold CSP / Harbourside Domestic Abuse Service",
                    "Draft guide shared with panel in September 2023",
                    "Mar-24",
                    "",
                ),
            ],
        ),
        (
            "2. Fenwold Constabulary should ensure that where a victim withdraws support for a prosecution, a "
            "supervisor reviews whether an evidence-led prosecution is possible before the case is closed.",
            "Regional",
            [
                (
                    "Amend the domestic abuse investigation closure checklist to require supervisory review of evidence-led options",
                    "Fenwold Constabulary",
                    "Checklist amended and loaded on the crime recording system",
                    "By September 2023",
                    "Completed 01/09/2023 – dip sample of 40 closed cases in December 2023 found supervisor review recorded in 37.",
                ),
            ],
        ),
        (
            "3. Fenwold and Saltby NHS Foundation Trust should strengthen routine enquiry about domestic abuse in "
            "the emergency department, particularly for patients who attend repeatedly with injuries.",
            "Local",
            [
                (
                    "Add a mandatory routine enquiry field to the emergency department triage record",
                    "Fenwold and Saltby NHS Foundation Trust",
                    "Digital change request approved June 2023",
                    "Q2 2024/25",
                    "",
                ),
                (
                    "Deliver a 45-minute briefing on routine enquiry to all emergency department nursing staff",
                    "Fenwold and Saltby NHS Foundation Trust – Safeguarding Team",
                    "Six briefings held; 71% of nursing staff attended by January 2024",
                    "31/12/23",
                    "Ongoing – remaining staff to attend March 2024 sessions.",
                ),
                (
                    "Report frequent-attender flags with injury codes to the Trust safeguarding committee each quarter",
                    "Fenwold and Saltby NHS Foundation Trust",
                    "First report due",
                    "Ongoing",
                    "",
                ),
            ],
        ),
        (
            "4. Fenwold Borough Council should review how its housing allocations team records and acts on a "
            "disclosure of domestic abuse made during a housing application.",
            "Local",
            [
                (
                    "Review the housing application process and add a prompt for referral to the MARAC where the risk is high",
                    "Fenwold Borough Council – Housing Options",
                    "Process mapped with the MARAC coordinator.\n\nRevised form agreed by Head of Housing in October 2023.",
                    "Oct-23",
                    "Completed October 2023. Revised form in use from 16/10/2023.",
                ),
            ],
        ),
        (
            "5. The Home Office should consider including examples of economic abuse in the next revision of "
            "the statutory guidance on controlling or coercive behaviour.",
            "National",
            [
                (
                    "Chair of the Partnership to write to the Home Office setting out the learning from this review",
                    "Fenwold CSP – Chair",
                    "Letter drafted",
                    "On publication",
                    "",
                ),
            ],
        ),
        (
            "6. Fenwold Domestic Abuse Strategic Board should assure itself that the learning from this review "
            "has been shared with all partner agencies and with local employers.",
            "Local",
            [
                (
                    "Hold a learning event for practitioners",
                    "Fenwold CSP",
                    "Venue booked; 120 places offered",
                    "31/01/2024",
                    "Completed 25/01/2024. 96 practitioners attended; evaluation positive.",
                ),
                (
                    "Produce a seven-minute briefing for employers through the Fenwold Business Forum",
                    "Fenwold CSP",
                    "",
                    "Summer 2024",
                    "Not started – awaiting publication of the report.",
                ),
            ],
        ),
    ]
    row_i = 1
    for rec, scope, acts in recs:
        first = row_i
        for k, (act, lead, mile, tgt, done) in enumerate(acts):
            add_row(
                t, [rec if k == 0 else "", scope if k == 0 else "", act, lead, mile, tgt, done], W, size=8.5
            )
            row_i += 1
        merge_down(t, 0, first, row_i - 1, size=8.5)
        merge_down(t, 1, first, row_i - 1, size=8.5)
    para(doc, "")
    para(doc, "Plan owner: Fenwold CSP Domestic Abuse Coordinator. Version 4, February 2024.", size=8)
    save(doc, stem)


# ===================================================== 2. CSP tracker with dated progress entries
def doc_dunmere():
    stem = "csp_tracker_dated_progress_rag_letters_dunmere"
    doc = new_doc(landscape=True, footer_label="Safer Dunmere – DHR tracker", font="Arial", size=9.5)
    para(doc, "Safer Dunmere Partnership", bold=True, size=13)
    para(
        doc, "DHR recommendations tracker – Domestic Homicide Review 'Ruth' (SDP/DHR/07)", bold=True, size=11
    )
    para(
        doc,
        "Position at 31 January 2024. RAG: B = complete and evidenced; G = on track; A = some delay; R = not started or at risk.",
        size=8.5,
    )
    H = ["No.", "Recommendation", "Agency", "Action", "Progress update", "Status", "RAG"]
    W = [1.0, 5.6, 2.6, 4.8, 7.4, 2.0, 1.1]
    t = make_table(doc, H, W, size=8.5)
    rows = [
        (
            "1a",
            "Safer Dunmere Partnership to commission refresher training on coercive control for all frontline staff in partner agencies.",
            "Safer Dunmere Partnership",
            "Commission a training provider and agree a two-year programme",
            "14/06/2023: Tender issued.\n02/10/2023: Provider appointed; first cohort booked for November.",
            "Complete",
            "B",
        ),
        (
            "1b",
            "",
            "Safer Dunmere Partnership",
            "Evaluate attendance and learning after the first year",
            "02/10/2023: Evaluation questions agreed with the provider.\n15/01/2024: 212 staff trained so far; evaluation report due July 2024.",
            "Ongoing",
            "G",
        ),
        (
            "2",
            "Dunmere Police to ensure that bail conditions in domestic abuse cases are shared with the victim and with the IDVA service on the day they are set.",
            "Dunmere Police",
            "Issue a force instruction and add a bail-notification task to the custody record",
            "20/07/2023: Force instruction drafted and sent to the Criminal Justice Board for comment.\n09/11/2023: Custody record change delayed by supplier; interim manual process in place, with custody sergeants emailing bail conditions to the IDVA inbox.\n22/01/2024: Dip sample of 30 cases found the victim told on the day in 24 and the IDVA service in 19. Supplier now expects the change in May 2024.",
            "Partially met",
            "A",
        ),
        (
            "3",
            "Dunmere GP Federation to promote the use of domestic abuse codes in patient records so that a history is visible to every clinician.",
            "Dunmere GP Federation",
            "Share a coding guide with all 23 practices and audit use of the codes",
            "05/09/2023: Coding guide shared at the practice managers' forum.\n28/11/2023: Federation clinical lead presented the guide at the protected learning time event; 19 of 23 practices represented.\n17/01/2024: Baseline search of coded records run; audit planned for June 2024.",
            "Ongoing",
            "G",
        ),
        (
            "4",
            "Dunmere Council Adult Social Care to review its carer's assessment form so that it asks about the carer's safety.",
            "Dunmere Council – Adult Social Care",
            "Revise the carer's assessment form",
            "",
            "Not started",
            "R",
        ),
        (
            "5",
            "Safer Dunmere Partnership to ask the local Integrated Care Board to fund an IDVA based at Dunmere General Hospital.",
            "Safer Dunmere Partnership / Dunmere ICB",
            "Prepare a business case for a hospital-based IDVA",
            "11/08/2023: Business case presented to ICB.\n30/11/2023: Funding agreed for two years from April 2024; recruitment under way.",
            "Complete",
            "B",
        ),
        (
            "6",
            "Dunmere Homes to make sure that tenancy officers record and report unexplained damage to properties as a possible indicator of domestic abuse.",
            "Dunmere Homes",
            "Add guidance to the tenancy management procedure and brief officers",
            "18/12/2023: Procedure updated; briefings planned for spring.\n25/01/2024: First briefing postponed because of staff sickness; new date to be set.",
            "",
            "A",
        ),
        (
            "7",
            "Safer Dunmere Partnership to write to the Ministry of Justice about the lack of information given to victims on a perpetrator's release from prison.",
            "Safer Dunmere Partnership",
            "Letter from the Partnership chair to the Ministry of Justice",
            "",
            "",
            "",
        ),
    ]
    for r in rows:
        add_row(t, list(r), W, size=8.5)
    merge_down(t, 1, 1, 2, size=8.5)
    para(doc, "")
    para(
        doc,
        "Tracker maintained by the Partnership's DHR coordinator; next review at the March 2024 board.",
        size=8.5,
    )
    save(doc, stem)


# ===================================================== 3. SAR board plan with full-width recommendation rows
def doc_oakhollow():
    stem = "sar_plan_shaded_recommendation_rows_oakhollow"
    doc = new_doc(footer_label="Oakhollow SAB – SAR 'Peter' action plan", font="Verdana", size=9.5)
    para(doc, "Oakhollow Safeguarding Adults Board", bold=True, size=14)
    para(doc, "Safeguarding Adults Review: 'Peter'", bold=True, size=12)
    para(doc, "Action plan in response to the review's recommendations", size=11)
    para(doc, "Updated for the Board's Performance and Quality Sub-group, 12 March 2025.", size=9)
    H = ["Action", "Lead officer", "By when", "Evidence of impact", "Status"]
    W = [5.4, 2.8, 2.2, 4.6, 2.0]
    t = make_table(doc, H, W, header_fill="1F4E79", size=8.5)
    plan = [
        (
            "Recommendation 1: The Board should seek assurance that self-neglect referrals are considered under the "
            "multi-agency self-neglect procedure and not closed after a single refused visit.",
            [
                (
                    "Circulate a reminder of the self-neglect procedure to all partner agencies with a one-page flowchart",
                    "Board Business Manager",
                    "31.07.2024",
                    "Flowchart circulated in July 2024.\n\nPartners confirmed in writing that it has been cascaded to teams.",
                    "Complete",
                ),
                (
                    "Multi-agency audit of 20 self-neglect referrals closed in the last six months",
                    "Chair, Performance and Quality Sub-group",
                    "Q3 2024/25",
                    "Audit tool agreed; case selection in progress.",
                    "In progress",
                ),
            ],
        ),
        (
            "Recommendation 2: Oakhollow Council Adult Social Care should make sure that mental capacity assessments "
            "are decision-specific and recorded when a person repeatedly declines care.",
            [
                (
                    "Deliver mental capacity training focused on executive function and repeated refusals",
                    "Principal Social Worker",
                    "Sept 2024",
                    "Four sessions held; 88 staff attended. Post-course survey shows improved confidence.",
                    "Complete",
                ),
                (
                    "Add a decision-specific capacity template to the case management system",
                    "Head of Adult Social Care Systems",
                    "31.03.2025",
                    "",
                    "",
                ),
            ],
        ),
        (
            "Recommendation 3: Oakhollow Hospitals NHS Trust should review discharge planning for patients who "
            "have refused support at home, so that the community team is told before discharge.",
            [
                (
                    "Amend the discharge checklist to require notification to the community nursing team",
                    "Deputy Chief Nurse",
                    "Within 6 months",
                    "Checklist amended in October 2024. Spot check of 15 discharges in January 2025: notification made in 14.",
                    "Complete",
                ),
            ],
        ),
        (
            "Recommendation 4: The Board should ask the Fire and Rescue Service and housing providers to share "
            "hoarding concerns through a single referral route.",
            [
                (
                    "Agree a joint hoarding referral form with Oakhollow Fire and Rescue Service and the three largest housing providers",
                    "Board Business Manager",
                    "December 2024",
                    "",
                    "Not started",
                ),
                (
                    "Launch the referral route with a practitioner briefing",
                    "Oakhollow Fire and Rescue Service – Prevention Manager",
                    "March 2025",
                    "",
                    "",
                ),
            ],
        ),
        (
            "Recommendation 5: All Board partners should make sure that practitioners use professionals' meetings "
            "when a person at risk disengages from more than one service.",
            [
                (
                    "Publish practice guidance on convening a professionals' meeting",
                    "Board Learning and Development Lead",
                    "Ongoing",
                    "Guidance published on the Board website in November 2024; to be tested in the next audit cycle.",
                    "Ongoing",
                ),
            ],
        ),
    ]
    for rec, acts in plan:
        full_row(t, rec, fill="D9E2F3", size=8.5)
        for a in acts:
            add_row(t, list(a), W, size=8.5)
    save(doc, stem)


# ===================================================== 4. Single-agency police plan with IMR refs
def doc_brackwater():
    stem = "police_single_agency_imr_plan_unheaded_number_col_brackwater"
    doc = new_doc(
        header="OFFICIAL-SENSITIVE (when complete)",
        footer_label="Brackwater Police – DHR 'Sophie' single agency action plan",
        font="Arial",
        size=10,
    )
    para(doc, "Brackwater Police", bold=True, size=14)
    para(doc, "Single Agency Action Plan", bold=True, size=12)
    para(
        doc,
        "Response to the Domestic Homicide Review into the death of 'Sophie' (Westvale CSP DHR 2023/02)",
        size=10,
    )
    para(doc, "")
    para(
        doc,
        "The force's Individual Management Review made the following recommendations, which the DHR panel accepted:",
        size=10,
    )
    imr = [
        (
            "IMR 1",
            "Brackwater Police should make sure that officers attending domestic incidents check for previous incidents at the address and involving both parties before they leave the scene.",
        ),
        (
            "IMR 2",
            "Brackwater Police should improve the quality of DASH risk assessments where the victim declines to answer questions.",
        ),
        (
            "IMR 3",
            "Brackwater Police should make sure that referrals to the MARAC are made within 24 hours of a high-risk assessment.",
        ),
        (
            "IMR 4",
            "Brackwater Police should review how stalking behaviour reported after separation is identified and recorded.",
        ),
    ]
    for ref, txt in imr:
        para(doc, f"{ref}\t{txt}", size=10)
    para(doc, "")
    H = ["", "Ref", "Action", "Owner", "Timescale", "Progress", "Complete (Y/N)"]
    W = [0.7, 1.3, 4.6, 2.4, 1.9, 4.4, 1.5]
    t = make_table(doc, H, W, header_fill="E7E6E6", size=8.5)
    rows = [
        (
            "1",
            "IMR 1",
            "Update the attending officer briefing on the mobile device so that previous incidents for both parties are shown",
            "Supt, Contact Management",
            "Mar-24",
            "Change live on all devices from 04/03/2024.",
            "Y",
        ),
        (
            "2",
            "IMR 1",
            "Dip sample 50 domestic incidents a quarter to check that previous history was considered",
            "DI, Professional Standards – Audit",
            "Ongoing",
            "First dip sample (Q4 2023/24): history checked in 41 of 50.\n\nSecond sample scheduled.",
            "N",
        ),
        (
            "3",
            "IMR 2",
            "Deliver DASH refresher training for response officers on what to do when the victim declines to answer",
            "Head of Learning and Development",
            "30/09/24",
            "Package written with the local IDVA service. 60% of response officers trained.",
            "N",
        ),
        (
            "4",
            "IMR 2",
            "Supervisors to review every DASH where questions are left blank before the end of the shift",
            "Chief Inspector, Response",
            "31/05/24",
            "Instruction issued 02/05/2024.",
            "Y",
        ),
        (
            "5",
            "IMR 3",
            "Introduce a daily MARAC referral check in the Public Protection Unit",
            "DCI, Public Protection",
            "Q1 2024/25",
            "Not yet started – awaiting new PPU structure.",
            "N",
        ),
        (
            "6",
            "IMR 3",
            "Report MARAC referral times to the Force Domestic Abuse Board",
            "DCI, Public Protection",
            "Quarterly",
            "",
            "",
        ),
        (
            "7",
            "IMR 4",
            "Add stalking screening questions to the domestic abuse crime record",
            "Force Crime Registrar",
            "By December 2024",
            "Design agreed with the crime recording team.",
            "N",
        ),
        (
            "8",
            "IMR 4",
            "Brief all officers on recording stalking after separation, using this case as an anonymised example",
            "Head of Learning and Development",
            "Dec-24",
            "",
            "",
        ),
    ]
    for r in rows:
        add_row(t, list(r), W, size=8.5)
    para(doc, "")
    para(
        doc,
        "Owner of this plan: Detective Superintendent, Head of Public Protection. Reviewed monthly at the Force Domestic Abuse Board.",
        size=9,
    )
    save(doc, stem)


# ===================================================== 5. DHR chronology appendix Date | Time | Agency | Event | Comment
def doc_larchfield():
    stem = "chron_appendix_date_time_agency_comment_larchfield"
    doc = new_doc(
        footer_label="Larchfield DHR 'Anita' – Appendix A – Combined chronology",
        font="Times New Roman",
        size=10.5,
    )
    heading(doc, "Appendix A: Combined chronology of agency contact", 1)
    para(
        doc,
        "The table brings together the chronologies provided by each agency. Times are given where the agency "
        "recorded them. The panel's comments are in the final column.",
        size=10,
    )
    H = ["Date", "Time", "Agency", "Event", "Comment"]
    W = [2.2, 1.3, 2.4, 6.8, 4.0]
    t = make_table(doc, H, W, size=9)
    rows = [
        (
            "12/03/2018",
            "",
            "Larchfield Medical Centre",
            "Anita registers with the practice with her two children. New patient check completed by the practice nurse.",
            "",
        ),
        (
            "02/05/2018",
            "14:20",
            "Larchfield Medical Centre",
            "Anita sees the GP about headaches and poor sleep. She says she is under stress at home because of money worries. Advised on sleep hygiene.",
            "No enquiry about domestic abuse.",
        ),
        (
            "19/08/2018",
            "23:47",
            "Larchfield Police",
            "999 call from a neighbour reporting a woman screaming. Officers attend and speak to Anita and her partner, Karl. Both say they had been arguing about Karl's drinking. Anita has a red mark on her cheek which she says came from a cupboard door. DASH completed: standard risk.",
            "The explanation for the injury was accepted without challenge. Karl's previous record was not checked.",
        ),
        (
            "20/08/2018",
            "09:10",
            "Larchfield Police",
            "Domestic abuse notification sent to children's services because the children were in the house.",
            "",
        ),
        (
            "22/08/2018",
            "",
            "Larchfield Children's Services",
            "Notification screened at the front door. No further action; information letter sent to Anita.",
            "The letter was sent to the shared address.",
        ),
        (
            "Oct 2018",
            "",
            "Larchfield Medical Centre",
            "Anita requests a repeat prescription of sleeping tablets by telephone. Issued.",
            "",
        ),
        (
            "06/01/2019",
            "01:15",
            "Larchfield Police",
            "Karl calls police saying that Anita has locked him out. Officers attend; Anita says Karl had pushed her against the door and she was frightened. Karl arrested for common assault. DASH: medium risk.",
            "First time Anita disclosed physical abuse.",
        ),
        (
            "07/01/2019",
            "",
            "Larchfield Police",
            "Karl charged with common assault and released on conditional bail not to contact Anita.",
            "",
        ),
        (
            "08/01/2019",
            "11:30",
            "Larchfield Women's Refuge Network",
            "Outreach worker telephones Anita following the police referral. Anita agrees to a home visit.",
            "",
        ),
        (
            "15/01/2019",
            "",
            "Larchfield Women's Refuge Network",
            "Home visit. Safety plan agreed. Anita says she wants to end the relationship but is worried about money.",
            "Good practice: the safety plan covered the children's routine.",
        ),
        (
            "11/02/2019",
            "",
            "Larchfield Magistrates' Court",
            "Karl pleads guilty to common assault. Fined and given a restraining order for twelve months.",
            "",
        ),
        (
            "Late March 2019",
            "",
            "Larchfield Women's Refuge Network",
            "Case closed after Anita says she feels safe and no longer needs support.",
            "No contact with Anita after the restraining order ended was planned.",
        ),
        (
            "04/06/2019",
            "16:05",
            "Larchfield Primary School",
            "Class teacher notes that the older child says 'Daddy is back home now'. Recorded on the school safeguarding system.",
            "This was a possible breach of the restraining order. The school did not share it with police or children's services.",
        ),
        (
            "Summer 2019",
            "",
            "Larchfield Housing Trust",
            "Rent arrears of more than two months. Income officer visits twice; Karl answers the door each time.",
            "",
        ),
        (
            "03/09/2019",
            "10:40",
            "Larchfield Medical Centre",
            "Anita attends with a cut to her hand which she says happened while cooking. Wound dressed by the practice nurse.",
            "A second unexplained injury. No routine enquiry.",
        ),
        (
            "17/11/2019",
            "Not known",
            "Larchfield Police",
            "Anonymous call reporting shouting at the address. Patrol passes the address later and finds no disturbance. Call closed.",
            "No contact made with the occupants.",
        ),
        (
            "2019-12-24",
            "22:30",
            "Larchfield Ambulance Service",
            "Ambulance called to the address for a woman with a head injury after a fall on the stairs. Anita declines to be taken to hospital. Karl present throughout.",
            "Crew did not have an opportunity to speak to Anita alone.",
        ),
        (
            "27.12.2019",
            "",
            "Larchfield Medical Centre",
            "Practice receives the ambulance service's notification of the call. Filed without action.",
            "",
        ),
        (
            "January 2020",
            "",
            "Larchfield Housing Trust",
            "Notice seeking possession served for rent arrears.",
            "",
        ),
        (
            "14/02/2020",
            "08:55",
            "Larchfield Primary School",
            "Younger child arrives at school upset and says that 'Mummy was crying all night'. Designated safeguarding lead speaks to Anita at collection time; Anita says everything is fine.",
            "",
        ),
        (
            "29/02/2020",
            "03:20",
            "Larchfield Police",
            "Emergency call from Anita's mother. Officers force entry and find Anita with fatal injuries. Karl arrested at the scene.",
            "",
        ),
    ]
    for r in rows:
        add_row(t, list(r), W, size=9)
    para(doc, "")
    para(doc, "Source: agency chronologies submitted to the panel, merged by the review's author.", size=9)
    save(doc, stem)


# ===================================================== 6. Per-agency chronology tables with different widths
def doc_wendlebury():
    stem = "chron_per_agency_tables_varied_widths_wendlebury"
    doc = new_doc(header="Wendlebury DHR 'Jean' – Chronology of agency contact", font="Arial", size=10)
    heading(doc, "5. Chronology of agency contact", 1)
    para(
        doc,
        "5.1\tEach agency's contact with Jean and her husband, Malcolm, is listed below in date order. Only "
        "contacts that the panel considered relevant are included.",
    )
    blocks = [
        (
            "5.2 Wendlebury Police",
            [3.0, 13.5],
            [
                (
                    "23 April 2017",
                    "Jean reports that Malcolm has damaged her mobile telephone during an argument. Malcolm is given words of advice; Jean does not want further action.",
                ),
                (
                    "9 December 2018",
                    "Concern for welfare call from Jean's daughter, who has been unable to reach her mother for two days. Officers attend and find Jean well; Malcolm says the telephone line had been disconnected.",
                ),
                ("1 March 2020", "Jean's body is found at the home. Malcolm is arrested."),
            ],
        ),
        (
            "5.3 Brookside Surgery",
            [2.2, 14.3],
            [
                (
                    "05.06.2017",
                    "Jean attends with low mood. She says that Malcolm's memory is getting worse and that he becomes angry when confused. Referred for a carer's assessment.",
                ),
                (
                    "14.02.2018",
                    "Malcolm diagnosed with vascular dementia by the memory clinic; letter received by the practice.",
                ),
                ("Nov 2018", "Jean misses her annual review. Not followed up."),
                (
                    "20.01.2020",
                    "Telephone consultation. Jean asks for help getting Malcolm into respite care because she is 'exhausted'. GP agrees to contact adult social care.",
                ),
            ],
        ),
        (
            "5.4 Wendlebury County Council – Adult Social Care",
            [4.0, 12.5],
            [
                (
                    "July 2017",
                    "Carer's assessment completed at home with Malcolm present. Jean is offered a carers' support group and a sitting service.",
                ),
                (
                    "12 September 2018",
                    "Annual review of the carer's assessment completed by telephone. No change recorded.",
                ),
                (
                    "22 January 2020",
                    "Referral from the GP for respite. Placed on the waiting list for allocation.\n\nDuty worker telephones Jean; Malcolm answers and says they do not need help.",
                ),
            ],
        ),
        (
            "5.5 Wendlebury and District Mental Health Trust – Memory Service",
            [2.6, 13.9],
            [
                (
                    "30/01/2018",
                    "Memory clinic assessment. Malcolm is irritable and shouts at Jean during the appointment. The clinician notes carer stress.",
                ),
                (
                    "18/06/2019",
                    "Follow-up appointment. Jean says Malcolm has pushed her twice when she tried to help him wash. Advice given on managing distressed behaviour.",
                ),
                ("Early February 2020", "Letter offering a review appointment sent. No reply."),
            ],
        ),
    ]
    for title, W, rows in blocks:
        heading(doc, title, 2)
        t = make_table(doc, ["Date", "Contact / Event"], W, header_fill="DEEAF6", size=9)
        for r in rows:
            add_row(t, list(r), W, size=9)
        para(doc, "")
    para(doc, "5.6\tThe panel's analysis of these contacts is in Section 6.")
    save(doc, stem)


# ===================================================== 7. CSPR partnership action plan, RAG as words (layout mode)
def doc_marlowmere():
    stem = "cspr_plan_rag_words_measures_marlowmere"
    doc = new_doc(
        landscape=True, footer_label="Marlowmere Safeguarding Children Partnership", font="Arial", size=10
    )
    para(doc, "Marlowmere Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Child Safeguarding Practice Review – 'Child T'", bold=True, size=12)
    para(doc, "Partnership action plan – progress as at October 2024", size=11)
    para(
        doc,
        "RAG rating: Blue = action complete; Green = on track; Amber = behind schedule but in progress; Red = not started.",
        size=9,
    )
    H = ["Recommendation", "Actions", "Lead", "Timescale", "Measure of success", "RAG rating"]
    W = [6.0, 5.6, 3.0, 2.2, 5.0, 2.0]
    t = make_table(doc, H, W, header_fill="C5E0B3", size=9)
    plan = [
        (
            "1. The Partnership should make sure that practitioners understand the risks to babies when parents "
            "misuse substances, and that pre-birth assessments consider the father as well as the mother.",
            [
                (
                    "Revise the pre-birth assessment protocol to include a section on fathers and male carers",
                    "Head of Service, Children's Social Care",
                    "December 2023",
                    "Protocol published; audit shows fathers assessed in 80% of pre-birth cases",
                    "Blue",
                ),
                (
                    "Multi-agency training on parental substance misuse and infant safety",
                    "Partnership Training Manager",
                    "March 2024",
                    "At least 150 practitioners trained; post-training evaluation",
                    "Green",
                ),
            ],
        ),
        (
            "2. Marlowmere Maternity Services should share information about a parent's substance misuse with the "
            "health visiting service before the baby goes home.",
            [
                (
                    "Add substance misuse to the maternity-to-health-visitor handover template",
                    "Named Midwife for Safeguarding",
                    "30/06/2024",
                    "Template in use; handover audited each quarter",
                    "Amber",
                ),
            ],
        ),
        (
            "3. The Partnership should seek assurance that safe sleep advice is given and recorded at every "
            "health visitor contact in the first year.",
            [
                (
                    "Quarterly audit of safe sleep recording by the health visiting service",
                    "Health Visiting Service Lead",
                    "Q4 2024/25",
                    "Safe sleep advice recorded at 95% of contacts",
                    "Red",
                ),
                (
                    "Launch a safe sleep campaign aimed at fathers with the Family Hubs",
                    "Partnership Business Manager",
                    "Spring 2025",
                    "Campaign reaches every Family Hub; feedback from fathers' groups",
                    "Green",
                ),
            ],
        ),
        (
            "4. The Department for Education should consider national guidance on including fathers in "
            "child protection assessments.",
            [
                (
                    "Independent scrutineer to write to the Department for Education enclosing the review",
                    "Independent Scrutineer",
                    "Completed",
                    "Letter sent and acknowledged",
                    "Blue",
                ),
            ],
        ),
    ]
    row_i = 1
    for rec, acts in plan:
        first = row_i
        for k, a in enumerate(acts):
            add_row(t, [rec if k == 0 else ""] + list(a), W, size=9)
            row_i += 1
        merge_down(t, 0, first, row_i - 1, size=9)
    save(doc, stem)


if __name__ == "__main__":
    doc_fenwold()
    doc_dunmere()
    doc_oakhollow()
    doc_brackwater()
    doc_larchfield()
    doc_wendlebury()
    doc_marlowmere()
