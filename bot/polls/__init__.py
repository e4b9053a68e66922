"""问卷调查: quick polls (Telegram's native polls) and multi-question surveys, named or anonymous.

Layout: models.py (plain values, steps, notice kinds), compose.py (the admin's draft, step by
step), answers.py (sending, answers, closing, reminders), results.py (counts, chart, XLSX),
service.py (the one service). SQL lives in storage/queries/polls.py.

The package itself imports nothing; its public names are in bot.polls.public.
"""
