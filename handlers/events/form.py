"""/newevent, Telegram side: asks each step of the form, renders its preview and the result.

The steps and their rules are in bot/event_form.py (the step lives in the dialog store, so
a restart continues the form); this module asks and renders.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from telegram import Update

from bot import event_form as form
from bot import texts
from bot.dialogs import Dialog
from bot.event_form import StaleButton
from bot.events.public import KINDS, MAX_TITLE, EventInfo
from bot.timeparse import format_when, format_when_zoned, offset_label
from handlers import menus
from handlers.common import admin_only, answer_query, esc, reply
from handlers.context import BotContext
from handlers.event_cards import NewEventButton, admin_buttons, admin_card, card, drop_buttons
from handlers.events.sending import send_due_now
from handlers.time_echo import confirm_buttons, is_current

FLOW = form.FLOW


def _button(label: str, action: str, value: str = "", index: int | None = None) -> tuple[str, str]:
    return label, NewEventButton(action, value, index).pack()


def _kind_buttons():  # noqa: ANN202
    return menus.inline([[_button(texts.EVENT_KIND_NAMES[k], "k", k) for k in KINDS]])


def _audience_label(audience: dict) -> str:
    if audience.get("all"):
        return texts.NEWEVENT_AUDIENCE_ALL
    names = list(audience.get("committees") or []) + list(audience.get("sectors") or [])
    return "、".join(esc(n) for n in names) or texts.NEWEVENT_AUDIENCE_NONE


async def _audience_prompt(context: BotContext, data: dict) -> tuple[str, object]:
    settings = context.services.settings
    audience = form.audience_of(data)
    count = await context.services.events.audience_size(audience)
    mark = "✅ "
    rows = [[_button((mark if data.get("all") else "") + texts.NEWEVENT_AUDIENCE_ALL, "a", "all")]]
    committees = [_button((mark if c in data.get("committees", []) else "") + c, "a", "c", i)
                  for i, c in enumerate(settings.special_committees)]
    sectors = [_button((mark if c in data.get("sectors", []) else "") + c, "a", "s", i)
               for i, c in enumerate(settings.sectors)]
    rows += menus.grid(committees, 2) + menus.grid(sectors, 3)
    rows.append([_button(texts.DONE, "a", "done")])
    text = texts.NEWEVENT_ASK_AUDIENCE.format(chosen=_audience_label(audience), count=count)
    return text, menus.inline(rows)


async def _ask(update: Update, context: BotContext, step: str, data: dict) -> None:
    tz = context.services.settings.timezone
    if step == form.KIND:
        await reply(update, texts.NEWEVENT_ASK_KIND, reply_markup=_kind_buttons())
    elif step == form.TITLE:
        await reply(update, texts.NEWEVENT_ASK_TITLE.format(limit=MAX_TITLE))
    elif step == form.START:
        await reply(update, texts.NEWEVENT_ASK_START)
    elif step in ECHO_BUTTONS:
        ok, retype = ECHO_BUTTONS[step]
        await reply(update, _echo(context, step, data),
                    reply_markup=confirm_buttons(NewEventButton(ok).pack(), NewEventButton(retype).pack()))
    elif step == form.END:
        await reply(update, texts.NEWEVENT_ASK_END, reply_markup=menus.inline([[_button(texts.SKIP, "skip")]]))
    elif step == form.PLACE:
        await reply(update, texts.NEWEVENT_ASK_PLACE)
    elif step == form.AUDIENCE:
        text, markup = await _audience_prompt(context, data)
        await reply(update, text, reply_markup=markup)
    elif step == form.OFFSETS:
        default = "、".join(offset_label(m) for m in context.services.events.default_offsets)
        await reply(update, texts.NEWEVENT_ASK_OFFSETS.format(default=default),
                    reply_markup=menus.inline([[_button(texts.NEWEVENT_USE_DEFAULT, "o", "def")]]))
    elif step == form.REPEAT:
        await reply(update, texts.NEWEVENT_ASK_REPEAT, reply_markup=menus.inline([[
            _button(texts.REPEAT_NAMES[r], "r", r) for r in ("none", "weekly", "monthly")]]))
    elif step == form.UNTIL:
        await reply(update, texts.NEWEVENT_ASK_UNTIL)
    elif step == form.PREVIEW:
        await _preview(update, context, data)


# The steps that echo a time, and their 确认 / 重新输入 actions.
ECHO_BUTTONS = {form.START_OK: ("ok", "re"), form.END_OK: ("eok", "ere"), form.OFFSETS_OK: ("ook", "ore")}


def _echo(context: BotContext, step: str, data: dict) -> str | None:
    """What the echo of `step` shows for the stored answers (None: the step echoes nothing)."""
    tz = context.services.settings.timezone
    if step == form.START_OK:
        return texts.NEWEVENT_CONFIRM_START.format(when=format_when_zoned(datetime.fromisoformat(data["start"]), tz))
    if step == form.END_OK:
        return texts.NEWEVENT_CONFIRM_END.format(when=format_when_zoned(datetime.fromisoformat(data["end"]), tz))
    if step == form.OFFSETS_OK:
        return _offsets_echo(context, data)
    return None


def _offsets_echo(context: BotContext, data: dict) -> str:
    """Each reminder's own moment, so the admin checks moments rather than doing sums."""
    tz, now = context.services.settings.timezone, context.services.clock.now()
    start = datetime.fromisoformat(data["start"])
    lines = []
    for minutes in data.get("offsets", []):
        moment = start - timedelta(minutes=minutes)
        lines.append(texts.NEWEVENT_OFFSET_LINE.format(offset=offset_label(minutes), when=format_when_zoned(moment, tz))
                     + (texts.NEWEVENT_OFFSET_PASSED if moment <= now else ""))
    return texts.NEWEVENT_CONFIRM_OFFSETS.format(lines="\n".join(lines))


async def _preview(update: Update, context: BotContext, data: dict) -> None:
    services = context.services
    tz = services.settings.timezone
    draft = form.draft_of(data)
    preview_event = EventInfo(0, draft.kind, draft.title, draft.starts_at, draft.ends_at, draft.place,
                              draft.audience, 0, draft.offsets, draft.repeat, None, None, "active")
    count = await services.events.audience_size(draft.audience)
    text = texts.NEWEVENT_PREVIEW.format(
        card=card(preview_event, tz), audience=_audience_label(draft.audience), count=count,
        offsets="、".join(offset_label(m) for m in draft.offsets) or texts.NONE_CHOICE,
        repeat=texts.REPEAT_NAMES[draft.repeat])
    if draft.repeat != "none":
        dates = services.events.occurrences(draft)
        text += texts.NEWEVENT_PREVIEW_SERIES.format(count=len(dates), first=format_when(dates[0][0], tz),
                                                     last=format_when(dates[-1][0], tz))
    await reply(update, text, reply_markup=menus.inline([[
        _button(texts.NEWEVENT_PUBLISH, "pub"), _button(texts.CANCEL, "x")]]))


@admin_only
async def newevent(update: Update, context: BotContext) -> None:
    state = await context.services.event_form.begin(update.effective_user.id)
    await _ask(update, context, state.step, state.data)


async def newevent_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    if not await context.services.members.is_admin(update.effective_user.id):  # demoted mid-form
        await context.services.dialogs.clear(update.effective_user.id, FLOW)
        await reply(update, texts.NOT_ALLOWED)
        return
    message = update.effective_message
    if message.text is None:
        await reply(update, texts.NEWEVENT_NEEDS_TEXT)
        await _ask(update, context, dialog.step, dict(dialog.data))
        return
    state = await context.services.event_form.answer(update.effective_user.id, message.text)
    if state.error:
        await reply(update, esc(state.error))  # form errors are plain sentences, some quoting what was typed
        return
    if state.step is not None:
        await _ask(update, context, state.step, state.data)


async def newevent_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    await reply(update, texts.NEWEVENT_CANCELLED, reply_markup=menus.menu_for(context.member))


@admin_only
async def newevent_button(update: Update, context: BotContext) -> None:
    button = NewEventButton.parse(update.callback_query.data)
    if button is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    echoed = button.action in form.CONFIRMS or button.action in form.RETYPES
    if echoed and not await _echo_is_current(update, context):
        await drop_buttons(update)
        await answer_query(update, texts.NEWEVENT_STALE, alert=True)
        return
    try:
        state = await context.services.event_form.choose(update.effective_user.id, button.action, button.value,
                                                         button.index)
    except StaleButton:
        await answer_query(update, texts.NEWEVENT_STALE, alert=True)
        return
    if state.error:
        await answer_query(update, state.error, alert=True)
        if state.step == form.START:
            await _ask(update, context, state.step, state.data)
        return
    await answer_query(update)
    if echoed:
        await drop_buttons(update)
    if button.action == "x":
        await reply(update, texts.NEWEVENT_CANCELLED, reply_markup=menus.menu_for(context.member))
    elif button.action == "a" and state.step == form.AUDIENCE:
        text, markup = await _audience_prompt(context, state.data)
        await update.callback_query.message.edit_text(text, reply_markup=markup)
    elif button.action == "pub":
        await _published(update, context, state)
    else:
        await _ask(update, context, state.step, state.data)


async def _echo_is_current(update: Update, context: BotContext) -> bool:
    """A 确认 / 重新输入 press counts only on the echo of the time stored now (not an older one)."""
    dialog = await context.services.dialogs.get(update.effective_user.id)
    if dialog is None or dialog.flow != FLOW:
        return False
    # A reminder moment that passed since the echo does not make the echo stale.
    return is_current(update, _echo(context, dialog.step, dict(dialog.data)), ignore=texts.NEWEVENT_OFFSET_PASSED)


async def _published(update: Update, context: BotContext, state: form.FormState) -> None:
    await drop_buttons(update)
    first = state.events[0]
    if len(state.events) > 1:
        done = texts.NEWEVENT_PUBLISHED_SERIES.format(occurrences=len(state.events), count=state.invited)
    else:
        done = texts.NEWEVENT_PUBLISHED.format(count=state.invited)
    await reply(update, done, reply_markup=menus.menu_for(context.member))
    await reply(update, admin_card(first, context.services.settings.timezone), reply_markup=admin_buttons(first))
    await send_due_now(context)
