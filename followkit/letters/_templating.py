"""Letter templates: jinja2 files rendered in a sandbox, with errors a person can act on.

A template pack is a folder holding ``email.txt.j2``, ``handwritten.txt.j2`` and
``subject.txt.j2`` (followkit's own pack is ``followkit/letters/templates/``). Templates run in a
jinja2 ``SandboxedEnvironment`` with ``StrictUndefined``: a field followkit does not give, a
syntax error or sandbox-unsafe code raises :class:`~followkit.errors.TemplateError` naming the
file, the line and the field. Every field name is checked when a template is first loaded, so
an unknown field is caught even in a branch the current letter does not take.

jinja2 is imported when the first letter is rendered, so ``import followkit`` (and
``python -m followkit check``) does not pay for it.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Mapping
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from followkit.errors import TemplateError
from followkit.letters._wording import and_list, as_role, my_experience, or_list, sentence_case

if TYPE_CHECKING:
    from jinja2 import Template, nodes
    from jinja2.sandbox import SandboxedEnvironment

__all__ = ["GREETINGS", "TEMPLATE_NAMES", "default_templates", "load_template", "pack_settings",
           "render", "template_folder"]

#: The files a template pack must hold.
TEMPLATE_NAMES = ("email.txt.j2", "handwritten.txt.j2", "subject.txt.j2")
#: How a pack greets a person whose salutation is not typed (``pack.json`` "greeting").
GREETINGS = ("first_name", "title_surname", "full_name")
_PACK_DEFAULTS = {"greeting": "first_name"}

_FILTERS = {"and_list": and_list, "or_list": or_list, "as_role": as_role,
            "my_experience": my_experience, "sentence_case": sentence_case}
_QUOTED_NAME = re.compile(r"'([^']+)' (?:is undefined|has no attribute)|attribute '([^']+)'")
_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'")


@lru_cache(maxsize=1)
def default_templates() -> Path:
    """The folder of followkit's own template pack."""
    return Path(str(files("followkit.letters").joinpath("templates")))


@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    """The one sandbox every template is compiled in (templates are cached per file version)."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, autoescape=False
    )
    env.filters.update(_FILTERS)
    return env


def _first_line_of(tree: nodes.Template, name: str) -> int | None:
    from jinja2 import nodes

    for node in tree.find_all(nodes.Name):
        if node.name == name and node.ctx == "load":
            return node.lineno
    return None


@lru_cache(maxsize=64)
def _checked_template(folder: str, name: str, mtime_ns: int, known: frozenset[str]) -> Template:
    """Compile one template version, refusing any field neither given nor set by the template.

    Cached by modification time, so an edited template is read, checked and compiled again.
    """
    from jinja2 import TemplateSyntaxError, meta, nodes

    env = _environment()
    path = Path(folder) / name
    source = path.read_text(encoding="utf-8")
    try:
        tree = env.parse(source, name, str(path))
    except TemplateSyntaxError as exc:
        raise TemplateError(
            f"{exc.message}; fix the template's jinja2 syntax.", path=path, line=exc.lineno
        ) from None
    assigned = {node.name for node in tree.find_all(nodes.Name) if node.ctx != "load"}
    unknown = sorted(
        meta.find_undeclared_variables(tree) - known - assigned - set(env.globals)
    )
    if unknown:
        field = unknown[0]
        raise TemplateError(
            f"{field!r} is not a field followkit gives letter templates; "
            f"use one of: {', '.join(sorted(known))}.",
            path=path, line=_first_line_of(tree, field), field=field,
        )
    code = env.compile(tree, name, str(path))
    return env.template_class.from_code(env, code, env.make_globals(None))


def _template_line(exc: BaseException, path: Path) -> int | None:
    lines = [
        frame.lineno for frame in traceback.extract_tb(exc.__traceback__)
        if Path(frame.filename) == path
    ]
    return lines[-1] if lines else None


def template_folder(templates: str | Path | None) -> Path:
    """The folder of the pack ``templates`` names (``None``: followkit's own), checked to exist."""
    folder = default_templates() if templates is None else Path(templates)
    if not folder.is_dir():
        raise TemplateError(
            "is not a folder; give the folder of a template pack holding "
            f"{', '.join(TEMPLATE_NAMES)}.",
            path=folder,
        )
    return folder


@lru_cache(maxsize=16)
def _pack_file(path: str, mtime_ns: int) -> dict[str, str]:
    import json

    try:
        settings = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"cannot be read as JSON ({exc}); write it like "
                            '{"greeting": "title_surname"}.', path=path) from None
    if not isinstance(settings, dict) or set(settings) - set(_PACK_DEFAULTS):
        raise TemplateError(f"holds {settings!r:.80}; the settings a pack can set are "
                            f"{', '.join(_PACK_DEFAULTS)}.", path=path)
    greeting = settings.get("greeting", _PACK_DEFAULTS["greeting"])
    if greeting not in GREETINGS:
        raise TemplateError(f"\"greeting\" is {greeting!r}; use one of {', '.join(GREETINGS)}.",
                            path=path, field="greeting")
    return {**_PACK_DEFAULTS, **settings}


def pack_settings(templates: str | Path | None) -> dict[str, str]:
    """The pack's settings from its optional ``pack.json`` (``{"greeting": "first_name"}``).

    ``greeting`` is how a greeting names a person whose salutation is not typed: by first name
    (followkit's default, for email), ``title_surname`` ("Dear Dr. Rivera", when the honorific
    is typed as the salutation) or ``full_name``.
    """
    folder = templates if isinstance(templates, Path) else template_folder(templates)
    path = folder / "pack.json"
    try:
        mtime_ns = path.stat().st_mtime_ns
    except OSError:
        return dict(_PACK_DEFAULTS)
    return _pack_file(str(path), mtime_ns)


def load_template(folder: Path, name: str, fields: frozenset[str]) -> Template:
    """Template ``name`` of the pack in ``folder``, checked to use only ``fields``.

    Compiled once per version of the file; :func:`render` takes it to skip the look-up.
    """
    path = folder / name
    try:
        mtime_ns = path.stat().st_mtime_ns
    except OSError:
        raise TemplateError(
            f"this template pack has no {name}; a pack needs {', '.join(TEMPLATE_NAMES)}.",
            path=path,
        ) from None
    return _checked_template(str(folder), name, mtime_ns, fields)


def render(templates: str | Path | None, name: str, context: Mapping[str, object], *,
           template: Template | None = None) -> str:
    """Render template ``name`` of the pack in ``templates`` (``None``: followkit's own).

    Pass a folder from :func:`template_folder` to skip checking it again on every call, and
    ``template`` from :func:`load_template` to skip looking the file up.
    """
    folder = templates if isinstance(templates, Path) else template_folder(templates)
    if template is None:
        template = load_template(folder, name, frozenset(context))
    from jinja2 import UndefinedError
    from jinja2.sandbox import SecurityError

    try:
        return template.render(context)
    except SecurityError as exc:
        path = folder / name
        match = _QUOTED_NAME.search(str(exc))
        field = next((g for g in match.groups() if g), None) if match else None
        raise TemplateError(
            f"templates may only use the letter's fields and filters ({exc}).",
            path=path, line=_template_line(exc, path), field=field,
        ) from None
    except UndefinedError as exc:
        path = folder / name
        match = _NO_ATTRIBUTE.search(str(exc)) or _QUOTED_NAME.search(str(exc))
        field = next((g for g in match.groups() if g), None) if match else None
        raise TemplateError(
            f"{exc}; use only the fields followkit gives letter templates.",
            path=path, line=_template_line(exc, path), field=field,
        ) from None
    except Exception as exc:  # a filter given the wrong thing, a division by zero, ...
        path = folder / name
        raise TemplateError(
            f"the template failed while rendering ({type(exc).__name__}: {exc}).",
            path=path, line=_template_line(exc, path),
        ) from None
