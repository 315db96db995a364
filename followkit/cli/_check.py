"""``python -m followkit check``: the letter checker as a linter.

Prints one line per finding, ``FILE:LINE: CODE severity name: message`` (``FILE: CODE …`` when the
finding is about the whole letter), or ``--json``. Reads .txt, .eml, .html and .docx files
(:mod:`followkit.checks._inputs`). Exit 0 with no errors, 1 when a letter has
an error (or cannot be read), 2 on bad usage. ``-`` reads the letter from standard input.
"""

from __future__ import annotations

import json
import sys

from followkit.cli._args import CHANNEL_CHOICES, aware_datetime
from followkit.errors import CheckOptionsError

__all__ = ["add_check", "run_check"]

_MAX_BYTES = 1_000_000


def add_check(subparsers) -> None:
    """Add the ``check`` subcommand to ``subparsers``."""
    parser = subparsers.add_parser(
        "check",
        help="check follow-up letters like a careful coach would",
        description="Check follow-up letters against the guide's rules (docs/rules.md). "
        "Give what you know about the interview; rules that need missing facts stay silent.",
    )
    parser.add_argument("files", nargs="+", metavar="LETTER",
                        help="letters as .txt (a first line 'Subject: …' is allowed), .eml "
                        "(its Subject and To are used), .html, .mht or .docx; '-' reads "
                        "standard input (docs/inputs.md)")
    add = parser.add_argument
    add("--company", default="", help="the company you interviewed with")
    add("--position", default="", help="the position you interviewed for")
    add("--interviewer", default="", metavar="NAME", help="who the letter is for")
    add("--salutation", default="", help="how the greeting names them, e.g. 'Ms. Rivera'")
    add("--to", default=None, metavar="ADDRESS", help="the address the email goes to")
    add("--channel", choices=CHANNEL_CHOICES,
        help="how the letter goes out: 'letter' is a typed, printed or mailed letter "
        "(default: email for .eml or a Subject line, letter for .docx)")
    add("--agreed-channel", choices=CHANNEL_CHOICES,
        help="the way of staying in touch agreed at the interview")
    add("--interview-end", type=aware_datetime, metavar="ISO",
        help="when the interview ended, e.g. 2026-11-19T15:30:00-06:00")
    add("--sent-at", type=aware_datetime, metavar="ISO",
        help="when the letter was or will be sent")
    add("--topic", action="append", default=[], help="a topic you discussed (repeatable)")
    add("--skill", action="append", default=[], help="a skill of yours (repeatable)")
    add("--locale", type=_locale, metavar="LOCALE",
        help="the English you write, for spelling (FK702): en-US or en-GB, which accepts "
        "'licence', 'colour' and 'organisation' (default: the dialect most of the letter's "
        "own spellings follow)")
    add("--other-company", action="append", default=[],
        help="another company you are writing to (repeatable)")
    add("--disable", action="append", default=[], metavar="CODE",
        help="switch a rule off, e.g. FK305 (repeatable, or comma-separated)")
    add("--severity", action="append", default=[], metavar="CODE=LEVEL",
        help="give a rule another severity, e.g. FK109=warning (repeatable)")
    add("--json", action="store_true", help='print {"findings": [...]} per file as JSON')


def _locale(value: str) -> str:
    """``--locale``'s value as followkit spells it ("en_gb" -> "en-GB"), or a usage error."""
    import argparse

    from followkit.checks import validate_locale
    from followkit.errors import FollowkitError

    try:
        return validate_locale(value)
    except FollowkitError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _read(name: str):
    """The letter in file ``name`` (or standard input) as a LetterInput."""
    from followkit.checks import MAX_FILE_BYTES, read_input
    from followkit.errors import LetterError

    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            with open(name, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise LetterError(f"cannot read {name}: {exc.strerror}; expected a letter file "
                          "(.txt, .eml, .html or .docx).") from None
    if len(data) > _MAX_BYTES and not name.lower().endswith((".docx", ".eml", ".mht", ".mhtml")):
        raise LetterError("the file is over 1 MB; a follow-up letter is a few hundred words. "
                          "Check one letter at a time.")
    return read_input(name, data)


def _for_file(ctx, found):
    """The context with what the file told: an email's recipient and channel."""
    from dataclasses import replace

    from followkit.model import Interviewer

    changes = {}
    if ctx.channel is None and found.channel:
        changes["channel"] = found.channel
    if ctx.to is None and found.to_address:
        changes["to"] = found.to_address
    if ctx.interviewer is None and found.to_name:
        changes["interviewer"] = Interviewer(name=found.to_name, email=found.to_address)
    return replace(ctx, **changes) if changes else ctx


def _context(args):
    from followkit.checks import Context, Facts
    from followkit.model import Interviewer

    interviewer = None
    if args.interviewer:
        interviewer = Interviewer(name=args.interviewer, salutation=args.salutation)
    facts = Facts(
        company=" ".join(args.company.split()), position=" ".join(args.position.split()),
        ended_at=args.interview_end, interviewers=(interviewer,) if interviewer else (),
        topics=tuple(args.topic), skills=tuple(args.skill),
        agreed_channel=args.agreed_channel, other_companies=tuple(args.other_company),
    )
    return Context(facts, interviewer, args.channel, args.sent_at, None, args.to, args.locale)


def _options(args) -> tuple[list[str], dict[str, str]]:
    disable = [code for item in args.disable for code in item.split(",") if code.strip()]
    severity = {}
    for item in args.severity:
        code, sep, level = item.partition("=")
        if not sep:
            raise CheckOptionsError(
                f"--severity {item!r}: expected CODE=LEVEL, e.g. FK109=warning."
            )
        severity[code.strip().upper()] = level.strip().lower()
    return disable, severity


def run_check(args) -> int:
    """Check each file; print findings; return 0, 1 (an error found) or 2 (bad usage)."""
    from followkit.checks import check_with_context, validate_options
    from followkit.errors import FollowkitError

    try:
        disable, severity = _options(args)
        validate_options(disable, severity)
        ctx = _context(args)
    except (ValueError, FollowkitError) as exc:
        print(f"followkit check: {exc}", file=sys.stderr)
        return 2
    worst = 0
    report: dict[str, list[dict]] = {}
    failed: dict[str, str] = {}
    for name in args.files:
        shown = "<stdin>" if name == "-" else name
        try:
            found = _read(name)
            findings = check_with_context(found.text, _for_file(ctx, found), disable=disable,
                                          severity=severity)
        except FollowkitError as exc:
            why = str(exc).removeprefix(f"{name}: ")  # the file is named once, in front
            print(f"{shown}: cannot check this letter: {why}", file=sys.stderr)
            worst = max(worst, 1)
            failed[shown] = f"cannot check this letter: {why}"
            report[shown] = []
            continue
        if any(f.severity == "error" for f in findings):
            worst = max(worst, 1)
        if args.json:
            report[shown] = [{"code": f.code, "name": f.name, "severity": f.severity,
                              "message": f.message, "line": f.line} for f in findings]
        else:
            for f in findings:
                where = f"{shown}:{f.line}" if f.line else shown
                print(f"{where}: {f.code} {f.severity} {f.name}: {f.message}")
    if args.json:
        entries = [{"file": k, "findings": v, **({"error": failed[k]} if k in failed else {})}
                   for k, v in report.items()]  # an unreadable file: no findings, an error
        if len(args.files) == 1 and report:
            entries[0].pop("file")
            print(json.dumps(entries[0], ensure_ascii=False, indent=2))
        else:
            print(json.dumps({"files": entries}, ensure_ascii=False, indent=2))
    return worst
