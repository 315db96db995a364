import ast
import importlib
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import followkit

# The public API, pinned: a name added or removed here is a decision, made in review.
# Each entry existed before the packages were reorganised, except the error classes the
# error contract added (CheckOptionsError, ExportError, MissingDependencyError, ReportError)
# and what issue 15 added (check_form, FormFinding, FormFile, load_form_file, LENGTHS).
EXPECTED_ALL = [
    "BLOCKING", "CHANNELS", "DEFAULT_POLICY", "EXERCISE_KINDS", "EXPORT_KINDS", "LENGTHS",
    "LESSON_FORMAT",
    "LETTER_CHANNELS", "LOG_COLUMNS", "PARTICIPANT_FORMAT", "RULES", "SAMPLE_LOG_PATH",
    "SIGN_OFFS", "STATUSES", "Candidate", "CheckOptionsError", "Choice", "ChoiceResult",
    "Cohort", "ExportError", "Finding", "FollowkitError", "FormError", "FormFile", "FormFinding",
    "HistoryFilter",
    "HistoryView", "Interview", "Interviewer", "Lesson", "Letter", "LetterError",
    "LetterExercise", "LetterResult", "LogError", "MissingDependencyError", "PanelExercise",
    "PanelResult", "Policy", "Progress", "Question", "ReportError", "Rule", "SendTimeExercise",
    "SendTimeResult", "SendWindow", "TemplateError", "TimingError", "WorkshopError",
    "__version__", "anonymize", "append_followups", "apply_filter", "card_font_size",
    "card_html", "check", "check_batch", "check_form", "choose_log", "clock_time", "compose",
    "coverage",
    "coverage_groups", "date_time", "default_log_path", "describe_window",
    "describe_window_dates", "due", "eml_draft", "export_filename", "export_participant",
    "grade_choice", "grade_letter", "grade_panel", "grade_send_time", "history_sentences",
    "history_view", "ics_reminder", "letter_similarity", "load_cohort", "load_form",
    "load_form_file",
    "load_lesson", "mailto_link", "mark_sent", "new_salt", "participant_record", "read_log",
    "read_participant", "relative_time", "reminder_time", "reminders_ics", "render_html_report",
    "save_followups", "send_time_choices", "send_window", "slug", "status", "summary",
    "timeliness", "window_state", "write_export", "write_log", "write_reminders",
]




def isort_key(name: str):
    """The order ruff's RUF022 keeps: CONSTANTS, then Classes, then functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def test_all_is_exactly_the_pinned_public_api():
    assert list(followkit.__all__) == EXPECTED_ALL


def test_every_public_name_imports_from_the_package():
    namespace: dict = {}
    exec("from followkit import *", namespace)
    assert sorted(k for k in namespace if k != "__builtins__") == sorted(EXPECTED_ALL)
    for name in EXPECTED_ALL:
        assert getattr(followkit, name) is namespace[name]


def test_all_is_sorted_and_unique():
    assert list(followkit.__all__) == sorted(set(followkit.__all__), key=isort_key)


def test_all_names_every_public_attribute_and_nothing_missing():
    public = {
        name for name in dir(followkit)
        if not name.startswith("_") and not isinstance(getattr(followkit, name), ModuleType)
    }
    assert public == set(followkit.__all__) - {"__version__"}
    for name in followkit.__all__:
        assert hasattr(followkit, name), name
    assert not hasattr(followkit, "chek")


@pytest.mark.parametrize("package", ["followkit", "followkit.letters"])
def test_every_lazy_name_is_imported_for_type_checkers_from_the_same_module(package):
    """``_WHERE`` (where a name is imported from on first use) and the ``TYPE_CHECKING``
    imports (what mypy and editors see) say the same thing, for every name of ``__all__``."""
    module = importlib.import_module(package)
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    guarded = next(node for node in tree.body if isinstance(node, ast.If)
                   and ast.unparse(node.test) == "_typing.TYPE_CHECKING")
    seen = {(node.module, alias.name) for node in guarded.body
            if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert seen == {(where, name) for name, where in module._WHERE.items()}
    assert set(module._WHERE) == set(module.__all__) - {"__version__"}
    for name in module.__all__:
        assert getattr(module, name) is getattr(importlib.import_module(module._WHERE.get(
            name, package)), name)


def test_import_followkit_loads_no_sub_package_until_a_name_is_used():
    code = (
        "import sys, followkit; "
        "print(sorted(m for m in sys.modules if m.startswith('followkit.'))); "
        "followkit.check; print(sorted(m.split('.')[1] for m in sys.modules "
        "if m.count('.') == 1 and m.startswith('followkit.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, after_check = out.stdout.splitlines()
    assert loaded == "[]"
    loaded_packages = set(ast.literal_eval(after_check))
    assert not {"log", "history", "workshop", "exports", "ui", "cli"} & loaded_packages


def test_import_followkit_loads_no_heavy_library():
    code = (
        "import sys, followkit; "
        "heavy = ('pandas', 'matplotlib', 'ipywidgets', 'numpy'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_errors_share_one_root_and_are_value_errors():
    for cls in (followkit.FormError, followkit.LogError, followkit.TemplateError,
                followkit.TimingError, followkit.LetterError):
        assert issubclass(cls, followkit.FollowkitError)
        assert issubclass(cls, ValueError)


def test_log_error_names_file_row_and_column():
    err = followkit.LogError("'soon' is not a time; expected ISO 8601.",
                             path="data/followups.csv", row=7, column="sent_at")
    assert str(err) == ("data/followups.csv, row 7, column 'sent_at': "
                        "'soon' is not a time; expected ISO 8601.")
