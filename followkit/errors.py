"""Every error followkit raises, under one base class.

::

    FollowkitError
    ├── FormError      (ValueError)  a field of the interview form is missing or wrong
    ├── TimingError    (ValueError)  times that cannot be judged (naive, or sent before the end)
    ├── TemplateError  (ValueError)  a letter template that cannot be rendered
    ├── LetterError    (ValueError)  a letter text that cannot be checked (empty, binary, huge)
    └── LogError       (ValueError)  a follow-up log that cannot be read or written

Every message says what was wrong, where, and what is expected instead.
"""

from __future__ import annotations

__all__ = ["FollowkitError", "FormError", "LetterError", "LogError", "TemplateError", "TimingError"]


class FollowkitError(Exception):
    """Root of every error followkit raises on purpose."""


class FormError(FollowkitError, ValueError):
    """A field of the interview form is missing or has a value followkit cannot use.

    ``field`` names the field (``"company"``, ``"interviewers[1].email"``) so a form can show
    the message beside it; ``path`` names the file the form was read from, when it came from one.
    """

    def __init__(self, field: str, message: str, *, path: object = None) -> None:
        self.field = field
        self.message = message
        self.path = None if path is None else str(path)
        where = f"{self.path}: {field}" if self.path else field
        super().__init__(f"{where}: {message}")


class TimingError(FollowkitError, ValueError):
    """Times that cannot be judged: a naive time, or a send time before the interview ended."""


class TemplateError(FollowkitError, ValueError):
    """A letter template that cannot be rendered: unknown field, syntax error, unsafe code.

    ``path`` (the template file), ``line`` (1-based) and ``field`` (the name the template
    used) say where; any of them is ``None`` when it does not apply.
    """

    def __init__(
        self,
        message: str,
        *,
        path: object = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = None if path is None else str(path)
        self.line = line
        self.field = field
        self.message = message
        where = ", ".join(
            part for part in (self.path, None if line is None else f"line {line}") if part
        )
        super().__init__(f"{where}: {message}" if where else message)


class LetterError(FollowkitError, ValueError):
    """A letter text that cannot be checked: empty, binary, or too large."""


class LogError(FollowkitError, ValueError):
    """A follow-up log that cannot be read, validated or written.

    ``path``, ``row`` (as a spreadsheet numbers it, header = row 1) and ``column`` say where;
    any of them is ``None`` when it does not apply.
    """

    def __init__(
        self,
        message: str,
        *,
        path: object = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.path = None if path is None else str(path)
        self.row = row
        self.column = column
        self.message = message
        where = ", ".join(
            part
            for part in (
                self.path,
                None if row is None else f"row {row}",
                None if column is None else f"column {column!r}",
            )
            if part
        )
        super().__init__(f"{where}: {message}" if where else message)
