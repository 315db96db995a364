"""The command line: ``python -m followkit COMMAND ...``, one module a command."""

from followkit.cli._main import main

__all__ = ["main"]
