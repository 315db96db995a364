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
from followkit.log._rows import followup_id, interview_key, log_rows
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
    "append_followups",
    "coverage",
    "coverage_groups",
    "default_log_path",
    "due",
    "followup_id",
    "interview_key",
    "local_zone",
    "log_rows",
    "mark_sent",
    "read_log",
    "save_followups",
    "summary",
    "timeliness",
    "write_log",
]
