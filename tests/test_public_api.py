import subprocess
import sys

import followkit


def isort_key(name: str):
    """The order ruff's RUF022 keeps: CONSTANTS, then Classes, then functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def test_all_is_sorted_and_unique():
    assert list(followkit.__all__) == sorted(set(followkit.__all__), key=isort_key)


def test_all_names_every_public_attribute_and_nothing_missing():
    public = {
        name for name, value in vars(followkit).items()
        if not name.startswith("_") and not isinstance(value, type(followkit))
    }
    assert public == set(followkit.__all__) - {"__version__"}
    for name in followkit.__all__:
        assert hasattr(followkit, name), name


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
