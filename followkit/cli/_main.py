"""The command line: ``python -m followkit COMMAND ...``.

Each command is a module of this package with a pair of functions, ``add_<command>(subparsers)``
and ``run_<command>(args) -> exit code``, listed in ``_COMMANDS``. Exit codes: 0 fine,
1 the input has errors, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from followkit.errors import FollowkitError

__all__ = ["main"]


_COMMANDS = (
    ("window", "followkit.cli._window"),
    ("check", "followkit.cli._check"),
    ("report", "followkit.cli._report"),
    ("due", "followkit.cli._due"),
    ("sent", "followkit.cli._sent"),
)


def _command(name: str, module: str, verb: str):
    """The ``add_<name>`` or ``run_<name>`` function of a command's module, imported on use."""
    return getattr(import_module(module), f"{verb}_{name}")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with one subcommand per entry of ``_COMMANDS``.

    ``only`` names the one subcommand to add: what :func:`main` builds when the command line
    starts with a known command, so the other commands' modules are not even imported (a
    ``check`` starts sooner). Help and errors for that command read the same either way.
    """
    parser = argparse.ArgumentParser(
        prog="python -m followkit",
        description="Coaching for the follow-up after a job interview.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module in _COMMANDS:
        if only in (None, name):
            _command(name, module, "add")(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code (0 fine, 1 input has errors, 2 bad usage)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    known = dict(_COMMANDS)
    parser = build_parser(argv[0] if argv and argv[0] in known else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    run = _command(args.command, known[args.command], "run")
    try:
        return run(args)
    except FollowkitError as exc:
        print(f"followkit: {exc}", file=sys.stderr)
        return 1
