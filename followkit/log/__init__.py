"""The follow-up log: one CSV row per planned follow-up, read and written safely, and analysed.

Reading validates every row and names the file, row and column of a problem; every write is
atomic and locked. The analysis functions (``timeliness``, ``summary``, ``coverage``, ``due``)
import pandas when first called, so ``import followkit.log`` stays light.
"""

from followkit.log._analysis import (
    SENT_STATUSES,
    coverage,
    coverage_groups,
    due,
    summary,
    timeliness,
)
from followkit.log._drafts import (
    DraftStore,
    InterviewState,
    drafts_path,
    entry_followup_ids,
    form_from_json,
    form_to_json,
    interview_states,
    sent_followup_ids,
)
from followkit.log._rows import followup_id, interview_key, log_rows, reading_zone
from followkit.log._schema import LOG_COLUMNS, OUTCOMES, ROLES
from followkit.log._store import (
    SAMPLE_LOG_PATH,
    append_followups,
    default_log_path,
    local_zone,
    mark_sent,
    read_log,
    save_followups,
    write_log,
)

__all__ = [
    "LOG_COLUMNS",
    "OUTCOMES",
    "ROLES",
    "SAMPLE_LOG_PATH",
    "SENT_STATUSES",
    "DraftStore",
    "InterviewState",
    "append_followups",
    "coverage",
    "coverage_groups",
    "default_log_path",
    "drafts_path",
    "due",
    "entry_followup_ids",
    "followup_id",
    "form_from_json",
    "form_to_json",
    "interview_key",
    "interview_states",
    "local_zone",
    "log_rows",
    "mark_sent",
    "read_log",
    "reading_zone",
    "save_followups",
    "sent_followup_ids",
    "summary",
    "timeliness",
    "write_log",
]
