"""问卷调查, Telegram side: /poll and /survey composing, answers (native polls, survey buttons), /polls.

Modules: compose.py (the admin's steps), answer.py (poll_answer / poll updates, the survey
questions one at a time), listing.py (/polls, results with the chart, 提醒未答, 关闭, 导出),
notices.py (the outbox renderers: the native poll, its stop, invitations, reminders, results),
wiring.py (registration). Registration is in wiring.py: this package imports nothing.
"""
