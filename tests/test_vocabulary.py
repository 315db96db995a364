"""Each piece of shared vocabulary is written once; the rest of followkit reads it."""

import re
from pathlib import Path

import followkit as fk
from followkit import model, timing
from followkit.checks import RULES
from followkit.log._schema import LOG_COLUMNS, TIME_COLUMNS

PACKAGE = Path(fk.__file__).parent
SOURCES = {p: p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))}


def _written_outside(home: Path, pattern: str) -> list[str]:
    found = re.compile(pattern)
    return [f"{path.relative_to(PACKAGE.parent)}:{n}" for path, text in SOURCES.items()
            if path != home for n, line in enumerate(text.splitlines(), 1)
            if found.search(line)]


def test_status_colours_are_written_only_in_timing():
    colours = "|".join(re.escape(c) for c in timing.STATUS_COLOURS.values())
    assert _written_outside(PACKAGE / "timing.py", f"(?i)({colours})") == []


def test_status_labels_are_written_only_in_timing():
    assert _written_outside(PACKAGE / "timing.py", r'"(never sent|still due)"') == []


def test_roles_and_outcomes_are_written_only_in_the_model():
    assert _written_outside(PACKAGE / "model.py", r'"second_interview", "offer"') == []
    assert _written_outside(PACKAGE / "model.py", r'"department head", "recruiter"') == []


def test_the_participant_file_uses_the_logs_columns_and_values():
    from followkit.workshop import _participant_file as participant

    assert set(participant.ANONYMOUS_COLUMNS) <= set(LOG_COLUMNS)
    assert participant.TIME_COLUMNS is TIME_COLUMNS
    assert participant.CHOICE_COLUMNS["interviewer_role"] is model.ROLES
    assert participant.CHOICE_COLUMNS["outcome"] is model.OUTCOMES
    assert participant.CHOICE_COLUMNS["channel"] is model.CHANNELS


def test_time_strings_are_parsed_only_by_timing():
    """One parser for aware times: ``timing.parse_aware`` (with ``zone=`` for a local time)."""
    assert _written_outside(PACKAGE / "timing.py",
                            r"datetime\.fromisoformat\(|\.strptime\(") == []


def test_zone_names_a_person_types_are_read_only_by_timing():
    """``timing.parse_zone``; a ``ZoneInfo("America/Chicago")`` constant is fine elsewhere."""
    readers = [where for where in _written_outside(PACKAGE / "timing.py", r"ZoneInfo\([^\"']")
               if "log/_store.py" not in where  # the machine's own zone, from its settings
               and "log/_schema.py" not in where]  # a log's time_zone cell: IANA names only
    assert readers == []


def test_coverage_findings_report_the_registrys_name_and_severity():
    by_code = {rule.code: rule for rule in RULES}
    log = fk.read_log(fk.SAMPLE_LOG_PATH, tz="America/Chicago")
    findings = fk.coverage(log, timing.parse_aware("2026-10-30T09:00:00-05:00", "now"))
    assert set(findings["code"]) == {"FK501", "FK502"}
    for row in findings.itertuples():
        assert (row.name, row.severity) == (by_code[row.code].name, by_code[row.code].severity)


def test_the_history_advice_quotes_the_registrys_guide_sentence():
    from followkit.history._findings import FINDING_ADVICE

    by_code = {rule.code: rule for rule in RULES}
    for code, (_heading, guide, _advice) in FINDING_ADVICE.items():
        assert guide == by_code[code].guide
