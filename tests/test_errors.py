"""The error contract: one root, every error also a ValueError, messages that say where."""

import ast
import inspect
import sys
from datetime import datetime, timedelta
from importlib import import_module
from pathlib import Path

import pytest

import followkit as fk
from followkit import errors
from followkit.errors import import_optional

PACKAGE = Path(fk.__file__).parent
NAIVE = datetime(2026, 11, 19, 16, 0)  # noqa: DTZ001 - the point of these tests
END = datetime.fromisoformat("2026-11-19T15:30:00-06:00")

# One instance of each error, made as followkit makes it, with the text that says what was
# wrong, where, and what is expected.
EXAMPLES = [
    (errors.FormError("interviewers[1].email", "'dana@' is not a valid email address; "
                      "expected name@domain.tld.", path="form.json"),
     ("form.json", "interviewers[1].email", "'dana@'", "expected name@domain.tld")),
    (errors.TimingError("'soon' is not an ISO 8601 time; expected e.g. "
                        "2026-11-19T15:30:00-06:00.", field="now"),
     ("now: ", "'soon'", "expected e.g. 2026-11-19T15:30:00-06:00")),
    (errors.TemplateError("unknown field 'compnay'; expected one of company, position.",
                          path="pack/email.txt.j2", line=3, field="compnay"),
     ("pack/email.txt.j2", "line 3", "'compnay'", "expected one of")),
    (errors.LetterError("the letter is empty; paste the text you mean to send."),
     ("empty", "paste the text")),
    (errors.CheckOptionsError("disable: unknown rule code 'FK999'; known codes are "
                              "FK101–FK502."),
     ("disable", "'FK999'", "known codes are")),
    (errors.LogError("'soon' is not a time; expected ISO 8601.", path="data/followups.csv",
                     row=7, column="sent_at"),
     ("data/followups.csv", "row 7", "column 'sent_at'", "expected ISO 8601")),
    (errors.ExportError("kind must be one of eml, ics, card (got 'pdf')."),
     ("kind", "'pdf'", "eml, ics, card")),
    (errors.ReportError("cannot write out/report.html (Permission denied); choose a folder "
                        "you can write to."),
     ("out/report.html", "choose a folder")),
    (errors.WorkshopError("log[2].sent_at: missing; every follow-up needs it.",
                          path="alex.followkit.json"),
     ("alex.followkit.json", "log[2].sent_at", "every follow-up needs it")),
    (errors.JSONBoundsError("is nested more than 32 levels deep; a followkit file is a few "
                            "levels of lists and objects."),
     ("32 levels deep", "a followkit file is")),
    (errors.MissingDependencyError("matplotlib", "the charts"),
     ("the charts", "matplotlib", "pip install")),
]


ERROR_CLASSES = {getattr(errors, name) for name in errors.__all__
                 if isinstance(getattr(errors, name), type)}
#: Errors that never reach a caller: each reader re-raises them as its own error.
INTERNAL = {errors.JSONBoundsError}


def test_every_error_class_has_an_example_here():
    assert {type(err) for err, _ in EXAMPLES} == ERROR_CLASSES - {errors.FollowkitError}


def _letter(interview, candidate):
    return fk.compose(interview, candidate)[0]


def _bad_log(tmp_path):
    (tmp_path / "log.csv").write_text("followup_id,company\nx,Acme\n", encoding="utf-8")
    return fk.read_log(tmp_path / "log.csv")


def _bad_template_pack(tmp_path, interview, candidate):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "email.txt.j2").write_text("Dear {{ compnay }},\n", encoding="utf-8")
    return fk.compose(interview, candidate, templates=pack)


# Each error class, raised by followkit itself from an ordinary call with a person's mistake.
RAISED_BY_FOLLOWKIT = {
    errors.FormError: lambda tmp, iv, me: fk.load_form(tmp / "no-such-form.json"),
    errors.TimingError: lambda tmp, iv, me: fk.send_window(NAIVE, "email"),
    errors.TemplateError: _bad_template_pack,
    errors.LetterError: lambda tmp, iv, me: fk.check("\n\n", iv),
    errors.CheckOptionsError: lambda tmp, iv, me: fk.check(_letter(iv, me), iv,
                                                           disable=["FK999"]),
    errors.LogError: lambda tmp, iv, me: _bad_log(tmp),
    errors.ExportError: lambda tmp, iv, me: fk.export_filename(_letter(iv, me), iv, "pdf"),
    errors.ReportError: lambda tmp, iv, me: import_module("followkit.cli._report")._chart_path(
        str(tmp / "chart.txt")),
    errors.WorkshopError: lambda tmp, iv, me: fk.read_participant(tmp / "no-such.json"),
    errors.JSONBoundsError: lambda tmp, iv, me: import_module(
        "followkit._bounded_json").load_bounded("[" * 40 + "]" * 40),
    errors.MissingDependencyError: lambda tmp, iv, me: import_optional("followkit_no_such_mod",
                                                                       "the test"),
}


def test_every_error_class_is_raised_here_by_followkit_itself():
    assert set(RAISED_BY_FOLLOWKIT) == ERROR_CLASSES - {errors.FollowkitError}


@pytest.mark.parametrize(("cls", "call"), RAISED_BY_FOLLOWKIT.items(),
                         ids=lambda x: getattr(x, "__name__", ""))
def test_followkit_raises_each_error_as_its_own_class(cls, call, tmp_path, interview,
                                                     candidate):
    with pytest.raises(cls) as info:
        call(tmp_path, interview, candidate)
    assert type(info.value) is cls
    assert isinstance(info.value, fk.FollowkitError) and isinstance(info.value, ValueError)
    assert str(info.value).strip()


@pytest.mark.parametrize("nested", ["[" * 40 + "]" * 40, '{"a": 1e999}', "{"])
def test_json_out_of_bounds_reaches_the_caller_as_the_readers_own_error(tmp_path, nested):
    path = tmp_path / "strange.json"
    path.write_text(nested, encoding="utf-8")
    with pytest.raises(fk.FormError) as form:
        fk.load_form(path)
    with pytest.raises(fk.WorkshopError) as participant:
        fk.read_participant(path)
    for info in (form, participant):
        assert not isinstance(info.value, errors.JSONBoundsError)


@pytest.mark.parametrize(("error", "says"), EXAMPLES, ids=lambda e: type(e).__name__)
def test_each_error_is_a_followkit_error_and_a_value_error_that_says_where(error, says):
    with pytest.raises(fk.FollowkitError) as info:
        raise error
    assert isinstance(info.value, ValueError)
    for part in says:
        assert part in str(info.value)


def test_every_error_a_caller_can_meet_is_exported_by_the_public_api():
    for cls in ERROR_CLASSES - INTERNAL:
        assert getattr(fk, cls.__name__) is cls
    for cls in INTERNAL:
        assert cls.__name__ not in fk.__all__


def test_a_missing_optional_library_is_an_import_error_with_the_pip_command():
    with pytest.raises(ImportError) as info:
        import_optional("followkit_no_such_module.sub", "the test")
    assert isinstance(info.value, fk.MissingDependencyError)
    assert "pip install followkit_no_such_module" in str(info.value)
    assert info.value.package == "followkit_no_such_module"


def _raised_names(tree: ast.AST):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "__getattr__":
            continue  # PEP 562: a module's __getattr__ must raise AttributeError
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            func = node.exc.func
            if isinstance(func, ast.Name):
                yield node.lineno, func.id
            elif isinstance(func, ast.Attribute):
                yield node.lineno, ast.unparse(func)
        yield from _raised_names(node)


# Raised for the standard library to turn into its own message, never to a caller.
_NOT_OURS = {"SystemExit", "argparse.ArgumentTypeError"}


def test_every_error_followkit_raises_is_a_followkit_error():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module_name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        module_name = module_name.removesuffix(".__init__")
        if module_name == "followkit.__main__":
            continue
        module = import_module(module_name)
        for line, name in _raised_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in _NOT_OURS:
                continue
            cls = getattr(module, name, None) or getattr(errors, name, None)
            if inspect.isfunction(cls):  # a helper that builds the error: its return type
                cls = getattr(errors, inspect.signature(cls).return_annotation, None)
            if not (inspect.isclass(cls) and issubclass(cls, fk.FollowkitError)):
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: raise {name}(...)")
    assert wrong == []


# Every public function that judges time against ``now``, given a naive one.
NAIVE_NOW_CALLS = {
    "status": lambda: fk.status(END, None, "email", now=NAIVE),
    "relative_time": lambda: fk.relative_time(END, NAIVE),
    "window_state": lambda: fk.window_state(fk.send_window(END, "email"), NAIVE),
    "describe_window": lambda: fk.describe_window(fk.send_window(END, "email"), NAIVE),
    "timeliness": lambda: fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH), NAIVE),
    "due": lambda: fk.due(fk.read_log(fk.SAMPLE_LOG_PATH), NAIVE),
    "coverage": lambda: fk.coverage(fk.read_log(fk.SAMPLE_LOG_PATH), NAIVE),
    "reminders_ics": lambda: fk.reminders_ics([], NAIVE),
    "mark_sent": lambda: fk.mark_sent("missing.csv", "x", NAIVE),
    "parse_aware text": lambda: fk.timing.parse_aware("2026-11-19T16:00", "now"),
    "send_window": lambda: fk.send_window(NAIVE, "email"),
}


@pytest.mark.parametrize("call", NAIVE_NOW_CALLS.values(), ids=NAIVE_NOW_CALLS.keys())
def test_a_naive_time_is_one_timing_error_wherever_it_is_passed(call):
    with pytest.raises(fk.TimingError) as info:
        call()
    assert type(info.value) is fk.TimingError
    assert "UTC offset" in str(info.value) or "timezone-aware" in str(info.value)


def test_a_policy_out_of_order_is_a_timing_error():
    with pytest.raises(fk.TimingError, match="email_earliest"):
        fk.Policy(email_earliest=timedelta(hours=3))


MAKE_FIGURE = {
    "history": lambda: import_module("followkit.history._charts")._figure((0.1, 0.9, 0.1, 0.9)),
    "workshop": lambda: import_module("followkit.workshop._charts")._figure(),
}


@pytest.mark.parametrize("make", MAKE_FIGURE.values(), ids=MAKE_FIGURE.keys())
def test_a_chart_without_matplotlib_says_what_to_install(monkeypatch, make):
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)  # as if not installed
    with pytest.raises(fk.MissingDependencyError, match=r"pip install 'followkit\[notebooks\]'"):
        make()
