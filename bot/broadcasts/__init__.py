"""Broadcasts (通知): composing a notice, choosing its audience, starting, pausing, reporting, receipts.

The package itself imports nothing (so no submodule import runs back into it); its public names,
and the account of how a broadcast is composed and delivered, are in bot.broadcasts.public.
"""
