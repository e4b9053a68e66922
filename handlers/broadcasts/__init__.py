"""Broadcasts (通知), Telegram side: /broadcast composing, live progress, report, 已阅, /broadcasts.

Modules: compose.py (the /broadcast steps), progress.py (live progress message,
暂停 / 继续 / 取消发送 / 下载明细, the end report, the sender's after-batch hook),
receipts.py (the notice as members get it, 已阅), listing.py (/broadcasts),
ticker.py (scheduled starts and the outbox sender). Each module defines the
typed button kinds it handles (handlers/buttons.py).

The outbox sender takes `render_job` and `after_batch` from here.

The package itself imports nothing (so no submodule import runs back into it);
its public names are in handlers.broadcasts.wiring.
"""
