"""Patterns real letters show, each with a made-up example: how the reader and rules read them.

Each test holds one general cause of a false alarm or a miss found on real letters, written
here in new words (the corpus's own text is never the test).
"""

from dataclasses import replace
from datetime import timedelta

import pytest

import followkit as fk
from followkit.checks import read_letter
from followkit.checks._examples import sample_interview
from followkit.checks._reader import count_words, has_contact
from followkit.checks._rule import Context, Facts
from followkit.checks._run import check_with_context
from followkit.model import Interviewer


def _codes(text: str, interview=None, **options) -> set[str]:
    options.setdefault("channel", "email")
    return {f.code for f in fk.check(text, interview, **options)}


# --- a template's slot is one word, whatever it says ------------------------------------------


def test_an_unfilled_slot_counts_as_one_word():
    assert count_words("I admired [describe one project of theirs that you admired] a lot.") == 5
    assert count_words("Dear {{ first_name }}, thanks (insert the day you met here) again.") == 5
    assert count_words("Plain words only here.") == 4
    assert count_words("See [my portfolio](https://example.org/p) online.") == 4


def test_a_long_slot_does_not_make_the_opening_too_long():
    slot = ("(insert a sentence or two on the demo, the menu and what struck you most of all "
            "about it)")
    opening = ("Thank you for seeing me on Monday about the kitchen porter role. I was glad to "
               f"hear about {slot} and about the new menu. It confirmed how much I would like "
               "to work with your brigade this winter, on the late shift and weekends too.")
    assert count_words(opening) < 60 < len(opening.split())
    text = (f"Dear Chef Amari,\n\n{opening}\n\nMy years on the line at a busy bistro taught me "
            "to keep a station clean under pressure.\n\nI look forward to hearing from you.\n\n"
            "Best regards,\nNoor\nnoor@example.org\n")
    assert "FK103" not in _codes(text)


# --- FK104 without topics: "I learned …" recalls the interview ---------------------------------


def test_what_the_writer_learned_recalls_the_conversation():
    body = ("Thank you for the interview on Tuesday.\n\nAt our meeting I learned that your "
            "depot is moving to electric vans next spring, which sounds like a big project.\n\n"
            "I look forward to hearing from you.")
    text = f"Dear Mr. Lund,\n\n{body}\n\nKind regards,\nIvo\n"
    assert "FK104" not in _codes(text)
    slotted = text.replace("that your depot is moving to electric vans next spring, which "
                           "sounds like a big project", "[one thing you learned]")
    assert "FK104" not in _codes(slotted)  # the slot is FK203's to report
    assert "FK203" in _codes(slotted)
    bare = text.replace("At our meeting I learned that your depot is moving to electric vans "
                        "next spring, which sounds like a big project.", "It was nice.")
    assert "FK104" in _codes(bare)


# --- FK305: the writer's own enthusiasm, not someone else's ------------------------------------


_PLAIN = ("Dear Ms. Varga,\n\nThank you for the interview yesterday.\n\n{middle}\n\n"
          "Please let me know if you need anything else.\n\nSincerely,\nPetra\n")


def test_enthusiasm_that_describes_the_reader_is_not_the_writers():
    for middle in ("You could tell the team is, clearly, so excited about the new ward.",
                   "It was good to talk with someone who seemed genuinely passionate about "
                   "nursing.",
                   "Your passion for patient safety came through.",
                   "It was a pleasure to see the ward."):  # a courtesy, not enthusiasm
        assert "FK305" in _codes(_PLAIN.format(middle=middle)), middle


def test_warm_words_of_the_writer_count_as_enthusiasm():
    for middle in ("I love how your ward runs its morning handover.",
                   "I would be honoured to join the night team.",
                   "I truly appreciate the time you spent on my questions."):
        assert "FK305" not in _codes(_PLAIN.format(middle=middle)), middle


# --- FK108: a card's last sentence is its sign-off ---------------------------------------------


def test_a_sign_off_that_ends_the_last_line_above_the_name():
    letter = read_letter("Malik, thank you for the tour of the bakery this morning. The new "
                         "ovens are a marvel and I hope to bake with you soon. Thanks again!\n"
                         "\nJonah\n")
    assert letter.sign_off.text == "Thanks again!"
    assert letter.paragraphs[-1].text.endswith("bake with you soon.")
    assert [line.text for line in letter.signature] == ["Jonah"]


def test_a_casual_closing_sentence_is_still_too_casual():
    text = ("Dear Ms. Dube,\n\nThank you for the interview today. I enjoyed hearing about the "
            "depot and I look forward to hearing from you. Cheers!\n\nTom\n")
    found = fk.check(text, channel="email")
    assert next(f.message for f in found if f.code == "FK108").startswith(
        "Use a professional sign-off")


def test_a_closing_sentence_without_a_name_under_it_stays_in_the_body():
    letter = read_letter("Dear Ms. Dube,\n\nThank you for today. I enjoyed it. Thank you.\n")
    assert letter.sign_off is None
    assert letter.paragraphs[-1].text.endswith("Thank you.")


# --- FK101 / FK204 / FK206: a greeting to a group or a company ---------------------------------


def _greeted(greeting: str) -> set[str]:
    interview = replace(sample_interview(), agreed_channel=None)
    letter = ("Subject: Thank you — Senior Staff Accountant interview\n\n"
              f"{greeting}\n\nThank you for meeting with me today about the Senior Staff "
              "Accountant position at Harlow & Pike LLP.\n\nI enjoyed learning about the ERP "
              "rollout. My experience with account reconciliations would help your team close "
              "the books on time.\n\nI look forward to hearing from you.\n\nSincerely,\nSam Lee"
              "\nsam@example.com\n")
    found = fk.check(letter, interview, interviewer=interview.interviewers[0], channel="email",
                     sent_at=interview.ended_at + timedelta(hours=3))
    return {f.code for f in found} & {"FK101", "FK204", "FK206"}


def test_a_group_greeting_names_nobody_and_is_no_wrong_name():
    assert _greeted("Dear Harlow & Pike Hiring Team,") == {"FK101"}
    assert _greeted("Hello Accounting team,") == {"FK101"}
    assert _greeted("Dear Ms. Rivera and the Harlow & Pike team,") == set()
    assert _greeted("Dear Dana and team,") == set()


def test_another_company_in_the_greeting_is_one_error_not_two():
    assert _greeted("Dear Brightline Foods team,") == {"FK101", "FK206"}
    assert _greeted("Dear Dana and the Brightline Foods team,") == {"FK206"}
    assert _greeted("Dear Ms. Brightline,") == {"FK204"}  # a person, wrongly named


def test_a_greeting_to_the_reader_and_a_fellow_interviewer_is_no_wrong_name():
    assert _greeted("Dear Ms. Rivera and Mr. Haddad,") == set()
    assert _greeted("Dear Ms. Rivera and Mr. Okonkwo,") == {"FK204"}
    assert _greeted("Dear Mr. Haddad,") == {"FK204"}


def test_a_reader_greeted_with_others_when_the_panel_is_not_listed_is_no_wrong_name():
    reader = Interviewer(name="Linh Nguyễn", salutation="Ms. Nguyễn")
    text = ("Dear Ms. Nguyễn, Mr. O’Brien and Dr. Smith-Jones,\n\nThank you for the "
            "interview.\n\nBest,\nSam\n")
    assert "FK204" not in _codes(text, interviewer=reader)  # the others are unknown, not wrong
    assert "FK204" in _codes(text.replace("Ms. Nguyễn, ", ""), interviewer=reader)
    panel = replace(sample_interview(), interviewers=(reader, Interviewer(name="Ben Ito")))
    found = [f for f in fk.check(text, panel, interviewer=reader) if f.code == "FK204"]
    assert [f.message for f in found] == [
        "Check the names: “Dear Ms. Nguyễn, Mr. O’Brien and Dr. Smith-Jones,” names O’Brien and "
        "Smith-Jones, who are not among the interviewers (Linh Nguyễn, Ben Ito)."]


def test_a_nickname_of_the_readers_name_is_their_name():
    people = (Interviewer(name="Katherine Moore"), Interviewer(name="William Ortega"))
    interview = replace(sample_interview(), interviewers=people)

    def greeted(greeting: str, reader: Interviewer) -> set[str]:
        text = f"{greeting}\n\nThank you for the interview.\n\nBest,\nSam\n"
        return {f.code for f in fk.check(text, interview, interviewer=reader)} & {"FK204"}

    assert greeted("Hi Kate,", people[0]) == set()
    assert greeted("Dear Bill,", people[1]) == set()
    assert greeted("Hello Will,", people[1]) == set()
    assert greeted("Hi Robert,", people[0]) == {"FK204"}  # another person's name
    assert greeted("Dear Bob,", people[1]) == {"FK204"}  # Robert's nickname, not William's


def test_group_greetings_without_an_interview():
    person = Interviewer(name="Ada Brandt", salutation="Ms. Brandt")
    text = "Dear Search Committee,\n\nThank you for the interview.\n\nBest,\nLi\n"
    assert "FK204" not in _codes(text, interviewer=person)
    assert read_letter(text).greeting.names_nobody
    assert not read_letter("Dear Ada, Jo and the team,\n\nThanks.\n").greeting.names_nobody


# --- FK104 without topics: a cue must name something of its own -------------------------------


def _recall(body: str) -> set[str]:
    return _codes(f"Dear Mr. Lund,\n\n{body}\n\nKind regards,\nIvo\n") & {"FK104"}


def test_a_talk_noun_recalls_only_what_follows_about_or_of():
    assert _recall("Thank you for the interview.\n\nOur chat about the night-shift rota was "
                   "useful.\n\nI look forward to hearing from you.") == set()
    assert _recall("Thank you for the interview.\n\nOur conversation reinforced my wish to "
                   "join.\n\nI look forward to hearing from you.") == {"FK104"}


def test_what_follows_a_cue_in_another_clause_or_paragraph_is_not_its_subject():
    assert _recall("Thank you for the interview. I enjoyed our discussion and am thrilled "
                   "about the possibility of joining.\n\nI look forward to hearing from you."
                   ) == {"FK104"}
    # a first paragraph without a full stop does not run into the next one
    assert _recall("Thank you for the interview and for talking about the\n\nSpreadsheets "
                   "matter to me.\n\nI look forward to hearing from you.") == {"FK104"}


def test_hearing_more_about_something_recalls_it():
    assert _recall("Thank you for the interview. It was great to hear more about your "
                   "glazing studio.\n\nI look forward to hearing from you.") == set()


# --- FK102: thanks sent to someone else is not thanks to the reader ----------------------------


def test_thanking_a_third_person_does_not_thank_the_reader():
    text = ("Dear Ms. Ueda,\n\nI met your colleagues on Friday; please thank them for the "
            "coffee.\n\nI look forward to hearing from you.\n\nBest,\nRan\n")
    assert "FK102" in _codes(text)
    assert "FK102" not in _codes(text.replace("please thank them", "thank you and them"))


# --- FK105: a nod is a claim, not thanks for a chance to talk about oneself ---------------------


def _nod(sentence: str) -> set[str]:
    text = (f"Dear Ms. Ueda,\n\nThank you for the interview.\n\n{sentence}\n\nI look forward "
            "to hearing from you.\n\nBest,\nRan\n")
    return _codes(text) & {"FK105"}


def test_a_chance_to_share_my_skills_is_no_nod_to_them():
    assert _nod("Thank you again for the opportunity to discuss my background and goals.") == {
        "FK105"}
    assert _nod("I have attached my portfolio as you asked.") == {"FK105"}
    assert _nod("My background in cold-chain logistics fits the role well.") == set()
    assert _nod("I would be glad to help put the ideas I proposed about the stock room into "
                "practice.") == set()


def test_an_achievement_told_in_the_first_person_is_a_nod():
    assert _nod("At Dunmore Dairy I cut our spoilage rate by a third in one season.") == set()
    assert _nod("Last year I streamlined the intake forms for the whole clinic.") == set()
    assert _nod("I set up the volunteer rota for our food bank.") == set()
    assert _nod("During my MSc in Leeds, we mapped river otters in three valleys.") == set()
    assert _nod("I collected and identified the beetles in our field survey.") == set()
    assert _nod("I enjoyed seeing how your team cut spoilage by a third.") == {"FK105"}


def test_fun_to_hear_how_recalls_the_talk_with_enthusiasm():
    text = ("Hi Jo,\n\nThanks for meeting me today. It was fun to hear how your crew rebuilt "
            "the loading dock over one weekend.\n\nI have driven forklifts for six years.\n\n"
            "Hope to hear from you soon.\n\nThanks,\nAl\n")
    assert {"FK104", "FK305"}.isdisjoint(_codes(text))
    flat = text.replace("It was fun to hear how your crew rebuilt the loading dock over one "
                        "weekend.", "It was a long day.")
    assert {"FK104", "FK305"} <= _codes(flat)


def test_an_explanation_of_something_recalls_it():
    text = ("Dear Mr. Vidal,\n\nThank you for the interview yesterday.\n\nI liked very much "
            "the explanation about the move of the old billing system to the cloud.\n\n"
            "I hope to hear from you soon.\n\nBest regards,\nAna\n")
    assert "FK104" not in _codes(text)
    assert "FK104" in _codes(text.replace("the move of the old billing system to the cloud",
                                          "the role"))


# --- FK106: a hope to work together keeps the door open ---------------------------------------


def test_a_hope_to_work_together_keeps_the_door_open():
    text = ("Dear Ms. Ueda,\n\nThank you for the interview.\n\nI enjoyed the tour of the "
            "bakery.\n\nI hope to eventually work with you and the team.\n\nBest,\nRan\n")
    assert "FK106" not in _codes(text)
    assert "FK106" in _codes(text.replace("I hope to eventually work with you and the team.",
                                          "Have a good week."))
    asks = text.replace("I hope to eventually work with you and the team.",
                        "When you are free, can we talk again so I can show you my sketches?")
    assert "FK106" in _codes(asks)  # a request for another call, not an open door


# --- FK108: a closing wish with a comma above the name is the sign-off -------------------------


def test_a_closing_wish_ending_with_a_comma_is_the_sign_off():
    letter = read_letter("Dear Ms. Ueda,\n\nThank you for the interview today. I look "
                         "forward to hearing from you.\nHave a lovely long weekend,\nRan Ito\n")
    assert letter.sign_off.text == "Have a lovely long weekend,"
    assert len(letter.paragraphs) == 1


# --- FK109: hard wraps broken by a copy-paste ---------------------------------------------------


def test_broken_hard_wraps_do_not_start_a_paragraph_at_every_short_line():
    block = ("Thank you for meeting me about the archive post yesterday; the reading room\n"
             "and the new cold store were a\n"
             "treat to see. I would keep the catalogue moving at a good pace.\n"
             "I also have a few ideas for the\n"
             "volunteers, who could help with the photographs over the winter months.\n")
    letter = read_letter(f"Dear Dr. Amsel,\n\n{block}\nSincerely,\nGreta\n")
    assert len(letter.paragraphs) == 1
    tidy = ("Thank you for meeting me about the archive post yesterday; the reading room\n"
            "and the cold store were a treat to see.\n"
            "I would keep the catalogue moving at a good pace, and I have a few ideas for\n"
            "the volunteers, who could help with the photographs over the winter months.\n")
    assert len(read_letter(f"Dear Dr. Amsel,\n\n{tidy}\nSincerely,\nGreta\n").paragraphs) == 2


# --- FK110: a typed letter fills a page ----------------------------------------------------------


def test_a_typed_letter_may_be_longer_than_an_email():
    para = " ".join(["I would bring care and patience to the reading room every day."] * 12)
    text = (f"Dear Dr. Amsel:\n\nThank you for the interview.\n\n{para}\n\n{para}\n\n"
            "I look forward to hearing from you.\n\nSincerely,\nGreta\n")
    assert 250 < read_letter(text).words < 400
    assert "FK110" in _codes(text, channel="email")
    assert "FK110" not in _codes(text, channel="letter")
    longer = text.replace("I look forward", f"{para}\n\n{para}\n\nI look forward")
    assert "FK110" in _codes(longer, channel="letter")


# --- FK206: the company's own acronym ------------------------------------------------------------


@pytest.mark.parametrize("company, sentence, own, other", [
    ("Northern Grain Cooperative Ltd",
     "I would love to join NGC and help the NGC team at harvest.", "join NGC", "join ACME Mills"),
    # small words ("on", "and") are left out, and a possessive taken off
    ("Commission on Rail and Road Safety",
     "I would be proud to contribute to CRRS's mission of safe travel.", "CRRS's", "ACME's"),
])
def test_the_companys_own_acronym_is_not_another_company(company, sentence, own, other):
    interview = _interview_at(company)
    text = (f"Dear Ms. Berg,\n\nThank you for the interview at {company}.\n\n{sentence}\n\n"
            "I look forward to hearing from you.\n\nBest,\nAri\n")
    options = {"interviewer": interview.interviewers[0], "channel": "email"}
    assert "FK206" not in _codes(text, interview, **options)
    assert "FK206" in _codes(text.replace(own, other), interview, **options)


def _interview_at(company: str, position: str = "Inspector") -> fk.Interview:
    return fk.Interview(company=company, position=position,
                        ended_at=sample_interview().ended_at,
                        interviewers=[Interviewer(name="Ola Berg", salutation="Ms. Berg")])


# --- tone: "you guys", a chase, a deadline, expenses -------------------------------------------


def test_tone_patterns_in_new_words():
    base = ("Dear Ms. Berg,\n\nThank you for the interview.\n\n{middle}\n\nBest,\nAri\n")
    assert "FK301" in _codes(base.format(middle="It was fun to meet you guys."))
    assert "FK304" in _codes(base.format(
        middle="I hope to hear about the next steps before Thursday."))
    assert "FK304" in _codes(base.format(
        middle="I still haven't received any word from your office."))
    assert "FK306" in _codes(base.format(
        middle="Could you reimburse my train fare to the interview?"))
    assert "FK306" in _codes(base.format(middle="Are relocation costs covered?"))


# --- FK601 without a known position ---------------------------------------------------------------


def test_a_subject_without_thanks_or_a_title_is_flagged_without_a_known_position():
    body = "Dear Ms. Berg,\n\nThank you for the interview.\n\nBest,\nAri\n"
    assert "FK601" in _codes(f"Subject: Checking in about our interview\n\n{body}")
    assert "FK601" not in _codes(f"Subject: Mill Operator interview\n\n{body}")
    assert "FK601" not in _codes(f"Subject: Thanks for today\n\n{body}")


# --- FK702: a compound that needs its hyphen -----------------------------------------------------


def test_a_run_together_compound_is_spelt_with_its_hyphen():
    text = ("Dear Ms. Berg,\n\nThank you for the interview. I am detailoriented and "
            "selfmotivated, and welcome the skillset you described.\n\nBest,\nAri\n")
    found = [f.message for f in fk.check(text, channel="email") if f.code == "FK702"]
    assert any("detail-oriented" in m for m in found)
    assert any("self-motivated" in m for m in found)
    assert not any("welcome" in m for m in found)


# --- signature blocks: a title line is not the body's last line --------------------------------


def test_a_title_or_employer_line_under_the_name_is_part_of_the_signature():
    for title in ("Head of Visitor Experience and Community Programs, Norr Museum",
                  "Lab Coordinator | Vale Biotech | she/her"):
        letter = read_letter("Hi Ines,\n\nThank you for the interview today. I look forward to "
                             f"hearing from you.\n\nBest,\nMira Sol\n{title}\nmira@example.org\n")
        assert letter.sign_off.text == "Best,", title
        assert [p.text for p in letter.paragraphs] == [
            "Thank you for the interview today. I look forward to hearing from you."]


def test_asking_when_to_start_presumes_the_job():
    text = ("Dear Ms. Berg,\n\nThank you for the interview.\n\nPlease tell me what day I should "
            "start.\n\nBest,\nAri\n")
    assert "FK304" in _codes(text)


# --- FK203: a template's instructions left in the letter ----------------------------------------


def test_a_templates_instructions_are_unfilled_placeholders():
    text = ("Dear Mr. Voss,\n\nIn the first paragraph, thank the hiring manager for the "
            "meeting. Remind them which role you applied for.\n\nMention a specific topic you "
            "covered. You might want to include a short story from your last job.\n\n"
            "I look forward to hearing from you.\n\nBest,\nNina\n")
    found = [f for f in fk.check(text, channel="email") if f.code == "FK203"]
    assert [f.line for f in found] == [3, 3, 5, 5]
    plain = ("Dear Mr. Voss,\n\nThank you for the meeting about the stock clerk role. You "
             "mentioned the new scanners, and I have used them before. You can use this link "
             "to see my stock sheets: example.org/nina.\n\nI look forward to "
             "hearing from you.\n\nBest,\nNina\n")
    assert "FK203" not in _codes(plain)


# --- FK206: names that are tools, places, partners or the writer's past -------------------------


def _other_company(sentence: str) -> set[str]:
    interview = sample_interview()
    text = ("Dear Ms. Rivera,\n\nThank you for the interview for the Senior Staff Accountant "
            f"position at Harlow & Pike LLP.\n\n{sentence}\n\nI look forward to hearing from "
            "you.\n\nBest,\nSam\n")
    found = fk.check(text, interview, interviewer=interview.interviewers[0], channel="email")
    return {f.code for f in found} & {"FK206"}


def test_tools_places_partners_and_past_employers_are_not_another_company():
    for sentence in ("Working with Xero and Sage every week, I know month-end well.",
                     "I would enjoy supporting the audit team at the Denver office.",
                     "It was inspiring to hear about your work with Meals on Wheels.",
                     "Thank you again for the interview at H&P.",
                     "I would give Harlow & Pike the care I brought to Dunmore Ltd."):
        assert _other_company(sentence) == set(), sentence
    for sentence in ("I would be glad to work with Brightline Foods.",
                     "I hope to join the team at Copperleaf.",
                     "A role with Copperleaf Partners would suit me."):
        assert _other_company(sentence) == {"FK206"}, sentence


def test_time_spent_doing_the_work_is_a_nod_to_experience():
    assert _nod("After four years on the pastry station, I can run your morning bake.") == set()
    assert _nod("My two summers guiding kayak tours taught me to keep groups calm.") == set()
    assert _nod("I hope to hear back in a few weeks.") == {"FK105"}


def test_walking_through_something_recalls_it():
    assert _recall("Thank you for the interview.\n\nI enjoyed walking through the stock "
                   "rotation plan with you.\n\nI look forward to hearing from you.") == set()


# --- FK106 / FK304 on closing lines in new words --------------------------------------------


def _closing(line: str) -> set[str]:
    text = (f"Dear Ms. Ito,\n\nThank you for the interview.\n\nI enjoyed learning about your kiln "
            f"project.\n\n{line}\n\nBest,\nLi\n")
    return _codes(text) & {"FK106", "FK304"}


def test_many_ways_of_keeping_the_door_open():
    for line in ("Please reach out if anything else would help.", "I await your reply.",
                 "I hope our paths cross again.", "I am just an email away.",
                 "Please keep me in mind.", "I'd be delighted to discuss this further."):
        assert _closing(line) == set(), line
    assert _closing("Have a restful weekend!") == {"FK106"}


def test_an_offer_or_a_call_to_someone_else_is_not_pushy():
    assert _closing("Please let me know if you need anything before Monday.") == set()
    assert _closing("I will call my referees so they expect your call. I hope to hear "
                    "from you.") == set()
    assert "FK304" in _closing("I will call you on Monday to hear your decision.")
    assert _closing("I'll phone the office next week for news. Talk soon.") == {"FK304"}


def test_a_list_after_our_conversation_recalls_it():
    assert _recall("Thank you for the interview.\n\nTwo points from our conversation stood "
                   "out:\n- the walk-in freezer upgrade,\n- the Sunday brunch menu.\n\nI look "
                   "forward to hearing from you.") == set()


# --- FK207: a title of the panel's or another opening talked about -----------------------------


def _title_findings(sentence: str) -> set[str]:
    interview = sample_interview()  # Ms. Rivera is the Controller, Mr. Haddad the Audit Manager
    text = (f"Dear Ms. Rivera,\n\nThank you for meeting with me today.\n\n{sentence} I enjoyed "
            "learning about the ERP rollout.\n\nI look forward to hearing from you.\n\n"
            "Best,\nSam\n")
    found = fk.check(text, interview, interviewer=interview.interviewers[0], channel="email")
    return {f.code for f in found} & {"FK207"}


def test_a_panel_members_title_or_another_opening_is_no_mismatch():
    assert _title_findings("Your Controller role must be busy at quarter end.") == set()
    assert _title_findings("The Payroll Lead position you mentioned sounds interesting.") == set()
    assert _title_findings("I would also consider another Tax Associate opening.") == set()
    assert _title_findings("I am keen on the Staff Accountant position you posted.") == {"FK207"}


# --- a notice of any wording under the signature ---------------------------------------------


def test_a_disclaimer_in_any_words_under_the_name_is_not_the_body():
    notice = ("LEGAL: Everything in this transmission is meant only for its addressee; anyone "
              "else must erase it at once and tell the sender, as copying it is not allowed.")
    letter = read_letter("Dear Ms. Ito,\n\nThank you for the interview today.\n\nI enjoyed "
                         "the kiln tour.\n\nI look forward to hearing from you.\n\nKind "
                         f"regards,\nLi Wen\nli@example.org\n\n{notice}\n")
    assert letter.sign_off.text == "Kind regards,"
    assert len(letter.paragraphs) == 3
    assert notice not in letter.spoken_text


def test_a_doubled_place_name_and_sic_are_not_errors():
    base = "Dear Ms. Ito,\n\nThank you for the interview.\n\n{middle}\n\nBest,\nLi\n"
    assert "FK701" not in _codes(base.format(middle="I grew up near Baden Baden, by the hills."))
    assert "FK701" in _codes(base.format(middle="I enjoyed the tour. The The kiln was hot."))
    assert "FK203" not in _codes(base.format(middle="The posting's “recieve” [sic] made me smile."))


def test_a_pleasantry_line_before_the_thanks_is_not_a_missing_thanks():
    text = ("Dear Ms. Ito,\n\nI hope your week is off to a good start.\n\nThank you for the "
            "interview on Friday.\n\nI look forward to hearing from you.\n\nBest,\nLi\n")
    assert "FK102" not in _codes(text)
    assert "FK102" in _codes(text.replace("Thank you for the interview on Friday.",
                                          "The interview on Friday went well."))
    assert "FK102" in _codes(text.replace("I hope your week is off to a good start.",
                                          "I am following up on our interview."))


def test_trade_words_are_not_sensitive_matters():
    base = ("Dear Ms. Ito,\n\nThank you for the interview.\n\n{middle}\n\nI look forward to "
            "hearing from you.\n\nBest,\nLi\n")
    for middle in ("We discussed how to raise stock turnover in the shop.",
                   "I audited pension fund accounts at my last firm.",
                   "I restructured the filing of the tax code notes.",
                   "I have filed travel expense reports for forty staff.",
                   "Your vacation rental listings looked great."):
        assert "FK306" not in _codes(base.format(middle=middle)), middle
    for middle in ("Is the staff turnover still high after the reorganisation of the team?",
                   "Could the firm cover my travel costs?", "How many vacation days come with it?"):
        assert "FK306" in _codes(base.format(middle=middle)), middle


# --- messy email: the forms mail programs and people produce ------------------------------------


def _clinic():
    """A made-up interview for this section: Priya Nair at a veterinary clinic."""
    nair = Interviewer(name="Priya Nair", title="Practice Manager", email="p.nair@example.org",
                       salutation="Dr. Nair", topics=("night clinic",))
    lund = Interviewer(name="Tomas Lund", title="Head Nurse", email="t.lund@example.org",
                       salutation="Mr. Lund")
    return replace(sample_interview(), company="Northgate Veterinary Clinic",
                   position="Veterinary Technician", interviewers=(nair, lund),
                   topics=("night clinic",), skills=("anaesthesia monitoring",),
                   other_companies=(), agreed_channel=None)


_CLINIC_BODY = ("Thank you for showing me around Northgate Veterinary Clinic today and for the "
                "talk about the Veterinary Technician post.\n\nI enjoyed hearing how the night "
                "clinic runs and how the team shares the late cases. My two years of anaesthesia "
                "monitoring at a busy practice would help your night team from the first week."
                "\n\nI look forward to hearing from you.")


def _clinic_letter(greeting: str = "Dear Dr. Nair,", closing: str = "Kind regards,\nLeo Park\n"
                   "leo.park@example.net", body: str = _CLINIC_BODY) -> str:
    return (f"Subject: Thank you - Veterinary Technician interview\n\n{greeting}\n\n{body}\n\n"
            f"{closing}\n")


def _clinic_codes(text: str, **options) -> set[str]:
    interview = _clinic()
    options.setdefault("channel", "email")
    found = fk.check(text, interview, interviewer=interview.interviewers[0],
                     sent_at=interview.ended_at + timedelta(hours=3), **options)
    return {f.code for f in found}


def test_a_greeting_by_the_time_of_day_or_with_a_filler_word_names_the_reader():
    for greeting, addressee in (("Morning Priya,", "Priya"), ("Evening, Dr. Nair!", "Dr. Nair"),
                                ("Afternoon Priya -", "Priya"), ("Hey there Priya,", "Priya"),
                                ("Hi again, Priya!", "Priya"), ("Hola Priya,", "Priya")):
        text = _clinic_letter(greeting)
        assert read_letter(text).greeting.addressee == addressee, greeting
        assert _clinic_codes(text) == set(), greeting
    assert read_letter(_clinic_letter("Hi there,")).greeting.names_nobody
    assert "FK204" in _clinic_codes(_clinic_letter("Morning Pria,"))


def test_a_sentence_that_starts_with_a_time_of_day_is_no_greeting():
    text = ("Morning rounds at your clinic looked calm and well run.\n\n" + _CLINIC_BODY
            + "\n\nBest,\nLeo\n")
    assert read_letter(text).greeting is None


def test_a_card_whose_greeting_is_set_off_by_a_dash():
    for dash in (" - ", " — ", "—", " -- "):
        text = (f"Priya{dash}thank you for the tour of the night clinic today. My years of "
                "anaesthesia monitoring would help your team, and I hope to hear from you soon."
                "\n\nLeo\n")
        letter = read_letter(text)
        assert letter.greeting is not None and letter.greeting.addressee == "Priya", dash
        assert letter.greeting.text == f"Priya{dash.rstrip()}", dash
        assert letter.paragraphs[0].text.startswith("Priya"), dash
        assert "FK101" not in _clinic_codes(text, channel="handwritten"), dash
    assert read_letter("Today - the clinic was busy and I learned a lot.\n").greeting is None
    one_line = read_letter("Priya - thank you for the tour of the night clinic today. I hope to "
                           "hear from you soon. Thanks again! -Leo")
    assert (one_line.sign_off.text, one_line.name.text) == ("Thanks again!", "Leo")
    unsigned = read_letter("Thank you for the tour of the night clinic today, Priya! I hope to "
                           "hear from you soon. —Leo Park")
    assert unsigned.name.text == "Leo Park" and unsigned.sign_off is None
    assert unsigned.paragraphs[0].text.endswith("hear from you soon.")


def _parts(text: str):
    letter = read_letter(text)
    return (letter.subject and letter.subject.text, letter.greeting and letter.greeting.text,
            [p.text for p in letter.paragraphs], letter.sign_off and letter.sign_off.text,
            [line.text for line in letter.signature])


def test_invisible_characters_and_unicode_line_breaks_read_as_plain_text():
    plain = _clinic_letter()
    assert _parts(plain)[1:] == ("Dear Dr. Nair,", _CLINIC_BODY.split("\n\n"), "Kind regards,",
                                 ["Leo Park", "leo.park@example.net"])
    for changed in (plain.replace("\n\n", "\n\u200b\n"),             # zero-width space lines
                    plain.replace("Kind regards,", "Kind regards,\u200c"),  # a joiner after it
                    "\ufeff" + plain.replace("\n\nI look", "\n\n\u2060I look"),
                    plain.replace("\n", "\u2028"),                   # Unicode line separators
                    plain.replace("\n\n", "\u2029"),                 # ... and paragraph ones
                    plain.replace("anaesthesia", "anaes\u00adthesia")):  # a soft hyphen
        assert _parts(changed) == _parts(plain), repr(changed[:80])
    assert "FK702" not in _clinic_codes(plain.replace("anaesthesia", "anaes\u00adthesia"))


def test_a_sign_off_is_read_through_emoji_markdown_and_an_exclamation_mark():
    for closing, sign_off, name in (
            ("Thanks! 🙏\nLeo Park", "Thanks! 🙏", "Leo Park"),
            ("Many thanks 😊\nLeo", "Many thanks 😊", "Leo"),
            ("*Kind regards,*\n*Leo Park*", "Kind regards,", "Leo Park"),
            ("**Best,**\n**Leo Park**", "Best,", "Leo Park"),
            ("Thank you again!\nLeo Park", "Thank you again!", "Leo Park"),
            ("Thanks so much.\nLeo", "Thanks so much.", "Leo"),
            ("Thanks! -Leo", "Thanks!", "Leo"),
            ("Best, —Leo Park", "Best,", "Leo Park"),
            ("Kind regards,\n- Leo Park", "Kind regards,", "Leo Park"),
            ("With thanks,\n~Leo", "With thanks,", "Leo")):
        letter = read_letter(_clinic_letter(closing=closing))
        assert letter.sign_off is not None and letter.sign_off.text == sign_off, closing
        assert letter.name.text == name, closing
        assert len(letter.paragraphs) == 3, closing
        assert "FK108" not in _clinic_codes(_clinic_letter(closing=closing)), closing
    # a sentence of thanks that is the body's last line stays in the body
    letter = read_letter(_clinic_letter(closing="Thank you for the coffee and the tour!\nLeo"))
    assert letter.paragraphs[-1].text.endswith("tour!")


def test_a_memo_or_email_header_at_the_top_is_the_letters_own_not_a_quote():
    body = _clinic_letter().split("\n\n", 1)[1]
    for header in ("To: Dr. Priya Nair, Practice Manager\nFrom: Leo Park\nDate: 19 November "
                   "2026\nRe: Thank you - Veterinary Technician interview",
                   "From: Leo Park <leo.park@example.net>\nSent: Thursday, November 19, 2026 "
                   "4:02 PM\nTo: Priya Nair\nSubject: Thank you - Veterinary Technician interview"):
        letter = read_letter(f"{header}\n\n{body}")
        assert letter.quoted_from is None, header
        assert letter.subject.text == "Thank you - Veterinary Technician interview"
        assert letter.greeting.text == "Dear Dr. Nair," and len(letter.paragraphs) == 3
        assert letter.sign_off.text == "Kind regards,"


def test_a_quoted_outlook_header_in_markdown_bold_is_still_a_quote():
    text = (_clinic_letter() + "\n**From:** Priya Nair <p.nair@example.org>\n**Sent:** Tuesday,"
            " November 17, 2026 9:14 AM\n**To:** Leo Park\n**Subject:** Interview\n\nHi Leo, "
            "the panel meets at TBD.\n")
    letter = read_letter(text)
    assert letter.quoted_from == text.split("\n").index("**From:** Priya Nair "
                                                         "<p.nair@example.org>") + 1
    assert "FK203" not in _clinic_codes(text)


def test_a_typed_heading_of_name_address_and_date_without_a_greeting():
    text = ("Leo Park\n7 Harbour Road\nPortland, ME 04101\nNovember 19, 2026\n\n" + _CLINIC_BODY
            + "\n\nSincerely,\nLeo Park\n")
    letter = read_letter(text)
    assert [line.text for line in letter.heading] == ["Leo Park", "7 Harbour Road",
                                                     "Portland, ME 04101", "November 19, 2026"]
    assert letter.date.text == "November 19, 2026"
    assert letter.paragraphs[0].text.startswith("Thank you for showing me")
    assert "FK102" not in _clinic_codes(text, channel="letter")


def test_a_mail_programs_own_bracketed_notes_are_no_placeholders():
    for note in ("[Quoted text hidden]", "[attachment: night_clinic_notes.pdf]",
                 "[Attachment removed]", "[image: Northgate logo]",
                 # Outlook's plain text of a signature picture: its address or its made-up alt
                 "[https://example.net/sig/leo-badge.png]<https://example.net/>",
                 "[A picture containing drawing  Description automatically generated]"):
        text = _clinic_letter() + f"\n{note}\n"
        assert "FK203" not in _clinic_codes(text), note
    assert "FK203" in _clinic_codes(_clinic_letter() + "\n[Your phone number]\n")


def test_a_greeting_line_to_several_people_and_a_team_is_not_the_first_sentence():
    for greeting in ("Dear Dr. Nair, Mr. Lund, and the rest of the night team,",
                     "Hello Priya and everyone at the front desk,"):
        text = _clinic_letter(greeting)
        letter = read_letter(text)
        assert letter.greeting.text == greeting and not letter.greeting.inline
        assert not letter.greeting.names_nobody
        assert letter.paragraphs[0].text.startswith("Thank you for showing me")
        assert {"FK101", "FK102", "FK204"}.isdisjoint(_clinic_codes(text)), greeting
    inline = read_letter("Hi Priya, thank you for the tour of the clinic today and for the "
                         "time you gave me,\nwhich I appreciated.\n\nBest,\nLeo\n")
    assert inline.greeting.inline


_QUOTED = ("On Tue, Nov 17, 2026 at 9:14 AM Priya Nair <p.nair@example.org> wrote:\n"
           "> Hi Leo,\n>\n> The panel meets at TBD. Bring [Name] to reception.\n>\n> Priya\n")


def test_a_reply_written_under_the_quoted_message_is_the_letter():
    letter_text = _clinic_letter().split("\n\n", 1)[1]  # no subject line
    for text in (f"{_QUOTED}\n{letter_text}",
                 f"Subject: Re: Interview\n\n{_QUOTED}\n{letter_text}",
                 f"{_QUOTED.replace(' wrote:', chr(10) + 'wrote:')}\n{letter_text}"):
        letter = read_letter(text)
        assert letter.greeting.text == "Dear Dr. Nair,", text[:60]
        assert [p.text for p in letter.paragraphs] == _CLINIC_BODY.split("\n\n")
        assert "TBD" not in letter.text and "wrote:" not in letter.text
        codes = _clinic_codes(text)
        assert {"FK101", "FK102", "FK203"}.isdisjoint(codes), (text[:60], codes)


def test_a_quote_at_the_bottom_still_ends_the_letter():
    text = _clinic_letter() + "\n" + _QUOTED
    letter = read_letter(text)
    assert letter.quoted_from == text.split("\n").index(_QUOTED.split("\n")[0]) + 1
    assert letter.sign_off.text == "Kind regards," and "TBD" not in letter.text


def test_a_subject_line_however_it_is_labelled():
    plain = _clinic_letter()
    for label in ("SUBJECT:", "Subject line:", "Email subject:", "E-mail Subject:", "Subject -",
                  "Subject —", "**Subject:**", "*Subject:*", "Re:", "**Subject:"):
        text = plain.replace("Subject:", label, 1)
        if label == "**Subject:":
            text = text.replace("interview\n", "interview**\n", 1)
        letter = read_letter(text)
        assert letter.subject is not None, label
        assert letter.subject.text == "Thank you - Veterinary Technician interview", label
        assert letter.greeting.text == "Dear Dr. Nair,", label
        assert "FK204" not in _clinic_codes(text), label


def test_an_opening_word_before_a_comma_or_dash_is_not_a_name():
    for first in ("Thanks - it was a pleasure to meet the team today.",
                  "Thanks so much, it was a pleasure to meet the team today.",
                  "Wow, what a visit to the clinic today.", "Quick Note - thank you for today.",
                  "Great News - I passed the certificate exam this week.",
                  "Congratulations - your team won the county award."):
        letter = read_letter(f"{first} I hope to hear from you soon about the role.\n\nLeo\n")
        assert letter.greeting is None, first
    assert read_letter("Frank, thank you for the tour today.\n\nLeo\n").greeting.addressee == \
        "Frank"


def test_an_inside_address_without_a_greeting_is_the_heading_not_the_first_paragraph():
    for heading in ("Leo Park\n7 Harbour Road\nPortland, ME 04101\n\nNovember 19, 2026\n\n"
                    "Dr. Priya Nair\nPractice Manager\nNorthgate Veterinary Clinic\n"
                    "40 Mill Lane\nPortland, ME 04102",
                    "Dr. Priya Nair\nNorthgate Veterinary Clinic"):
        text = f"{heading}\n\n{_CLINIC_BODY}\n\nSincerely,\nLeo Park\n"
        letter = read_letter(text)
        assert [line.text for line in letter.heading] == heading.replace("\n\n", "\n").split(
            "\n")
        assert letter.paragraphs[0].text.startswith("Thank you for showing me")
        assert "FK102" not in _clinic_codes(text, channel="letter")
    one_name = read_letter(f"Priya\n\n{_CLINIC_BODY}\n\nLeo\n")
    assert one_name.heading == ()


_FORWARD_HEADERS = ("From: Leo Park <leo.park@example.net>\nDate: Thu, Nov 19, 2026 at 4:02 PM\n"
                    "Subject: Thank you - Veterinary Technician interview\n"
                    "To: Priya Nair <p.nair@example.org>\n")


def test_a_letter_forwarded_to_a_coach_is_read_as_the_letter():
    letter_text = _clinic_letter().split("\n\n", 1)[1]
    for wrapper in ("---------- Forwarded message ---------\n" + _FORWARD_HEADERS,
                    "Begin forwarded message:\n\n" + _FORWARD_HEADERS,
                    "________________________________\n" + _FORWARD_HEADERS,
                    "Hi Ana, here is the thank-you I sent today. Thoughts?\n\nLeo\n\n"
                    "---------- Forwarded message ---------\n" + _FORWARD_HEADERS,
                    "Subject: Fwd: Thank you - Veterinary Technician interview\n\nFYI\n\n"
                    "-----Original Message-----\n" + _FORWARD_HEADERS):
        text = f"{wrapper}\n{letter_text}"
        letter = read_letter(text)
        assert letter.greeting is not None and letter.greeting.text == "Dear Dr. Nair,", wrapper
        assert [p.text for p in letter.paragraphs] == _CLINIC_BODY.split("\n\n"), wrapper
        assert letter.subject.text == "Thank you - Veterinary Technician interview", wrapper
        assert "Ana" not in letter.text and "FK204" not in _clinic_codes(text), wrapper


def test_a_short_reply_on_top_of_the_message_it_answers_is_still_the_letter():
    text = ("Thank you, Dr. Nair - Monday at 10 works for me.\n\nLeo\n\n"
            "-----Original Message-----\n" + _FORWARD_HEADERS.replace("Leo Park", "Priya Nair")
            + "\nHi Leo, can you come in on Monday at 10?\n")
    letter = read_letter(text)
    assert letter.paragraphs[0].text.startswith("Thank you, Dr. Nair")
    assert "Monday at 10?" not in letter.text


def test_a_one_line_letterhead_with_bars_or_bullets_is_part_of_the_heading():
    for letterhead in ("LEO PARK\n7 Harbour Road, Portland, ME 04101 | leo.park@example.net | "
                       "(207) 555-0142 | linkedin.com/in/leopark",
                       "Leo Park • Portland, Maine • leo.park@example.net • +1 (207) 555-0142 • "
                       "leopark.dev"):
        text = f"{letterhead}\n\nNovember 19, 2026\n\n" + _clinic_letter().split("\n\n", 1)[1]
        letter = read_letter(text)
        assert letter.greeting.text == "Dear Dr. Nair,", letterhead
        assert letter.heading[0].text == letterhead.split("\n")[0]
        assert {"FK101", "FK102"}.isdisjoint(_clinic_codes(text, channel="letter"))
        no_greeting = read_letter(text.replace("Dear Dr. Nair,\n\n", ""))
        assert no_greeting.paragraphs[0].text.startswith("Thank you for showing me")


# --- FK106 / FK108: a last line that only thanks again; a thanks and a wish above the name ------


_DOOR_OPEN = ("Dear Ms. Ito,\n\nThank you for the interview.\n\nI enjoyed learning about your "
              "kiln project. My years of throwing stoneware would help the studio.\n\nPlease let "
              "me know if any question comes up.\n\n{last}\n\nBest,\nLi\nli@example.org\n")


def test_a_last_paragraph_that_only_thanks_again_does_not_keep_the_door_open():
    for last in ("Thanks once more for your consideration.",
                 "Many thanks again, and have a relaxing evening!"):
        assert "FK106" in _codes(_DOOR_OPEN.format(last=last)), last
    merged = _DOOR_OPEN.replace("comes up.\n\n{last}", "comes up. Thanks once more.")
    assert "FK106" not in _codes(merged)
    # a card's few lines may end on a remark after the line that keeps the door open
    card = _DOOR_OPEN.format(last="Good luck to the team on Saturday!")
    assert "FK106" not in _codes(card, channel="handwritten")


def test_a_thanks_run_on_with_a_wish_right_above_the_name_is_the_sign_off():
    top = ("Dear Mr. Obi,\n\nThank you for showing me the bakery on Friday.\n\nPlease let me "
           "know if you need my references.\n\n")
    letter = read_letter(f"{top}Many thanks, and enjoy the rest of your week!\n\n\nAda Bello\n")
    assert letter.sign_off.text == "Many thanks, and enjoy the rest of your week!"
    assert len(letter.paragraphs) == 2
    ended = read_letter(f"{top[:-2]} Thanks again, and have a calm weekend!\n\nAda Bello\n")
    assert ended.sign_off.text == "Thanks again, and have a calm weekend!"  # as a card's
    wish = "Thank you for the tour and enjoy the festival!"
    assert read_letter(f"{top}{wish}\n\nAda Bello\n").sign_off.text == wish
    for kept in ("Thank you for your time on Friday.",  # a thanks for something is body
                 "Many thanks, and enjoy the rest of your week!\n\nBest,"):  # a sign-off below
        letter = read_letter(f"{top}{kept}\n\nAda Bello\n")
        assert len(letter.paragraphs) == 3, kept


# --- FK104: the company, the role or a moment in time named after a cue recall nothing ----------


def _codes_in(text: str, ctx: Context) -> set[str]:
    return {f.code for f in check_with_context(text, ctx)}


def test_learning_about_the_company_or_the_role_recalls_nothing():
    facts = Context(Facts(company="Pell Freight Ltd", position="Dispatch Planner"),
                    channel="email")
    general = ("Thank you for the interview.\n\nIt was good to learn more about Pell Freight, "
               "and about the Dispatch Planner role in particular.\n\nI look forward to "
               "hearing from you.")
    assert _recall(general.replace("Pell Freight, and about ", "")) == {"FK104"}
    assert _recall(general.replace("Pell Freight,", "Pell Freight Ltd,")) == {"FK104"}
    assert "FK104" in _codes_in(f"Dear Mr. Lund,\n\n{general}\n\nKind regards,\nIvo\n", facts)
    named = general.replace("Pell Freight, and about the Dispatch Planner role in particular",
                            "the cross-dock Pell Freight is building in Leeds")
    assert "FK104" not in _codes_in(f"Dear Mr. Lund,\n\n{named}\n\nKind regards,\nIvo\n",
                                    facts)
    for vague in ("I enjoyed learning about the (role) and the [company].",
                  "Thanks for letting me learn about the job and the firm.",
                  "After observing the firm's operations, I am sure I would thrive there.",
                  "After our chat, I am convinced that this is the right move.",
                  "Hearing about the Night Porter job and the team made me keen to join.",
                  "Learning more about the firm confirmed my interest in it."):
        assert _recall(f"Thank you for the interview.\n\n{vague}\n\nI look forward to "
                       "hearing from you.") == {"FK104"}, vague
    for vague in ("I enjoyed learning about the firm and the great things you guys are doing.",
                  "Thank you for taking the time to get to know me."):
        assert _recall(f"Thank you for the interview.\n\n{vague}\n\nI look forward to "
                       "hearing from you.") == {"FK104"}, vague
    for specific in ("After observing the night crew load the vans, I am keen to start.",
                     "I especially enjoyed getting to know your dispatcher Rui.",
                     "I also enjoyed comparing notes on our hikes in the Tatras.",
                     "After our chat about the winter rota, I am keen to start.",
                     "As we discussed on Monday, I ran a depot of forty drivers.",
                     "Learning how you made the cold store pay for itself confirmed my "
                     "interest.",
                     "The cold store I heard about is a big step."):
        assert _recall(f"Thank you for the interview.\n\n{specific}\n\nI look forward to "
                       "hearing from you.") == set(), specific


# --- FK206: a person named after "interview with" or in the panel is no company ----------------


def test_a_persons_name_is_not_another_company():
    for sentence in ("Thank you for arranging my interview with Noor yesterday.",
                     "Please pass my thanks to everyone after my interview with Noor Haddad."):
        assert _other_company(sentence) == set(), sentence
    for sentence in ("My interview with Brightline Foods LLC went well too.",
                     "The position with Brightline Foods would also suit me."):
        assert _other_company(sentence) == {"FK206"}, sentence
    panel = replace(sample_interview(), interviewers=(Interviewer(name="Zoë Brandt"),))
    text = ("Dear Ms. Brandt,\n\nThank you for the interview for the Senior Staff Accountant "
            "position at Harlow & Pike LLP.\n\nI would be glad to help Zoe's team close the "
            "books.\n\nI look forward to hearing from you.\n\nBest,\nSam\n")
    assert "FK206" not in _codes(text, panel, interviewer=panel.interviewers[0])


# --- FK305: warmth in other words; praise of the reader is not the writer's enthusiasm ----------


def test_a_strong_word_for_what_the_writer_did_or_wants_is_enthusiasm():
    for middle in ("It was wonderful to hear how the ward plans its night shifts.",
                   "Your clinic sounds like a fantastic place to work."):
        assert "FK305" not in _codes(_PLAIN.format(middle=middle)), middle
    for middle in ("Your clinic is a great organisation with a great team.",
                   "It was great to meet you.",
                   "It was nice to learn how the ward plans its night shifts."):
        assert "FK305" in _codes(_PLAIN.format(middle=middle)), middle


# --- FK203: a slot word in parentheses --------------------------------------------------------


def test_a_slot_word_in_parentheses_is_a_placeholder():
    def slots(sentence: str) -> list[str]:
        text = f"Dear Ms. Varga,\n\n{sentence}\n\nSincerely,\nPetra\n"
        return [f.message.split("“")[1].split("”")[0] for f in fk.check(text, channel="email")
                if f.code == "FK203"]

    assert slots("Thank you for the ( company) interview about the (Role).") == [
        "( company)", "(Role)"]
    assert slots("I enjoyed meeting the (employer) team and the (Organisation Name) staff.") == [
        "(employer)", "(Organisation Name)"]
    assert slots("I led a (company-wide) audit and served as shift lead (team lead).") == []


def test_phone_numbers_of_other_countries_are_contact_details():
    for phone in ("+44 7700 900123", "+91 98765 43210", "+33 6 12 34 56 78",
                  "+49 151 23456789", "Mobile: 0171-2345678", "M: 2075550142"):
        text = _clinic_letter(closing=f"Kind regards,\nLeo Park\n{phone}")
        assert "FK107" not in _clinic_codes(text), phone
        assert read_letter(text).signature[-1].text == phone
    for words in ("On 2026-11-19 we met.", "It cost $1,250,000 in 2026.", "+5 years of C++."):
        assert not has_contact(words), words


def test_a_sentence_that_ends_in_wrote_is_no_quoted_reply():
    body = _CLINIC_BODY.split("\n\n")
    text = _clinic_letter(body=f"{body[0]}\n\nOn caring for frightened animals, my first mentor "
                               f"once wrote:\n\n\"Calm hands make calm patients.\"\n\n{body[1]}\n\n"
                               f"{body[2]}")
    letter = read_letter(text)
    assert letter.quoted_from is None and len(letter.paragraphs) == 5
    assert letter.sign_off.text == "Kind regards,"


def test_the_line_left_for_a_handwritten_signature_is_no_placeholder():
    for rule in ("____________________", "Signature: ________________"):
        text = _clinic_letter(closing=f"Sincerely,\n\n\n{rule}\nLeo Park\nleo.park@example.net")
        letter = read_letter(text)
        assert letter.name.text == "Leo Park" and rule not in letter.text
        assert "FK203" not in _clinic_codes(text, channel="letter"), rule
    blank = _clinic_letter(body=_CLINIC_BODY.replace("night clinic runs", "__________ runs"))
    assert "FK203" in _clinic_codes(blank)


# --- a closing wish above a template's name slot is the sign-off -------------------------------


def test_a_closing_wish_above_a_name_slot_is_the_sign_off():
    text = ("Hi [Name],\nThank you for showing me the bakery on Friday; the sourdough starter "
            "you keep from 1998 is a story I will retell.\nMy two winters baking at a hotel "
            "taught me early shifts, and I would enjoy them again.\nLooking forward to your "
            "reply soon,\n[Your Name]\n")
    letter = read_letter(text)
    assert letter.sign_off is not None and letter.sign_off.text.startswith("Looking forward")
    assert len(letter.paragraphs) == 2
    assert "FK108" not in _codes(text)


# --- FK703: a "!" inside a bracketed aside does not end the sentence ---------------------------


def test_an_exclamation_inside_an_aside_does_not_end_the_sentence():
    text = ("Dear Mr. Osei,\n\nThank you for the visit to the print shop (and for the coffee, "
            "which was excellent!) and for the time you gave me.\n\nMy years on offset presses "
            "would help with the new catalogue run.\n\nI look forward to hearing from you.\n\n"
            "Best regards,\nLea\nlea@example.org\n")
    assert "FK703" not in _codes(text)
    run_on = text.replace("excellent!) and", "excellent!). and")
    assert "FK703" in _codes(run_on)


# --- FK102: a favour asked for is not thanks ----------------------------------------------------


def test_thanks_for_a_favour_not_yet_done_is_not_thanks():
    text = ("Dear Ms. Kerr,\n\nI am writing about the warehouse lead opening. An update on "
            "where things stand would be greatly appreciated.\n\nMy five years running a night "
            "shift taught me to plan loads.\n\nI look forward to hearing from you.\n\n"
            "Kind regards,\nOmar\nomar@example.org\n")
    assert "FK102" in _codes(text)
    thanked = text.replace("I am writing about", "I appreciate your time yesterday for")
    assert "FK102" not in _codes(thanked)


# --- FK104 without topics: "your current projects" names none of them ---------------------------


def test_current_projects_name_nothing_discussed():
    text = ("Hello Mr. Brandt,\n\nThank you for the call this morning. It was great to learn "
            "about your current projects.\n\nMy time fitting solar panels taught me to work "
            "safely at height.\n\nI look forward to hearing from you.\n\nBest,\nJo\n")
    assert "FK104" in _codes(text)
    named = text.replace("your current projects", "the school roof project in Leeds")
    assert "FK104" not in _codes(named)


# --- FK104 without topics: feedback the reader gave recalls the interview -----------------------


def test_feedback_the_reader_gave_recalls_the_interview():
    text = ("Dear Dr. Haas,\n\nThank you for meeting me on Monday. I valued your feedback on "
            "my lesson plan for the reading group.\n\nMy year as a classroom aide showed me how "
            "small groups work.\n\nI look forward to hearing from you.\n\nSincerely,\nMia\n")
    assert "FK104" not in _codes(text)


# --- FK107: a site named in passing is not the writer's link -------------------------------------


def test_a_site_named_in_passing_is_not_the_writers_link():
    text = ("Dear Ms. Dunn,\n\nThank you for the interview today. You asked which map data I "
            "used: it was the free set from openstreetmap.org.\n\nMy two years drawing delivery "
            "routes taught me to check every street.\n\nI look forward to hearing from you.\n\n"
            "Best regards,\nKai\n")
    assert "FK107" in _codes(text)
    own = text.replace("I look forward", "My route samples are on my site at kai-maps.dev. "
                       "I look forward")
    assert "FK107" not in _codes(own)


# --- FK104 without topics: a talk to come, or a talk as a moment, names nothing ----------------


def test_a_talk_to_come_or_a_talk_as_a_moment_recalls_nothing():
    text = ("Dear Mr. Ruiz,\n\nThank you for seeing me on Thursday.\n\nMy three seasons "
            "guiding kayak tours taught me to keep groups calm in rough water.\n\nIf you would "
            "like to continue our conversation, please phone me any evening.\n\nBest regards,"
            "\nAna\n")
    assert "FK104" in _codes(text)
    moment = text.replace("Thank you for seeing me on Thursday.", "Thank you again. Since we "
                          "talked I have been reading up and I am keen to join the crew.")
    assert "FK104" in _codes(moment)
    about = moment.replace("Since we talked I", "Since we talked about the new river route I")
    assert "FK104" not in _codes(about)


def test_what_the_writer_gathered_from_the_talk_recalls_it():
    text = ("Dear Ms. Obi,\n\nThank you for meeting me today.\n\nFrom our conversation, I "
            "understand that the clinic is adding evening hours and needs a second receptionist."
            "\n\nMy year at a dental front desk taught me to juggle calls and walk-ins.\n\nI look "
            "forward to hearing from you.\n\nSincerely,\nEla\n")
    assert "FK104" not in _codes(text)
    nothing = text.replace("From our conversation, I understand that the clinic is adding "
                           "evening hours and needs a second receptionist.",
                           "From our conversation, I understand.")
    assert "FK104" in _codes(nothing)


# --- FK601 without a known position: a slot for the title names it (FK203's to fill) ----------


def test_a_slot_for_the_title_in_the_subject_names_the_position():
    text = ("Subject: [Job Title] interview - following up\n\nDear Mr. Berg,\n\nThank you for "
            "the interview on Monday.\n\nMy four years in a print shop taught me colour "
            "matching.\n\nI look forward to hearing from you.\n\nBest,\nIda\nida@example.org\n")
    codes = _codes(text)
    assert "FK601" not in codes and "FK203" in codes
    assert "FK601" in _codes(text.replace("[Job Title] interview", "our interview"))


# --- FK106: a hope for news soon keeps the door open --------------------------------------------


def test_a_hope_for_news_soon_keeps_the_door_open():
    text = ("Dear Ms. Moreau,\n\nThank you for the interview last Tuesday.\n\nMy two years "
            "sorting parcels at a depot taught me to work fast and carefully.\n\nI am writing "
            "to ask about the status of the role. I hope you will have an update for me soon."
            "\n\nKind regards,\nLuc\nluc@example.org\n")
    assert "FK106" not in _codes(text)
    assert "FK106" in _codes(text.replace(" I hope you will have an update for me soon.", ""))


# --- a typed letter's reference line under the greeting is its subject, not the body ----------


def test_a_reference_line_under_the_greeting_is_the_subject():
    text = ("12 Quay Street\nCork\n\n4 May 2026\n\nMs. Orla Byrne\nHead Chef\nHarbour Kitchen\n"
            "\nDear Ms. Byrne,\n\nRe: Commis chef post\n\nThank you for the trial shift on "
            "Saturday and for showing me the new smoker.\n\nMy two years at a busy grill taught "
            "me to keep pace on a Saturday night.\n\nI look forward to hearing from you.\n\n"
            "Yours sincerely,\nAoife Walsh\n")
    letter = read_letter(text)
    assert letter.subject is not None and letter.subject.text == "Commis chef post"
    assert letter.paragraphs[0].text.startswith("Thank you for the trial shift")
    assert "FK102" not in _codes(text, channel="letter")


# --- Indian and other world Englishes: what a coach reads the same way -------------------------


_WORLD = ("Dear Mrs. Iyer,\n\nThank you for the interview for the lab technician post on "
          "Monday.\n\n{middle}\n\n{last}\n\nYours sincerely,\nKavya\nkavya@example.in\n")


def test_came_to_know_about_recalls_the_interview():
    middle = ("In the interview I came to know about the new blood bank wing and its night "
              "shifts. My two years in a pathology lab prepared me for them.")
    text = _WORLD.format(middle=middle, last="I look forward to hearing from you.")
    assert "FK104" not in _codes(text)
    bare = text.replace("In the interview I came to know about the new blood bank wing and its "
                        "night shifts. ", "")
    assert "FK104" in _codes(bare)


def test_waiting_for_a_reply_keeps_the_door_open_and_at_the_earliest_is_pushy():
    middle = "My two years in a pathology lab taught me careful sample handling."
    waiting = _WORLD.format(middle=middle, last="I shall be waiting for your reply.")
    assert "FK106" not in _codes(waiting)
    assert "FK304" not in _codes(waiting)
    earliest = _WORLD.format(middle=middle, last="Kindly tell me the result at the earliest.")
    assert "FK304" in _codes(earliest)
    polite = _WORLD.format(middle=middle, last="Kindly reply at your earliest convenience.")
    assert "FK304" not in _codes(polite)


# --- a name with its degrees under the sign-off is the signature, not a sentence ----------------


def test_a_name_with_degrees_is_the_signature():
    text = ("Dear Dr. Okafor:\n\nThank you for meeting me on Friday about the research nurse "
            "post. I enjoyed hearing about the sleep study and its overnight visits.\n\nI look "
            "forward to hearing from you.\n\nSincerely,\n\nGrace Mensah, RN, MSN\nCardiology "
            "Unit\ngrace.m@example.org\n")
    letter = read_letter(text)
    assert letter.sign_off is not None and letter.sign_off.text == "Sincerely,"
    assert letter.name is not None and letter.name.text == "Grace Mensah, RN, MSN"
    assert {"FK106", "FK108"}.isdisjoint(_codes(text))


# --- FK105: the writer's own research or work on something is a nod to experience --------------


def test_the_writers_own_research_or_work_is_a_nod_to_experience():
    text = ("Dear Ms. Lind,\n\nThank you for the interview on Monday.\n\nI enjoyed learning "
            "about the river survey. {middle}\n\nI look forward to hearing from you.\n\n"
            "Best regards,\nTom\ntom@example.org\n")
    for middle in ("My master's research on trout habitat used the same sampling methods.",
                   "My summer work on a dam removal taught me field safety."):
        assert "FK105" not in _codes(text.format(middle=middle))
    admired = "My interest in your research on trout habitat grew after the call."
    assert "FK105" in _codes(text.format(middle=admired))


# --- FK102: granting the reader a point ("I appreciate you may be busy") thanks for nothing ------


def test_granting_that_the_reader_may_be_busy_does_not_thank():
    text = ("Dear Ms. Petrova,\n\nI appreciate that you might be swamped with the audit season, "
            "so I will keep this brief.\n\nMy three years at a tax office taught me to close "
            "returns on time.\n\nI look forward to hearing from you.\n\nKind regards,\nMarta\n"
            "marta@example.org\n")
    assert "FK102" in _codes(text)
    for thanks in ("I appreciate you meeting with me on Thursday", "I appreciate that you "
                   "showed me the archive room"):
        opened = text.replace("I appreciate that you might be swamped with the audit season",
                              thanks)
        assert "FK102" not in _codes(opened)


# --- FK601: a slot named for the job title names the position, wherever it stands --------------


def test_a_slot_named_for_the_title_names_the_position_anywhere_in_the_subject():
    text = ("Subject: A last check-in, {slot}\n\nDear Mr. Ortiz,\n\nThank you again for the "
            "interview in March.\n\nMy two years at a bike shop taught me wheel truing.\n\nI "
            "look forward to hearing from you.\n\nBest,\nNoa\nnoa@example.org\n")
    for slot in ("[Vacancy]", "{job title}", "<Role Title>", "[Position name]"):
        assert "FK601" not in _codes(text.format(slot=slot)), slot
    for slot in ("[Your name]", "[Date]"):
        assert "FK601" in _codes(text.format(slot=slot)), slot


# --- FK105: a template's slot for what the writer brings is the nod, left to fill -------------


def test_a_slot_for_what_the_writer_has_is_a_nod_left_to_fill():
    text = ("Dear Ms. Quist,\n\nThank you for the interview on Monday.\n\nI enjoyed learning "
            "about the new ferry timetable. {nod}\n\nI look forward to hearing from you.\n\n"
            "Best regards,\nIvo\nivo@example.org\n")
    for nod in ("Remember that I have [the strength you liked most].",
                "Keep in mind I have (your best selling point for this post)."):
        assert "FK105" not in _codes(text.format(nod=nod)), nod
    assert "FK203" in _codes(text.format(nod="Remember that I have [the strength you liked "
                                             "most]."))
    assert "FK105" in _codes(text.format(nod="Remember that the crossing takes an hour."))


# --- world Englishes: a mobile in two blocks is a phone; "kindly let me know" keeps in touch ----


def test_a_mobile_number_in_two_blocks_is_contact():
    for number in ("Mob: 91234 56789", "07911 123456", "Mobile 0421 987654"):
        assert has_contact(number), number
    for other in ("Ref. 2024 12", "PIN 560001", "in 2019 and 2021"):
        assert not has_contact(other), other


def test_kindly_let_me_know_and_awaiting_for_a_reply_keep_the_door_open():
    middle = "My three years at a dairy co-operative taught me stock control."
    for last in ("Kindly let me know the outcome of the selection.",
                 "Awaiting for your kind response."):
        assert "FK106" not in _codes(_WORLD.format(middle=middle, last=last)), last
    assert "FK106" in _codes(_WORLD.format(middle=middle, last="Kindly note my new address."))


def test_to_discuss_about_something_recalls_it_but_not_the_post_itself():
    last = "I look forward to hearing from you."
    for recall, recalled in (("I was happy to discuss about the cold-chain audit.", True),
                             ("I was happy to discuss about the post with you.", False)):
        middle = recall + " My two years in a pathology lab prepared me for it."
        codes = _codes(_WORLD.format(middle=middle, last=last))
        assert ("FK104" not in codes) is recalled, recall


# --- FK106: a hope for a chance to work together, a request for news; FK104: talking through ---


_CLOSE = ("Dear Mr. Haas,\n\nThank you for the interview on Tuesday.\n\nI enjoyed learning "
          "about the new bakery line. My five years at a village bakery taught me sourdough."
          "\n\n{last}\n\nKind regards,\nMira\nmira@example.org\n")


def test_a_hope_for_the_chance_to_work_together_keeps_the_door_open():
    for last in ("I hope to have the opportunity to bake with your team.",
                 "Hopefully we can work together this autumn.",
                 "I hope I get the chance to show you my rye loaf."):
        assert "FK106" not in _codes(_CLOSE.format(last=last)), last
    assert "FK106" in _codes(_CLOSE.format(last="I hope you enjoy the harvest fair."))


def test_asking_for_any_update_keeps_the_door_open():
    for last in ("I would be grateful for any update when the shortlist is set.",
                 "Is there any news on the start date for the role?"):
        assert "FK106" not in _codes(_CLOSE.format(last=last)), last


def test_talking_something_through_recalls_it_but_not_the_role():
    text = ("Dear Ms. Roy,\n\nThank you for the interview on Monday.\n\nIt was good to talk "
            "through {what} with you. My four years at a call centre taught me patience.\n\nI "
            "look forward to hearing from you.\n\nBest,\nOmar\nomar@example.org\n")
    assert "FK104" not in _codes(text.format(what="the new complaints workflow"))
    assert "FK104" in _codes(text.format(what="the role"))


# --- FK305: thanks for a wonderful visit, a hope to join: the writer's own warmth ---------------


def test_thanks_for_a_wonderful_visit_and_a_hope_to_join_show_enthusiasm():
    text = ("Dear Dr. Amin,\n\nThank you for {thanks} on Thursday.\n\nI learned about the "
            "seed bank's cold room. My MSc fieldwork trained me in seed cleaning.\n\n{wish}"
            "Please let me know if I can send anything further.\n\nSincerely,\nNoor\n"
            "noor@example.org\n")
    plain = {"thanks": "the interview", "wish": ""}
    assert "FK305" in _codes(text.format(**plain))
    for case in ({"thanks": "a wonderful day at the garden", "wish": ""},
                 {"thanks": "the interview", "wish": "I very much hope to join you. "}):
        assert "FK305" not in _codes(text.format(**case)), case
    assert "FK305" in _codes(text.format(thanks="the interview",
                                         wish="I hope the garden has a mild winter. "))


def test_hoping_for_a_reply_keeps_the_door_open():
    middle = "My three years at a dairy co-operative taught me stock control."
    for last in ("Hoping for your kind response.", "I am hopeful of an early answer."):
        assert "FK106" not in _codes(_WORLD.format(middle=middle, last=last)), last
    assert "FK106" in _codes(_WORLD.format(middle=middle, last="Hoping for a dry monsoon."))


def test_calling_part_of_the_visit_a_highlight_is_enthusiasm():
    text = ("Dear Mr. Falk,\n\nThank you for the interview on Friday.\n\n{line} My two years "
            "at a roastery taught me to dial in espresso.\n\nPlease let me know if you need "
            "anything.\n\nBest,\nJon\njon@example.org\n")
    assert "FK305" not in _codes(text.format(line="The tour of the roasting room was the "
                                                  "highlight of my week."))
    assert "FK305" in _codes(text.format(line="I saw the roasting room on the tour."))


def test_enjoying_what_the_visit_showed_recalls_it_but_a_visit_to_come_does_not():
    text = ("Dear Mr. Pike,\n\nThank you for the interview on Monday.\n\n{line} My two years "
            "as a teaching assistant taught me phonics.\n\nI look forward to hearing from you."
            "\n\nBest,\nAva\nava@example.org\n")
    for line in ("I really enjoyed seeing the garden your pupils planted.",
                 "I loved meeting your reception class."):
        assert "FK104" not in _codes(text.format(line=line)), line
    assert "FK104" in _codes(text.format(line="I look forward to seeing the garden."))


def test_the_writers_placement_that_taught_them_is_a_nod_to_experience():
    text = ("Dear Dr. Holm,\n\nThank you for the interview on Monday.\n\nI enjoyed learning "
            "about the night clinic. {line}\n\nI look forward to hearing from you.\n\n"
            "Best regards,\nSara\nsara@example.org\n")
    for line in ("Fieldwork on three dairy farms taught me calm handling of cattle.",
                 "A placement at a rural practice prepared me for long night calls."):
        assert "FK105" not in _codes(text.format(line=line)), line
    assert "FK105" in _codes(text.format(line="The tour taught me a lot about the clinic."))


def test_lmk_is_text_speak_not_a_misspelling():
    text = ("Dear Ms. Ueda,\n\nThank you for the interview on Monday.\n\nI enjoyed hearing "
            "about the new ward. My two years on a surgical ward taught me triage.\n\n{last} "
            "I look forward to hearing from you.\n\nBest regards,\nRin\nrin@example.org\n")
    codes = _codes(text.format(last="Lmk if you need my references."))
    assert "FK301" in codes and "FK702" not in codes
    assert "FK301" not in _codes(text.format(last="Let me know if you need my references."))


# --- FK206: the writer's own employer, named first or in the signature, is no other company ----


def test_the_writers_own_employer_named_first_or_in_the_signature_is_not_another_company():
    interview = replace(sample_interview(), company="Ardent Cycles", position="Parts Buyer",
                        other_companies=())
    text = ("Dear Ms. Rivera,\n\nThank you for the interview today.\n\nI enjoyed learning "
            "about the new e-bike range. {line}\n\nI look forward to hearing from you.\n\n"
            "Best regards,\nLeo Marsh\n{title}leo@example.org\n")
    def codes(line, title=""):
        return {f.code for f in fk.check(text.format(line=line, title=title), interview,
                                         channel="email")}
    assert "FK206" not in codes("At Fenwick Tools Ltd, where I work now, I run the returns "
                                "desk.")
    assert "FK206" not in codes("At Fenwick Tools Ltd I run the returns desk.",
                                title="Returns Lead | Fenwick Tools Ltd\n")
    assert "FK206" not in codes("At Fenwick Tools Ltd I run the returns desk.")
    assert "FK206" not in codes("In my role at Fenwick Tools, I own the returns desk.")
    bare = fk.check(text.format(line="At Fenwick Tools Ltd I would run the returns desk.",
                                title=""), interview, channel="email")
    assert [f.message.split("”")[0] for f in bare if f.code == "FK206"] == [
        "Replace “Fenwick Tools Ltd"]


def test_revert_by_this_friday_and_my_joining_date_are_pushy():
    middle = "My three years at a dairy co-operative taught me stock control."
    for last in ("Kindly revert with your decision by this Friday.",
                 "Please confirm my joining date."):
        assert "FK304" in _codes(_WORLD.format(middle=middle, last=last)), last
    calm = _WORLD.format(middle=middle, last="Please revert if you need any documents.")
    assert {"FK304", "FK106"}.isdisjoint(_codes(calm))


def test_counting_leaves_is_asking_about_time_off():
    middle = "My three years at a dairy co-operative taught me stock control."
    last = "I look forward to hearing from you. {ask}"
    for ask in ("How many casual leaves are given in a year?", "What is the leave policy?"):
        assert "FK306" in _codes(_WORLD.format(middle=middle, last=last.format(ask=ask))), ask
    away = last.format(ask="I will be on annual leave next week, but reachable by email.")
    assert "FK306" not in _codes(_WORLD.format(middle=middle, last=away))


def test_a_discussion_on_something_and_interesting_to_know_about_it_recall_it():
    middle = "{line} My two years in a pathology lab prepared me for it."
    last = "I look forward to hearing from you."
    for line in ("I enjoyed the discussion on the night rota.",
                 "It was interesting to know about the new sample tracking."):
        assert "FK104" not in _codes(_WORLD.format(middle=middle.format(line=line),
                                                   last=last)), line
    for line in ("I enjoyed our discussion on the post.", "It was nice to know about the post."):
        assert "FK104" in _codes(_WORLD.format(middle=middle.format(line=line), last=last)), line


def test_ways_of_saying_what_the_writer_is_good_at_are_nods():
    text = ("Dear Mr. Dahl,\n\nThank you for the interview on Monday.\n\nI enjoyed learning "
            "about the new kiln. {line}\n\nI look forward to hearing from you.\n\nBest "
            "regards,\nEsme\nesme@example.org\n")
    for line in ("I am highly proficient in glaze chemistry.",
                 "I'm well versed in reduction firing.",
                 "Having managed a pottery studio, I know kiln schedules.",
                 "As a studio technician for four years, I loaded kilns daily.",
                 "With three years on production wheels, I throw quickly.",
                 "I hold a diploma in ceramics."):
        assert "FK105" not in _codes(text.format(line=line)), line
    for line in ("Your team is experienced in reduction firing.",
                 "I am familiar with your company from the craft fair."):
        assert "FK105" in _codes(text.format(line=line)), line


def test_respected_maam_names_nobody():
    middle = "My three years at a dairy co-operative taught me stock control."
    text = _WORLD.format(middle=middle, last="I look forward to hearing from you.")
    for greeting in ("Respected Ma'am,", "Dear Sir/Mam,"):
        assert "FK101" in _codes(text.replace("Dear Mrs. Iyer,", greeting)), greeting
    assert "FK101" not in _codes(text)


# --- FK201 / FK206: how a letter names its own company and others -----------------------------


def _school_interview(company: str) -> fk.Interview:
    return replace(_interview_at(company, "Kindergarten Teacher"),
                   interviewers=[Interviewer(name="Ines Roy", salutation="Ms. Roy")])


def test_a_company_named_without_its_last_word_or_the_is_named():
    body = ("Dear Ms. Roy,\n\nThank you for showing me the reading corner at {name} on "
            "Monday.\n\nI look forward to hearing from you.\n\nBest,\nAri\n")
    for company, name in (("Birchwood Primary School", "Birchwood Primary"),
                          ("The Lantern Company", "Lantern"),
                          ("Kestrel (UK) Ltd", "Kestrel"),
                          ("Northgate Pharmacy Group", "Northgate Pharmacy")):
        interview = _school_interview(company)
        assert "FK201" not in _codes(body.format(name=name), interview,
                                     interviewer=interview.interviewers[0]), company
    interview = _school_interview("Birchwood Primary School")
    assert "FK201" in _codes(body.format(name="the school"), interview,
                             interviewer=interview.interviewers[0])


def test_a_thing_after_a_is_no_company_and_the_writers_i_is_no_word_of_a_name():
    interview = _school_interview("Birchwood Primary School")
    person = interview.interviewers[0]
    text = ("Dear Ms. Roy,\n\nThank you for the interview at Birchwood Primary School.\n\n"
            "I hold a Level 3 PLC certificate.\n\nI look forward to hearing from you.\n\n"
            "Best,\nAri\n")
    assert "FK206" not in _codes(text, interview, interviewer=person)
    early = text.replace("I hold a Level 3 PLC certificate.", "We talked about opening at 6am.")
    assert "FK206" not in _codes(early, interview, interviewer=person)
    other = text.replace("I hold a Level 3 PLC certificate.",
                         "I would love the chance to work at Larchmont and I hope to hear soon.")
    found = fk.check(other, interview, interviewer=person, channel="email")
    assert [f.message.split("”")[0] for f in found if f.code == "FK206"] == ["Replace “Larchmont"]


def test_a_result_the_writer_brought_about_is_a_nod_to_experience():
    text = ("Dear Mr. Lund,\n\nThank you for the interview.\n\nLast spring I consolidated two "
            "stock rooms, which cut picking time by a third.\n\nI look forward to hearing from "
            "you.\n\nKind regards,\nIvo\n")
    assert "FK105" not in _codes(text)
    assert "FK105" in _codes(text.replace("I consolidated two stock rooms, which cut picking "
                                          "time by a third", "the weather was fine"))


def test_the_reader_greeted_with_another_title_is_a_wrong_name():
    interview = _school_interview("Birchwood Primary School")
    text = ("Dear {title} Roy,\n\nThank you for the interview at Birchwood Primary School.\n\n"
            "I look forward to hearing from you.\n\nBest,\nAri\n")
    for salutation, title, wrong in (("Mr. Roy", "Ms.", True), ("Dr. Roy", "Mr.", True),
                                     ("Mx. Roy", "Mrs.", True), ("Ms. Roy", "Mrs.", False),
                                     ("Ms. Roy", "Ms.", False), ("Mr. Roy", "Dr.", False)):
        person = Interviewer(name="Ines Roy", salutation=salutation)
        found = _codes(text.format(title=title), interview, interviewer=person)
        assert ("FK204" in found) == wrong, (salutation, title)


def test_hearing_that_something_is_so_recalls_it():
    assert _recall("Thank you for the call.\n\nIt was useful to hear that the depot is moving "
                   "to a night shift.\n\nI look forward to hearing from you.") == set()
    assert _recall("Thank you for the call.\n\nI was glad to hear that.\n\nI look forward to "
                   "hearing from you.") == {"FK104"}


def test_what_the_writer_had_done_for_years_is_a_nod_to_experience():
    text = ("Dear Mr. Lund,\n\nThank you for the interview.\n\nHaving kept the accounts of a "
            "timber yard for twenty years, I could help your office at once.\n\nI look forward "
            "to hearing from you.\n\nKind regards,\nIvo\n")
    assert "FK105" not in _codes(text)
    assert "FK105" in _codes(text.replace("Having kept the accounts of a timber yard for "
                                          "twenty years, I could", "I hope I can"))
