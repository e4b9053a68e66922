"""Runs the real Application against the in-process fake Bot API and acts as people.

The same driver serves the terminal chat session and the tests: a `Person`
sends messages, presses inline buttons and taps reply buttons; the bot's
answers are read back from the fake Telegram's record of the chat.
"""

from __future__ import annotations

import asyncio
import mimetypes
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application
from bot.clock import Clock
from bot.config import Settings
from bot.localchat.fakeapi import FakeRequest, FakeTelegram
from bot.services import Services
from storage.db import migrate

# `advance` stops at most this many times on its way (each stop runs what is due there).
MAX_ADVANCE_STEPS = 1000
# A due moment still waiting after this many runs in a row (e.g. a paused broadcast) stops the stepping.
MAX_STALLED_RUNS = 5
# In a running application, how long `advance` waits at a stop for the background tickers.
SETTLE_POLLS, SETTLE_POLL_SECONDS = 40, 0.05


@dataclass
class Reply:
    """One bot message as the person sees it."""

    raw: dict[str, Any]

    @property
    def message_id(self) -> int:
        return self.raw["message_id"]

    @property
    def html(self) -> str:
        """The HTML the bot sent (escaped plain text when it sent no parse mode)."""
        return self.raw.get("html") or self.raw.get("caption_html") or ""

    @property
    def text(self) -> str:
        """What the person reads."""
        return self.raw.get("text") or self.raw.get("caption") or (self.raw.get("poll") or {}).get("question") or ""

    @property
    def buttons(self) -> list[str]:
        markup = self.raw.get("reply_markup") or {}
        return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]

    def button_data(self, label: str) -> str | None:
        markup = self.raw.get("reply_markup") or {}
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    return button.get("callback_data")
        return None

    @property
    def keyboard(self) -> list[str]:
        markup = self.raw.get("reply_markup") or {}
        return [(b["text"] if isinstance(b, dict) else b) for row in markup.get("keyboard", []) for b in row]

    @property
    def document(self) -> dict[str, Any] | None:
        return self.raw.get("document")

    def __str__(self) -> str:
        return self.text


class Person:
    def __init__(self, bot: "LocalBot", user_id: int, name: str) -> None:
        self.bot = bot
        self.id = user_id
        self.name = name
        bot.telegram.user(user_id, name)
        self.phone = f"138{user_id % 100000000:08d}"

    # --- acting -------------------------------------------------------------------------

    async def send(self, text: str, reply_to: Reply | None = None) -> list[Reply]:
        return await self.bot.deliver(self.id, self.bot.telegram.text_update(
            self.id, text, reply_to=reply_to.raw if reply_to else None))

    async def contact(self, phone: str | None = None, own: bool = True) -> list[Reply]:
        return await self.bot.deliver(self.id, self.bot.telegram.contact_update(self.id, phone or self.phone, own))

    async def file(self, data: bytes | Path | str, file_name: str | None = None, caption: str | None = None,
                   size: int | None = None) -> list[Reply]:
        if isinstance(data, (str, Path)):
            path = Path(data)
            file_name, data = file_name or path.name, path.read_bytes()
        mime = mimetypes.guess_type(file_name or "")[0] or "application/octet-stream"
        return await self.bot.deliver(self.id, self.bot.telegram.document_update(
            self.id, data, file_name or "file.bin", mime, caption, size))

    async def photo(self, data: bytes | Path | str, caption: str | None = None) -> list[Reply]:
        if isinstance(data, (str, Path)):
            data = Path(data).read_bytes()
        return await self.bot.deliver(self.id, self.bot.telegram.photo_update(self.id, data, caption))

    async def sticker(self) -> list[Reply]:
        return await self.bot.deliver(self.id, self.bot.telegram.sticker_update(self.id))

    async def other(self, **content: Any) -> list[Reply]:
        return await self.bot.deliver(self.id, self.bot.telegram.raw_message_update(self.id, **content))

    async def press(self, label: str, on: Reply | None = None) -> list[Reply]:
        """Press the inline button `label` on `on`, or on the newest message that has it."""
        message = on or self.find_button(label)
        if message is None:
            raise LookupError(f"no button {label!r} in {self.name}'s chat")
        data = message.button_data(label)
        if data is None:
            raise LookupError(f"no button {label!r} on that message")
        current = self.bot.telegram.chats[self.id][message.message_id]
        return await self.bot.deliver(self.id, self.bot.telegram.callback_update(self.id, current, data))

    async def press_data(self, data: str, on: Reply) -> list[Reply]:
        """Press a button with forged data (a member trying ids that are not theirs)."""
        current = self.bot.telegram.chats[self.id][on.message_id]
        return await self.bot.deliver(self.id, self.bot.telegram.callback_update(self.id, current, data))

    async def vote(self, *option_numbers: int) -> list[Reply]:
        """Vote for options (counted from 1) on the newest poll in this chat; none: retract the vote.
        Telegram tells the bot as it would (poll_answer and/or poll updates)."""
        message = next((m for m in reversed(self.replies()) if m.raw.get("poll")), None)
        if message is None:
            raise LookupError(f"no poll in {self.name}'s chat")
        replies: list[Reply] = []
        for update in self.bot.telegram.vote_updates(self.id, message.raw, [n - 1 for n in option_numbers]):
            replies += await self.bot.deliver(self.id, update)
        return replies

    async def tap(self, label: str) -> list[Reply]:
        """Tap a reply-keyboard button; a share-contact button sends the person's contact."""
        for message in reversed(self.replies()):
            markup = message.raw.get("reply_markup") or {}
            for row in markup.get("keyboard", []):
                for button in row:
                    button = button if isinstance(button, dict) else {"text": button}
                    if button["text"] == label:
                        if button.get("request_contact"):
                            return await self.contact()
                        return await self.send(label)
        raise LookupError(f"no reply button {label!r} in {self.name}'s chat")

    # --- reading ------------------------------------------------------------------------

    def replies(self) -> list[Reply]:
        return [Reply(m) for m in self.bot.telegram.bot_messages(self.id)]

    def last_reply(self) -> Reply:
        replies = self.replies()
        if not replies:
            raise LookupError(f"the bot has not written to {self.name}")
        return replies[-1]

    def find_button(self, label: str) -> Reply | None:
        for message in reversed(self.replies()):
            if label in message.buttons:
                return message
        return None


class LocalBot:
    """The real Application on a real database, with Telegram replaced at the HTTP edge."""

    def __init__(self, settings: Settings, clock: Clock | None = None, rate_limit: bool = False,
                 run_jobs: bool = False, telegram: FakeTelegram | None = None) -> None:
        self.settings = settings
        self.clock = clock or Clock()
        self.rate_limit = rate_limit
        self.run_jobs = run_jobs
        self.telegram = telegram or FakeTelegram(settings.bot_name)
        self.services: Services | None = None
        self.app: Application | None = None
        self.people: dict[int, Person] = {}

    async def start(self, migrate_first: bool = True) -> "LocalBot":
        if migrate_first:
            await asyncio.to_thread(migrate, self.settings.database_url)
        self.services = Services.build(self.settings, self.clock)
        self.app = build_application(self.settings, self.services, FakeRequest(self.telegram),
                                     rate_limit=self.rate_limit)
        await self.app.initialize()
        await self.app.post_init(self.app)
        if self.run_jobs:
            await self.app.start()
        return self

    async def stop(self) -> None:
        if self.app is not None:
            if self.app.running:
                await self.app.stop()
            await self.app.shutdown()
            self.app = None
        if self.services is not None:
            await self.services.close()
            self.services = None

    async def restart(self) -> None:
        """A new Application and new services on the same database (as after a crash)."""
        await self.stop()
        await self.start(migrate_first=False)

    def member(self, user_id: int, name: str) -> Person:
        if user_id not in self.people:
            self.people[user_id] = Person(self, user_id, name)
        return self.people[user_id]

    async def deliver(self, user_id: int, update_dict: dict[str, Any]) -> list[Reply]:
        """Hand one update to the Application; return the bot messages that appeared for the sender.

        Work the update started in the background (handlers.common.spawn, e.g. an export) is
        waited for too, so the answer is complete; work other updates started is left running.
        """
        before = {m["message_id"] for m in self.telegram.bot_messages(user_id)}
        running = set(self._background())
        await self.app.process_update(Update.de_json(update_dict, self.app.bot))
        while started := self._background() - running:
            await asyncio.gather(*started, return_exceptions=True)
            running |= started
        return [Reply(m) for m in self.telegram.bot_messages(user_id) if m["message_id"] not in before]

    def _background(self) -> set[asyncio.Task]:
        from handlers.common import BACKGROUND

        return set(self.app.bot_data.get(BACKGROUND, ()))

    async def redeliver(self, update_dict: dict[str, Any]) -> None:
        await self.app.process_update(Update.de_json(update_dict, self.app.bot))

    async def advance(self, delta: timedelta) -> None:
        """Move the injected clock forward by `delta` as the real clock would: stop at each moment
        something falls due on the way (Services.next_due_at), run it there, then go on.

        So a reminder due before its event began is sent (at its own time, in order) and a
        broadcast scheduled on the way starts at its time. A moment that stays due after being
        run (e.g. a retry) is run again a few times at most; the steps are capped so this
        always ends, then the clock is moved to the end and what is due there is run.
        """
        end = self.clock.now() + delta
        await self._run_due_and_settle()
        stalled = 0
        for _ in range(MAX_ADVANCE_STEPS):
            due = await self.services.next_due_at()
            now = self.clock.now()
            if due is None or due > end:
                break
            if due > now:
                self.clock.advance(due - now)
                stalled = 0
            else:
                stalled += 1
                if stalled > MAX_STALLED_RUNS:
                    break
            await self._run_due_and_settle()
        remaining = end - self.clock.now()
        if remaining > timedelta(0):
            self.clock.advance(remaining)
        await self._run_due_and_settle()

    async def _run_due_and_settle(self) -> None:
        """Run what is due; with the JobQueue running (the terminal session) the tickers work in
        the background, so wait a little until what is due now has been taken."""
        await self.run_due()
        if self.app is None or not self.app.running:
            return
        for _ in range(SETTLE_POLLS):
            due = await self.services.next_due_at()
            if due is None or due > self.clock.now():
                return
            await asyncio.sleep(SETTLE_POLL_SECONDS)

    async def run_due(self) -> None:
        from handlers.jobs import run_due

        await run_due(self.app)
