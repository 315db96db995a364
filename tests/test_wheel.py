"""followkit as a person installs it: build the wheel, install it into a fresh venv, run it.

The venv borrows the dependencies already installed for the tests (a ``.pth`` line naming
this interpreter's site-packages) and gets followkit only from the wheel (``--no-deps``), so
the test is quick and needs no network. Everything runs from an empty folder, so nothing
of the source checkout (``notebooks/``, ``data/``) can stand in for what the wheel lacks.
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SAMPLE_NOW = "2026-10-30T09:00:00-05:00"
# The files a wheel must carry besides the modules.
PACKAGE_DATA = (
    "followkit/py.typed",
    "followkit/log/sample_followups.csv",
    "followkit/letters/templates/email.txt.j2",
    "followkit/letters/templates/handwritten.txt.j2",
    "followkit/letters/templates/subject.txt.j2",
    "followkit/exports/templates/card.html.j2",
)


def _run(args, cwd, **kwargs):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300, **kwargs)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the sources (the checkout gets no build/ folder)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(PROJECT / name, source / name)
    shutil.copytree(PROJECT / "followkit", source / "followkit",
                    ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("dist")
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                  "--quiet", "-w", str(out), str(source)], cwd=out)
    assert built.returncode == 0, built.stderr
    (path,) = out.glob("followkit-*.whl")
    return path


@pytest.fixture(scope="module")
def venv_python(wheel, tmp_path_factory) -> Path:
    """A fresh venv's python, with followkit installed from ``wheel`` only."""
    venv = tmp_path_factory.mktemp("venv")
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=venv)
    assert made.returncode == 0, made.stderr
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                      "['purelib'])"], cwd=venv).stdout.strip())
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    installed = _run([sys.executable, "-m", "pip", "--python", str(python), "install",
                      "--no-deps", "--quiet", str(wheel)], cwd=venv)
    assert installed.returncode == 0, installed.stderr
    return python


def test_the_wheel_carries_the_package_data_and_the_license(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in PACKAGE_DATA if name not in names]
    assert missing == []
    assert any(n.endswith(".dist-info/LICENSE") or "/licenses/LICENSE" in n for n in names)
    assert any(n.startswith("followkit/checks/phrases/") and n.endswith(".txt") for n in names)


def test_the_installed_package_is_the_wheels_and_finds_its_files(venv_python, tmp_path):
    code = (
        "import followkit, importlib.resources as r; "
        "print(followkit.__file__); print(followkit.__version__); "
        "print(followkit.SAMPLE_LOG_PATH.exists()); "
        "print((r.files('followkit.letters') / 'templates' / 'email.txt.j2').is_file()); "
        "print(len(followkit.RULES) > 20)"
    )
    done = _run([str(venv_python), "-c", code], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    where, version, *checks = done.stdout.split()
    assert Path(where).is_relative_to(venv_python.parents[1])
    assert version == "0.1.0" or version.count(".") >= 2
    assert checks == ["True", "True", "True"]


def test_the_installed_command_prints_the_report_of_the_sample_log(venv_python, tmp_path):
    code = "import followkit; print(followkit.SAMPLE_LOG_PATH)"
    sample = _run([str(venv_python), "-c", code], cwd=tmp_path).stdout.strip()
    done = _run([str(venv_python), "-m", "followkit", "report", sample, "--now", SAMPLE_NOW],
                cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Follow-up log {sample}, as of 2026-10-30T09:00-05:00")
    assert "on time (of those sent):" in done.stdout
    assert "Findings" in done.stdout and "Due" in done.stdout


@pytest.mark.xfail(strict=True, reason="report --html needs notebooks/history.ipynb from the "
                   "checkout; making it work from a wheel is issue 16's")
def test_the_installed_command_writes_the_html_report(venv_python, tmp_path):
    code = "import followkit; print(followkit.SAMPLE_LOG_PATH)"
    sample = _run([str(venv_python), "-c", code], cwd=tmp_path).stdout.strip()
    out = tmp_path / "report.html"
    done = _run([str(venv_python), "-m", "followkit", "report", sample, "--now", SAMPLE_NOW,
                 "--html", str(out)], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "<html" in out.read_text(encoding="utf-8")
