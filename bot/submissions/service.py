"""`SubmissionsService`: the one object handlers and other services call for 社情民意.

It is the sum of the feature's parts, each in its own module on its seam: the draft form
(form.py), filing with co-signers, numbering and 附议 (filing.py), the review workflow
(review.py), the read side (reading.py) and old drafts (cleanup.py). They share the
settings and the loading of an item (base.py); none of them calls another's methods.
"""

from __future__ import annotations

from bot.submissions.cleanup import DraftCleanup
from bot.submissions.filing import Filing
from bot.submissions.form import DraftForm
from bot.submissions.reading import Reading
from bot.submissions.review import Review


class SubmissionsService(DraftForm, Filing, Review, Reading, DraftCleanup):
    """社情民意: plain values in and out (frozen dataclasses); every writing method is one transaction."""


def categories_from(settings) -> tuple[str, ...]:  # noqa: ANN001
    return tuple(str(c) for c in settings.submissions.categories) or ("其他",)
