"""How timely the follow-ups in a log were, what got answers, and what is still due.

Every function takes the log :func:`followkit.log._store.read_log` returns and ``now`` (an aware
datetime; nothing here reads the clock). Statuses follow :func:`followkit.timing.status`
exactly, computed column-wise: elapsed time is real time (UTC), boundaries are inclusive.
pandas and numpy are imported inside the functions.
"""

from __future__ import annotations

from datetime import datetime

from followkit.checks._catalogue import RULES_BY_CODE
from followkit.errors import LogError
from followkit.model import OUTCOMES
from followkit.timetext import local_date_time
from followkit.timing import (
    DEFAULT_POLICY,
    SENT_STATUSES,
    STATUSES,
    Policy,
    format_duration,
    require_aware,
)

__all__ = ["SENT_STATUSES", "coverage", "coverage_groups", "due", "summary", "timeliness"]

#: The statuses of a follow-up that went out.
#: The rules the coverage findings report, as the registry names them.
_ONE, _ALL = RULES_BY_CODE["FK501"], RULES_BY_CODE["FK502"]
_OUTCOMES_ANSWERED = tuple(outcome for outcome in OUTCOMES if outcome != "none")
_COVERAGE_COLUMNS = ["code", "name", "severity", "interview_id", "company", "interviewer",
                     "followup_ids", "message"]


def _earliest_by_row(channel, policy: Policy):
    """Per row, how long after the interview sending stops being early (numpy timedelta64)."""
    import numpy as np
    import pandas as pd

    codes = channel.cat.codes.to_numpy() if isinstance(channel.dtype, pd.CategoricalDtype) \
        else None
    if codes is None:
        channel = channel.astype("category")
        codes = channel.cat.codes.to_numpy()
    per_category = [np.timedelta64(policy.earliest(str(c)), "us")
                    for c in channel.cat.categories]
    return np.array([*per_category, np.timedelta64("NaT")], dtype="m8[us]")[codes]


def timeliness(log, now: datetime, policy: Policy = DEFAULT_POLICY):
    """``log`` with ``hours_to_send`` (float, NaN if unsent), ``status`` and ``deadline`` added.

    ``status`` is a categorical of :data:`~followkit.timing.STATUSES`; ``deadline`` is when
    the on-time window closes (``interview_end`` + the policy's 24 h), in the log's zone.
    """
    import numpy as np
    import pandas as pd

    now = pd.Timestamp(require_aware(now, "now"))
    end = log["interview_end"]
    taken = (log["sent_at"] - end).to_numpy().astype("m8[us]")
    sent = ~np.isnat(taken)
    if (taken[sent] < np.timedelta64(0, "us")).any():
        row = int(np.flatnonzero(sent & (taken < np.timedelta64(0, "us")))[0])
        raise LogError(f"sent_at {log['sent_at'].iloc[row].isoformat()} is before the "
                       f"interview ended ({end.iloc[row].isoformat()}).", row=row + 2,
                       column="sent_at", path=log.attrs.get("path"))
    deadline = np.timedelta64(policy.deadline, "us")
    open_now = (now - end).to_numpy().astype("m8[us]") <= deadline
    code = np.full(len(log), STATUSES.index("late"), dtype=np.int8)
    code[taken <= deadline] = STATUSES.index("on_time")
    code[taken < _earliest_by_row(log["channel"], policy)] = STATUSES.index("early")
    code[~sent] = np.where(open_now[~sent], STATUSES.index("pending"), STATUSES.index("missing"))
    return log.assign(
        hours_to_send=taken / np.timedelta64(3600, "s"),
        status=pd.Categorical.from_codes(code, categories=list(STATUSES)),
        deadline=end + pd.Timedelta(policy.deadline),
    )


def _answered(t):
    return t["response_at"].notna() | t["outcome"].isin(_OUTCOMES_ANSWERED)


def _outcome_or_not_recorded(outcome):
    """``outcome`` with a missing one called "not recorded" (kept categorical: fast)."""
    import pandas as pd

    if isinstance(outcome.dtype, pd.CategoricalDtype):
        return outcome.cat.add_categories(["not recorded"]).fillna("not recorded")
    return outcome.astype("str").fillna("not recorded")


def summary(t) -> dict:
    """Plain numbers (JSON-ready) from :func:`timeliness`'s frame.

    ``by_status`` counts every status; ``on_time_rate`` is on-time follow-ups over those
    sent (``None`` if none was sent); ``median_hours_by_channel`` is over sent ones;
    ``response_rate`` is answered over sent (an answer is a ``response_at`` or an outcome of
    second_interview, offer or rejected), also ``by_status``; ``outcomes_by_status`` counts
    outcomes per status.
    """
    import numpy as np

    status = t["status"]
    codes = status.cat.codes.to_numpy()
    counts = np.bincount(codes[codes >= 0], minlength=len(status.cat.categories))
    was_sent = status.isin(SENT_STATUSES).to_numpy()
    # Take only the columns needed: copying a whole 100,000-row log costs more than the rest.
    sent = t[["channel", "status", "hours_to_send", "response_at", "outcome"]][was_sent]
    answered = _answered(sent).to_numpy()
    median = sent.groupby("channel", observed=True)["hours_to_send"].median()
    sent_codes = codes[was_sent]
    answers = np.bincount(sent_codes, weights=answered, minlength=len(counts))
    return {
        "followups": len(t),
        "sent": int(was_sent.sum()),
        "by_status": dict(zip(status.cat.categories, counts.tolist(), strict=True)),
        "on_time_rate": _rate(int((sent["status"] == "on_time").sum()), len(sent)),
        "median_hours_by_channel": {c: round(float(h), 2) for c, h in median.items()},
        "response_rate": _rate(int(answered.sum()), len(sent)),
        "response_rate_by_status": {
            s: round(float(answers[i] / counts[i]), 4)
            for i, s in enumerate(status.cat.categories) if s in SENT_STATUSES and counts[i]},
        "outcomes_by_status": _outcomes_by_status(status, t["outcome"]),
    }


def _outcomes_by_status(status, outcome) -> dict:
    """Per status present: outcome -> count, most frequent first (ties: category order)."""
    import numpy as np
    import pandas as pd

    outcome = _outcome_or_not_recorded(outcome)
    if not isinstance(outcome.dtype, pd.CategoricalDtype):
        outcome = outcome.astype("category")
    names = list(outcome.cat.categories)
    codes = status.cat.codes.to_numpy()
    known = codes >= 0
    pairs = codes[known] * len(names) + outcome.cat.codes.to_numpy()[known]
    table = np.bincount(pairs, minlength=len(status.cat.categories) * len(names))
    found = {}
    for i, name in enumerate(status.cat.categories):
        row = table[i * len(names):(i + 1) * len(names)]
        if row.sum():
            order = np.argsort(-row, kind="stable")
            found[name] = {names[k]: int(row[k]) for k in order if row[k]}
    return found


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def coverage(log, now: datetime, policy: Policy = DEFAULT_POLICY):
    """FK501 and FK502 findings as a frame, one row per interviewer concerned.

    FK501: more than one follow-up to the same person for one interview (names compared
    without case or extra spaces). FK502: an interviewer nobody thanked although the send
    window has closed. Columns: code, name, severity, interview_id, company, interviewer,
    followup_ids, message. Rows follow the log's order of first mention. Vectorised: a
    100,000-row log takes well under a second.
    """
    return coverage_groups(timeliness(log, now, policy))[0]


def _person_groups(t):
    """Per row, a small int naming "this interviewer at this interview", by first mention."""
    import numpy as np
    import pandas as pd

    names, uniques = pd.factorize(t["interviewer"])
    person = np.array([" ".join(str(n).casefold().split()) for n in uniques] + [""],
                      dtype=object)[names]
    keys = t["interview_id"].to_numpy(dtype=object) + "\x1f" + person
    return np.asarray(pd.factorize(keys)[0], dtype=np.int64)


def coverage_groups(t):
    """:func:`coverage` of :func:`timeliness`'s frame ``t``, with the groups behind it.

    Returns ``(findings, row_group, finding_group)``: the findings frame, the group (one
    interviewer at one interview) of each row of ``t``, and the group each finding is
    about, so findings judged once can be picked for any subset of the rows.
    """
    import numpy as np
    import pandas as pd

    codes = _person_groups(t)
    groups = int(codes.max()) + 1 if len(codes) else 0
    size = np.bincount(codes, minlength=groups)
    sent = (t["status"] != "missing").to_numpy()
    all_missing = np.bincount(codes, weights=sent, minlength=groups) == 0
    flagged = np.flatnonzero((size > 1) | all_missing)
    first = np.unique(codes, return_index=True)[1][flagged]
    order = np.argsort(codes, kind="stable")
    order = order[np.isin(codes[order], flagged)]
    cuts = np.flatnonzero(np.diff(codes[order])) + 1
    ids = [", ".join(part) for part in np.split(t["followup_id"].to_numpy()[order], cuts)]
    closed = _earliest_deadlines(t["deadline"], order, cuts, all_missing[flagged])
    heads = zip(*(t[c].to_numpy()[first] for c in ("interview_id", "company", "interviewer")),
                strict=True)
    zones = (t["time_zone"].to_numpy(dtype=object, na_value=None)[first]
             if "time_zone" in t else [None] * len(first))  # each interview's own zone
    rows, about = [], []
    for k, (group, (interview, company, interviewer)) in enumerate(
            zip(flagged.tolist(), heads, strict=True)):
        where = f"{interviewer} ({company}, interview {interview})"
        head = [interview, company, interviewer, ids[k]]
        if size[group] > 1:
            rows.append([_ONE.code, _ONE.name, _ONE.severity, *head,
                         f"{where} has {size[group]} follow-ups ({ids[k]}); send one message "
                         "per person — the guide asks for no more correspondences than "
                         "necessary."])
            about.append(group)
        if all_missing[group]:
            rows.append([_ALL.code, _ALL.name, _ALL.severity, *head,
                         f"{where} was never thanked and the 24 h window closed "
                         f"{local_date_time(closed[k], zones[k])}; a short, late thank-you "
                         "still beats "
                         "none."])
            about.append(group)
    return (pd.DataFrame(rows, columns=_COVERAGE_COLUMNS), codes,
            np.array(about, dtype=np.int64))


def _earliest_deadlines(deadline, order, cuts, wanted) -> dict:
    """Per flagged group k where ``wanted[k]``: its earliest deadline, in the log's zone."""
    import numpy as np
    import pandas as pd

    if not wanted.any():
        return {}
    utc = deadline.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()[order]
    earliest = np.minimum.reduceat(utc, np.r_[0, cuts])[wanted]
    local = pd.DatetimeIndex(earliest).tz_localize("UTC").tz_convert(deadline.dt.tz)
    return dict(zip(np.flatnonzero(wanted).tolist(), local.to_pydatetime(), strict=True))


def due(log, now: datetime, policy: Policy = DEFAULT_POLICY):
    """Follow-ups not sent whose window is still open, soonest deadline first.

    Columns: followup_id, interview_id, company, position, interviewer, channel, send_from
    (no longer early), deadline, time_left (a Timedelta) and time_left_text ("5 h 12 min").
    """
    import numpy as np
    import pandas as pd

    t = timeliness(log, now, policy)
    pending = t[(t["status"] == "pending").to_numpy()].sort_values("deadline", kind="stable")
    earliest = _earliest_by_row(pending["channel"], policy)
    time_left = pending["deadline"] - pd.Timestamp(now)
    zone = ["time_zone"] if "time_zone" in pending else []  # the interview's own zone
    out = pending[["followup_id", "interview_id", "company", "position", "interviewer",
                   "channel", *zone]].assign(
        send_from=pending["interview_end"] + pd.to_timedelta(earliest.astype(np.int64), "us"),
        deadline=pending["deadline"],
        time_left=time_left,
        time_left_text=[format_duration(d.to_pytimedelta()) for d in time_left],
    )
    return out.reset_index(drop=True)
