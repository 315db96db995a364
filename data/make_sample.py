"""Write followkit/log/sample_followups.csv: a synthetic follow-up log (seeded: reproducible).

One job seeker in Chicago, 64 interviews from March to October 2026 with one to three
interviewers each. Most thank-you emails go out 1.5-6 h after the interview, a few too soon
(under 1 h) or late (the next day or later); some notes are handwritten; a couple of follow-ups
are by phone where that was agreed. A few interviewers were never thanked (FK502), a few got a
second "checking in" message (FK501), and the newest interview's follow-ups are still unsent.
Every name, company and address is made up.

Run: ``.venv/bin/python data/make_sample.py`` (from the repository root).
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from followkit.log._store import write_log

CHICAGO = ZoneInfo("America/Chicago")
OUT = Path(__file__).resolve().parents[1] / "followkit" / "log" / "sample_followups.csv"
SEED = 20261126
#: The sample's "now": the last interview's window is still open then. Pass it as --now.
AS_OF = datetime(2026, 10, 30, 9, 0, tzinfo=CHICAGO)

COMPANIES = [
    ("Harlow & Pike LLP", "Senior Staff Accountant"), ("Brightline Foods", "Cost Accountant"),
    ("Marlow Freight", "Accounts Payable Lead"), ("Cedar & Finch", "Staff Accountant"),
    ("Northgate Health", "Revenue Analyst"), ("Quill Street Media", "Financial Analyst"),
    ("Oakridge Credit Union", "Senior Accountant"), ("Tessera Labs", "FP&A Analyst"),
    ("Bramble Retail Group", "Inventory Accountant"), ("Lakeshore Utilities", "Audit Associate"),
    ("Pioneer Mills", "Payroll Accountant"), ("Sable Rock Energy", "Tax Associate"),
    ("Westfield Dental Partners", "Office Controller"), ("Juniper Logistics", "Billing Analyst"),
    ("Ironwood Builders", "Project Accountant"), ("Greyfield Insurance", "Reconciliation Lead"),
]
FIRST = ["Dana", "Omar", "Priya", "Luis", "Mei", "Grace", "Tomasz", "Aisha", "Ben", "Chloé",
         "Marcus", "Ingrid", "Kenji", "Rosa", "Samuel", "Fatima", "Jonas", "Leah", "Ravi", "Zoë"]
LAST = ["Rivera", "Haddad", "Nair", "Ortega", "Chen", "O'Neill", "Kowalski", "Bello", "Adler",
        "Dubois", "Greene", "Larsen", "Tanaka", "Álvarez", "Brooks", "Rahman", "Weber", "Stein"]
ROLES = ["hiring manager", "department head", "recruiter", "panel", "other"]


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def send_delay(rng: random.Random, channel: str) -> timedelta | None:
    """How long after the interview this person sent it; None for a forgotten follow-up."""
    roll = rng.random()
    if roll < 0.05:
        return None
    if channel == "handwritten":
        hours = rng.uniform(26, 60) if roll < 0.20 else rng.uniform(0.5, 20)
    elif roll < 0.13:
        hours = rng.uniform(0.1, 0.95)
    elif roll < 0.25:
        hours = rng.uniform(24.5, 72)
    else:
        hours = min(rng.lognormvariate(1.2, 0.55), 23.5)
        hours = max(hours, 1.0)
    return timedelta(minutes=round(hours * 60))


def answer(rng: random.Random, status: str) -> tuple[timedelta | None, str]:
    """When and how the interviewer answered; the chance of one falls for late notes."""
    chance = {"on_time": 0.45, "early": 0.30, "late": 0.20}.get(status, 0.0)
    if rng.random() >= chance:
        return None, rng.choice(["none", ""])
    outcome = rng.choices(["second_interview", "rejected", "offer"], [0.5, 0.38, 0.12])[0]
    return timedelta(hours=rng.uniform(20, 240)), outcome


def interviews(rng: random.Random):
    """64 interviews on weekdays between 2026-03-02 and 2026-10-29, in date order."""
    start = datetime(2026, 3, 2, tzinfo=CHICAGO)
    days = sorted(rng.sample(range(0, 240), 63))
    dates = [start + timedelta(days=d) for d in days] + [AS_OF - timedelta(hours=17)]
    for number, day in enumerate(dates):
        day = day - timedelta(days=day.weekday() - 4) if day.weekday() > 4 else day
        hour = rng.choice([9, 10, 11, 13, 14, 15, 16])
        end = day.replace(hour=hour, minute=rng.choice([0, 15, 30, 45]))
        if number == len(dates) - 1:
            end = dates[-1]
        yield end, rng.choice(COMPANIES)


def rows(rng: random.Random):
    for end, (company, position) in interviews(rng):
        interview_id = f"{end:%Y%m%d}-{slug(company)}"
        channel = "handwritten" if rng.random() < 0.2 else "email"
        agreed = rng.choices(["email", "phone", ""], [0.7, 0.08, 0.22])[0]
        names = [f"{first} {last}" for first in FIRST for last in LAST]
        people = rng.sample(names, rng.choice([1, 1, 2, 2, 3]))
        for person in people:
            ch = "phone" if agreed == "phone" and rng.random() < 0.5 else channel
            delay = None if end == AS_OF - timedelta(hours=17) else send_delay(rng, ch)
            sent = None if delay is None else end + delay
            taken = None if sent is None else delay.total_seconds() / 3600
            status = ("missing" if taken is None else "early" if taken < 1 and ch != "handwritten"
                      else "on_time" if taken <= 24 else "late")
            wait, outcome = answer(rng, status)
            base = dict(interview_id=interview_id, company=company, position=position,
                        interview_end=end, interviewer=person, interviewer_role=rng.choice(ROLES),
                        channel=ch, agreed_channel=agreed, time_zone=CHICAGO.key)
            yield dict(base, followup_id=f"{interview_id}-{slug(person)}", sent_at=sent,
                       response_at=None if wait is None else sent + wait, outcome=outcome,
                       notes="")
            if sent is not None and wait is None and rng.random() < 0.03:
                yield dict(base, followup_id=f"{interview_id}-{slug(person)}-2",
                           sent_at=sent + timedelta(days=rng.randint(5, 9)), response_at=None,
                           outcome="none", notes="second message: checking in on next steps")


def main() -> None:
    import pandas as pd

    frame = pd.DataFrame(list(rows(random.Random(SEED))))
    frame.attrs = {"tz": CHICAGO, "delimiter": ","}
    write_log(OUT, frame)
    print(f"wrote {len(frame)} follow-ups for {frame['interview_id'].nunique()} interviews "
          f"to {OUT}")


if __name__ == "__main__":
    main()
