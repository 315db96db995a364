"""FK304 and FK306 on wrong advice real letters drew, each cause in new words.

A chase announced in other words, a chase quoted in whole words, pay named in numbers, the
position's and topics' own words, and the writer's own layoff.
"""

import followkit as fk
from followkit.checks._examples import sample_interview
from followkit.model import Interviewer


def _codes(text: str, interview=None, **options) -> set[str]:
    options.setdefault("channel", "email")
    return {f.code for f in fk.check(text, interview, **options)}


def _closing(line: str) -> set[str]:
    text = (f"Dear Ms. Ito,\n\nThank you for the interview.\n\nI enjoyed learning about your kiln "
            f"project.\n\n{line}\n\nBest,\nLi\n")
    return _codes(text) & {"FK106", "FK304"}



def test_an_announced_call_or_email_is_a_chase_in_any_words():
    for line in ("I'll give you a quick ring on Thursday to see where things stand.",
                 "I will be giving your office a call next week.",
                 "You can expect a phone call from me early next week.",
                 "I'll e-mail you again next Tuesday unless I hear back sooner."):
        assert "FK304" in _closing(line), line
    for line in ("I look forward to hearing from you. Please call me any time.",
                 "Please give me a call if you need my references.",
                 "I will email you the writing sample tonight.",
                 "I expect a call from the agency about my visa next week."):
        assert "FK304" not in _closing(line), line


def test_a_chase_is_quoted_in_whole_words():
    text = ("Dear Ms. Ito,\n\nThank you for the interview.\n\nI enjoyed learning about your kiln "
            "project.\n\nIf I have not heard anything by Friday, I will ring your office.\n\n"
            "Best,\nLi\n")
    quoted = [f.message.split("“")[1].split("”")[0] for f in fk.check(text, channel="email")
              if f.code == "FK304"]
    assert quoted and all(f"{q} " in text or f"{q}," in text for q in quoted), quoted


def test_pay_named_in_numbers_is_a_sensitive_ask():
    base = ("Dear Ms. Ito,\n\nThank you for the interview.\n\n{middle}\n\nI look forward to "
            "hearing from you.\n\nBest,\nLi\n")
    for middle in ("The posting said £14.50 per hour, though I currently earn £15.20.",
                   "I'm on $27 an hour now; is there a night shift differential?",
                   "Could you tell me how the standby pay works?"):
        assert "FK306" in _codes(base.format(middle=middle)), middle
    for middle in ("My kiln schedule cut firing costs by $4,000 a year.",
                   "I raised $2,500 for the pottery guild last spring."):
        assert "FK306" not in _codes(base.format(middle=middle)), middle


def test_the_position_and_topics_are_the_jobs_subject_not_a_sensitive_ask():
    interview = fk.Interview(
        company="Ridgeway Mills", position="Payroll and Pension Officer",
        ended_at=sample_interview().ended_at,
        topics=["overtime pay rules", "pension auto-enrolment"],
        interviewers=[Interviewer(name="Ola Berg", salutation="Ms. Berg")])
    text = ("Dear Ms. Berg,\n\nThank you for the interview for the Payroll and Pension Officer "
            "post.\n\n{middle}\n\nI look forward to hearing from you.\n\nBest,\nAri\n")
    options = {"interviewer": interview.interviewers[0], "channel": "email"}
    calm = "I enjoyed our talk on the overtime pay rules and how the pension scheme enrols staff."
    assert "FK306" not in _codes(text.format(middle=calm), interview, **options)
    ask = "Could you also tell me the salary for the post?"
    assert "FK306" in _codes(text.format(middle=ask), interview, **options)


def test_the_writers_own_layoff_is_not_called_the_companys_internal_matter():
    base = ("Dear Ms. Ito,\n\nThank you for the interview.\n\n{middle}\n\nI look forward to "
            "hearing from you.\n\nBest,\nLi\n")
    own = [f.message for f in fk.check(base.format(
        middle="I was recently laid off by a print shop, so I can start soon."), channel="email")
        if f.code == "FK306"]
    assert own and not any("internal" in m or "company" in m for m in own), own
    theirs = [f.message for f in fk.check(base.format(
        middle="Were the layoffs last spring hard on the team?"), channel="email")
        if f.code == "FK306"]
    assert theirs and "internal matters" in theirs[0]
    both = [f.message.split("”")[0] for f in fk.check(base.format(
        middle="I was laid off in May, and I was sorry to hear of the layoffs in your unit."),
        channel="email") if f.code == "FK306"]
    assert sorted(both) == ["Take out “I was laid off", "Take out “layoffs"], both


def test_pay_asked_in_a_roundabout_way_and_criticism_with_words_between_are_sensitive():
    def sensitive(sentence: str) -> bool:
        text = (f"Dear Ms. Rivera,\n\nThank you for the interview. {sentence}\n\n"
                "I look forward to hearing from you.\n\nBest,\nSam\n")
        return any(f.code == "FK306" for f in fk.check(text))
    for said in ("I would like to know what the whole package includes.",
                 "How many work from home days does the team get?",
                 "The interview started nearly thirty minutes late, but I enjoyed it.",
                 "The panel seemed rather unprepared."):
        assert sensitive(said), said
    for said in ("I led a remote team of five.", "We started the audit late last year.",
                 "The package of forms arrived on time."):
        assert not sensitive(said), said
