"""The terminal chat session: the real bot, no Telegram, one person (or several) at a keyboard.

Interactive when stdin is a terminal; otherwise a script, one action per line:
  text                  a message from the current user
  > 通过                press the inline button with that text on the newest bot message having it
  >> 分享手机号          tap that reply-keyboard button (a share-contact button sends the contact)
  @contact 13800000000  send a contact
  @file PATH [caption]  send a document;  @photo PATH [caption]  send a photo
  @sticker              send a sticker
  @as 1002 王五          switch to another user
  @advance 10m          move the bot's clock forward and run whatever falls due
  # …                   a comment
In a terminal a bare number presses the button with that number.
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import replace
from typing import TextIO

from bot import texts
from bot.clock import Clock, parse_duration
from bot.config import Settings
from bot.localchat.driver import LocalBot, Person, Reply

DEFAULT_USERS = {"member": (2001, "张三"), "admin": (9001, "管理员")}


class ChatSession:
    def __init__(self, bot: LocalBot, out: TextIO) -> None:
        self.bot = bot
        self.out = out
        self.person: Person | None = None
        self.shown: dict[int, dict[int, int]] = {}  # chat → message id → edit count shown
        self.numbered: list[tuple[Reply, str]] = []
        self.announced: dict[int, int] = {}

    def write(self, line: str = "") -> None:
        self.out.write(line + "\n")
        self.out.flush()

    def switch(self, user_id: int, name: str) -> None:
        self.person = self.bot.member(user_id, name)
        self.show_new()

    def show_new(self) -> None:
        """Print the current user's new or edited bot messages; count others' unseen ones."""
        person = self.person
        fresh = []
        for chat_id in list(self.bot.telegram.chats):
            shown = self.shown.setdefault(chat_id, {})
            for message in self.bot.telegram.bot_messages(chat_id):
                version = message.get("edited", 0)
                if shown.get(message["message_id"]) == version:
                    continue
                if chat_id == person.id:
                    fresh.append((Reply(message), message["message_id"] in shown))
                    shown[message["message_id"]] = version
        if fresh:  # numbers refer to the last messages shown; keep them until new ones come
            self.numbered = []
        for reply, edited in fresh:
            self.print_reply(reply, edited)
        waiting = {cid: sum(1 for m in self.bot.telegram.bot_messages(cid)
                            if self.shown.get(cid, {}).get(m["message_id"]) != m.get("edited", 0))
                   for cid in self.bot.telegram.chats if cid != person.id}
        for chat_id, count in waiting.items():
            if count and count != self.announced.get(chat_id):  # say it once per new message
                name = self.bot.telegram.users.get(chat_id, {}).get("first_name", chat_id)
                self.write(f"   （{name}（{chat_id}）有 {count} 条新消息，“@as {chat_id} {name}”查看）")
            self.announced[chat_id] = count

    def print_reply(self, reply: Reply, edited: bool) -> None:
        head = f"🤖 → {self.person.name}" + ("（已更新）" if edited else "")
        self.write(head)
        if reply.document:
            self.write(f"   📎 {reply.document.get('file_name', '文件')}")
        for line in reply.text.splitlines() or [""]:
            self.write(f"   {line}")
        if reply.buttons:
            labels = []
            for label in reply.buttons:
                self.numbered.append((reply, label))
                labels.append(f"[{len(self.numbered)}] {label}")
            self.write("   " + "  ".join(labels))
        if reply.keyboard:
            self.write("   ⌨ " + " | ".join(reply.keyboard))

    async def act(self, line: str, interactive: bool) -> None:
        person = self.person
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            return
        if interactive and stripped.isdigit() and self.numbered:
            index = int(stripped) - 1
            if 0 <= index < len(self.numbered):
                reply, label = self.numbered[index]
                await person.press(label, on=reply)
                return
        if stripped.startswith(">>"):
            label = stripped[2:].strip()
            try:
                await person.tap(label)
            except LookupError:  # forgiving: an inline button of that name will do
                await person.press(label)
        elif stripped.startswith(">"):
            label = stripped[1:].strip()
            try:
                await person.press(label)
            except LookupError:  # forgiving: a reply-keyboard button of that name will do
                await person.tap(label)
        elif stripped.startswith("@"):
            await self.directive(stripped)
            return
        else:
            await person.send(line.rstrip("\n"))

    async def directive(self, line: str) -> None:
        word, _, rest = line.partition(" ")
        rest = rest.strip()
        person = self.person
        if word == "@as":
            user_id, _, name = rest.partition(" ")
            self.switch(int(user_id), name.strip() or f"用户{user_id}")
        elif word == "@advance":
            await self.bot.advance(parse_duration(rest))
        elif word == "@contact":
            await person.contact(rest or None)
        elif word in ("@file", "@photo"):
            parts = shlex.split(rest)
            if not parts:
                raise ValueError(word)
            caption = " ".join(parts[1:]) or None
            if word == "@file":
                await person.file(parts[0], caption=caption)
            else:
                await person.photo(parts[0], caption=caption)
        elif word == "@sticker":
            await person.sticker()
        else:
            raise ValueError(word)


async def run_chat(settings: Settings, role: str, user_id: int | None, name: str | None,
                   stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    default_id, default_name = DEFAULT_USERS[role]
    user_id = user_id or default_id
    name = name or default_name
    if role == "admin" and user_id not in settings.admin_ids:
        settings = replace(settings, admin_ids=settings.admin_ids | {user_id})
    interactive = stdin.isatty()
    bot = LocalBot(settings, clock=Clock(), run_jobs=interactive)
    session = ChatSession(bot, out)
    role_name = texts.CLI_ROLE_ADMIN if user_id in settings.admin_ids else texts.CLI_ROLE_MEMBER
    from sqlalchemy.engine import make_url

    session.write(texts.CLI_CHAT_BANNER.format(name=name, user_id=user_id, role=role_name,
                                               database=make_url(settings.database_url).render_as_string()))
    if interactive:
        session.write(texts.CLI_CHAT_HINT)
    await bot.start()
    try:
        session.switch(user_id, name)
        number = 0
        while True:
            if interactive:
                out.write(f"{session.person.name}> ")
                out.flush()
                import asyncio

                line = await asyncio.to_thread(stdin.readline)
            else:
                line = stdin.readline()
            if not line:
                break
            number += 1
            try:
                await session.act(line, interactive)
            except (LookupError, ValueError) as exc:
                session.write(texts.CLI_SCRIPT_BAD_LINE.format(line=number, reason=exc))
            session.show_new()
    finally:
        await bot.stop()
    return 0
