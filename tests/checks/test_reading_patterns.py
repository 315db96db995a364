"""Patterns real letters show, each with a made-up example: how the reader and rules read them.

Each test holds one general cause of a false alarm or a miss found on real letters, written
here in new words (the corpus's own text is never the test).
"""

from dataclasses import replace
from datetime import timedelta

import followkit as fk
from followkit.checks import read_letter
from followkit.checks._examples import sample_interview
from followkit.checks._reader import count_words
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
                   "Your passion for patient safety came through."):
        assert "FK305" in _codes(_PLAIN.format(middle=middle)), middle


def test_warm_words_of_the_writer_count_as_enthusiasm():
    for middle in ("I love how your ward runs its morning handover.",
                   "I would be honoured to join the night team.",
                   "I truly appreciate the time you spent on my questions.",
                   "It was a pleasure to see the ward."):
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


def test_group_greetings_without_an_interview():
    person = Interviewer(name="Ada Brandt", salutation="Ms. Brandt")
    text = "Dear Search Committee,\n\nThank you for the interview.\n\nBest,\nLi\n"
    assert "FK204" not in _codes(text, interviewer=person)
    assert read_letter(text).greeting.names_nobody
    assert not read_letter("Dear Ada, Jo and the team,\n\nThanks.\n").greeting.names_nobody
