"""Shared fixtures: a complete interview form as the guide describes one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import followkit as fk

CHICAGO = ZoneInfo("America/Chicago")


@pytest.fixture
def interview() -> fk.Interview:
    return fk.Interview(
        company="Harlow & Pike LLP",
        position="Senior Staff Accountant",
        ended_at=datetime(2026, 11, 19, 15, 30, tzinfo=CHICAGO),
        interviewers=[
            fk.Interviewer(
                name="Dana Rivera",
                title="Controller",
                email="dana.rivera@example.com",
                salutation="Ms. Rivera",
                topics=["ERP rollout", "close calendar"],
            ),
            fk.Interviewer(name="Omar Haddad", title="Audit Manager", email="omar@example.com"),
        ],
        topics=["quarter-end close"],
        skills=["account reconciliations", "CPA"],
        agreed_channel="email",
        other_companies=["Brightline Foods"],
    )


@pytest.fixture
def candidate() -> fk.Candidate:
    return fk.Candidate(
        name="Sam Lee", email="sam@example.com", phone="+1 312 555 0142",
        portfolio_url="https://samlee.example.com",
    )
