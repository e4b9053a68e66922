"""The admin's reply keyboard actions: 审核 / 发通知 / 活动 / 导出 / 委员, so no admin task needs a
typed command.

A key whose area has one main action (审核) runs it; the others show that area's tasks as
inline buttons (typed kind `AdminTask`), each running the command it stands for. The
commands stay the single implementation; this module only points at them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Awaitable, Callable

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from bot import texts
from handlers import menus, router
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, reply
from handlers.context import BotContext

Command = Callable[[Update, BotContext], Awaitable[object]]


@dataclass(frozen=True)
class AdminTask(ButtonData):
    """One admin task offered under a keyboard key: its short name in `TASKS`."""

    prefix = "adm"
    task: str = field(metadata={"example": "ev_new", "max_len": 10})


def _commands() -> dict[str, Command]:
    """Task name → the command that does it (imported here: the feature modules import the router)."""
    from handlers import admin_members, export, roster
    from handlers.broadcasts.compose import broadcast_command
    from handlers.broadcasts.listing import broadcasts_command
    from handlers.events import admin as events_admin
    from handlers.events import form as events_form
    from handlers.polls.compose import poll_command, survey_command
    from handlers.polls.listing import polls_command
    from handlers.submissions.review import review_command
    return {
        "review": review_command, "bc_new": broadcast_command, "bc_list": broadcasts_command,
        "ev_new": events_form.newevent, "ev_list": events_admin.events_command,
        "export": export.export_command, "is_new": export.issue_new_command, "is_list": export.issues_command,
        "members": admin_members.members_command, "invite": admin_members.invite,
        "mem_imp": roster.import_command,
        "pl_new": poll_command, "sv_new": survey_command, "pl_list": polls_command,
    }


# Keyboard key → (intro, [(label, task)]) for the keys that offer a choice of tasks.
HUBS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    texts.MENU_BROADCAST: (texts.ADMIN_HUB_BROADCAST, [(texts.ADMIN_TASK_BC_NEW, "bc_new"),
                                                       (texts.ADMIN_TASK_BC_LIST, "bc_list"),
                                                       (texts.ADMIN_TASK_POLL_NEW, "pl_new"),
                                                       (texts.ADMIN_TASK_SURVEY_NEW, "sv_new"),
                                                       (texts.ADMIN_TASK_POLL_LIST, "pl_list")]),
    texts.MENU_EVENTS: (texts.ADMIN_HUB_EVENTS, [(texts.ADMIN_TASK_EV_NEW, "ev_new"),
                                                 (texts.ADMIN_TASK_EV_LIST, "ev_list")]),
    texts.MENU_EXPORT: (texts.ADMIN_HUB_EXPORT, [(texts.ADMIN_TASK_EXPORT, "export"),
                                                 (texts.ADMIN_TASK_IS_NEW, "is_new"),
                                                 (texts.ADMIN_TASK_IS_LIST, "is_list")]),
    texts.MENU_MEMBERS: (texts.ADMIN_HUB_MEMBERS, [(texts.ADMIN_TASK_MEMBERS, "members"),
                                                   (texts.ADMIN_TASK_INVITE, "invite"),
                                                   (texts.ADMIN_TASK_ROSTER_IMPORT, "mem_imp")]),
}


def hub_handler(key: str) -> Command:
    intro, tasks = HUBS[key]

    @admin_only
    async def show(update: Update, context: BotContext) -> None:
        rows = menus.grid([(label, AdminTask(task).pack()) for label, task in tasks], 2)
        await reply(update, intro, reply_markup=menus.inline(rows))

    return show


@admin_only
async def review_key(update: Update, context: BotContext) -> None:
    await _commands()["review"](update, context)


@admin_only
async def task_button(update: Update, context: BotContext) -> None:
    button = AdminTask.parse(update.callback_query.data)
    command = _commands().get(button.task) if button else None
    if command is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    await answer_query(update)
    await command(update, context)


def register(application: Application) -> None:
    """Add the admin keys to the router (admins only) and the task buttons' handler."""
    router.register_admin_menu(texts.MENU_REVIEW, review_key)
    for key in HUBS:
        router.register_admin_menu(key, hub_handler(key))
    application.add_handler(CallbackQueryHandler(task_button, pattern=AdminTask.pattern()))
