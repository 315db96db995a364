"""The rule catalogue (FK101–FK704) as an immutable tuple of :class:`Rule`.

Codes and names are public API. Each rule quotes the guide sentence it comes from and carries
an example of how the sample letter fails it (see :mod:`followkit.checks._examples`).
"""

from __future__ import annotations

from types import MappingProxyType

from followkit.checks import _rules_batch as b
from followkit.checks import _rules_content as c
from followkit.checks import _rules_proofread as p
from followkit.checks import _rules_sending as s
from followkit.checks import _rules_tailoring as t
from followkit.checks import _rules_tone as n
from followkit.checks._rule import Example, Rule

__all__ = ["RULES", "RULES_BY_CODE"]

_CONTENT = "Follow-up Content"
_PRACTICES = "Follow-up Best Practices"
_DEFINING = "Defining a Follow-Up"
_EMAIL = "Email convention"
_TAILOR = "tailor your follow-up messages for each interview you have"
_BRISK = "Your first paragraph should briskly, but professionally, express your gratitude"
_DISCUSSED = ("Your next paragraph can elaborate on what was discussed during the interview, "
              "with a nod to your skills or experience as it pertains to the position.")
_LAST = ("The last paragraph of your message should show your willingness to continue "
         "correspondence with the company.")
_TONE = "Each message should be tailor-made: be enthusiastic, personable, and professional."
_PHONE = ("Phone calls or texts are not usually encouraged, but this may depend on your "
          "correspondence with a company so far.")
_LOOK = "I look forward to hearing from you."


def _rule(code, name, severity, fires_when, message, source, guide, example, check,
          scope="letter") -> Rule:
    return Rule(code, name, severity, fires_when, message, source, guide, example, check, scope)


_ALL = (
    _rule("FK101", "greeting", "warning",
          "no greeting, or one that names nobody (“To whom it may concern”, “Hi there”, "
          "“Dear Acme Hiring Team”)",
          "Greet the reader by name.", _CONTENT, _TAILOR,
          Example((("Dear Ms. Rivera,", "To whom it may concern,"),)), c.greeting),
    _rule("FK102", "thanks-first", "error",
          "the first body paragraph does not thank the reader (after a one-line pleasantry "
          "such as “I hope you are well.”, the next one may)",
          "Thank the reader in your first paragraph.", _CONTENT, _BRISK,
          Example((("Thank you for meeting with me today", "I am following up on our meeting"),)),
          c.thanks_first),
    _rule("FK103", "brisk-opening", "warning",
          "the first body paragraph runs over 60 words or 3 sentences (a body of one "
          "paragraph: over 120 words or 6 sentences; FK109 asks to split it)",
          "Keep the opening thanks brisk.", _CONTENT, _BRISK,
          Example((("Harlow & Pike LLP.\n", "Harlow & Pike LLP. I arrived early. I met the "
                    "team. I toured the office.\n"),)), c.brisk_opening),
    _rule("FK104", "recall-discussion", "warning",
          "no topic of the interview is referred to (without known topics: no cue such as "
          "“discussed”, “learning about”, “our conversation”)",
          "Mention something you discussed.", _CONTENT, _DISCUSSED,
          Example((("I enjoyed learning about the ERP rollout and the quarter-end close.",
                    "I enjoyed our meeting."),)), c.recall_discussion),
    _rule("FK105", "skills-fit", "warning",
          "no nod to the writer's skills or experience (the given skills, or cues such as "
          "“my experience”, “I have”, “my background”)",
          "Say how your skills or experience fit the position.", _CONTENT, _DISCUSSED,
          Example((("My experience with account reconciliations would help your team",
                    "Your team seems ready"),)), c.skills_fit),
    _rule("FK106", "keep-in-touch", "warning",
          "the last body paragraph shows no willingness to continue (“look forward”, "
          "“happy to provide”, “please let me know”, “don't hesitate”)",
          "End by keeping the door open.", _CONTENT, _LAST,
          Example(((f"{_LOOK} I am happy to provide references or any further information.",
                    "Have a good week."),)), c.keep_in_touch),
    _rule("FK107", "contact-or-work", "info",
          "no email address, phone number or link anywhere after the greeting",
          "Give your contact details or a link to your work.", _CONTENT,
          "You can also include your contact information or link to previous work here.",
          Example((("Sam Lee\nsam@example.com", "Sam Lee"),)), c.contact_or_work),
    _rule("FK108", "sign-off", "warning",
          "no sign-off, or one that is not professional (“Cheers”, “Thx”, “Love”, “xoxo”)",
          "Close with a professional sign-off.", _CONTENT,
          "use a professional sign-off, such as “Sincerely”, “Thank you”, or “Best”.",
          Example((("Sincerely,", "Cheers,"),)), c.sign_off),
    _rule("FK109", "shape", "info",
          "the body is not 3–4 paragraphs (2 or 5: info; 1 or 6 and more: warning)",
          "Shape the body as three paragraphs.", _CONTENT, f"{_BRISK}. {_DISCUSSED} {_LAST}",
          Example((("Harlow & Pike LLP.\n\nI enjoyed", "Harlow & Pike LLP. I enjoyed"),)),
          c.shape),
    _rule("FK110", "length", "warning",
          "an email body under 50 or over 250 words; a handwritten one over 150; a typed "
          "letter under 50 or over 400 (more than its one page)",
          "Keep the message brisk.", _PRACTICES,
          "Your follow-up should be a one-time message that expresses thanks",
          Example(((" My experience with account reconciliations would help your team close "
                    "the books on time.", ""),
                   (" I am happy to provide references or any further information.", ""))),
          c.length),
    _rule("FK201", "company-named", "warning", "the company is not named (needs the company)",
          "Name the company.", _CONTENT, _TAILOR,
          Example((("at Harlow & Pike LLP", "at your firm"),)), t.company_named),
    _rule("FK202", "position-named", "warning", "the position is not named (needs the position)",
          "Name the position.", _CONTENT, _DISCUSSED,
          Example((("Senior Staff Accountant", "accounting"),)), t.position_named),
    _rule("FK203", "placeholder", "error",
          "an unfilled placeholder: [Name], {{ … }}, <company>, XXX, TODO, TBD, INSERT, or a "
          "template's instruction left in (“In the opening paragraph, thank the interviewer”; "
          "“(3 blank lines)” or “Your typed name” under the sign-off)",
          "Fill in every placeholder.", _CONTENT, _TAILOR,
          Example((("Dear Ms. Rivera,", "Dear [Name],"),)), t.placeholder),
    _rule("FK204", "wrong-name", "error",
          "the greeting names someone other than the recipient (accents, curly quotes and "
          "case do not matter: “O’Neill” is “O'Neill”), or the recipient by another title "
          "(“Ms.” to a “Mr.”, “Mr.” to a “Dr.”); a greeting to a team is FK101's, another "
          "company's name FK206's",
          "Check the names.", _CONTENT, _TAILOR,
          Example((("Dear Ms. Rivera,", "Dear Mr. Haddad,"),)), t.wrong_name),
    _rule("FK206", "other-company", "error",
          "the text names an organisation that is not the interview's company (“the position "
          "at X”, “join X”, “X's team”, “bring … to X”, a name with Inc./LLP/Ltd, or another "
          "company given in the context); the writer's own current or past employer and "
          "schools do not count (needs the company)",
          "Name only the company you interviewed with.", _CONTENT, _TAILOR,
          Example((("help your team close", "help the Brightline Foods team close"),)),
          t.other_company),
    _rule("FK207", "position-mismatch", "warning",
          "the letter names a position other than the one interviewed for (“the Staff "
          "Accountant position” for Senior Staff Accountant; needs the position)",
          "Use the exact title of the position.", _CONTENT, _DISCUSSED,
          Example((("about the Senior Staff Accountant position",
                    "about the Staff Accountant position"),)), t.position_mismatch),
    _rule("FK205", "copy-paste", "warning",
          "two letters to different interviewers of one interview are 90 % alike or more",
          "Tailor each letter to its reader.", _PRACTICES, _TONE,
          Example(batch="the same letter to Dana Rivera and to Omar Haddad"),
          b.copy_paste, "batch"),
    _rule("FK301", "casual", "warning",
          "slang or text-speak (“gonna”, “wanna”, “u”, “thx”, “lol”, “btw”), or emoji",
          "Keep the tone professional.", _PRACTICES, _TONE,
          Example(((_LOOK, "I look forward to hearing from u, thx!"),)), n.casual),
    _rule("FK302", "exclamations", "warning", "more than one exclamation mark",
          "Use at most one exclamation mark.", _PRACTICES, _TONE,
          Example(((_LOOK, "I look forward to hearing from you!! Thanks!"),)), n.exclamations),
    _rule("FK303", "shouting", "warning",
          "two or more everyday words in capitals in a row (acronyms such as CPA or ERP and "
          "the company's name do not count)",
          "Write in normal case.", _PRACTICES, _TONE,
          Example(((_LOOK, "I REALLY LOOK FORWARD to hearing from you."),)), n.shouting),
    _rule("FK304", "pushy", "warning",
          "presumptive or demanding lines: a deadline for the reader's answer (“within the next "
          "week”, “by Friday”), an announced chase (“I will follow up with your recruiting "
          "department”, “I will call you”), or a presumption (“when can I start”)",
          "Don't presume or demand.", _PRACTICES,
          "You may or may not get a response but that is all part of the interviewing process.",
          Example(((_LOOK, "Please respond by Friday."),)), n.pushy),
    _rule("FK305", "enthusiasm", "info",
          "no cue of the writer's own enthusiasm (“excited”, “eager”, “enjoyed”, “look "
          "forward”, “glad”, “it was great to learn …”, “a great place to work”); praise of "
          "the reader's team or company is not the writer's enthusiasm",
          "Let your enthusiasm show.", _PRACTICES, _TONE,
          Example((("I enjoyed learning about", "We covered"),
                   (f"{_LOOK} I am happy to provide", "Please let me know if you need"))),
          n.enthusiasm),
    _rule("FK306", "sensitive", "warning",
          "the letter raises pay, salary, benefits or time off (also as figures, “$30 an hour”, "
          "or overtime and on-call pay; not words of the position or the topics, as "
          "“compensation” for a Compensation Analyst); internal matters learned at the "
          "interview (budget cuts, layoffs, why people left, complaints about staff) or the "
          "writer's own layoff; a gift or money (“a $5 gift card for your time”); or criticism "
          "of the interviewer or company",
          "Keep pay, internal matters, gifts and criticism out of the letter.", _PRACTICES,
          _TONE,
          Example(((_LOOK, "I look forward to hearing from you and learning more about the "
                    "salary and benefits."),)), n.sensitive),
    _rule("FK401", "too-soon", "warning",
          "an email sent or planned under 1 h after the interview ended",
          "Wait an hour or two before emailing.", _PRACTICES,
          "If you are writing an email, do not follow-up immediately – wait at least an hour "
          "or two.", Example(fail_context=(("sent_after_hours", 0.5),)), s.too_soon),
    _rule("FK402", "late", "warning", "sent or planned over 24 h after the interview ended",
          "Send within 24 hours.", _PRACTICES,
          "The best practice in sending a follow-up is to do so with within 24 hours of your "
          "interview.", Example(fail_context=(("sent_after_hours", 30),)), s.late),
    _rule("FK403", "discouraged-channel", "warning",
          "phone or text, unless the interview recorded that as the agreed way to stay in touch",
          "Follow up by email or a handwritten note.", _DEFINING, _PHONE,
          Example(fail_context=(("channel", "text"),)), s.discouraged_channel),
    _rule("FK404", "channel-preference", "warning",
          "the channel differs from the one agreed at the interview",
          "Follow up the way you agreed.", _DEFINING,
          "As your interview winds down, ask for the best ways to stay in touch – and "
          "follow-up accordingly.", Example(fail_context=(("channel", "handwritten"),)),
          s.channel_preference),
    _rule("FK501", "one-per-person", "warning",
          "more than one follow-up to the same person for the same interview",
          "Send each person one follow-up.", _PRACTICES,
          "Do not write any more correspondences than necessary.",
          Example(batch="two letters to Dana Rivera"), b.one_per_person, "batch"),
    _rule("FK502", "everyone-thanked", "warning",
          "an interviewer of the interview has no letter in the batch",
          "Write to everyone who interviewed you.", _PRACTICES,
          "Write a single message to each person who interviewed you.",
          Example(batch="a letter to Dana Rivera only, though Omar Haddad interviewed you too"),
          b.everyone_thanked, "batch"),
    _rule("FK601", "subject", "info",
          "an email with no subject, one over 78 characters, or one that names neither thanks "
          "nor the position", "Give the email a clear subject.", _EMAIL,
          "Your follow-up should be a one-time message that expresses thanks",
          Example((("Subject: Thank you — Senior Staff Accountant interview",
                    "Subject: Following up"),)), s.subject),
    _rule("FK602", "address", "error", "the recipient's email address is not valid",
          "Fix the recipient's address.", _EMAIL,
          "The follow-up usually consists of an emailed or handwritten message.",
          Example(fail_context=(("to", "dana.rivera@example"),)), s.address),
    _rule("FK701", "repeated-word", "error",
          "the same word twice in a row (“about about”)",
          "Delete the doubled word.", _PRACTICES, _TONE,
          Example((("learning about the ERP", "learning about about the ERP"),)),
          p.repeated_word),
    _rule("FK702", "spelling", "warning",
          "a misspelled word (the subject line too); never a name, company, place or acronym "
          "from the context, the letter's own proper nouns, or a word of a trade in "
          "`phrases/trade_terms.txt` (“sharding”); the dialect follows the locale (en-GB accepts "
          "“licence”), and with no locale set, the letter's own (more British spellings than "
          "American: en-GB)",
          "Fix the spelling.", _PRACTICES, _TONE,
          Example((("My experience with account", "My experiance with account"),)), p.spelling),
    _rule("FK703", "grammar", "warning",
          "a lowercase “i”, a count without its plural (“4 year”, “6 person”), a bare verb "
          "after “look forward to” (“to hear from you”), a sentence that starts in "
          "lowercase, a common second-language slip (“discuss about”, “informations”, "
          "“can able to”, “since 5 years”, “I am having 5 years of experience”), or a "
          "misformed sign-off (“Your sincerely”)",
          "Fix the grammar.", _PRACTICES, _TONE,
          Example((("I enjoyed learning about", "i enjoyed learning about"),)), p.grammar),
    _rule("FK704", "note-speak", "warning",
          "note abbreviations left in running text: yrs, mgmt, w/, exp., mgr, approx, dept, wk, "
          "or “&” between ordinary words",
          "Write note-speak out in full.", _PRACTICES, _TONE,
          Example((("My experience with account reconciliations",
                    "My exp. w/ account reconciliations"),)), p.note_speak),
)

#: The catalogue in code order.
RULES: tuple[Rule, ...] = tuple(sorted(_ALL, key=lambda rule: rule.code))
RULES_BY_CODE = MappingProxyType({rule.code: rule for rule in RULES})
