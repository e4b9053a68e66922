"""Event buttons carry typed data: old or malformed data gets the polite 'expired' answer and
changes nothing; the data the bot sends today still works end to end."""

from __future__ import annotations

import pytest

from bot import texts
from handlers.event_cards import (CheckInButton, EventAdminButton, LeaveButton, MemberEventButton,
                                  NewEventButton)
from tests.conftest import ADMIN_ID, register
from tests.test_events_flow import create_event


def last_answer(bot) -> str | None:
    return [c for c in bot.telegram.calls if c.method == "answerCallbackQuery"][-1].params.get("text")


def test_event_kinds_keep_todays_wire_format():
    assert EventAdminButton("cy", 1).pack() == "ev:cy:1"
    assert MemberEventButton("a", 1).pack() == "er:a:1"
    assert CheckInButton(7).pack() == "ec:7"
    assert LeaveButton.parse(LeaveButton(5, True, from_list=True).pack()) == LeaveButton(5, True, True)
    assert NewEventButton.parse(NewEventButton("a", "c", 3).pack()) == NewEventButton("a", "c", 3)
    assert MemberEventButton.parse(MemberEventButton("ia").pack()) == MemberEventButton("ia", None)


@pytest.mark.parametrize("data", ["el:1:y", "el:x:1:0", "ev:v:abc", "ev:zz:1", "er:a", "er:zz:1", "ec:", "ec:x",
                                  "en:k:study"])
async def test_old_or_malformed_event_buttons_answer_expired(bot_factory, data):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="明天上午9点")
    admin = bot.member(ADMIN_ID, "管理员")
    presser = admin if data.startswith(("el", "ev", "en")) else li
    await presser.press_data(data, on=presser.last_reply())
    assert last_answer(bot) == texts.BUTTON_EXPIRED
    assert (await bot.services.events.get(1)).status == "active"
    assert (await bot.services.events.schedule(2001))[0].attendance.answer is None


async def test_edit_flow_ends_when_the_event_closes_and_stays_on_a_typo(bot_factory):
    bot = await bot_factory()
    await register(bot, 2001, "李四")
    await create_event(bot, start="明天上午9点")
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.press(texts.EVENT_BTN_PLACE)
    await admin.send("楼" * 101)  # a refusal that is not about the event: the flow stays
    assert admin.last_reply().text == texts.EVENT_PLACE_INVALID.format(limit=100)
    assert (await bot.services.dialogs.get(ADMIN_ID)).step == "place"
    await bot.services.events.cancel(ADMIN_ID, 1)
    await admin.send("市政协五楼")
    assert admin.last_reply().text == texts.EVENT_IS_CANCELLED
    assert await bot.services.dialogs.get(ADMIN_ID) is None
