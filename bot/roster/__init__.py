"""The committee's roster (委员名册): import, personal invite links, who has joined, exports.

Modules: parse (reading and checking a roster file), service (RosterService: the rules and
transactions), sheets (the XLSX files staff download), cli (`run_bot.py members …`).
"""
