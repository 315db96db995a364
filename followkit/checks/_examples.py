"""Run each rule's example: the sample letter passes, the changed letter fails.

The docs (:mod:`followkit.checks.docs`) print these examples and the tests run them, so the
two cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followkit.checks._rule import Rule
from followkit.errors import CheckOptionsError
from followkit.model import Finding, Interview, Interviewer, Letter

__all__ = ["SAMPLE_LETTER", "failing_letter", "run_example", "sample_interview"]

SAMPLE_LETTER = (
    'Subject: Thank you — Senior Staff Accountant interview\n'
    '\n'
    'Dear Ms. Rivera,\n'
    '\n'
    'Thank you for meeting with me today about the Senior Staff Accountant position '
    'at Harlow & Pike LLP.\n'
    '\n'
    'I enjoyed learning about the ERP rollout and the quarter-end close. My '
    'experience with account reconciliations would help your team close the books on '
    'time.\n'
    '\n'
    'I look forward to hearing from you. I am happy to provide references or any '
    'further information.\n'
    '\n'
    'Sincerely,\n'
    'Sam Lee\n'
    'sam@example.com\n'
)

_OMAR_LETTER = (
    'Subject: Thank you — Senior Staff Accountant interview\n'
    '\n'
    'Dear Mr. Haddad,\n'
    '\n'
    'Thank you for taking the time to talk with me about the Senior Staff Accountant '
    'role at Harlow & Pike LLP this afternoon.\n'
    '\n'
    'Your questions about audit readiness were a good test. I have prepared '
    'workpapers for two external audits, and I was glad to hear how closely your team'
    ' works with the auditors during the quarter-end close.\n'
    '\n'
    'Please let me know if I can send anything else. I look forward to staying in '
    'touch.\n'
    '\n'
    'Best regards,\n'
    'Sam Lee\n'
    'sam@example.com\n'
)


def sample_interview() -> Interview:
    """The interview the sample letter was written after."""
    return Interview(
        company="Harlow & Pike LLP",
        position="Senior Staff Accountant",
        ended_at=datetime(2026, 11, 19, 15, 30, tzinfo=ZoneInfo("America/Chicago")),
        interviewers=[
            Interviewer(name="Dana Rivera", title="Controller", salutation="Ms. Rivera",
                        email="dana.rivera@example.com", topics=["ERP rollout"]),
            Interviewer(name="Omar Haddad", title="Audit Manager", salutation="Mr. Haddad",
                        email="omar.haddad@example.com"),
        ],
        topics=["quarter-end close"],
        skills=["account reconciliations"],
        agreed_channel="email",
        other_companies=["Brightline Foods"],
    )


def failing_letter(rule: Rule) -> str:
    """The sample letter with the rule's example changes applied."""
    text = SAMPLE_LETTER
    for passes, fails in rule.example.changes:
        if passes not in text:
            raise CheckOptionsError(
                f"{rule.code}: example text {passes!r} is not in the sample letter; "
                "an example changes text the sample letter holds."
            )
        text = text.replace(passes, fails)
    return text


def _options(interview: Interview, changes: dict) -> dict:
    options = {"interviewer": interview.interviewers[0], "channel": "email",
               "sent_at": interview.ended_at + timedelta(hours=3)}
    if "sent_after_hours" in changes:
        options["sent_at"] = interview.ended_at + timedelta(hours=changes["sent_after_hours"])
    for name in ("channel", "to"):
        if name in changes:
            options[name] = changes[name]
    return options


def _batch(rule: Rule, interview: Interview, failing: bool) -> list[Letter]:
    dana, omar = interview.interviewers
    body = SAMPLE_LETTER.split("\n\n", 1)[1]
    other = _OMAR_LETTER.split("\n\n", 1)[1]
    subject = "Thank you — Senior Staff Accountant interview"
    first = Letter(dana, "email", subject, body)
    if not failing:
        return [first, Letter(omar, "email", subject, other)]
    if rule.code == "FK205":
        return [first, Letter(omar, "email", subject, body.replace("Ms. Rivera", "Mr. Haddad"))]
    if rule.code == "FK501":
        return [first, Letter(dana, "email", subject, other.replace("Mr. Haddad", "Ms. Rivera")),
                Letter(omar, "email", subject, other)]
    return [first]


def run_example(rule: Rule, *, failing: bool) -> list[Finding]:
    """The findings of ``rule`` on its failing (or passing) example."""
    from followkit.checks._run import check, check_batch

    interview = sample_interview()
    if rule.scope == "batch":
        batch = check_batch(_batch(rule, interview, failing), interview)
        return [f for found in batch for f in found if f.code == rule.code]
    changes = dict(rule.example.fail_context) if failing else {}
    text = failing_letter(rule) if failing else SAMPLE_LETTER
    options = _options(interview, changes)
    return [f for f in check(text, interview, **options) if f.code == rule.code]
