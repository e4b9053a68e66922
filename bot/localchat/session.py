"""The terminal chat session: the real bot, no Telegram, one person (or several) at a keyboard.

Interactive when stdin is a terminal; otherwise a script, one action per line:
  text                  a message from the current user
  > 通过                press the inline button with that text on the newest bot message having it
  >> 分享手机号          tap that reply-keyboard button (a share-contact button sends the contact)
  @contact 13800000000  send a contact
  @file PATH [caption]  send a document;  @photo PATH [caption]  send a photo
  @sticker              send a sticker
  @as 1002 王五          switch to another user
  @advance 10m          move the bot's clock forward, running what falls due at each moment on the way
  # …                   a comment
In a terminal a bare number presses the button with that number.

Everything the bot sends is shown: messages with their buttons, files (saved into
the folder named at start, default var/chat-files/, and printed with their path)
and pop-up answers to button presses ("💬 …"). The chats are kept beside the
database at the end (see `state_path`), so a later run can press a button an
earlier run showed.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import shlex
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url

from bot import texts
from bot.clock import Clock, parse_duration
from bot.config import Settings
from bot.localchat.driver import LocalBot, Person, Reply

DEFAULT_USERS = {"member": (2001, "张三"), "admin": (9001, "管理员")}
DEFAULT_FILES_DIR = Path("var") / "chat-files"


def state_path(database_url: str) -> Path:
    """Where the chats of a database are kept between runs: beside a SQLite file, else under var/."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).with_name(Path(url.database).name + ".chat.json")
    digest = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:12]
    return Path("var") / f"chat-{digest}.json"


class ChatSession:
    def __init__(self, bot: LocalBot, out: TextIO, files_dir: Path | None = None) -> None:
        self.bot = bot
        self.out = out
        self.files_dir = files_dir
        self.popups_seen = len(bot.telegram.popups)
        self.person: Person | None = None
        # chat → message id → edit count shown; what an earlier run showed counts as shown
        self.shown: dict[int, dict[int, int]] = {
            chat_id: {m["message_id"]: m.get("edited", 0) for m in bot.telegram.bot_messages(chat_id)}
            for chat_id in bot.telegram.chats}
        self.numbered: list[tuple[Reply, str]] = []
        self.announced: dict[int, int] = {}

    def write(self, line: str = "") -> None:
        self.out.write(line + "\n")
        self.out.flush()

    def switch(self, user_id: int, name: str) -> None:
        self.person = self.bot.member(user_id, name)
        self.show_new()

    def show_new(self) -> None:
        """Print the current user's new or edited bot messages and pop-ups; count others' unseen ones."""
        person = self.person
        for user_id, text, _ in self.bot.telegram.popups[self.popups_seen:]:
            if user_id == person.id:
                self.write(f"💬 {text}")
        self.popups_seen = len(self.bot.telegram.popups)
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
        if reply.document or reply.raw.get("photo"):
            self.write("   📎 " + self.save_file(reply))
        for line in reply.text.splitlines() or [""]:
            self.write(f"   {line}")
        poll = reply.raw.get("poll")
        if poll:  # a native poll: its options with the counts, and whether it is closed
            kind = "匿名" if poll["is_anonymous"] else "实名"
            kind += "，多选" if poll["allows_multiple_answers"] else "，单选"
            self.write(f"   📊 投票（{kind}{'，已结束' if poll['is_closed'] else ''}）用 @vote N 投票")
            for i, option in enumerate(poll["options"], start=1):
                self.write(f"   ({i}) {option['text']}  {option['voter_count']} 票")
        if reply.buttons:
            labels = []
            for label in reply.buttons:
                self.numbered.append((reply, label))
                labels.append(f"[{len(self.numbered)}] {label}")
            self.write("   " + "  ".join(labels))
        if reply.keyboard:
            self.write("   ⌨ " + " | ".join(reply.keyboard))

    def save_file(self, reply: Reply) -> str:
        """Save a file the bot sent into the files folder; the line that tells where."""
        info = reply.document or reply.raw["photo"][-1]
        name = info.get("file_name") or f"照片_{reply.message_id}.jpg"
        stored = self.bot.telegram.files.get(info.get("file_id", ""))
        if self.files_dir is None or stored is None:
            return name
        self.files_dir.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[\\/:*?\"<>|]", "_", name)
        path = self.files_dir / f"{reply.raw['chat']['id']}_{reply.message_id}_{safe}"
        path.write_bytes(stored[0])
        return texts.CLI_FILE_SAVED.format(name=name, path=path.resolve())

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
        elif word == "@vote":  # "@vote 1,3": options 1 and 3 of the newest poll; "@vote" alone retracts
            await person.vote(*(int(n) for n in re.split(r"[,，\s]+", rest) if n))
        else:
            raise ValueError(word)


async def run_chat(settings: Settings, role: str, user_id: int | None, name: str | None,
                   stdin: TextIO = sys.stdin, out: TextIO = sys.stdout, files_dir: Path | None = None) -> int:
    default_id, default_name = DEFAULT_USERS[role]
    user_id = user_id or default_id
    name = name or default_name
    if role == "admin" and user_id not in settings.admin_ids:
        settings = replace(settings, admin_ids=settings.admin_ids | {user_id})
    interactive = stdin.isatty()
    bot = LocalBot(settings, clock=Clock(), run_jobs=interactive)
    state = state_path(settings.database_url)
    if state.exists():
        try:
            bot.telegram.restore(json.loads(state.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):  # a damaged file only costs the old buttons
            pass
    files_dir = files_dir or DEFAULT_FILES_DIR
    session = ChatSession(bot, out, files_dir)
    role_name = texts.CLI_ROLE_ADMIN if user_id in settings.admin_ids else texts.CLI_ROLE_MEMBER
    session.write(texts.CLI_CHAT_BANNER.format(name=name, user_id=user_id, role=role_name,
                                               database=make_url(settings.database_url).render_as_string()))
    session.write(texts.CLI_CHAT_FILES.format(path=files_dir.resolve()))
    if interactive:
        session.write(texts.CLI_CHAT_HINT)
    await bot.start()
    if not await bot.services.members.admins():
        session.write(texts.CLI_NO_ADMIN_HINT)
    web_runner = await _start_web(bot, session) if settings.web.enabled else None
    try:
        session.switch(user_id, name)
        number = 0
        while True:
            if interactive:
                out.write(f"{session.person.name}> ")
                out.flush()
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
            except OSError as exc:  # @file naming a file that is not there
                session.write(texts.CLI_SCRIPT_BAD_LINE.format(
                    line=number, reason=texts.CLI_FILE_MISSING.format(path=exc.filename or exc)))
            session.show_new()
    finally:
        if web_runner is not None:
            await web_runner.cleanup()
        await bot.stop()
        try:
            state.parent.mkdir(parents=True, exist_ok=True)
            state.write_text(json.dumps(bot.telegram.snapshot(), ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass
    return 0


async def _start_web(bot: LocalBot, session: ChatSession):  # noqa: ANN202
    """The web server beside the chat session (the admin console, /healthz), so that an admin can
    log in with the link /web gives here and act in a browser while the chat shows the result."""
    from aiohttp import web

    from handlers.web import build_web_app

    web_settings = bot.settings.web
    runner = web.AppRunner(build_web_app(bot.app), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, web_settings.host, web_settings.port).start()
    except OSError as exc:
        await runner.cleanup()
        session.write(texts.CLI_WEB_FAILED.format(host=web_settings.host, port=web_settings.port, reason=exc.strerror))
        return None
    session.write(texts.CLI_WEB.format(host=web_settings.host, port=web_settings.port))
    if web_settings.console_url:
        session.write(texts.CLI_CONSOLE.format(url=web_settings.console_url))
    return runner
