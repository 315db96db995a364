from dataclasses import FrozenInstanceError
from datetime import timedelta
from pathlib import Path

import pytest

import followkit as fk
from followkit.checks._corpus import check_case, load_corpus
from followkit.checks._examples import SAMPLE_LETTER, run_example, sample_interview

CORPUS = Path(__file__).resolve().parents[2] / "data" / "examples" / "letters"
CASES = load_corpus(CORPUS)


@pytest.fixture
def sample():
    iv = sample_interview()
    return iv, dict(interviewer=iv.interviewers[0], channel="email",
                    sent_at=iv.ended_at + timedelta(hours=3))


# --- the catalogue --------------------------------------------------------------------------


def test_catalogue_has_every_design_code_once_and_is_immutable():
    codes = [rule.code for rule in fk.RULES]
    assert codes == sorted(set(codes))
    assert len(codes) >= 32
    assert {"FK701", "FK702", "FK703", "FK704"} <= set(codes)
    assert {"FK101", "FK110", "FK205", "FK305", "FK404", "FK502", "FK602"} <= set(codes)
    assert isinstance(fk.RULES, tuple)
    with pytest.raises(FrozenInstanceError):
        fk.RULES[0].severity = "info"


@pytest.mark.parametrize("rule", fk.RULES, ids=lambda r: r.code)
def test_rule_fires_on_its_failing_example_and_not_on_the_sample(rule):
    fired = run_example(rule, failing=True)
    assert fired, f"{rule.code} did not fire on its failing example"
    assert run_example(rule, failing=False) == []
    for finding in fired:
        assert finding.name == rule.name and finding.source == rule.source
        assert finding.message.endswith((".", ")")) and "%s" not in finding.message


def test_sample_letter_gets_no_finding_at_all(sample):
    iv, options = sample
    assert fk.check(SAMPLE_LETTER, iv, **options) == []


# --- labelled letters -----------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_labelled_letter_gets_exactly_its_labels(case):
    assert check_case(case) == set(case.expect)


def test_corpus_has_forty_letters_a_third_of_them_good():
    good = [c for c in CASES if not c.expect]
    assert len(CASES) >= 40
    assert len(good) >= len(CASES) // 3 - 2


# --- the API contract -----------------------------------------------------------------------


def test_findings_are_sorted_by_line_with_whole_letter_findings_last(sample):
    iv, options = sample
    text = SAMPLE_LETTER.replace("Dear Ms. Rivera,", "To whom it may concern,")
    found = fk.check(text.replace("Sincerely,", "Cheers,"), iv, **{**options, "channel": "text"})
    lines = [f.line for f in found]
    numbered = [n for n in lines if n is not None]
    assert numbered == sorted(numbered)
    assert lines[-1] is None and lines.index(None) == len(numbered)


def test_disable_switches_a_rule_off_and_severity_changes_it(sample):
    iv, options = sample
    text = SAMPLE_LETTER.replace("Sincerely,", "Cheers,")
    assert [f.code for f in fk.check(text, iv, **options)] == ["FK108"]
    assert fk.check(text, iv, **options, disable=["FK108"]) == []
    (finding,) = fk.check(text, iv, **options, severity={"FK108": "error"})
    assert finding.severity == "error"


@pytest.mark.parametrize("kwargs, words", [
    ({"disable": ["FK999"]}, "unknown rule code 'FK999'"),
    ({"severity": {"FK000": "error"}}, "unknown rule code 'FK000'"),
    ({"severity": {"FK101": "fatal"}}, "'fatal' for FK101 is not a severity"),
])
def test_unknown_codes_and_severities_raise_a_clear_value_error(kwargs, words):
    with pytest.raises(ValueError, match=words):
        fk.check(SAMPLE_LETTER, **kwargs)


def test_a_letter_object_supplies_its_interviewer_and_channel():
    iv = sample_interview()
    body = SAMPLE_LETTER.split("\n\n", 1)[1].replace("Ms. Rivera", "Mr. Haddad")
    letter = fk.Letter(iv.interviewers[0], "email", "Thank you — interview", body)
    found = fk.check(letter, iv)
    assert [f.code for f in found] == ["FK204"]
    assert found[0].line == 3  # line 3 of letter.text, after the subject and a blank line


def test_rules_needing_context_stay_silent_without_it():
    text = SAMPLE_LETTER.replace("Harlow & Pike LLP", "the firm")
    assert fk.check(text) == []


def test_recall_falls_back_on_cue_words_without_topics():
    text = SAMPLE_LETTER.replace(
        "I enjoyed learning about the ERP rollout and the quarter-end close.",
        "The office was bright.")
    assert "FK104" in {f.code for f in fk.check(text)}
    assert "FK104" not in {f.code for f in fk.check(SAMPLE_LETTER)}


@pytest.mark.parametrize("line", [
    "As a CPA I reconcile ERP data in SAP daily.",
    "I used SAP ERP and HIPAA-compliant EHR tools.",
    "Please say hello to everyone at KPMG LLP for me.",
])
def test_acronyms_and_company_names_in_capitals_are_not_shouting(line):
    text = SAMPLE_LETTER.replace("I look forward to hearing from you.", f"{line} I look forward "
                                 "to hearing from you.")
    assert "FK303" not in {f.code for f in fk.check(text)}


@pytest.mark.parametrize("line", ["I am SO EXCITED about this.", "I REALLY WANT THIS JOB."])
def test_everyday_words_in_capitals_are_shouting(line):
    text = SAMPLE_LETTER.replace("I look forward", f"{line} I look forward")
    assert "FK303" in {f.code for f in fk.check(text)}


def test_one_exclamation_mark_is_fine_and_two_are_not():
    one = SAMPLE_LETTER.replace("hearing from you.", "hearing from you!")
    two = one.replace("further information.", "further information!")
    assert "FK302" not in {f.code for f in fk.check(one)}
    assert "FK302" in {f.code for f in fk.check(two)}


def test_thank_you_as_the_sign_off_does_not_count_as_thanks_up_top():
    text = SAMPLE_LETTER.replace("Thank you for meeting with me today", "I met with you today")
    found = {f.code for f in fk.check(text.replace("Sincerely,", "Thank you,"))}
    assert "FK102" in found and "FK108" not in found


@pytest.mark.parametrize("instruction", [
    "Thank the employer for the interview and name the day you met.",
    "Thank the hiring manager for their time, then recall one topic.",
    "The first paragraph thanks the interviewer for the meeting.",
])
def test_an_instruction_to_thank_someone_does_not_thank_the_reader(instruction):
    text = SAMPLE_LETTER.replace("Thank you for meeting with me today", instruction, 1)
    assert "FK102" in {f.code for f in fk.check(text)}


def test_thanking_you_and_the_interviewers_still_thanks_the_reader():
    text = SAMPLE_LETTER.replace("Thank you for meeting with me today",
                                 "I want to thank you and the recruiter for meeting with me today")
    assert "FK102" not in {f.code for f in fk.check(text)}


def test_an_instruction_to_say_you_look_forward_does_not_keep_the_door_open():
    body = ("Dear Ms. Lindqvist,\n\nThank you for the tour of the bakery on Monday.\n\n"
            "The sourdough starter you keep from 1998 was a delight to see.\n\n"
            "State that you look forward to hearing from them and give a date.\n\n"
            "Sincerely,\nTomas Berg\n")
    found = {f.code for f in fk.check(body)}
    assert {"FK106", "FK203"} <= found
    kept = body.replace("State that you look forward to hearing from them and give a date.",
                        "I look forward to hearing from you next week.")
    assert "FK106" not in {f.code for f in fk.check(kept)}


def test_phone_follow_up_is_fine_when_it_was_agreed(sample):
    iv, options = sample
    agreed = fk.Interview(**{**iv.__dict__, "agreed_channel": "phone"})
    assert fk.check(SAMPLE_LETTER, agreed, **{**options, "channel": "phone"}) == []


def test_sent_before_the_interview_ended_is_a_timing_error(sample):
    iv, options = sample
    with pytest.raises(fk.TimingError, match="before the interview ended"):
        fk.check(SAMPLE_LETTER, iv, **{**options, "sent_at": iv.ended_at - timedelta(hours=1)})


def test_every_message_quotes_or_names_what_it_found(sample):
    iv, options = sample
    text = SAMPLE_LETTER.replace("Thank you for meeting", "I am writing after meeting")
    (finding,) = fk.check(text, iv, **options)
    assert "“I am writing after meeting with…”" in finding.message


# --- letters of one interview ----------------------------------------------------------------


def _batch(second_body, second_person=1):
    iv = sample_interview()
    body = SAMPLE_LETTER.split("\n\n", 1)[1]
    letters = [fk.Letter(iv.interviewers[0], "email", "Thank you", body),
               fk.Letter(iv.interviewers[second_person], "email", "Thank you", second_body)]
    return iv, letters


def test_batch_flags_copy_paste_on_both_letters_and_keeps_order():
    body = SAMPLE_LETTER.split("\n\n", 1)[1]
    iv, letters = _batch(body.replace("Ms. Rivera", "Mr. Haddad"))
    first, second = fk.check_batch(letters, iv)
    assert [f.code for f in first] == ["FK205"] and [f.code for f in second] == ["FK205"]
    assert "Omar Haddad" in first[0].message and "Dana Rivera" in second[0].message


def test_similarity_masks_the_recipients_names():
    body = SAMPLE_LETTER.split("\n\n", 1)[1]
    _iv, letters = _batch(body.replace("Ms. Rivera", "Mr. Haddad"))
    assert fk.letter_similarity(*letters) == 1.0
    other = "Dear Mr. Haddad,\n\nThank you for the tour of the audit room.\n\nBest,\nSam\n"
    assert fk.letter_similarity(letters[0], other) < 0.5


def test_batch_flags_a_second_letter_to_the_same_person_and_a_missing_one():
    body = SAMPLE_LETTER.split("\n\n", 1)[1]
    iv, letters = _batch(body.replace("I look forward", "Again, I look forward"), 0)
    first, second = fk.check_batch(letters, iv)
    assert [f.code for f in first] == ["FK502"] and "Omar Haddad" in first[0].message
    assert [f.code for f in second] == ["FK501"]


def test_batch_of_raw_texts_without_interviewers_adds_nothing():
    assert fk.check_batch([SAMPLE_LETTER, SAMPLE_LETTER]) == [[], []]


@pytest.mark.parametrize("greeting", ["Dear [Name],", "Dear <Interviewer Name>,",
                                      "Dear {{ name }},", "Dear XXX,", "Dear XXXXX,",
                                      "Dear xxxx,", "Dear (Full name of interviewer),"])
def test_a_placeholder_greeting_is_a_placeholder_not_a_wrong_name(sample, greeting):
    iv, options = sample
    text = SAMPLE_LETTER.replace("Dear Ms. Rivera,", greeting)
    assert [f.code for f in fk.check(text, iv, **options)] == ["FK203"]


@pytest.mark.parametrize("slot, found", [
    ("our conversation about xxxxx", "xxxxx"), ("our talk on Xxxxx", "Xxxxx"),
    ("the XXXXX team", "XXXXX"), ("our talk about (First name)'s project", "(First name)"),
])
def test_a_run_of_xs_or_a_name_slot_in_the_body_is_a_placeholder(sample, slot, found):
    iv, options = sample
    text = SAMPLE_LETTER.replace("today", f"today and {slot}", 1)
    assert text != SAMPLE_LETTER
    placeholders = [f.message for f in fk.check(text, iv, **options) if f.code == "FK203"]
    assert len(placeholders) == 1 and f"“{found}”" in placeholders[0]


@pytest.mark.parametrize("text", ["Luxxx Spa", "a taxxxi", "the first name on the list",
                                  "(first time in years)", "XXL"])
def test_words_with_xs_and_first_names_are_no_placeholders(sample, text):
    iv, options = sample
    letter = SAMPLE_LETTER.replace("today", f"today at {text}", 1)
    assert "FK203" not in {f.code for f in fk.check(letter, iv, **options)}


def test_phrase_files_load_without_duplicates_and_match_whole_words():
    from importlib import resources

    from followkit.checks._phrases import find_phrases, has_phrase, phrase_list

    names = [p.name[:-4] for p in resources.files("followkit.checks").joinpath("phrases")
             .iterdir() if p.name.endswith(".txt")]
    assert len(names) >= 10
    for name in names:
        phrases = phrase_list(name)
        assert phrases and len(phrases) == len(set(phrases)), name
    assert find_phrases("casual", "Thx, I’m gonna call. Thanks!") == ["Thx", "gonna"]
    assert not has_phrase("casual", "Gonnaway Street, Utah")
    assert find_phrases("pushy", "So, when   can I\nstart?") == ["when   can I\nstart"]


def test_slang_and_exclamations_after_the_signature_are_caught_but_contact_lines_are_not():
    text = ("Dear Dana,\n\nThank you for meeting with me today.\n\nI look forward to hearing "
            "from you.\n\nSincerely,\nSam Lee\nsam.lee@example.com\nLOL!!\n")
    codes = {(f.code, f.line) for f in fk.check(text)}
    assert ("FK301", 10) in codes
    assert ("FK302", 10) in codes
    assert not any(line in (8, 9) for _code, line in codes)  # name, email


#: Sentences of SAMPLE_LETTER that tests replace: its thanks and its nod to skills.
_THANKS_SENTENCE = ("Thank you for meeting with me today about the Senior Staff Accountant "
                    "position at Harlow & Pike LLP.")
_SKILLS_SENTENCE = ("My experience with account reconciliations would help your team close the "
                    "books on time.")


def _codes_with(sample, sentence: str, instead: str) -> set[str]:
    """The codes raised on SAMPLE_LETTER with ``sentence`` replaced by ``instead``."""
    iv, options = sample
    text = SAMPLE_LETTER.replace(sentence, instead)
    assert text != SAMPLE_LETTER and instead in text
    return {f.code for f in fk.check(text, iv, **options)}


@pytest.mark.parametrize("closing", [
    "Would love to chat more about it if you're interested!",
    "I would be happy to talk more about the close whenever suits you.",
    "I am glad to discuss the reconciliations in more depth.",
    "I'm all ears to any candid feedback on my case study.",
])
def test_an_offer_to_talk_more_keeps_the_door_open(sample, closing):
    iv, options = sample
    text = SAMPLE_LETTER.replace("I look forward to hearing from you. I am happy to provide "
                                 "references or any further information.", closing)
    assert closing in text
    assert "FK106" not in {f.code for f in fk.check(text, iv, **options)}
    plain = text.replace(closing, "The office was lovely.")
    assert "FK106" in {f.code for f in fk.check(plain, iv, **options)}


def test_a_slot_in_capitals_inside_brackets_is_reported_once(sample):
    iv, options = sample
    text = SAMPLE_LETTER.replace("Harlow & Pike LLP", "[ COMPANY NAME ]", 1)
    found = [f.message for f in fk.check(text, iv, **options) if f.code == "FK203"]
    assert len(found) == 1 and "“[ COMPANY NAME ]”" in found[0]
    bare = SAMPLE_LETTER.replace("Harlow & Pike LLP", "COMPANY NAME", 1)
    assert [f.code for f in fk.check(bare, iv, **options)].count("FK203") == 1


@pytest.mark.parametrize("line, shown", [
    ("Thx 4 the intervu!", "“Thx 4”, “intervu”"), ("See u b4 Friday.", "“u”, “b4”"),
])
def test_digits_for_words_are_text_speak(line, shown):
    text = f"Hi Dana,\n\n{line}\n\nBest,\nSam\n"
    found = [f.message for f in fk.check(text) if f.code == "FK301"]
    assert len(found) == 1 and shown in found[0]


def test_a_number_before_a_word_is_not_text_speak():
    text = "Hi Dana,\n\nI ran 4 teams of 2 under budget for 4 years.\n\nBest,\nSam\n"
    assert "FK301" not in {f.code for f in fk.check(text)}


@pytest.mark.parametrize("sentence, nod", [
    # something the writer built, offered to show ("my portfolio" alone names no skill)
    ("I can share code samples from my reconciliation scripts.", True),
    ("I can give you a walkthrough of my month-end close tracker.", True),
    ("I have attached my portfolio.", False),
    # the writer's own past as what prepared them, or what they used and would apply again
    ("I am confident that my leadership positions on campus and off have prepared me well.",
     True),
    ("It is the same pattern I used at Lumen Health to cut duplicate payments.", True),
    ("My capstone project built a similar model, and I would apply those skills here.", True),
    ("I have held leadership positions in two finance clubs.", True),
    ("With past professional experience as a staff accountant, I know the close.", True),
    ("Your tour of the office prepared me for the team's pace.", False),
    ("Our conversation prepared me to think about the role differently.", False),
    ("It was great to hear about your experience as a controller.", False),
])
def test_what_the_writer_built_or_did_before_is_a_nod_to_their_skills(sample, sentence, nod):
    assert ("FK105" not in _codes_with(sample, _SKILLS_SENTENCE, sentence)) is nod


@pytest.mark.parametrize("opening, thanks", [
    ("I'm not sure it's protocol to send a thank you note as a pull request, but here goes.",
     False),
    ("I am writing this thank-you email after our meeting about the position.", False),
    ("I am writing this thank-you note to say how grateful I am for your time.", True),
    ("Thank you for the interview; a thank-you card is on its way too.", True),
])
def test_a_thank_you_note_named_as_a_thing_thanks_nobody(sample, opening, thanks):
    codes = _codes_with(sample, _THANKS_SENTENCE, f"{opening} We met about the Senior Staff "
                        "Accountant position at Harlow & Pike LLP.")
    assert ("FK102" not in codes) is thanks


def test_fk104_never_suggests_a_topic_the_letter_should_leave_out():
    from datetime import UTC, datetime

    person = fk.Interviewer(name="Dana Rivera", salutation="Ms. Rivera")
    iv = fk.Interview(company="Harlow & Pike LLP", position="Senior Staff Accountant",
                      ended_at=datetime(2026, 3, 2, 15, tzinfo=UTC),
                      interviewers=[person],
                      topics=["my CTC expectation 18 LPA", "why the last controller was sacked",
                              "the ERP rollout"])
    text = ("Dear Ms. Rivera,\n\nThank you for meeting with me about the Senior Staff Accountant "
            "position at Harlow & Pike LLP.\n\nI look forward to hearing from you.\n\n"
            "Sincerely,\nSam Lee\nsam@example.com\n")
    found = [f.message for f in fk.check(text, iv, interviewer=person) if f.code == "FK104"]
    assert len(found) == 1 and "ERP rollout" in found[0]
    assert "LPA" not in found[0] and "sacked" not in found[0]


@pytest.mark.parametrize("said, found", [
    ("We talked about my current CTC and my expectation of 18 LPA.", "CTC"),
    ("I was sorry to hear the last controller was sacked.", "was sacked"),
])
def test_pay_as_written_in_india_and_a_dismissal_are_sensitive(sample, said, found):
    iv, options = sample
    text = SAMPLE_LETTER.replace("I enjoyed learning about", f"{said} I enjoyed learning about")
    messages = [f.message for f in fk.check(text, iv, **options) if f.code == "FK306"]
    assert len(messages) == 1 and f"“{found}”" in messages[0]


@pytest.mark.parametrize("greeting, name, wrong", [
    ("Dear Mr. Núñez,", "Jose Nunez", False), ("Dear Zoë,", "Zoe Almeida", False),
    ("Dear Mr. Nunez,", "José Núñez", False), ("Dear Mr. Nolan,", "José Núñez", True),
    ("Dear Zoë,", "Zara Almeida", True),
])
def test_a_name_with_accents_is_the_same_name_without_them(greeting, name, wrong):
    person = fk.Interviewer(name=name)
    text = ("Dear X,\n\nThank you for meeting with me today about the Senior Staff Accountant "
            "position.\n\nBest,\nSam Lee\n").replace("Dear X,", greeting)
    assert ("FK204" in {f.code for f in fk.check(text, interviewer=person)}) is wrong


@pytest.mark.parametrize("said, found", [
    ("I was glad to hear the role could start at around $58k.", "start at around $58k"),
    ("Good to know it pays $61,500 a year.", "pays $61,500"),
    ("My schedule cut costs by $4,000 a year.", None),
    ("I saved my last employer $250,000 a quarter and paid $200 for my license.", None),
])
def test_a_salary_named_by_what_it_starts_at_or_pays_is_sensitive(sample, said, found):
    iv, options = sample
    text = SAMPLE_LETTER.replace("I enjoyed learning about", f"{said} I enjoyed learning about")
    messages = [f.message for f in fk.check(text, iv, **options) if f.code == "FK306"]
    assert messages == [] if found is None else (len(messages) == 1 and found in messages[0])


@pytest.mark.parametrize("greeting, wrong", [
    ("Dear Mr. Haddad,", False), ("Dear Mr. Hadda,", True), ("Dear Mr. Had,", True),
    ("Dear Omar,", False), ("Dear Mr. Omar,", False),
])
def test_a_surname_after_a_title_is_never_cut_short(greeting, wrong):
    person = fk.Interviewer(name="Omar Haddad", salutation="Mr. Haddad")
    text = ("Dear X,\n\nThank you for meeting with me today about the Senior Staff Accountant "
            "position.\n\nBest,\nSam Lee\n").replace("Dear X,", greeting)
    assert ("FK204" in {f.code for f in fk.check(text, interviewer=person)}) is wrong


@pytest.mark.parametrize("named, other", [
    ("Acme Analytics", True), ("Brightwater", False), ("Brightwater Analytics", False),
])
def test_a_company_sharing_only_a_trade_word_is_another_company(named, other):
    from datetime import UTC, datetime

    person = fk.Interviewer(name="Dana Rivera", salutation="Ms. Rivera")
    iv = fk.Interview(company="Brightwater Analytics", position="Data Engineer",
                      ended_at=datetime(2026, 3, 2, 15, tzinfo=UTC), interviewers=[person])
    text = (f"Dear Ms. Rivera,\n\nThank you for meeting with me about the Data Engineer position "
            f"at {named}.\n\nBest,\nSam Lee\n")
    assert ("FK206" in {f.code for f in fk.check(text, iv, interviewer=person)}) is other


def test_what_a_trial_shift_showed_is_recalled():
    text = SAMPLE_LETTER.replace("I enjoyed learning about the ERP rollout and the quarter-end "
                                 "close.", "Working the close with Jess was a great way to see "
                                 "how the ledger reviews run.")
    assert "Jess" in text
    assert "FK104" not in {f.code for f in fk.check(text)}
    flat = text.replace("a great way to see how the ledger reviews run", "a great day")
    assert "FK104" in {f.code for f in fk.check(flat)}
