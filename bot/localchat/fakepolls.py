"""Native polls in the fake Bot API: sendPoll, stopPoll, and the updates a vote makes.

A mixin of FakeTelegram (bot/localchat/fakeapi.py), kept apart so each file stays readable.
Telegram tells a bot about votes on polls it sent: a `poll_answer` (who chose what) for a
non-anonymous poll, and a `poll` with the new counts.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

BOT_ID = 7000000001  # the fake bot's user id (fakeapi re-exports it)


class FakePolls:
    chats: dict[int, dict[int, dict[str, Any]]]
    users: dict[int, dict[str, Any]]

    def init_polls(self) -> None:
        # Native polls the bot sent: poll id → (chat id, message id); each voter's current choice.
        self._poll_ids = itertools.count(1)
        self.poll_messages: dict[str, tuple[int, int]] = {}
        self.poll_votes: dict[str, dict[int, list[int]]] = {}

    def polls_snapshot(self) -> dict[str, Any]:
        """Who voted what on each poll, kept with the chats so a later run changes a vote correctly."""
        return {"votes": {pid: {str(u): v for u, v in votes.items()} for pid, votes in self.poll_votes.items()},
                "next": max((int(pid[:-5] or 0) for pid in self.poll_messages), default=0) + 1,
                "messages": {pid: list(where) for pid, where in self.poll_messages.items()}}

    def polls_restore(self, data: dict[str, Any]) -> None:
        for pid, votes in data.get("votes", {}).items():
            self.poll_votes.setdefault(pid, {int(u): list(v) for u, v in votes.items()})
        for pid, where in data.get("messages", {}).items():
            self.poll_messages.setdefault(pid, (int(where[0]), int(where[1])))
        self._poll_ids = itertools.count(max(int(data.get("next", 1)), 1))

    def vote_updates(self, user_id: int, message: dict[str, Any], option_ids: list[int]) -> list[dict[str, Any]]:
        """A person votes on (or, with no options, retracts from) a poll in their chat, as Telegram
        tells the bot: a `poll_answer` for a non-anonymous poll, then a `poll` with the new counts."""
        poll = self.chats[user_id][message["message_id"]].get("poll")
        if poll is None:
            raise LookupError("that message is not a poll")
        if poll["is_closed"]:
            raise LookupError("the poll is closed")
        if any(not 0 <= i < len(poll["options"]) for i in option_ids) or \
                (len(option_ids) > 1 and not poll["allows_multiple_answers"]):
            raise LookupError("no such option")
        votes = self.poll_votes.setdefault(poll["id"], {})
        if option_ids:
            votes[user_id] = sorted(set(option_ids))
        else:
            votes.pop(user_id, None)
        for i, option in enumerate(poll["options"]):
            option["voter_count"] = sum(1 for chosen in votes.values() if i in chosen)
        poll["total_voter_count"] = len(votes)
        updates = []
        if not poll["is_anonymous"]:
            updates.append(self._update(poll_answer={"poll_id": poll["id"], "user": self.users[user_id],
                                                     "option_ids": sorted(set(option_ids)),
                                                     "option_persistent_ids": [str(i) for i in sorted(set(option_ids))]}))
        updates.append(self._update(poll=json.loads(json.dumps(poll))))
        return updates

    def m_sendPoll(self, params, uploads):  # noqa: ANN001, ANN201
        options = [o if isinstance(o, str) else o.get("text", "") for o in params.get("options") or []]
        if not 2 <= len(options) <= 12 or not str(params.get("question", "")).strip():
            raise LookupError("poll must have a question and 2-12 options")
        if len(params["question"]) > 300 or any(not o or len(o) > 100 for o in options):
            raise LookupError("poll question or option is too long")
        anonymous = str(params.get("is_anonymous", True)).lower() != "false"
        poll = {"id": f"{next(self._poll_ids)}{int(params['chat_id']) % 100000:05d}", "question": params["question"],
                "options": [{"text": o, "voter_count": 0, "persistent_id": str(i)} for i, o in enumerate(options)],
                "total_voter_count": 0, "is_closed": False, "is_anonymous": anonymous, "type": "regular",
                "allows_revoting": True, "members_only": False,
                "allows_multiple_answers": str(params.get("allows_multiple_answers", False)).lower() == "true"}
        message = self._bot_message(params["chat_id"], poll=poll, reply_markup=params.get("reply_markup"))
        self.poll_messages[poll["id"]] = (int(params["chat_id"]), message["message_id"])
        return self.public(message)

    def m_stopPoll(self, params, uploads):  # noqa: ANN001, ANN201
        message = self._find(params)
        poll = message.get("poll")
        if poll is None or message.get("from", {}).get("id") != BOT_ID:
            raise LookupError("message with poll to stop not found")
        if poll["is_closed"]:
            raise LookupError("poll has already been closed")
        poll["is_closed"] = True
        message["edited"] = message.get("edited", 0) + 1
        return poll
