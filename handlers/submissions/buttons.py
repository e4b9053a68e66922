"""The typed inline buttons of the 社情民意 feature (see handlers/buttons.py).

sd* the draft form, sc a co-signer's answer, ss 附议, sm the member's own list, sr* the review.
A button whose data does not parse (an old message, a malformed press) answers "expired".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from handlers.buttons import ButtonData

_STATUS = {"max_len": 13}   # the longest workflow code, adopted_city
_FIELD = {"max_len": 10}    # the longest form field, suggestion


@dataclass(frozen=True)
class FormAction(ButtonData):
    """A form button that needs only the item: fin, csd, ok, ed, back, hold, drop, cont, new."""

    prefix = "sd"
    action: str
    sid: int


@dataclass(frozen=True)
class FormCategory(ButtonData):
    prefix = "sdc"
    sid: int
    index: int


@dataclass(frozen=True)
class FormInvite(ButtonData):
    """Invite this member (by row id) to co-sign."""

    prefix = "sdi"
    sid: int
    member_id: int


@dataclass(frozen=True)
class FormSubmit(ButtonData):
    """提交 (check for similar items first) or 仍要提交 (`force`), for the preview at revision `rev`."""

    prefix = "sdg"
    sid: int
    rev: int
    force: bool = False


@dataclass(frozen=True)
class FormField(ButtonData):
    """Edit this field from the preview."""

    prefix = "sdf"
    sid: int
    name: str = field(metadata=_FIELD)


@dataclass(frozen=True)
class CosignReply(ButtonData):
    prefix = "sc"
    agree: bool
    cosigner_id: int


@dataclass(frozen=True)
class Second(ButtonData):
    """附议 the filed item `target`; the member's similar draft, if any, is dropped."""

    prefix = "ss"
    target: int
    draft: int | None = None


@dataclass(frozen=True)
class Mine(ButtonData):
    """The member's list: p (page `number`), v (view item `number`), o (its original), rev (revise it)."""

    prefix = "sm"
    action: str
    number: int


@dataclass(frozen=True)
class ReviewItem(ButtonData):
    """An action on one item: v (view), r (reply), e (edit which field), a (attachments), o (original)."""

    prefix = "sr"
    action: str
    sid: int


@dataclass(frozen=True)
class ReviewTo(ButtonData):
    """Change the item's status to `to` (asks for a note, or the 批示)."""

    prefix = "srt"
    sid: int
    to: str = field(metadata=_STATUS)


@dataclass(frozen=True)
class ReviewNoNote(ButtonData):
    """不附说明: apply the change without a note."""

    prefix = "srn"
    sid: int
    to: str = field(metadata=_STATUS)


@dataclass(frozen=True)
class ReviewEditField(ButtonData):
    prefix = "sre"
    sid: int
    name: str = field(metadata=_FIELD)


@dataclass(frozen=True)
class ReviewList(ButtonData):
    """A page of the review list with its filters (bot/submissions/review_filters.ReviewQuery's codes)."""

    prefix = "srl"
    status: str = field(metadata={"max_len": 9})
    category: int | None
    period: str
    page: int


# Every button of the draft form (handlers/submissions/form.py routes on the kind).
FormPress = FormAction | FormCategory | FormInvite | FormSubmit | FormField
