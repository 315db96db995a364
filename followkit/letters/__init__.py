"""Letters from a form: composing, the jinja2 template pack, wording helpers, JSON forms.

``compose(interview, candidate)`` writes one tailored letter per interviewer;
``load_form(path)`` reads a saved form. The wording lives in ``letters/templates/``, a pack a
career center can swap with ``templates=``.

The names are imported from their modules on first use (PEP 562): the checker reads notes
with :mod:`followkit.letters._notes` without loading the composer and its templates.
"""

import typing as _typing
from importlib import import_module as _import_module

if _typing.TYPE_CHECKING:
    from followkit.letters._compose import LENGTHS, SIGN_OFFS, compose
    from followkit.letters._forms import FormFile, load_form, load_form_file

_WHERE = {
    "LENGTHS": "followkit.letters._compose", "SIGN_OFFS": "followkit.letters._compose",
    "compose": "followkit.letters._compose", "FormFile": "followkit.letters._forms",
    "load_form": "followkit.letters._forms", "load_form_file": "followkit.letters._forms",
}

if not _typing.TYPE_CHECKING:  # type checkers see the imports above, not a catch-all

    def __getattr__(name: str) -> _typing.Any:
        """Import a public name from its module on first use (PEP 562), then keep it."""
        if name not in _WHERE:
            raise AttributeError(f"module 'followkit.letters' has no attribute {name!r}")
        value = globals()[name] = getattr(_import_module(_WHERE[name]), name)
        return value


def __dir__() -> list[str]:
    """The module's own names and every public name, loaded or not."""
    return sorted(set(globals()) | set(__all__))


__all__ = ["LENGTHS", "SIGN_OFFS", "FormFile", "compose", "load_form", "load_form_file"]
