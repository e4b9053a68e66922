"""The echo of a scheduled moment, shared by the event form, the event time edit and /broadcast.

A typed time is echoed with its date and zone under 确认 / 重新输入. Only the newest echo
may be confirmed: a new time typed at the echo replaces the stored one, so an older echo's
确认 would schedule a time its message does not show. A press is honoured only when the
pressed message still reads as the echo of the stored time.
"""

from __future__ import annotations

import html
import re

from telegram import Update

from bot import texts
from handlers import menus

_TAG = re.compile(r"<[^>]+>")


def confirm_buttons(confirm_data: str, retype_data: str):  # noqa: ANN201
    return menus.inline([[(texts.TIME_CONFIRM, confirm_data), (texts.TIME_RETYPE, retype_data)]])


def is_current(update: Update, expected_html: str | None, ignore: str = "") -> bool:
    """Whether the pressed message shows `expected_html` (the echo of what is stored now);
    `ignore`: a note that may come and go without changing what is confirmed."""
    message = update.callback_query.message if update.callback_query else None
    if message is None or expected_html is None:
        return False
    def plain(text: str) -> str:
        return (text.replace(ignore, "") if ignore else text).strip()

    return plain(message.text or "") == plain(html.unescape(_TAG.sub("", expected_html)))
