"""Every error followkit raises, under one base class.

::

    ValueError
    └── FollowkitError                the root: ``except FollowkitError`` catches them all
        ├── FormError                 a field of the interview form is missing or wrong
        ├── TimingError               a time that cannot be judged (naive, not ISO 8601, sent
        │                             before the end) or a send policy out of order
        ├── TemplateError             a letter template that cannot be rendered
        ├── LetterError               a letter text that cannot be checked (empty, binary, huge)
        ├── CheckOptionsError         options the checker cannot use (unknown rule code, a
        │                             severity that is not one, an argument of the wrong type)
        ├── LogError                  a follow-up log that cannot be read or written
        ├── ExportError               a draft, reminder or card that cannot be made
        ├── ReportError               an HTML report that cannot be made or written
        ├── WorkshopError             a workshop lesson or participant file that cannot be used
        ├── JSONBoundsError           JSON beyond a followkit file's bounds (internal: each
        │                             reader re-raises it as its own FormError, WorkshopError)
        └── MissingDependencyError    an optional library is not installed (also ImportError);
                                      the message gives the pip command

Every error is a ``ValueError`` too, so code written against the built-ins keeps working.
Every message says what was wrong, where, and what is expected instead. A naive time is
always a :class:`TimingError`, wherever it is passed (:func:`followkit.timing.require_aware`).
"""

from __future__ import annotations

from types import ModuleType

__all__ = [
    "CheckOptionsError",
    "ExportError",
    "FollowkitError",
    "FormError",
    "JSONBoundsError",
    "LetterError",
    "LogError",
    "MissingDependencyError",
    "ReportError",
    "TemplateError",
    "TimingError",
    "WorkshopError",
    "import_optional",
]


class FollowkitError(ValueError):
    """Root of every error followkit raises on purpose; also a ``ValueError``."""


class FormError(FollowkitError):
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


class TimingError(FollowkitError):
    """A time that cannot be judged, or a send policy whose thresholds are out of order.

    A naive time, text that is not an ISO 8601 time with its UTC offset, a send time before
    the interview ended. ``field`` names the argument or field (``"now"``, ``"log[2].sent_at"``)
    when there is one; ``message`` is the text without it, for callers that re-word the place.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)


class TemplateError(FollowkitError):
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


class LetterError(FollowkitError):
    """A letter text that cannot be checked: empty, binary, or too large."""


class CheckOptionsError(FollowkitError):
    """Options the checker cannot use.

    An unknown rule code, a severity that is not one, a letter, interview, interviewer or
    candidate of the wrong type, or a rule whose example does not fit the sample letter.
    """


class LogError(FollowkitError):
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


class WorkshopError(FollowkitError):
    """A workshop lesson file or participant file that cannot be read, or an export that failed.

    ``path`` names the file when there is one.
    """

    def __init__(self, message: str, *, path: object = None) -> None:
        self.path = None if path is None else str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class ExportError(FollowkitError):
    """A draft, reminder or card that cannot be made: an unknown export kind, a bad address."""


class ReportError(FollowkitError):
    """An HTML report that cannot be made: its notebook is missing or failed, or unwritable."""


class JSONBoundsError(FollowkitError):
    """JSON that cannot be read, or that is beyond the bounds of a followkit file.

    Raised by the bounded JSON reader (``followkit._bounded_json``). The message names neither
    file nor field; each reader catches it and raises its own error (FormError, WorkshopError)
    with the file's name, so it never reaches a caller of the public API.
    """


class MissingDependencyError(FollowkitError, ImportError):
    """An optional library a feature needs is not installed.

    ``package`` is what to install and ``needed_for`` the feature that needs it; the message
    gives the pip command. Also an ``ImportError``, as Python's own would be.
    """

    def __init__(self, package: str, needed_for: str, *, extra: str = "notebooks") -> None:
        self.package = package
        self.needed_for = needed_for
        self.message = (
            f"{needed_for} needs {package}, which is not installed; install it with: "
            f"pip install 'followkit[{extra}]' (or pip install {package})."
        )
        super().__init__(self.message)
        self.name = package


def import_optional(module: str, needed_for: str, *, package: str | None = None) -> ModuleType:
    """Import ``module``, or raise :class:`MissingDependencyError` saying what to install.

    ``package`` is the name pip knows when it differs from the module's (default: the
    module's top-level name).
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(package or module.split(".")[0], needed_for) from None
