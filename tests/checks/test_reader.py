import pytest

import followkit as fk
from followkit.checks import parse_letter

LETTER = """Subject: Thank you — Barista interview

Dear Ms. Ito,

Thank you for the interview today.
It was a pleasure.

I enjoyed the tasting.

I look forward to hearing from you.

Best regards,
Lena Vogel
lena@example.com
"""


def test_parts_and_their_line_numbers():
    letter = parse_letter(LETTER)
    assert letter.subject.text == "Thank you — Barista interview"
    assert letter.subject.number == 1
    assert letter.greeting.number == 3
    assert [p.line for p in letter.paragraphs] == [5, 8, 10]
    assert letter.paragraphs[0].text == "Thank you for the interview today. It was a pleasure."
    assert letter.sign_off.text == "Best regards,"
    assert [line.text for line in letter.signature] == ["Lena Vogel", "lena@example.com"]


def test_windows_line_ends_and_stray_blank_lines_keep_line_numbers():
    text = LETTER.replace("\n\nI enjoyed", "\n   \n\n\nI enjoyed").replace("\n", "\r\n")
    letter = parse_letter(text)
    assert [p.line for p in letter.paragraphs] == [5, 10, 12]
    assert letter.sign_off.number == 14


def test_missing_subject_greeting_and_sign_off_are_none():
    letter = parse_letter("Thank you for the interview today. I enjoyed it very much.\n\n"
                          "I look forward to hearing from you.\n\nLena Vogel\n")
    assert letter.subject is None and letter.greeting is None and letter.sign_off is None
    assert len(letter.paragraphs) == 2
    assert [line.text for line in letter.signature] == ["Lena Vogel"]


def test_sign_off_without_a_blank_line_before_it():
    letter = parse_letter("Dear Ms. Ito,\n\nThank you for the interview today.\n"
                          "I look forward to hearing from you.\nSincerely,\nLena\n")
    assert letter.sign_off.text == "Sincerely,"
    assert len(letter.paragraphs) == 1


def test_short_last_line_of_the_body_is_not_taken_for_the_sign_off():
    letter = parse_letter("Dear Ms. Ito,\n\nThank you for the interview today, truly.\n\n"
                          "Thanks again!\n\nBest,\nLena\n")
    assert letter.sign_off.text == "Best,"
    assert letter.paragraphs[-1].text == "Thanks again!"


@pytest.mark.parametrize("text, words", [
    ("", "empty"), ("  \n\n \t", "empty"), ("\x00\x01binary\x02", "binary"),
    ("word " * 30_000, "characters long"),
])
def test_text_that_cannot_be_checked_raises_letter_error_saying_why(text, words):
    with pytest.raises(fk.LetterError, match=words):
        parse_letter(text)


def test_non_text_raises_letter_error():
    with pytest.raises(fk.LetterError, match="expected the letter as text"):
        parse_letter(b"Dear Ms. Ito,")


def test_a_greeting_with_the_body_on_the_same_line_opens_the_first_sentence():
    letter = parse_letter("Hey, thx for meeting with me about the role today.\n\n"
                          "I look forward to hearing from you.\n\nBest,\nSam")
    assert letter.greeting.text == "Hey," and letter.greeting.inline
    assert letter.paragraphs[0].text == "Hey, thx for meeting with me about the role today."
    assert letter.paragraphs[0].line == 1


def test_a_greeting_to_several_people_is_not_split():
    letter = parse_letter("Dear Ms. Rivera, Mr. Haddad, and team,\n\nThank you for your time "
                          "today.\n\nBest,\nSam")
    assert letter.greeting.text == "Dear Ms. Rivera, Mr. Haddad, and team,"


@pytest.mark.parametrize("closing", ["Again, thank you!", "Once again, thank you.",
                                     "Thank you once again,"])
def test_thanks_again_with_again_first_above_the_name_is_the_sign_off(closing):
    letter = parse_letter(
        "Dear Ms. Okafor,\n\nThank you for showing me the studio on Friday.\n\n"
        "The glazing demonstration was the highlight of my visit.\n\n"
        f"Please keep me in mind for the spring opening.\n\n{closing}\n\nLena Brandt\n")
    assert letter.sign_off is not None and letter.sign_off.text == closing
    assert letter.paragraphs[-1].text == "Please keep me in mind for the spring opening."


def test_a_remark_in_brackets_on_a_heading_line_keeps_it_in_the_heading():
    letter = parse_letter(
        "Noor Haddad\n41 Quarry Lane (ring the upstairs bell, the downstairs one is broken)\n"
        "Leeds LS6 2QT\n\n4 March 2026\n\nDear Mr. Osei:\n\n"
        "Thank you for meeting with me on Tuesday about the lab technician post.\n\n"
        "Sincerely,\n\nNoor Haddad\n")
    assert letter.greeting is not None and letter.greeting.addressee == "Mr. Osei"
    assert len(letter.heading) == 4


@pytest.mark.parametrize("heading", [
    # an address written with a comma at each line's end (a style taught in Australia)
    "Mara Quinlan,\n7 Wattle Road,\nBallarat, VIC 3350,\n\nMs Priya Dane,\nKestrel Print,\n"
    "90 Lydiard Street,\nBallarat, VIC 3350,\n",
    # "To:" above the reader's address, as a formal letter in South Asia sets it out
    "Mara Quinlan\nClerk, Eastfield Depot\n\n3 June 2026\n\nTo:\nThe Hiring Panel\n"
    "Kestrel Print Ltd\nHead Office, Ballarat\n",
])
def test_a_name_or_label_atop_the_heading_is_not_the_greeting_when_dear_follows(heading):
    letter = parse_letter(
        f"{heading}\nDear Ms Dane,\n\nThank you for meeting me on Monday about the press "
        "operator role.\n\nI look forward to hearing from you.\n\nYours sincerely,\n\n"
        "Mara Quinlan\n")
    assert letter.greeting is not None and letter.greeting.addressee == "Ms Dane"
    assert letter.paragraphs[0].text.startswith("Thank you for meeting me")
    assert len(letter.paragraphs) == 2


def test_a_name_greeting_with_prose_after_it_stays_the_greeting():
    letter = parse_letter("Priya,\n\nThank you for the tour of the press room today; I learned "
                          "a lot.\n\nDear friends at Kestrel would say the same.\n\nMara\n")
    assert letter.greeting is not None and letter.greeting.addressee == "Priya"


_SENT = ("From: Mara Quinlan <mara@example.com>\nSent: Wednesday, June 3, 2026 2:41 PM\n"
         "To: Priya Dane <priya@example.com>\nSubject: Thank you for the interview\n\n"
         "Dear Ms Dane,\n\nThank you for meeting me on Monday about the press operator role.\n\n"
         "I look forward to hearing from you.\n\nYours sincerely,\nMara Quinlan\n")


def test_a_letter_sent_on_to_someone_else_is_read_below_the_note():
    letter = parse_letter("Hi Ana,\n\nHere is the thank-you I sent Priya after the interview. "
                          "Would you change anything?\n\nMara\n\n" + _SENT)
    assert letter.greeting is not None and letter.greeting.addressee == "Ms Dane"


def test_a_chase_on_top_of_the_writers_own_letter_is_the_letter():
    letter = parse_letter("Hi Priya,\n\nI wanted to follow up on my note below about the press "
                          "operator role.\n\nBest,\nMara\n\n" + _SENT)
    assert letter.greeting is not None and letter.greeting.addressee == "Priya"
    assert letter.quoted_from is not None
