import followkit as fk
from followkit.model import Letter
from followkit.ui.session import Drafts

DANA = fk.Interviewer(name="Dana Rivera")
OMAR = fk.Interviewer(name="Omar Haddad")


def letter(person, body, subject="Thank you"):
    return fk.Letter(interviewer=person, channel="email", subject=subject, body=body)


def test_letter_from_text_reads_the_subject_line_of_an_email():
    made = Letter.from_text("Subject: Thanks — the role\n\nDear Dana,\n\nThanks.\n", DANA, "email")
    assert (made.subject, made.body) == ("Thanks — the role", "Dear Dana,\n\nThanks.")


def test_letter_from_text_keeps_a_handwritten_first_line_as_body():
    made = Letter.from_text("Subject: odd\n\nDear Dana,", DANA, "handwritten")
    assert made.subject == "" and made.body.startswith("Subject: odd")


def test_unedited_drafts_follow_the_form():
    drafts = Drafts()
    drafts.update([1], [letter(DANA, "Dear Dana, v1")])
    drafts.update([1], [letter(DANA, "Dear Dana, v2")])
    assert drafts[1].text.endswith("v2")
    assert drafts[1].pending is None and not drafts[1].edited


def test_an_edited_draft_is_kept_and_the_new_letter_waits():
    drafts = Drafts()
    drafts.update([1], [letter(DANA, "Dear Dana, v1")])
    drafts.edit(1, "Subject: Thank you\n\nDear Dana, my own words")
    drafts.update([1], [letter(DANA, "Dear Dana, v2")])
    assert drafts[1].text.endswith("my own words")
    assert drafts[1].pending.body == "Dear Dana, v2"
    drafts.accept(1)
    assert drafts[1].text.endswith("v2") and drafts[1].pending is None
    assert not drafts[1].edited


def test_dismissing_keeps_the_persons_text():
    drafts = Drafts()
    drafts.update([1], [letter(DANA, "Dear Dana, v1")])
    drafts.edit(1, "Dear Dana, mine")
    drafts.update([1], [letter(DANA, "Dear Dana, v2")])
    drafts.dismiss(1)
    assert drafts[1].text == "Dear Dana, mine" and drafts[1].pending is None
    assert drafts[1].edited


def test_drafts_follow_rows_not_positions():
    drafts = Drafts()
    drafts.update([1, 2], [letter(DANA, "Dear Dana"), letter(OMAR, "Dear Omar")])
    drafts.edit(2, "Dear Omar, edited")
    drafts.update([2], [letter(OMAR, "Dear Omar")])  # Dana's row removed
    assert [d.key for d in drafts] == [2]
    assert drafts.letters()[0].body == "Dear Omar, edited"
