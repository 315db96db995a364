import pytest

from followkit.letters._notes import read_bring, read_next_step, read_skill, read_topic


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("the ERP rollout", "the ERP rollout"),
        ("about new warehouse system they will buy", "the new warehouse system you plan to buy"),
        ("they will open new STEM lab", "your plan to open a new STEM lab"),
        ("team is 6 person", "the six-person team"),
        ("class is 24 student", "the 24-student class"),
        ("about about the roadmap", "the roadmap"),
        ("k8s migration", "the Kubernetes migration"),
        ("mgmt reporting cadence", "management reporting cadence"),
        ("data quality w/ the underwriting team", "data quality with the underwriting team"),
        ("how they do parent conferences", "how you do parent conferences"),
        ("we talked about the bus network redesign", "the bus network redesign"),
        ("we need more nurses", "the need for more nurses"),
        ("cost of the logging pipeline", "the cost of the logging pipeline"),
        ("opening the Mesa branch", "opening the Mesa branch"),
        ("SLOs for the billing api", "SLOs for the billing API"),
        ("Python 3 migration", "the Python 3 migration"),
    ],
)
def test_a_topic_reads_after_we_discussed(typed, written):
    assert read_topic(typed).text == written


@pytest.mark.parametrize(
    "typed",
    ["salary range", "why the last two analysts left", "budget cuts for FY27", "benefits",
     "layoffs last spring", "pay differential for nights", "complaints about the manager",
     "she said the team is very busy", "they need someone for GTFS data",
     "CPA exam: 3 of 4 parts passed"],
)
def test_a_sensitive_or_unusable_topic_is_left_out_with_advice(typed):
    note = read_topic(typed)
    assert note.left_out
    assert any(p.severity == "warning" for p in note.problems)


@pytest.mark.parametrize(
    ("typed", "written", "kind"),
    [
        ("10+ yrs SQL", "more than ten years of SQL", "time"),
        ("exp. w/ Tableau", "my experience with Tableau", "tool"),
        ("forklift licence", "my forklift licence", "licence"),
        ("ACLS", "my ACLS certification", "licence"),
        ("ACLS certified", "my ACLS certification", "licence"),
        ("CPA", "my CPA license", "licence"),
        ("five years in the ER", "my five years in the ER", "time"),
        ("i worked 4 year in logistic", "my four years in logistic", "time"),
        ("Over 5 years leading teams", "over five years of leading teams", "time"),
        ("a few years of SQL", "a few years of SQL", "time"),
        ("SAP EWM little bit", "a working knowledge of SAP EWM", "hedged"),
        ("building an on-call rotation from scratch",
         "my experience building an on-call rotation from scratch", "deed"),
        ("built an on-call rotation", "my experience building an on-call rotation", "deed"),
        ("accounting", "my experience with accounting", "tool"),
        ("english and german", "my English and German", "language"),
    ],
)
def test_a_skill_is_worded_by_its_kind(typed, written, kind):
    note = read_skill(typed)
    assert (note.text, note.kind) == (written, kind)


def test_a_skill_written_as_a_sentence_is_left_out():
    note = read_skill("i can make reports in power bi")
    assert note.left_out and note.problems[-1].code == "FK801"


@pytest.mark.parametrize(
    ("typed", "written", "result"),
    [
        ("building the lifecycle email program that cut churn by 18%",
         "building the lifecycle email program that cut churn by 18%", True),
        ("I led the SAP rollout", "leading the SAP rollout", False),
        ("the retention playbook", "my work on the retention playbook", False),
        ("built the claims dashboard that cut weekly reporting from 6 hrs to 1",
         "building the claims dashboard that cut weekly reporting from six hours to one", True),
        ("i started a reading club, 30 children joined in first year",
         "starting a reading club", True),
    ],
)
def test_what_you_would_bring_reads_as_a_deed_and_asks_for_its_result(typed, written, result):
    note = read_bring(typed)
    assert note.text == written
    assert any(p.code == "FK802" for p in note.problems) is not result


@pytest.mark.parametrize(
    ("typed", "written", "kind"),
    [
        ("send my references", "send my references", "action"),
        ("I will send the writing sample", "send the writing sample", "action"),
        ("second interview w/ the partners next wk",
         "the second interview with the partners next week", "event"),
        ("call you on Monday", "", "pushy"),
        ("they will call me", "", "sentence"),
    ],
)
def test_the_next_step_is_what_you_will_do_or_look_forward_to(typed, written, kind):
    note = read_next_step(typed)
    assert (note.text, note.kind) == (written, kind)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("10+ yrs SQL", "FK704"), ("i worked in sales", "FK703"), ("about about X", "FK701"),
     ("4 year of nursing", "FK703")],
)
def test_what_the_letter_fixes_is_still_pointed_out_as_info(typed, code):
    found = [p for p in read_skill(typed).problems + read_topic(typed).problems
             if p.code == code]
    assert found and all(p.severity == "info" for p in found)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("discuss about the loading dock layout", "the loading dock layout"),
        ("discuss on patient handover", "patient handover"),
        ("talked budget rollover process", "the budget rollover process"),
        ("we spoke for a while about the allergen matrix", "the allergen matrix"),
        ("went over the fire drill schedule", "the fire drill schedule"),
    ],
)
def test_lead_ins_people_type_before_a_topic_are_not_written(typed, written):
    """"Learning about discuss about …" was written from "discuss about …" notes."""
    assert read_topic(typed).text == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("SOC 2 audit, evidence collection 6 wks -> 2", "the SOC 2 audit"),
        ("the pallet racking project; pallets/day = 900", "the pallet racking project"),
        ("attendance record - 2 absences in a yr", "the attendance record"),
        ("the parking garage rebuild, which keeps slipping", "the parking garage rebuild"),
    ],
)
def test_a_note_that_goes_on_after_its_topic_keeps_the_topic(typed, written):
    note = read_topic(typed)
    assert note.text == written
    assert any(p.code == "FK801" and p.severity == "info" for p in note.problems)


@pytest.mark.parametrize(
    "typed",
    ["turnover very high, the owner wants it fixed", "the depot has 40 vans",
     "backlog way too long", "the store floor plan very confusing"],
)
def test_a_note_saying_something_about_its_subject_is_not_written_as_a_topic(typed):
    """"I valued our talk about shrink way too high, management wants under 1%" was written."""
    assert read_topic(typed).left_out


def test_a_long_how_note_is_cut_where_it_goes_on_to_another_thought():
    note = read_topic("we chatted at length about how the clinic schedules its walk-in patients "
                      "on weekends and she thinks the triage desk is always busy")
    assert note.text == "how the clinic schedules its walk-in patients on weekends"


def test_a_note_mark_is_named_as_typed_with_an_example_that_fits_a_topic():
    message = read_topic("wait times 50 min -> 20").problems[-1].message
    assert "“->”" in message and "CPA" not in message


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("6 yrs front desk", "my six years of front desk experience"),
        ("3 years daycare", "my three years of daycare experience"),
        ("payroll 5 years", "my five years of payroll experience"),
        ("i have experience on Revit 2 years", "my two years of experience with Revit"),
        ("over 4 years home care", "over four years of home care experience"),
        ("four years in hospice", "my four years in hospice"),
    ],
)
def test_time_served_reads_as_experience_wherever_the_time_was_typed(typed, written):
    """"my eight years of warehouse" and "experience with customer service six years"."""
    assert read_skill(typed).text == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("bilingual portuguese", "my fluency in Portuguese"),
        ("i can speak urdu and punjabi", "my Urdu and Punjabi"),
        ("fluent in korean", "my fluency in Korean"),
    ],
)
def test_languages_are_named_as_languages_not_as_experience_with(typed, written):
    note = read_skill(typed)
    assert (note.text, note.kind) == (written, "language")


@pytest.mark.parametrize("typed", ["hard working and punctual", "self-motivated team player",
                                   "very reliable"])
def test_a_trait_is_left_out_with_advice_rather_than_called_experience(typed):
    """"my experience with team player" was written."""
    note = read_skill(typed)
    assert note.left_out and note.problems[-1].severity == "warning"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("manual handling trained", "my manual handling training"),
        ("streamline the returns process", "my experience streamlining the returns process"),
        ("supervising crew of 12", "my experience supervising a crew of 12"),
        ("tutoring french as foreign language",
         "my experience with tutoring French as a foreign language"),
        ("City & Guilds level 2 plumbing", "my experience with City & Guilds level 2 plumbing"),
    ],
)
def test_skills_typed_the_way_second_language_notes_are_read_as_a_letter_writes_them(
        typed, written):
    assert read_skill(typed).text == written


def test_experience_goes_after_the_field_before_what_qualifies_it():
    assert read_skill("3 yrs dispatch for a 40-truck fleet").text == \
        "my three years of dispatch experience for a 40-truck fleet"
    assert read_skill("2 years Salesforce").text == "my two years of Salesforce"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("send him my CV", "send you my CV"),
        ("email them work samples by Monday", "email you my work samples by Monday"),
        ("send copy of driving licence", "send a copy of my driving licence"),
        ("forward transcripts", "forward my transcripts"),
        ("send the signed form", "send the signed form"),
    ],
)
def test_the_next_step_is_said_to_the_reader_with_what_is_the_writers_own(typed, written):
    """"I will send her my teaching philosophy" was written to her; "send copy of …"."""
    assert read_next_step(typed).text == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("the switch to 10 hr shifts", "the switch to 10-hour shifts"),
        ("a 45 min commute from the depot", "a 45-minute commute from the depot"),
        ("standup at 9, usually 15min", "standup at 9, usually 15 minutes"),
    ],
)
def test_hours_and_minutes_typed_short_are_written_out_not_read_as_hr(typed, written):
    """"the new rota with 12 HR shifts" was written from "12 hr shifts"."""
    from followkit.letters._notes import _tidy
    assert _tidy(typed)[0] == written


@pytest.mark.parametrize("read, typed, written", [
    # what they asked, and questions, as topics
    (read_topic, "she ask me abt conflict w/ coworker", "conflict with coworker"),
    (read_topic, "asked me about 3 way match", "three way match"),
    (read_topic, "how we do incident postmortem?", "how you do incident postmortem"),
    (read_topic, "flaky tests how to fix?", "how to fix flaky tests"),
    (read_topic, "talked abt night shift n overtime", "night shift and overtime"),
    (read_topic, "talk about hybrid 2 day office", "the hybrid two-day office"),
    # a next step without its hedges, "+" as "and"
    (read_next_step, "demo lesson maybe next week", "the demo lesson next week"),
    (read_next_step, "second interview, if possible", "the second interview"),
    (read_next_step, "attend the open day on friday", "attend the open day on Friday"),
    (read_next_step, "send my references + CPR card", "send my references and CPR card"),
    # time served is what the writer brings
    (read_bring, "3 yrs picker/packer at flipkart warehouse, RF scanner",
     "my three years of picker/packer experience at flipkart warehouse"),
    (read_bring, "8+ yrs in R2R, closed books in 4 days instead of 7",
     "more than eight years in R2R"),
])
def test_terse_notes_are_written_as_a_letter_writes_them(read, typed, written):
    assert read(typed).text == written


@pytest.mark.parametrize("typed", [
    "they asked me to present a case", "she asked me if i can start monday",
    "discussed abt my notice period 60 days n CTC expectation 18 LPA",
    "ask about my gap yr (2022) bc of visa", "the previous ASM was sacked because of theft",
    "asked abt my gap yr", "she asked me why i leave my previous hospital in manila",
    "ask me k8s experience and on-call",
])
def test_an_instruction_a_question_to_me_or_a_private_matter_is_left_out(typed):
    assert read_topic(typed).left_out


def test_a_sentence_about_time_served_is_left_out_of_what_the_writer_brings():
    assert read_bring("i was charge nurse in makati med for 2 yrs").left_out


@pytest.mark.parametrize("typed, written", [
    ("distributed systems", "my experience with distributed systems"),
    ("differentiated instruction", "my experience with differentiated instruction"),
    ("automated the payroll", "my experience automating the payroll"),
    ("managed teams of 5", "my experience managing teams of five"),
    ("knife skills", "my knife skills"), ("customer service skills", "my customer service skills"),
])
def test_a_skill_reads_as_a_field_a_deed_or_skills_as_typed(typed, written):
    assert read_skill(typed).text == written


def test_a_trait_is_no_skill():
    assert read_skill("compassionate").left_out
