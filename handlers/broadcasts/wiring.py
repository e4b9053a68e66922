"""Broadcasts (通知), Telegram side: /broadcast composing, live progress, report, 已阅, /broadcasts.

Modules: compose.py (the /broadcast steps), progress.py (live progress message,
暂停 / 继续 / 取消发送 / 下载明细, the end report, the sender's after-batch hook),
receipts.py (the notice as members get it, 已阅), listing.py (/broadcasts),
ticker.py (scheduled starts and the outbox sender). Each module defines the
typed button kinds it handles (handlers/buttons.py).

The outbox sender takes `render_job` and `after_batch` from here.
"""

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.broadcasts import public as bc
from handlers import jobs, router
from handlers.broadcasts.compose import (
    AudienceToggle, ComposeStep, ReceiptChoice, audience_button, broadcast_command, on_cancel, on_message,
    receipt_button, step_button,
)
from handlers.broadcasts.listing import ListAction, broadcasts_command, list_button, list_item
from handlers.broadcasts.progress import (
    BroadcastControl, _count, after_batch, announce_start, edit_progress, eta_text, progress_button, progress_view,
    report_text, send_report,
)
from handlers.broadcasts.receipts import (
    ReadPreview, ReadReceipt, notice_text, read_button, read_preview_button, receipt_markup, render_job, send_notice,
)
from handlers.broadcasts.ticker import sender, tick

__all__ = [
    "AudienceToggle", "BroadcastControl", "ComposeStep", "ListAction", "ReadPreview", "ReadReceipt", "ReceiptChoice",
    "_count", "after_batch", "announce_start", "edit_progress", "eta_text", "list_item", "notice_text",
    "progress_view", "receipt_markup", "register", "render_job", "report_text", "send_notice", "send_report",
    "sender", "tick",
]


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("broadcast", broadcast_command, filters=private))
    application.add_handler(CommandHandler("broadcasts", broadcasts_command, filters=private))
    for kind, handler in ((ComposeStep, step_button), (AudienceToggle, audience_button),
                          (ReceiptChoice, receipt_button), (BroadcastControl, progress_button),
                          (ReadReceipt, read_button), (ReadPreview, read_preview_button),
                          (ListAction, list_button)):
        application.add_handler(CallbackQueryHandler(handler, pattern=kind.pattern()))
    router.register_flow(bc.FLOW, on_message, on_cancel)
    jobs.register_ticker("broadcasts", tick)
