"""社情民意 submissions: the guided draft, filing with a tracking number, co-signers, 附议,
the review workflow and the member's own list.

Modules: models (values and the form's limits), workflow (statuses and their allowed changes),
record (the export's record type), text (tidying and likeness of typed text), form, filing,
review, review_filters, reading, cleanup (the service's parts) and service (the facade).

The light modules are imported here at once; the service is loaded on first use of its names,
because bot/export/records.py imports this package's record and workflow modules and the
service in turn imports bot/export/records.py.
"""

from __future__ import annotations

import importlib
from typing import Any

from bot.submissions.models import (BODY_ADVISED, BODY_FIELDS, CATEGORY, CHECK, COSIGN, EDITABLE_FIELDS,  # noqa: F401
                                    FILES, FLOW, PHONE, PREVIEW, REVIEW_FLOW, SIMILAR, SITUATION, SUGGESTION,
                                    PROBLEM, TEXT_FIELDS, TITLE, UNIT, Attachment, Change, Cosigner, FileResult,
                                    MineSummary, Page, SimilarItem, StalePreview, StaleStep, StepResult,
                                    SubmissionFilters, SubmissionView, YearCounts)
from bot.submissions.record import SubmissionRecord  # noqa: F401
from bot.submissions.text import clean_body, clean_line, similarity  # noqa: F401
from bot.submissions.workflow import (ADOPTED, FILED_STATUSES, LEVELS, TRANSITIONS,  # noqa: F401
                                      TransitionNotAllowed, allowed_next, level_name, status_code, status_name)

_LAZY = {
    "SubmissionsService": "bot.submissions.service",
    "categories_from": "bot.submissions.service",
    "ReviewQuery": "bot.submissions.review_filters",
    "STATUS_GROUPS": "bot.submissions.review_filters",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'bot.submissions' has no attribute {name!r}")
