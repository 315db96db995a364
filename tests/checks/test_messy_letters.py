"""Letters as people really send them, each a table row: the text and the codes a coach raises.

Typed letters with heading blocks, replies on top of a quoted chain, signature blocks,
hard-wrapped and indented paragraphs, CRLF, curly quotes. The interview is the sample one
(Harlow & Pike LLP, Senior Staff Accountant, Ms. Dana Rivera; topics "ERP rollout" and
"quarter-end close").
"""

from dataclasses import replace
from datetime import timedelta

import pytest

import followkit as fk
from followkit.checks._examples import sample_interview
from followkit.checks._reader import read_letter

GOOD_BODY = """Thank you for meeting with me today about the Senior Staff Accountant position at
Harlow & Pike LLP.

I enjoyed learning about the ERP rollout. My experience with account reconciliations
would help your team close the books on time, even in the busiest weeks of the year.

I look forward to hearing from you. I am happy to send references."""

QUOTED_GMAIL = """

On Tue, Nov 17, 2026 at 9:14 AM Dana Rivera <dana.rivera@example.com> wrote:

> Hi Sam, we are confirmed for Thursday at 2 PM with [Name] from audit. Agenda TBD.
> Brightline Foods will also join. Salary is discussed later.
>
> Dana
"""

CHASE = ("I hope to hear back within the next week. Next week, I will follow up with your "
         "recruiting department.")

ROWS = [
    # --- clean letters in many shapes: nothing to say ------------------------------------------
    ("email-clean", "email",
     f"Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n{GOOD_BODY}"
     "\n\nSincerely,\nSam Lee\nsam@example.com\n", set()),
    ("reply-on-top-of-gmail-chain", "email",
     f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nBest regards,\nSam Lee\nsam@example.com"
     + QUOTED_GMAIL, set()),
    ("outlook-block-and-signature", "email",
     f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nRegards,\nSam Lee | Staff Accountant\n"
     "(555) 123-4567 | sam@example.com | linkedin.com/in/samlee\n\n"
     "________________________________\nFrom: Dana Rivera <dana.rivera@example.com>\n"
     "Sent: Monday, November 16, 2026 4:02 PM\nTo: Sam Lee <sam@example.com>\n"
     "Subject: Interview\n\nHi Sam, see the TBD agenda. Brightline Foods pays more!!!\n", set()),
    ("original-message-and-iphone", "email",
     f"Hello Ms. Rivera -\n\n{GOOD_BODY}\n\nBest,\nSam\nsam@example.com\n\nSent from my iPhone"
     "\n\n-----Original Message-----\nFrom: Rivera, Dana\nSent: Tuesday, November 17, 2026\n"
     "Subject: RE: visit\n\nXXX TODO lol\n", set()),
    ("forwarded-chain", "email",
     f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nKind regards,\nSam Lee\nsam@example.com\n\n"
     "---------- Forwarded message ---------\nFrom: Recruiting <jobs@example.com>\n"
     "Date: Tue, Nov 17, 2026 at 9:14 AM\nSubject: Panel\n\nPanel TBD, dear [Name].\n", set()),
    ("signature-block-with-pronouns-logo-notice", "email",
     f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nBest regards,\nSam Lee (they/them)\n"
     "Staff Accountant, Acme Corp\nshe/her\n[image: Acme logo]\nsam@example.com\n"
     "CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the "
     "intended recipient and may contain confidential information.\n", set()),
    ("signature-name-pipe-title-then-employer-with-co", "email",
     f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nBest regards,\n\nSam Lee | Staff Accountant\n"
     "Crestview Dairy Co.\n[cid:image001.png@01DB3C2A.5F1E2A40]\nM: 555-201-8890\n", set()),
    ("typed-letter-with-heading-and-colon", "letter",
     "Sam Lee\n14 Elm Court\nBaltimore, MD 21201\nsam@example.com\n\nNovember 19, 2026\n\n"
     "Ms. Dana Rivera\nController\nHarlow & Pike LLP\n200 Pratt Street\nBaltimore, MD 21202\n\n"
     f"Dear Ms. Rivera:\n\n{GOOD_BODY}\n\nSincerely,\n\n\nSam Lee\n", set()),
    ("indented-paragraphs-no-blank-lines", "letter",
     "Sam Lee\n14 Elm Court\nBaltimore, MD 21201\n\nNovember 19, 2026\n\nDear Ms. Rivera:\n"
     "     Thank you for meeting with me today about the Senior Staff Accountant position\n"
     "at Harlow & Pike LLP.\n"
     "     I enjoyed learning about the ERP rollout. My experience with account\n"
     "reconciliations would help your team close the books on time.\n"
     "     I look forward to hearing from you. You can reach me at sam@example.com.\n"
     "Sincerely,\nSam Lee\n", set()),
    ("hard-wrapped-at-72-without-blank-lines", "email",
     "Subject: Thank you - Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
     "Thank you for meeting with me today about the Senior Staff Accountant\n"
     "position at Harlow & Pike LLP. It was a pleasure to meet the team.\n"
     "I enjoyed learning about the ERP rollout and how the quarter-end close\n"
     "will change with it. My experience with account reconciliations would\n"
     "help your team close the books on time.\n"
     "I look forward to hearing from you.\n\nSincerely,\nSam Lee\nsam@example.com\n", set()),
    ("crlf-and-curly-quotes", "email",
     ("Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
      + GOOD_BODY.replace("I enjoyed", "I’m glad I came, and I enjoyed")
      + "\n\nSincerely,\nSam Lee\nsam@example.com\n").replace("\n", "\r\n"), set()),
    ("paraphrased-topic-and-ps", "email",
     "Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
     "Thank you for meeting with me today about the Senior Staff Accountant position at "
     "Harlow and Pike.\n\nHearing how the new ERP will roll out next spring was the best "
     "part of my afternoon. In my current role I reconcile forty accounts a month.\n\n"
     "I look forward to hearing from you.\n\nSincerely,\nSam Lee\nsam@example.com\n\n"
     "P.S. Thank you for the tour of the office!\n", set()),
    ("previous-employer-named-is-fine", "email",
     "Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
     "Thank you for meeting with me today about the Senior Staff Accountant position at "
     "Harlow & Pike LLP.\n\nI enjoyed learning about the ERP rollout. In my current role at "
     "Crestview Dairy Inc. I led our own ERP migration, and at the University of Maryland "
     "I studied systems accounting.\n\nI look forward to hearing from you.\n\n"
     "Sincerely,\nSam Lee\nsam@example.com\n", set()),
    ("bare-name-greeting-and-get-outlook", "email",
     f"Ms. Rivera,\n\n{GOOD_BODY}\n\nThanks,\nSam\n\nGet Outlook for iOS\n"
     "________________________________\nFrom: Dana Rivera <dana.rivera@example.com>\n"
     "Sent: Tuesday, November 17, 2026 9:14 AM\nTo: Sam Lee <sam@example.com>\n"
     "Subject: RE: Interview\n\nTBD\n", set()),
    ("dash-dash-signature-delimiter", "email",
     f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nBest regards,\n-- \nSam Lee\n"
     "Staff Accountant | Crestview Dairy\nPhone: 555-201-8890\nsam@example.com\n", set()),
    ("apple-mail-quote-with-salary-in-it", "email",
     f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nWarm regards,\nSam Lee, CPA\nsam@example.com\n\n"
     "> On Nov 17, 2026, at 09:14, Dana Rivera wrote:\n> The salary band is TBD.\n", set()),
    # --- letters a coach would stop -------------------------------------------------------------
    ("wrong-company-in-text", "email",
     "Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
     "Thank you for meeting with me today about the Senior Staff Accountant position at "
     "Harlow & Pike LLP.\n\nI enjoyed learning about the ERP rollout, and my experience with "
     "account reconciliations would help the Brightline Foods team close on time.\n\n"
     "I look forward to hearing from you. I am happy to send references or samples.\n\n"
     "Sincerely,\nSam Lee\nsam@example.com\n",
     {"FK206"}),
    ("wrong-position-title", "email",
     "Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
     "Thank you for meeting with me today about the Staff Accountant position at "
     "Harlow & Pike LLP.\n\nI enjoyed learning about the ERP rollout. My experience with "
     "account reconciliations would help your team close the books on time.\n\n"
     "I look forward to hearing from you. I am happy to send references.\n\n"
     "Sincerely,\nSam Lee\nsam@example.com\n", {"FK207"}),
    ("deadline-and-announced-chase", "email",
     "Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
     + GOOD_BODY.replace("I look forward to hearing from you.", CHASE)
     + "\n\nSincerely,\nSam Lee\nsam@example.com\n", {"FK304"}),
    ("gift-card-and-salary", "email",
     "Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
     + GOOD_BODY.replace("the year.", "the year. I hope the salary range is still open, and "
                       "please enjoy a $5 gift card for your time.")
     + "\n\nSincerely,\nSam Lee\nsam@example.com\n", {"FK306"}),
    ("only-discuss-the-position", "email",
     "Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
     "Thank you for meeting with me today to discuss the Senior Staff Accountant position at "
     "Harlow & Pike LLP.\n\nMy experience with reconciliations would help your team, and I "
     "would be glad to bring four years of month-end work to the role.\n\n"
     "I look forward to hearing from you. I am happy to send references.\n\n"
     "Sincerely,\nSam Lee\nsam@example.com\n",
     {"FK104"}),
    ("signed-off-but-no-sign-off-on-its-own-line", "email",
     "Subject: Thank you — Senior Staff Accountant interview\n\nHi Dana,\n\n"
     f"{GOOD_BODY}\n\nCheers, Sam\nsam@example.com\n", {"FK108"}),
    ("wrong-name-with-curly-apostrophe", "email",
     "Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. O’Neill,\n\n"
     f"{GOOD_BODY}\n\nSincerely,\nSam Lee\nsam@example.com\n", {"FK204"}),
    ("placeholder-in-own-text-not-in-quote", "email",
     f"Dear [Name],\n\n{GOOD_BODY}\n\nBest regards,\nSam Lee\nsam@example.com" + QUOTED_GMAIL,
     {"FK203"}),
    # --- the shapes a second round of real letters brought -----------------------------------
    ("headers-pasted-at-the-top-with-blank-lines-between", "email",
     "To: dana.rivera@example.com\n\nFrom: sam@example.com\n\n"
     "Subject: Senior Staff Accountant interview – Thank you\n\nDear Ms. Rivera,\n\n"
     f"{GOOD_BODY}\n\nThank you,\n\nSam Lee\n", set()),
    ("letter-quoted-whole-as-pasted-from-a-reply", "email",
     "\n".join(f"> {line}" if line else ">" for line in (
         "Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
         f"{GOOD_BODY}\n\nSincerely,\nSam Lee\nsam@example.com").split("\n")), set()),
    ("card-title-printed-above-the-greeting", "handwritten",
     f"Thank You!\nHarlow & Pike interview, November 17\n\nDana,\n\n{GOOD_BODY}\n\n"
     "Warmly,\nSam\n", set()),
    ("reference-number-in-the-subject-is-no-slot", "email",
     "Subject: Thank you — Senior Staff Accountant interview (Position 00055221)\n\n"
     f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nSincerely,\nSam Lee\nsam@example.com\n", set()),
    ("greetings-of-the-day-and-thanks-and-regards", "email",
     f"Respected Ms. Rivera,\n\nGreetings of the day!\n\n{GOOD_BODY}\n\nThanks & Regards\n"
     "Sam Lee\nsam@example.com\n", set()),
    ("happy-monday-before-the-thanks", "email",
     f"Hi Dana,\n\nHappy Monday!\n\n{GOOD_BODY}\n\nBest,\nSam Lee\nsam@example.com\n", set()),
    ("one-line-letterhead-with-a-long-address", "letter",
     "Sam Lee | 14 Elm Court, Apartment 2B, Baltimore, MD 21201 | (410) 555-0101 | "
     "sam@example.com\n\nNovember 17, 2026\n\nMs. Dana Rivera\nController\nHarlow & Pike LLP"
     f"\n\nDear Ms. Rivera:\n\n{GOOD_BODY}\n\nSincerely,\nSam Lee\n", set()),
    ("letterhead-in-tabs-as-a-word-header-gives-it", "letter",
     "Sam Lee\t14 Elm Court, Baltimore, MD 21201\t(410) 555-0101 | sam@example.com\n\n"
     f"November 17, 2026\n\nDear Ms. Rivera:\n\n{GOOD_BODY}\n\nSincerely,\nSam Lee\n", set()),
    ("excited-about-the-position-elsewhere", "email",
     "Dear Ms. Rivera,\n\n" + GOOD_BODY.replace(
         "I look forward to hearing from you.", "I am excited about the position at Quarry Hill "
         "Bakery and look forward to hearing from you.")
     + "\n\nSincerely,\nSam Lee\nsam@example.com\n", {"FK206"}),
    ("proud-to-work-elsewhere", "email",
     f"Dear Ms. Rivera,\n\n{GOOD_BODY} I would be proud to work at Quarry Hill Bakery.\n\n"
     "Sincerely,\nSam Lee\nsam@example.com\n", {"FK206"}),
    ("own-team-and-joining-are-the-writers-employer", "email",
     "Dear Ms. Rivera,\n\n" + GOOD_BODY.replace(
         "My experience with", "My team at Northwind Audit owns the close. After joining "
         "Northwind Audit in 2021, I took on month-end. My experience with")
     + "\n\nSincerely,\nSam Lee\nsam@example.com\n", set()),
    ("at-your-disposal-keeps-the-door-open", "email",
     "Dear Ms. Rivera,\n\n" + GOOD_BODY.replace(
         "I look forward to hearing from you. I am happy to send references.",
         "I remain at your disposal for any further details.")
     + "\n\nSincerely,\nSam Lee\nsam@example.com\n", set()),
    ("a-developers-todo-items-are-words", "email",
     "Dear Ms. Rivera,\n\n" + GOOD_BODY.replace(
         "on time, even", "on time; I also clear our TODO items each Friday, even")
     + "\n\nSincerely,\nSam Lee\nsam@example.com\n", set()),
    ("template-lines-left-under-the-sign-off", "letter",
     f"Dear Ms. Rivera:\n\n{GOOD_BODY}\n\nSincerely,\n\n(3 blank lines)\n\nYour typed name\n",
     {"FK203"}),
]


@pytest.mark.parametrize("name, channel, text, expect", ROWS, ids=[r[0] for r in ROWS])
def test_messy_letter_gets_exactly_the_codes_a_coach_raises(name, channel, text, expect):
    interview = replace(sample_interview(), agreed_channel=None)
    found = fk.check(text, interview, interviewer=interview.interviewers[0], channel=channel,
                     sent_at=interview.ended_at + timedelta(hours=3), disable=_proofreading())
    serious = {f.code for f in found if f.severity != "info"}
    assert serious == expect, [(f.code, f.line, f.message) for f in found]


def _proofreading() -> list[str]:
    return [rule.code for rule in fk.RULES if rule.code.startswith("FK7")]


def test_quoted_text_is_never_counted_or_quoted():
    interview = sample_interview()
    text = (f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nBest regards,\nSam Lee\nsam@example.com"
            + QUOTED_GMAIL)
    letter = fk.checks.read_letter(text)
    assert letter.quoted_from == text.split("\n").index(
        "On Tue, Nov 17, 2026 at 9:14 AM Dana Rivera <dana.rivera@example.com> wrote:") + 1
    assert "TBD" not in letter.text and "Brightline" not in letter.text
    assert letter.words == len(GOOD_BODY.split())
    found = fk.check(text, interview, interviewer=interview.interviewers[0], channel="email")
    assert not any("TBD" in f.message or "Brightline" in f.message for f in found)


def test_line_numbers_refer_to_the_original_text_after_crlf_heading_and_quotes():
    text = ("Sam Lee\r\n14 Elm Court\r\nBaltimore, MD 21201\r\n\r\nDear Ms. Rivera:\r\n\r\n"
            "I am following up on our meeting.\r\n\r\nSincerely,\r\nSam Lee\r\n")
    interview = replace(sample_interview(), agreed_channel=None)
    found = fk.check(text, interview, interviewer=interview.interviewers[0], channel="letter")
    assert [(f.code, f.line) for f in found if f.code == "FK102"] == [("FK102", 7)]


def test_a_company_named_with_legal_words_is_not_another_company_in_its_own_letter():
    # found by the generated-forms test: a lowercase name leaves 'The Inc.' as the capitals
    interview = replace(sample_interview(), company="budget The Inc.", agreed_channel=None)
    text = ("Subject: Thank you — Senior Staff Accountant interview\n\nDear Ms. Rivera,\n\n"
            "Thank you for meeting with me today about the Senior Staff Accountant position at "
            "budget The Inc.\n\n" + GOOD_BODY.split("\n\n", 1)[1]
            + "\n\nSincerely,\nSam Lee\nsam@example.com\n")
    found = fk.check(text, interview, interviewer=interview.interviewers[0], channel="email",
                     disable=_proofreading())
    assert "FK206" not in {f.code for f in found}, [(f.code, f.message) for f in found]


@pytest.mark.parametrize("attribution", [
    "On Tue, Nov 24, 2026 at 4:41 PM Anna Berger <a.berger@example.com> wrote:",
    "Am Di., 24. Nov. 2026 um 16:41 Uhr schrieb Anna Berger <a.berger@example.de>:",
    "Le mar. 24 nov. 2026 à 16:41, Anna Berger <a.berger@example.fr> a écrit :",
    "El mar, 24 nov 2026 a las 16:41, Anna Berger (<a.berger@example.es>) escribió:",
    "Em ter., 24 de nov. de 2026 às 16:41, Anna Berger <a.berger@example.br> escreveu:",
    "Op di 24 nov 2026 om 16:41 schreef Anna Berger <a.berger@example.nl>:",
    "Il giorno mar 24 nov 2026 alle ore 16:41 Anna Berger <a.berger@example.it> ha scritto:",
])
def test_a_reply_quoted_under_a_localised_attribution_is_left_out(attribution):
    text = (f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\nBest regards,\nSam Lee\n\n{attribution}\n\n"
            "> Thanks for coming in. Salary TBD, [Name] will call.\n")
    letter = read_letter(text)
    found = {f.code for f in fk.check(text, channel="email")}
    assert {"FK203", "FK306"}.isdisjoint(found)
    assert "FK107" in found  # the address in the attribution is not the writer's
    assert not any("Berger" in line.text for line in letter.signature)


def test_a_text_that_is_only_a_quoted_message_says_so():
    found = fk.check(QUOTED_GMAIL.strip() + "\n", channel="email")
    messages = {f.code: f.message for f in found}
    assert "has no text of its own" in messages["FK101"]
    assert "quoted message" in messages["FK102"] and "above it" in messages["FK102"]


def test_the_same_slip_twice_on_a_line_is_said_once():
    text = ("Dear Ms. Rivera,\n\nThank you for today, i enjoyed it and i learned a lot.\n\n"
            "I look forward to hearing from you.\n\nBest,\nSam\n")
    found = [(f.code, f.line, f.message) for f in fk.check(text) if f.code == "FK703"]
    assert len(found) == len(set(found)) == 1, found


def test_the_subject_is_spelled_and_not_shouted_and_a_legal_suffix_ends_no_sentence():
    text = ("Subject: THANK YOU SO MUCH for the intervew\n\nDear Ms. Rivera,\n\n"
            "Thank you for meeting me at Harlow & Pike Inc. on Tuesday about the Senior Staff "
            "Accountant role. It was good to hear that the ERP rollout is on track.\n\n"
            "I look forward to hearing from you.\n\nBest,\nSam Lee\nsam@example.com\n")
    interview = replace(sample_interview(), agreed_channel=None)
    found = fk.check(text, interview, interviewer=interview.interviewers[0], channel="email")
    codes = {(f.code, f.line) for f in found}
    assert ("FK702", 1) in codes and ("FK303", 1) in codes, codes
    assert not any(f.code == "FK703" for f in found), [f.message for f in found]


def test_every_line_naming_another_company_is_pointed_out_and_a_slot_is_no_company():
    interview = replace(sample_interview(), agreed_channel=None)
    text = ("Dear Ms. Rivera,\n\nThank you for the interview.\n\nI admire Quarry Hill's "
            "mission.\n\nI look forward to joining the Quarry Hill family.\n\nBest,\nSam Lee\n"
            "sam@example.com\n")
    found = fk.check(text, interview, interviewer=interview.interviewers[0], channel="email")
    assert [f.line for f in found if f.code == "FK206"] == [5, 7]
    slot = text.replace("Quarry Hill's", "COMPANY NAME's").replace("the Quarry Hill family",
                                                                   "[[company]]")
    found = fk.check(slot, interview, interviewer=interview.interviewers[0], channel="email")
    assert not any(f.code == "FK206" for f in found)
    assert {f.message.split("“")[1].split("”")[0] for f in found if f.code == "FK203"} == {
        "COMPANY NAME", "[[company]]"}


def test_a_letter_copied_from_a_markdown_draft_is_read_without_its_marks():
    text = ("# Thank-you email\n\n**Subject:** Thank you — Senior Staff Accountant interview\n\n"
            f"**Dear Ms. Rivera,**\n\n{GOOD_BODY}\n\nBest regards,\n**Sam Lee**\n"
            "📞 (555) 201-4433\n📧 sam@example.com\n")
    interview = replace(sample_interview(), agreed_channel=None)
    found = fk.check(text, interview, interviewer=interview.interviewers[0], channel="email",
                     sent_at=interview.ended_at + timedelta(hours=3))
    assert {f.code for f in found if f.severity != "info"} == set(), [
        (f.code, f.line, f.message) for f in found]
    letter = read_letter(text)
    assert letter.greeting.text == "Dear Ms. Rivera," and letter.name.text == "Sam Lee"


def test_a_templates_instructions_in_other_words_are_unfilled():
    for instruction in ("Express appreciation for the time the interviewer spent with you.",
                        "Affirm your interest in the company and restate your main skills.",
                        "If applicable, refer to any enclosed materials.",
                        "Second Paragraph\nUse this paragraph to say why you fit.",
                        "Thank the person who invited you for the interview."):
        text = (f"Dear Ms. Rivera,\n\n{GOOD_BODY}\n\n{instruction}\n\nSincerely,\nSam Lee\n")
        messages = [f.message for f in fk.check(text) if f.code == "FK203"]
        assert any("instruction" in m for m in messages), instruction
