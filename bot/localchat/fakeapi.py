"""A Bot API that lives in this process: Telegram's wire format, answered locally.

`FakeTelegram` keeps the state a bot can see (messages, files, updates) and
answers Bot API methods as Telegram would. `FakeRequest` is a python-telegram-bot
`BaseRequest` that hands every call to it, so the real Application runs with
nothing reaching the network; `bot/localchat/server.py` serves the same object
over HTTP for tests of the real polling path. Calls are recorded, and a call the
fake does not know is recorded as unknown so that a test can fail on it.

Faults (429 with retry_after, 403 for blocked chats, timeouts) can be injected
through `fault_hook` for the broadcast and reminder tests.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Callable

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from bot.localchat.fakepolls import BOT_ID, FakePolls

ENTITY_TAGS = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
               "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
               "code": "code", "pre": "pre", "a": "text_link", "tg-spoiler": "spoiler",
               "blockquote": "blockquote"}


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _HtmlToEntities(HTMLParser):
    """Telegram's HTML parse mode: plain text plus entities (offsets in UTF-16 units)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.entities: list[dict[str, Any]] = []
        self.open: list[tuple[str, int, dict[str, Any]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ENTITY_TAGS:
            raise LookupError(f"can't parse entities: unsupported start tag \"{tag}\"")
        extra = {"url": dict(attrs).get("href", "")} if tag == "a" else {}
        self.open.append((tag, _utf16_len(self.text), extra))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1][0] != tag:
            raise LookupError(f"can't parse entities: unmatched end tag \"{tag}\"")
        _, start, extra = self.open.pop()
        length = _utf16_len(self.text) - start
        if length:
            self.entities.append({"type": ENTITY_TAGS[tag], "offset": start, "length": length, **extra})

    def handle_data(self, data: str) -> None:
        self.text += data


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    parser = _HtmlToEntities()
    parser.feed(source)
    parser.close()
    if parser.open:
        raise LookupError("can't parse entities: unclosed tag")
    return parser.text, sorted(parser.entities, key=lambda e: e["offset"])
BOT_USERNAME = "lvzhi_helper_bot"


@dataclass
class Fault:
    """What an injected fault makes the fake answer instead of success."""

    status: int  # 429, 403, 400, 500 … or 0 for a timeout
    description: str = ""
    retry_after: int | None = None


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


class FakeTelegram(FakePolls):
    """The Bot API's state and behaviour, without the network."""

    def __init__(self, bot_name: str = "履职助手", first_update_id: int | None = None) -> None:
        self.bot_user = {"id": BOT_ID, "is_bot": True, "first_name": bot_name, "username": BOT_USERNAME,
                         "can_join_groups": False, "can_read_all_group_messages": False,
                         "supports_inline_queries": False}
        self.calls: list[Call] = []
        self.unknown: list[str] = []
        self.users: dict[int, dict[str, Any]] = {}
        # chat_id → message_id → message dict (both directions)
        self.chats: dict[int, dict[int, dict[str, Any]]] = {}
        self._message_ids: dict[int, itertools.count] = {}
        # Update ids grow across runs on one database, so dedupe never drops a new one.
        self._update_ids = itertools.count(first_update_id or int(time.time() * 1000))
        self._file_ids = itertools.count(1)
        self.files: dict[str, tuple[bytes, dict[str, Any]]] = {}
        self.updates: asyncio.Queue[dict[str, Any]] | None = None
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.blocked_chats: set[int] = set()
        self.fault_hook: Callable[[str, dict[str, Any]], Fault | None] | None = None
        self.listeners: list[Callable[[str, dict[str, Any]], None]] = []
        # Pop-up answers to button presses (answerCallbackQuery text), in order: (user id, text, alert).
        self.popups: list[tuple[int, str, bool]] = []
        self._query_users: dict[str, int] = {}
        self.init_polls()

    # --- users and their updates ----------------------------------------------------

    def user(self, user_id: int, first_name: str, username: str | None = None) -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "zh-hans"}
        if username:
            user["username"] = username
        self.users[user_id] = user
        return user

    def _chat(self, user_id: int) -> dict[str, Any]:
        user = self.users[user_id]
        return {"id": user_id, "type": "private", "first_name": user["first_name"]}

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _user_message(self, user_id: int, **content: Any) -> dict[str, Any]:
        message = {"message_id": self._next_message_id(user_id), "date": int(time.time()),
                   "chat": self._chat(user_id), "from": self.users[user_id], **content}
        self.chats.setdefault(user_id, {})[message["message_id"]] = message
        return message

    def _update(self, **payload: Any) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), **payload}
        if self.updates is not None:
            self.updates.put_nowait(update)
        return update

    def text_update(self, user_id: int, text: str, reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to is not None:
            content["reply_to_message"] = reply_to
        return self._update(message=self._user_message(user_id, **content))

    def contact_update(self, user_id: int, phone: str, own: bool = True) -> dict[str, Any]:
        user = self.users[user_id]
        contact = {"phone_number": phone, "first_name": user["first_name"]}
        if own:
            contact["user_id"] = user_id
        return self._update(message=self._user_message(user_id, contact=contact))

    def register_file(self, data: bytes, meta: dict[str, Any] | None = None, size: int | None = None) -> dict[str, Any]:
        number = next(self._file_ids)
        file_id = f"FILE{number:06d}"
        info = {"file_id": file_id, "file_unique_id": f"U{number:06d}", "file_size": size if size is not None else len(data)}
        info.update(meta or {})
        self.files[file_id] = (data, info)
        return info

    def document_update(self, user_id: int, data: bytes, file_name: str, mime_type: str = "application/octet-stream",
                        caption: str | None = None, size: int | None = None) -> dict[str, Any]:
        doc = self.register_file(data, {"file_name": file_name, "mime_type": mime_type}, size)
        content: dict[str, Any] = {"document": doc}
        if caption:
            content["caption"] = caption
            if caption.startswith("/"):
                content["caption_entities"] = [{"type": "bot_command", "offset": 0,
                                                "length": len(caption.split()[0])}]
        return self._update(message=self._user_message(user_id, **content))

    def photo_update(self, user_id: int, data: bytes, caption: str | None = None) -> dict[str, Any]:
        photo = self.register_file(data, {"width": 800, "height": 600})
        content: dict[str, Any] = {"photo": [photo]}
        if caption:
            content["caption"] = caption
        return self._update(message=self._user_message(user_id, **content))

    def sticker_update(self, user_id: int) -> dict[str, Any]:
        sticker = self.register_file(b"RIFF-sticker", {"width": 512, "height": 512, "is_animated": False,
                                                       "is_video": False, "type": "regular", "emoji": "👍"})
        return self._update(message=self._user_message(user_id, sticker=sticker))

    def raw_message_update(self, user_id: int, **content: Any) -> dict[str, Any]:
        """Any other kind of message (voice, location …), given as Bot API fields."""
        return self._update(message=self._user_message(user_id, **content))

    def callback_update(self, user_id: int, message: dict[str, Any], data: str) -> dict[str, Any]:
        query = {"id": str(next(self._update_ids)), "from": self.users[user_id], "chat_instance": str(user_id),
                 "message": self.public(message), "data": data}
        self._query_users[query["id"]] = user_id
        return self._update(callback_query=query)

    # --- keeping the chats between runs (the chat session) ---------------------------------

    def snapshot(self) -> dict[str, Any]:
        """The chats and people as JSON-able data, so a later run can press buttons shown earlier."""
        return {"users": {str(k): v for k, v in self.users.items()},
                "chats": {str(c): list(messages.values()) for c, messages in self.chats.items()},
                "polls": self.polls_snapshot()}

    def restore(self, data: dict[str, Any]) -> None:
        for user_id, user in data.get("users", {}).items():
            self.users.setdefault(int(user_id), user)
        for chat_id, messages in data.get("chats", {}).items():
            chat = self.chats.setdefault(int(chat_id), {})
            for message in messages:
                chat.setdefault(int(message["message_id"]), message)
            newest = max(chat, default=0)
            self._message_ids[int(chat_id)] = itertools.count(newest + 1)
        self.polls_restore(data.get("polls") or {})

    # --- what the bot sent ----------------------------------------------------------------

    def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for m in self.chats.get(chat_id, {}).values() if m.get("from", {}).get("id") == BOT_ID]

    # --- the Bot API ------------------------------------------------------------------------

    def handle(self, method: str, params: dict[str, Any], uploads: dict[str, tuple[str, bytes, str]]) -> tuple[int, dict[str, Any]]:
        self.calls.append(Call(method, params))
        fault = self.fault_hook(method, params) if self.fault_hook else None
        if fault is None:
            chat_id = params.get("chat_id")
            if chat_id is not None and int(chat_id) in self.blocked_chats and method.startswith(("send", "copy", "forward")):
                fault = Fault(403, "Forbidden: bot was blocked by the user")
        if fault is not None:
            if fault.status == 0:
                raise TimedOut("Timed out (injected)")
            body: dict[str, Any] = {"ok": False, "error_code": fault.status, "description": fault.description}
            if fault.retry_after is not None:
                body["parameters"] = {"retry_after": fault.retry_after}
                body.setdefault("description", f"Too Many Requests: retry after {fault.retry_after}")
            return fault.status, body
        handler = getattr(self, "m_" + method, None)
        if handler is None:
            self.unknown.append(method)
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: unknown method {method}"}
        try:
            result = handler(params, uploads)
        except LookupError as exc:
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}
        for listener in self.listeners:
            listener(method, params)
        return 200, {"ok": True, "result": result}

    def _bot_message(self, chat_id: int, **content: Any) -> dict[str, Any]:
        chat_id = int(chat_id)
        if chat_id not in self.users:
            raise LookupError("chat not found")
        message = {"message_id": self._next_message_id(chat_id), "date": int(time.time()),
                   "chat": self._chat(chat_id), "from": {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")},
                   **{k: v for k, v in content.items() if v is not None}}
        self.chats.setdefault(chat_id, {})[message["message_id"]] = message
        return message

    @staticmethod
    def public(message: dict[str, Any]) -> dict[str, Any]:
        """The message as Telegram returns it: no bookkeeping, inline keyboards only."""
        out = {k: v for k, v in message.items() if k not in ("html", "edited", "reply_markup", "caption_html")}
        markup = message.get("reply_markup")
        if markup and "inline_keyboard" in markup:
            out["reply_markup"] = markup
        return out

    def _formatted(self, params: dict[str, Any], key: str) -> dict[str, Any]:
        """text/caption fields of a message, parsing HTML as Telegram does."""
        source = params.get(key)
        if source is None:
            return {}
        entity_key = "entities" if key == "text" else "caption_entities"
        if params.get("parse_mode") == "HTML":
            text, entities = parse_html(source)
            out = {key: text, ("html" if key == "text" else "caption_html"): source}
            if entities:
                out[entity_key] = entities
            return out
        out = {key: source, ("html" if key == "text" else "caption_html"): html.escape(source)}
        if params.get(entity_key):
            out[entity_key] = params[entity_key]
        return out

    def _find(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self.chats.get(int(params["chat_id"]), {})
        message = chat.get(int(params["message_id"]))
        if message is None:
            raise LookupError("message to edit not found")
        return message

    def _upload(self, value: Any, uploads: dict[str, tuple[str, bytes, str]], kind: str) -> dict[str, Any]:
        if value is None and kind in uploads:  # a single file is sent as its own multipart field
            value = f"attach://{kind}"
        if isinstance(value, str) and value.startswith("attach://"):
            name, data, mime = uploads[value[len("attach://"):]]
            meta = {"file_name": name, "mime_type": mime} if kind == "document" else {"width": 800, "height": 600}
            return self.register_file(data, meta)
        if isinstance(value, str) and value in self.files:
            return self.files[value][1]
        raise LookupError("wrong file identifier")

    def m_getMe(self, params, uploads):  # noqa: ANN001, ANN201
        return self.bot_user

    def m_deleteWebhook(self, params, uploads):  # noqa: ANN001, ANN201
        return True

    def m_setWebhook(self, params, uploads):  # noqa: ANN001, ANN201
        return True

    def m_getWebhookInfo(self, params, uploads):  # noqa: ANN001, ANN201
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    def m_setMyCommands(self, params, uploads):  # noqa: ANN001, ANN201
        scope = params.get("scope") or {"type": "default"}
        self.commands[json.dumps(scope, sort_keys=True)] = params.get("commands", [])
        return True

    def m_deleteMyCommands(self, params, uploads):  # noqa: ANN001, ANN201
        scope = params.get("scope") or {"type": "default"}
        self.commands.pop(json.dumps(scope, sort_keys=True), None)
        return True

    def m_setChatMenuButton(self, params, uploads):  # noqa: ANN001, ANN201
        return True

    def m_sendChatAction(self, params, uploads):  # noqa: ANN001, ANN201
        return True

    def m_sendMessage(self, params, uploads):  # noqa: ANN001, ANN201
        if not str(params.get("text", "")).strip():
            raise LookupError("message text is empty")
        content = self._formatted(params, "text")
        if len(content["text"]) > 4096:
            raise LookupError("message is too long")
        return self.public(self._bot_message(params["chat_id"], reply_markup=params.get("reply_markup"), **content))

    def m_sendDocument(self, params, uploads):  # noqa: ANN001, ANN201
        # An upload without attach:// arrives as the multipart field named after the parameter.
        doc = self._upload(params.get("document", "attach://document"), uploads, "document")
        return self.public(self._bot_message(params["chat_id"], document=doc, reply_markup=params.get("reply_markup"),
                                             **self._formatted(params, "caption")))

    def m_sendPhoto(self, params, uploads):  # noqa: ANN001, ANN201
        photo = self._upload(params.get("photo", "attach://photo"), uploads, "photo")
        return self.public(self._bot_message(params["chat_id"], photo=[photo], reply_markup=params.get("reply_markup"),
                                             **self._formatted(params, "caption")))

    def m_copyMessage(self, params, uploads):  # noqa: ANN001, ANN201
        source = self.chats.get(int(params["from_chat_id"]), {}).get(int(params["message_id"]))
        if source is None:
            raise LookupError("message to copy not found")
        content = {k: source[k] for k in ("text", "entities", "html", "document", "photo", "caption",
                                          "caption_entities", "caption_html") if k in source}
        if "caption" in params:
            content.update(self._formatted(params, "caption"))
        message = self._bot_message(params["chat_id"], reply_markup=params.get("reply_markup"), **content)
        return {"message_id": message["message_id"]}

    def _edit(self, params: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
        message = self._find(params)
        if message.get("from", {}).get("id") != BOT_ID:
            raise LookupError("message can't be edited")
        for key in ("entities", "caption_entities"):
            message.pop(key, None)
        new_markup = params.get("reply_markup")
        if all(message.get(k) == v for k, v in content.items()) and message.get("reply_markup") == new_markup:
            raise LookupError("message is not modified: specified new message content and reply markup "
                              "are exactly the same as a current content and reply markup of the message")
        message.update(content)
        message["reply_markup"] = new_markup
        message["edited"] = message.get("edited", 0) + 1
        message["edit_date"] = int(time.time())
        return self.public(message)

    def m_editMessageText(self, params, uploads):  # noqa: ANN001, ANN201
        return self._edit(params, self._formatted(params, "text"))

    def m_editMessageCaption(self, params, uploads):  # noqa: ANN001, ANN201
        return self._edit(params, self._formatted(params, "caption"))

    def m_editMessageReplyMarkup(self, params, uploads):  # noqa: ANN001, ANN201
        message = self._find(params)
        return self._edit(params, {k: message[k] for k in ("text", "caption") if k in message})

    def m_deleteMessage(self, params, uploads):  # noqa: ANN001, ANN201
        self._find(params)
        del self.chats[int(params["chat_id"])][int(params["message_id"])]
        return True

    def m_answerCallbackQuery(self, params, uploads):  # noqa: ANN001, ANN201
        user_id = self._query_users.pop(str(params.get("callback_query_id")), None)
        if user_id is not None and params.get("text"):
            self.popups.append((user_id, str(params["text"]), str(params.get("show_alert")).lower() == "true"))
        return True

    def m_getFile(self, params, uploads):  # noqa: ANN001, ANN201
        file_id = params["file_id"]
        if file_id not in self.files:
            raise LookupError("wrong file_id")
        info = dict(self.files[file_id][1])
        if info.get("file_size", 0) > 20 * 1024 * 1024:
            raise LookupError("file is too big")
        info["file_path"] = f"files/{file_id}"
        return {k: info[k] for k in ("file_id", "file_unique_id", "file_size", "file_path")}

    async def m_getUpdates_async(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.updates is None:
            self.updates = asyncio.Queue()
        # Answer within a second even when asked to wait longer: an empty answer is valid,
        # and it lets a polling bot stop quickly.
        timeout = min(float(params.get("timeout") or 0), 1.0)
        batch: list[dict[str, Any]] = []
        try:
            batch.append(await asyncio.wait_for(self.updates.get(), timeout=max(timeout, 0.01)))
        except asyncio.TimeoutError:
            return []
        while not self.updates.empty() and len(batch) < 100:
            batch.append(self.updates.get_nowait())
        return batch

    def file_bytes(self, file_path: str) -> bytes:
        file_id = file_path.rsplit("/", 1)[-1]
        return self.files[file_id][0]


class FakeRequest(BaseRequest):
    """Gives every Bot API call of python-telegram-bot to a FakeTelegram."""

    def __init__(self, telegram: FakeTelegram) -> None:
        self.telegram = telegram

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, url, method, request_data: RequestData | None = None, read_timeout=None,  # noqa: ANN001
                         write_timeout=None, connect_timeout=None, pool_timeout=None) -> tuple[int, bytes]:
        if method == "GET":  # a file download
            return 200, self.telegram.file_bytes(url.split("/files/", 1)[-1])
        api_method = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        uploads = {}
        if request_data is not None and request_data.contains_files:
            for name, part in request_data.multipart_data.items():
                filename, content, mime = part[0], part[1], part[2] if len(part) > 2 else "application/octet-stream"
                if hasattr(content, "read"):
                    content = content.read()
                uploads[name] = (filename, content, mime)
        if api_method == "getUpdates":
            self.telegram.calls.append(Call("getUpdates", params))
            result = await self.telegram.m_getUpdates_async(params)
            return 200, json.dumps({"ok": True, "result": result}).encode()
        status, body = self.telegram.handle(api_method, params, uploads)
        return status, json.dumps(body, ensure_ascii=False).encode()
