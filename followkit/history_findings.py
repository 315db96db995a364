"""FK501 and FK502 over a whole log, vectorised, and the guide's advice behind each.

:func:`coverage_findings` returns exactly what :func:`followkit.analysis.coverage` returns
(same rows, order, columns and messages; a test holds them equal), but groups with numpy
instead of a Python loop over every (interview, interviewer) pair: on a 100,000-row log
``analysis.coverage`` takes minutes, this takes well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from followkit.timing import DEFAULT_POLICY, Policy

__all__ = ["FINDING_ADVICE", "JudgedCoverage", "coverage_findings", "findings_advice",
           "judge_coverage", "person_keys"]

#: Per code: a heading, the guide's own words, and what to do next time.
FINDING_ADVICE = {
    "FK501": ("One message per person",
              "Your follow-up should be a one-time message … Do not write any more "
              "correspondences than necessary.",
              "Send each interviewer one thank-you; if you have heard nothing, wait rather "
              "than write again."),
    "FK502": ("Thank everyone who interviewed you",
              "Write a single message to each person who interviewed you.",
              "Note every interviewer's name before you leave; a short, late thank-you still "
              "beats none."),
}
_COLUMNS = ["code", "name", "severity", "interview_id", "company", "interviewer",
            "followup_ids", "message"]


def person_keys(frame):
    """Per row, one key for "this interviewer at this interview", as FK501/FK502 group.

    Names are compared without case or extra spaces.
    """
    import numpy as np
    import pandas as pd

    names, uniques = pd.factorize(frame["interviewer"])
    person = np.array([" ".join(str(n).casefold().split()) for n in uniques] + [""],
                      dtype=object)[names]
    return frame["interview_id"].to_numpy(dtype=object) + "\x1f" + person


@dataclass(frozen=True)
class JudgedCoverage:
    """FK501/FK502 judged once on a whole log, ready to be picked for any filtered rows.

    Picking (rather than judging the filtered rows again) keeps a filter from inventing
    findings: with only phone calls shown, a person thanked by email is still thanked.
    """

    findings: object
    row_group: object
    finding_group: object
    index: object

    def for_rows(self, rows):
        """The findings about the interviewers that ``rows`` (a subset of the log) include."""
        import numpy as np

        if not len(self.findings):
            return self.findings
        present = np.zeros(int(self.row_group.max()) + 1, dtype=bool)
        present[self.row_group[self.index.get_indexer(rows.index)]] = True
        return self.findings[present[self.finding_group]].reset_index(drop=True)


def judge_coverage(t) -> JudgedCoverage:
    """:func:`coverage_findings` of ``timeliness``'s frame ``t``, kept with its groups."""
    findings, row_group, finding_group = _coverage(t)
    return JudgedCoverage(findings, row_group, finding_group, t.index)


def coverage_findings(t, now: datetime | None = None, policy: Policy = DEFAULT_POLICY):
    """FK501/FK502 rows for :func:`~followkit.analysis.timeliness`'s frame ``t``.

    ``t`` already holds ``status`` and ``deadline`` (judged at some ``now``); pass a plain
    log together with ``now`` to have it judged here.
    """
    if "status" not in t.columns:
        from followkit.analysis import timeliness

        t = timeliness(t, now, policy)
    return _coverage(t)[0]


def _coverage(t):
    """``(findings, group of each row of t, group of each finding)``."""
    import numpy as np
    import pandas as pd

    codes = np.asarray(pd.factorize(person_keys(t))[0])
    groups = int(codes.max()) + 1 if len(codes) else 0
    size = np.bincount(codes, minlength=groups)
    missing = (t["status"] == "missing").to_numpy()
    all_missing = np.bincount(codes, weights=~missing, minlength=groups) == 0
    flagged = np.flatnonzero((size > 1) | all_missing)
    if not len(flagged):
        return pd.DataFrame(columns=_COLUMNS), codes, np.zeros(0, dtype=np.int64)
    first = np.unique(codes, return_index=True)[1][flagged]
    rows = np.flatnonzero(np.isin(codes, flagged))
    order = rows[np.argsort(codes[rows], kind="stable")]
    cuts = np.flatnonzero(np.diff(codes[order])) + 1
    id_lists = np.split(t["followup_id"].to_numpy()[order], cuts)
    ids = [", ".join(group_ids) for group_ids in id_lists]
    utc = t["deadline"].dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()
    earliest = np.minimum.reduceat(utc[order], np.r_[0, cuts]) if len(order) else utc[:0]
    closed = (pd.DatetimeIndex(earliest).tz_localize("UTC").tz_convert(t["deadline"].dt.tz)
              .to_pydatetime())
    closed_text = {k: closed[k].strftime("%a %d %b %H:%M")
                   for k in np.flatnonzero(all_missing[flagged]).tolist()}
    heads = zip(*(t[c].to_numpy()[first] for c in ("interview_id", "company", "interviewer")),
                strict=True)
    out, groups_out = [], []
    for k, (group, (interview, company, interviewer)) in enumerate(
            zip(flagged, heads, strict=True)):
        where = f"{interviewer} ({company}, interview {interview})"
        base = [interview, company, interviewer, ids[k]]
        if size[group] > 1:
            out.append(["FK501", "one-per-person", "warning", *base,
                        f"{where} has {size[group]} follow-ups ({ids[k]}); send one "
                        "message per person — the guide asks for no more correspondences "
                        "than necessary."])
            groups_out.append(group)
        if all_missing[group]:
            out.append(["FK502", "everyone-thanked", "warning", *base,
                        f"{where} was never thanked and the 24 h window closed "
                        f"{closed_text[k]}; a short, late thank-you still "
                        "beats none."])
            groups_out.append(group)
    return pd.DataFrame(out, columns=_COLUMNS), codes, np.array(groups_out, dtype=np.int64)


def findings_advice(findings) -> list[dict]:
    """One entry per code found: heading, the guide's words, the advice, the messages.

    Messages stay in log order, so a person reads the reason before the list.
    """
    advice = []
    for code, (heading, guide, todo) in FINDING_ADVICE.items():
        messages = list(findings.loc[(findings["code"] == code).to_numpy(), "message"])
        if messages:
            advice.append({"code": code, "heading": heading, "guide": guide, "advice": todo,
                           "messages": messages})
    return advice
