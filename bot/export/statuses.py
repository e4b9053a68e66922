"""What a status word in an export request means: a level the item reached, or its current status.

Staff asking for 市政协采用 mean every item the city adopted, including those that later got
领导批示 or 办理反馈 and so are no longer *at* 市政协采用. So the level words select by LEVEL
REACHED, read from the item's history (workflow.LEVELS_REACHED): the labels of
`texts.EXPORT_REACHED_NAMES` ("已采用（市级及以上）" …) and, typed on the CLI, the plain level
names (市政协采用, 省政协采用, 全国政协采用, 领导批示, 办理反馈). "当前状态：市政协采用" selects the
items whose status is that now. A status that is no level (已提交, 已受理, 报送省政协 …) has only the
current meaning, so its plain name selects by current status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from bot import texts
from bot.submissions.workflow import FILED_STATUSES, LEVELS_REACHED, levels_reached, status_code, status_name

CURRENT_PREFIXES = ("当前状态：", "当前状态:", "当前：", "当前:")


@dataclass(frozen=True)
class StatusChoice:
    label: str       # what a person reads on the button and in the caption
    code: str        # the workflow code (a level of LEVELS_REACHED when `reached`)
    reached: bool    # True: every item that reached the level; False: items at the status now

    @property
    def statuses(self) -> tuple[str, ...]:
        """The workflow statuses that prove the choice: been at (reached) or at now (current)."""
        return LEVELS_REACHED[self.code] if self.reached else (self.code,)


def current_label(code: str) -> str:
    """A level's current-status label says so ("当前状态：市政协采用"); other statuses keep their name."""
    name = status_name(code)
    return texts.EXPORT_CURRENT_STATUS.format(status=name) if code in LEVELS_REACHED else name


def choices() -> tuple[StatusChoice, ...]:
    """Every choice the /export buttons offer, levels reached first, then each current status."""
    reached = [StatusChoice(texts.EXPORT_REACHED_NAMES[code], code, True) for code in LEVELS_REACHED]
    current = [StatusChoice(current_label(code), code, False) for code in FILED_STATUSES]
    return tuple(reached + current)


def parse_status(text: str | None) -> StatusChoice | None:
    """A button label, a CLI --status value or "当前状态：X" → the choice; None when it names nothing."""
    text = (text or "").strip()
    for choice in choices():
        if text == choice.label:
            return choice
    for prefix in CURRENT_PREFIXES:
        if text.startswith(prefix):
            code = status_code(text[len(prefix):].strip())
            return StatusChoice(current_label(code), code, False) if code else None
    code = status_code(text)
    if code in LEVELS_REACHED:           # a level's plain name means the level reached
        return StatusChoice(texts.EXPORT_REACHED_NAMES[code], code, True)
    if code is not None:
        return StatusChoice(current_label(code), code, False)
    return None


def record_levels(status_label: str, status: str, reached: Iterable[str]) -> tuple[str, ...]:
    """The levels a record reached: its history's, and what its current status proves (each level's
    code is one of its own proofs, so the levels found before count again)."""
    current = status or status_code(status_label) or ""
    return levels_reached({*reached, current})
