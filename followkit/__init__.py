"""followkit: coaching for the follow-up after a job interview.

``import followkit`` loads neither pandas, matplotlib nor ipywidgets; the modules that need
them import them when first used.
"""

from followkit.checks import RULES, Rule, check, check_batch, letter_similarity
from followkit.errors import (
    FollowkitError,
    FormError,
    LetterError,
    LogError,
    TemplateError,
    TimingError,
)
from followkit.model import (
    CHANNELS,
    LETTER_CHANNELS,
    Candidate,
    Finding,
    Interview,
    Interviewer,
    Letter,
)
from followkit.timing import DEFAULT_POLICY, STATUSES, Policy, SendWindow, send_window, status

__version__ = "0.1.0"

__all__ = [
    "CHANNELS",
    "DEFAULT_POLICY",
    "LETTER_CHANNELS",
    "RULES",
    "STATUSES",
    "Candidate",
    "Finding",
    "FollowkitError",
    "FormError",
    "Interview",
    "Interviewer",
    "Letter",
    "LetterError",
    "LogError",
    "Policy",
    "Rule",
    "SendWindow",
    "TemplateError",
    "TimingError",
    "__version__",
    "check",
    "check_batch",
    "letter_similarity",
    "send_window",
    "status",
]
