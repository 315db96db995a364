"""FK501 and FK502 for the history screen: judged once, picked per filter; the guide's advice.

The findings themselves come from :func:`followkit.log._analysis.coverage_groups` (the one
implementation behind :func:`followkit.log._analysis.coverage`); this module keeps what only the
history screen needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from followkit.checks._catalogue import RULES_BY_CODE
from followkit.log._analysis import coverage_groups

__all__ = ["FINDING_ADVICE", "JudgedCoverage", "findings_advice", "judge_coverage"]

#: Per code: a heading, the guide's own words (the rule registry's), and what to do next time.
FINDING_ADVICE = {
    "FK501": ("One message per person", RULES_BY_CODE["FK501"].guide,
              "Send each interviewer one thank-you; if you have heard nothing, wait rather "
              "than write again."),
    "FK502": ("Thank everyone who interviewed you", RULES_BY_CODE["FK502"].guide,
              "Note every interviewer's name before you leave; a short, late thank-you still "
              "beats none."),
}


@dataclass(frozen=True)
class JudgedCoverage:
    """FK501/FK502 judged once on a whole log, ready to be picked for any filtered rows.

    Picking (rather than judging the filtered rows again) keeps a filter from inventing
    findings: with only phone calls shown, a person thanked by email is still thanked.
    """

    findings: Any
    row_group: Any
    finding_group: Any
    index: Any

    def for_rows(self, rows):
        """The findings about the interviewers that ``rows`` (a subset of the log) include."""
        import numpy as np

        if not len(self.findings):
            return self.findings
        present = np.zeros(int(self.row_group.max()) + 1, dtype=bool)
        present[self.row_group[self.index.get_indexer(rows.index)]] = True
        return self.findings[present[self.finding_group]].reset_index(drop=True)


def judge_coverage(t) -> JudgedCoverage:
    """FK501/FK502 of ``timeliness``'s frame ``t`` (the whole log), kept with its groups."""
    findings, row_group, finding_group = coverage_groups(t)
    return JudgedCoverage(findings, row_group, finding_group, t.index)


def findings_advice(findings) -> list[dict]:
    """One entry per code found: heading, the guide's words, the advice, the messages.

    Messages stay in log order, so a person reads the reason before the list.
    """
    advice = []
    for code, (heading, guide, todo) in FINDING_ADVICE.items():
        messages = findings.loc[(findings["code"] == code).to_numpy(), "message"].tolist()
        if messages:
            advice.append({"code": code, "heading": heading, "guide": guide, "advice": todo,
                           "messages": messages})
    return advice
