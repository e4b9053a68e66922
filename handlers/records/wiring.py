"""Registers the 履职档案's commands, buttons and the 我的履职 menu button."""

from __future__ import annotations

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import texts
from handlers import router
from handlers.records import member, staff
from handlers.records.buttons import RecordButton, RecordsButton


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    for name, callback in {"record": member.record_command, "records": staff.records_command,
                           "record_add": staff.record_add, "record_fix": staff.record_fix,
                           "record_del": staff.record_del}.items():
        application.add_handler(CommandHandler(name, callback, filters=private))
    application.add_handler(CallbackQueryHandler(member.record_button, pattern=RecordButton.pattern()))
    application.add_handler(CallbackQueryHandler(staff.records_button, pattern=RecordsButton.pattern()))
    router.register_menu(texts.MENU_RECORD, member.record_command)
