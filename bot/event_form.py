"""The /newevent form: KIND → TITLE → START → START_OK → END → (END_OK) → PLACE → AUDIENCE →
OFFSETS → OFFSETS_OK → REPEAT → (UNTIL) → PREVIEW → published.

Every time that schedules something (start, end, each reminder's moment) is echoed at an
*_OK step and waits for 确认 (or 重新输入, or a new time typed at once).

The step and the answers so far live in the dialog store (flow "newevent"), so a
restart or another process continues the form. Typed answers go to `answer`,
button presses to `choose`; both return the state to show next, or the error
that repeats the step. handlers/events/form.py only asks and renders.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot import texts
from bot.clock import Clock
from bot.dialogs import DialogStore
from bot.errors import UserError
from bot.events.public import KINDS, MAX_PLACE, MAX_TITLE, EventDraft, EventInfo, EventsService
from bot.timeparse import TimeParseError, parse_day, parse_end, parse_offsets, parse_when

FLOW = "newevent"
KIND, TITLE, START, START_OK, END, END_OK, PLACE, AUDIENCE, OFFSETS, OFFSETS_OK, REPEAT, UNTIL, PREVIEW = (
    "kind", "title", "start", "start_ok", "end", "end_ok", "place", "audience", "offsets", "offsets_ok",
    "repeat", "until", "preview")
TEXT_STEPS = (KIND, TITLE, START, START_OK, END, END_OK, PLACE, OFFSETS, OFFSETS_OK, UNTIL)
# Which step each button belongs to ("x" cancels at any step).
BUTTON_STEPS = {"k": KIND, "ok": START_OK, "re": START_OK, "skip": END, "eok": END_OK, "ere": END_OK,
                "a": AUDIENCE, "o": OFFSETS, "ook": OFFSETS_OK, "ore": OFFSETS_OK, "r": REPEAT, "pub": PREVIEW}
# A confirm button: the step it confirms → the step after it; a retype button → the step it repeats.
CONFIRMS = {"ok": END, "eok": PLACE, "ook": REPEAT}
RETYPES = {"re": START, "ere": END, "ore": OFFSETS}


class StaleButton(Exception):
    """A button of a step the form is no longer at."""


@dataclass(frozen=True)
class FormState:
    step: str | None  # None: published or cancelled
    data: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    events: tuple[EventInfo, ...] = ()  # after publishing
    invited: int = 0


def audience_of(data: dict[str, Any]) -> dict[str, Any]:
    if data.get("all"):
        return {"all": True}
    return {"committees": list(data.get("committees", [])), "sectors": list(data.get("sectors", []))}


def draft_of(data: dict[str, Any]) -> EventDraft:
    return EventDraft(
        kind=data["kind"], title=data["title"], starts_at=datetime.fromisoformat(data["start"]),
        ends_at=datetime.fromisoformat(data["end"]) if data.get("end") else None, place=data["place"],
        audience=audience_of(data), offsets=tuple(data.get("offsets", [])), repeat=data.get("repeat", "none"),
        repeat_until=date.fromisoformat(data["until"]) if data.get("until") else None)


class EventForm:
    def __init__(self, events: EventsService, dialogs: DialogStore, clock: Clock) -> None:
        self.events = events
        self.dialogs = dialogs
        self.clock = clock

    async def begin(self, admin_tid: int) -> FormState:
        await self.events.members.require_admin(admin_tid)
        await self.dialogs.set(admin_tid, FLOW, KIND, {})
        return FormState(KIND)

    async def _current(self, admin_tid: int) -> tuple[str, dict[str, Any]] | None:
        dialog = await self.dialogs.get(admin_tid)
        if dialog is None or dialog.flow != FLOW:
            return None
        return dialog.step, dict(dialog.data)

    async def _go(self, admin_tid: int, step: str, data: dict[str, Any]) -> FormState:
        await self.dialogs.set(admin_tid, FLOW, step, data)
        return FormState(step, data)

    async def answer(self, admin_tid: int, text: str) -> FormState:
        """A typed answer to the current step."""
        await self.events.members.require_admin(admin_tid)
        current = await self._current(admin_tid)
        if current is None:
            return FormState(None)
        step, data = current
        text = (text or "").strip()
        tz, now = self.events.tz, self.clock.now()
        try:
            if step not in TEXT_STEPS:
                raise UserError(texts.NEWEVENT_USE_BUTTONS)
            if step == KIND:
                names = {v: k for k, v in texts.EVENT_KIND_NAMES.items()}
                if text not in names:
                    raise UserError(texts.NEWEVENT_KIND_INVALID)
                data["kind"], step = names[text], TITLE
            elif step == TITLE:
                if not text or len(text) > MAX_TITLE:
                    raise UserError(texts.EVENT_TITLE_INVALID.format(limit=MAX_TITLE))
                data["title"], step = text, START
            elif step in (START, START_OK):
                data["start"], step = parse_when(text, now, tz).isoformat(), START_OK
            elif step in (END, END_OK):
                data["end"] = parse_end(text, datetime.fromisoformat(data["start"]), now, tz).isoformat()
                step = END_OK
            elif step == PLACE:
                if not text or len(text) > MAX_PLACE:
                    raise UserError(texts.EVENT_PLACE_INVALID.format(limit=MAX_PLACE))
                data["place"], step = text, AUDIENCE
            elif step in (OFFSETS, OFFSETS_OK):
                data["offsets"], step = parse_offsets(text), OFFSETS_OK
            elif step == UNTIL:
                until = parse_day(text, now, tz)
                if until < datetime.fromisoformat(data["start"]).astimezone(tz).date():
                    raise UserError(texts.EVENT_REPEAT_UNTIL_INVALID)
                data["until"], step = until.isoformat(), PREVIEW
        except TimeParseError as exc:
            return FormState(current[0], current[1], error=exc.reason)
        except UserError as exc:
            return FormState(current[0], current[1], error=exc.text)
        return await self._go(admin_tid, step, data)

    async def choose(self, admin_tid: int, action: str, value: str = "", index: int | None = None) -> FormState:
        """A button of the form (`value`/`index`: what it chose); raises StaleButton when it belongs
        to another step."""
        await self.events.members.require_admin(admin_tid)
        current = await self._current(admin_tid)
        if current is None:
            raise StaleButton(action)
        step, data = current
        if action == "x":
            await self.dialogs.clear(admin_tid, FLOW)
            return FormState(None, data)
        if BUTTON_STEPS.get(action) != step:
            raise StaleButton(action)
        if action == "k" and value in KINDS:
            data["kind"] = value
            return await self._go(admin_tid, TITLE, data)
        if action in CONFIRMS:
            return await self._go(admin_tid, CONFIRMS[action], data)
        if action in RETYPES:
            return await self._go(admin_tid, RETYPES[action], data)
        if action == "skip":
            data.pop("end", None)
            return await self._go(admin_tid, PLACE, data)
        if action == "a":
            return await self._audience(admin_tid, value, index, data)
        if action == "o":
            data["offsets"] = list(self.events.default_offsets)
            return await self._go(admin_tid, OFFSETS_OK, data)
        if action == "r" and value in texts.REPEAT_NAMES:
            data["repeat"] = value
            data.pop("until", None)
            return await self._go(admin_tid, PREVIEW if value == "none" else UNTIL, data)
        if action == "pub":
            return await self._publish(admin_tid, data)
        raise StaleButton(action)

    async def _audience(self, admin_tid: int, choice: str, index: int | None,
                        data: dict[str, Any]) -> FormState:
        if choice == "done":
            if not (data.get("all") or data.get("committees") or data.get("sectors")):
                return FormState(AUDIENCE, data, error=texts.NEWEVENT_AUDIENCE_EMPTY)
            return await self._go(admin_tid, OFFSETS, data)
        if choice == "all":
            data["all"] = not data.get("all")
            if data["all"]:
                data["committees"], data["sectors"] = [], []
            return await self._go(admin_tid, AUDIENCE, data)
        options, key = ((self.events.committees, "committees") if choice == "c" else (self.events.sectors, "sectors"))
        try:
            name = options[index] if choice in ("c", "s") and index is not None and index >= 0 else None
        except IndexError:
            name = None
        if name is None:
            raise StaleButton("a")
        chosen = list(data.get(key, []))
        chosen.remove(name) if name in chosen else chosen.append(name)
        data[key], data["all"] = chosen, False
        return await self._go(admin_tid, AUDIENCE, data)

    async def _publish(self, admin_tid: int, data: dict[str, Any]) -> FormState:
        try:
            events = await self.events.publish(admin_tid, draft_of(data))
        except UserError as exc:
            if datetime.fromisoformat(data["start"]) <= self.clock.now():  # the form sat too long: ask again
                state = await self._go(admin_tid, START, data)
                return FormState(state.step, data, error=exc.text)
            return FormState(PREVIEW, data, error=exc.text)
        await self.dialogs.clear(admin_tid, FLOW)
        return FormState(None, data, events=tuple(events), invited=events[0].counts.unanswered)
