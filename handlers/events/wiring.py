"""Events, Telegram side. form.py: /newevent (steps and rules in bot/event_form.py);
admin.py: /events, the event view and the time / place edit flow; members.py: 活动日程,
参加, calendar files, 签到; leave.py: 请假 and its decision; notices.py: what is sent to
someone other than the person who pressed; sending.py: the reminder ticker.
The cards and the typed button data are in handlers/event_cards.py (the reminder sender
shares them).
"""

from __future__ import annotations

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import texts
from handlers import jobs, router
from handlers.event_cards import CheckInButton, EventAdminButton, LeaveButton, MemberEventButton, NewEventButton
from handlers.events import admin, form, leave, members, notices  # noqa: F401 - notices: its renderers
from handlers.events.sending import reminders_ticker


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("newevent", form.newevent, filters=private))
    application.add_handler(CommandHandler("events", admin.events_command, filters=private))
    application.add_handler(CommandHandler("schedule", members.schedule, filters=private))
    application.add_handler(CallbackQueryHandler(form.newevent_button, pattern=NewEventButton.pattern()))
    application.add_handler(CallbackQueryHandler(admin.event_admin_button, pattern=EventAdminButton.pattern()))
    application.add_handler(CallbackQueryHandler(members.member_button, pattern=MemberEventButton.pattern()))
    application.add_handler(CallbackQueryHandler(members.check_in, pattern=CheckInButton.pattern()))
    application.add_handler(CallbackQueryHandler(leave.leave_decision, pattern=LeaveButton.pattern()))
    router.register_flow(form.FLOW, form.newevent_message, form.newevent_cancel)
    router.register_flow(admin.EDIT, admin.edit_message)
    router.register_flow(leave.FLOW, leave.leave_message, leave.leave_cancel)
    router.register_menu(texts.MENU_SCHEDULE, members.schedule)
    jobs.register_ticker("reminders", reminders_ticker)
