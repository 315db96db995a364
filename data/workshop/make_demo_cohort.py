"""Make the demo cohort in data/workshop/cohort/: synthetic participant files, one of them bad.

Seeded, so the same command writes the same files:

    .venv/bin/python data/workshop/make_demo_cohort.py            # 24 participants + 1 bad file
    .venv/bin/python data/workshop/make_demo_cohort.py OUT -n 500  # what the benchmark does

Each participant has a made-up follow-up log (names, companies, notes with email addresses)
that goes through ``followkit.anonymize`` exactly as a real export does, and exercise results
drawn from the lesson's exercises.
"""

from __future__ import annotations

import argparse
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import followkit as fk

HERE = Path(__file__).resolve().parent
EXPORTED_AT = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
SALT = "demo-cohort-salt-not-secret"
FIRST = ["Avery", "Jordan", "Priya", "Mateo", "Ines", "Kwame", "Lena", "Tomasz", "Yuki", "Rosa",
         "Samir", "Hannah", "Diego", "Mei", "Olu", "Freya"]
LAST = ["Rivera", "Okafor", "Lindgren", "Haddad", "Nakamura", "Moreau", "Kowalski", "Mensah",
        "Castillo", "Brennan", "Sato", "Abernathy", "Quintero", "Walsh"]
COMPANIES = ["Harlow & Pike LLP", "Brightline Foods", "Northwind Health", "Sunridge Market",
             "Coastal Freight Partners", "Lindqvist Digital", "Maple Grove Elementary",
             "Redline Logistics", "Orchard Street Bank", "Kestrel Aerospace"]
POSITIONS = ["Senior Staff Accountant", "Marketing Coordinator", "Data Analyst",
             "Shift Supervisor", "Junior Web Developer", "Teaching Assistant"]
ZONES = ["America/Chicago", "America/New_York", "America/Los_Angeles", "Europe/London"]
ROLES = ["hiring manager", "department head", "recruiter", "panel", "other"]
INTRODUCED = ["FK109", "FK110", "FK305", "FK107", "FK104"]


def fake_log(rng: random.Random):
    """A participant's own follow-up log, with personal data in every free-text column."""
    import pandas as pd

    rows = []
    for i in range(rng.randint(1, 4)):
        zone = ZoneInfo(rng.choice(ZONES))
        end = datetime(2026, 11, rng.randint(2, 24), rng.randint(9, 17), rng.choice([0, 30]),
                       tzinfo=zone)
        company, position = rng.choice(COMPANIES), rng.choice(POSITIONS)
        channel = rng.choices(["email", "handwritten", "phone"], [80, 15, 5])[0]
        for j in range(rng.randint(1, 3)):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            hours = rng.choices([rng.uniform(0.1, 0.9), rng.uniform(1, 24), rng.uniform(25, 96),
                                 None], [8, 70, 12, 10])[0]
            sent = None if hours is None else end + timedelta(hours=hours)
            rows.append({
                "followup_id": f"f{i}{j}", "interview_id": f"i{i}", "company": company,
                "position": position, "interview_end": end, "interviewer": name,
                "interviewer_role": rng.choice(ROLES), "channel": channel,
                "agreed_channel": channel, "sent_at": sent, "response_at": None,
                "outcome": rng.choice(["none", "second_interview", "rejected"]),
                "notes": f"Ask {name} ({name.split()[0].lower()}@{company.split()[0].lower()}"
                         ".example.com) about next steps",
            })
    return pd.DataFrame(rows)


def fake_results(rng: random.Random, lesson: fk.Lesson) -> list[dict]:
    """Exercise results as the workshop notebook records them."""
    progress = fk.Progress()
    for question in lesson.quiz:
        correct = next(i for i, c in enumerate(question.choices) if c.correct)
        if rng.random() >= 0.7:
            wrong = rng.choice([i for i in range(len(question.choices)) if i != correct])
            progress.record(f"quiz:{question.id}", "quiz", done=False, answer=wrong)
        if rng.random() < 0.9:
            progress.record(f"quiz:{question.id}", "quiz", done=True, answer=correct)
    for letter in rng.sample(lesson.letters, rng.randint(2, len(lesson.letters))):
        progress.record(f"letter:{letter.id}", "letter", done=False, codes=letter.flaws)
        left = [c for c in letter.flaws if rng.random() < 0.15]
        if rng.random() < 0.2:
            left.append(rng.choice(INTRODUCED))
        for _ in range(rng.randint(1, 6)):
            progress.record(f"letter:{letter.id}", "letter", done=not left, codes=left)
    for exercise in lesson.send_time:
        choices = fk.send_time_choices(exercise)
        _, when = rng.choices(choices, [3, 10, 6, 5, 12, 8, 4, 2, 3, 1, 2, 1][:len(choices)])[0]
        result = fk.grade_send_time(exercise, when)
        progress.record(f"send_time:{exercise.id}", "send_time",
                        done=result.done, status=result.status, hours=result.hours)
    panel_left = ["FK205"] if rng.random() < 0.35 else []
    panel_left += ["FK104"] if rng.random() < 0.2 else []
    progress.record(f"panel:{lesson.panel.id}", "panel", done=False, codes=["FK205"])
    progress.record(f"panel:{lesson.panel.id}", "panel", done=not panel_left, codes=panel_left)
    return progress.results()


def make_cohort(folder: Path, n: int = 24, seed: int = 8, bad: int = 1) -> list[Path]:
    """Write ``n`` participant files and ``bad`` unreadable ones into ``folder``."""
    lesson = fk.load_lesson(HERE)
    rng = random.Random(seed)
    paths = []
    for k in range(n):
        shared = None
        if k % 6 == 1:  # a few opted in to show a letter on the projector
            letter = lesson.letters[(k // 6 + 2) % len(lesson.letters)]
            shared = [{"exercise": f"letter:{letter.id}",
                       "text": letter.answer if k % 4 else letter.text}]
        paths.append(fk.export_participant(
            folder, fake_results(rng, lesson), fake_log(rng), SALT,
            exported_at=EXPORTED_AT + timedelta(minutes=k), participant=f"p-{k:04d}",
            shared=shared))
    for k in range(bad):
        path = folder / f"workshop-p-broken{k}.json"
        path.write_text('{"format": "followkit-workshop-participant", "version": 1, "exer')
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE / "cohort")
    parser.add_argument("-n", type=int, default=24, help="participants (default 24)")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    paths = make_cohort(args.folder, args.n, args.seed)
    print(f"wrote {len(paths)} files to {args.folder}")


if __name__ == "__main__":
    main()
