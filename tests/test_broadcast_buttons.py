"""Broadcast buttons are typed: the preview's 已阅 explains itself, old or malformed data answers 'expired'."""

from __future__ import annotations

from bot import texts
from tests.test_broadcasts import compose, fast_config, last_answer, notices, outbox_rows, setup  # noqa: F401


async def test_the_preview_receipt_button_only_explains_itself(setup):  # noqa: F811
    bot, admin, _ = await setup()
    await compose(admin)
    preview = next(r for r in reversed(admin.replies()) if r.text.startswith("📢"))
    await admin.press(texts.BC_READ_BUTTON, on=preview)
    assert last_answer(bot) == texts.BC_READ_PREVIEW
    assert await outbox_rows(bot) == []


async def test_old_or_malformed_broadcast_buttons_answer_expired(setup):  # noqa: F811
    bot, admin, (li, _, _) = await setup()
    await compose(admin)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    bid = (await outbox_rows(bot))[0].broadcast_id
    on = admin.last_reply()
    # The position-read formats of before (bc:<id>:t:…, bc:<id>:r:1, br:p) and data that never was valid.
    for data in (f"bc:{bid}:t:all", f"bc:{bid}:r:1", f"bc:{bid}:fly", "bc:x:go", f"bca:{bid}:everyone:~",
                 f"bcr:{bid}:2", f"bp:{bid}:explode", f"bp:{bid}", f"bl:{bid}:zz", "bl:x:u", "brp:x"):
        await admin.press_data(data, on=on)
        assert last_answer(bot) == texts.BUTTON_EXPIRED, data
    note = notices(li)[-1]
    for data in ("br:p", "br:x", "br:1:2"):
        await li.press_data(data, on=note)
        assert last_answer(bot) == texts.BUTTON_EXPIRED, data
    assert (await bot.services.broadcasts.progress(bid)).read == 0
