"""Events, Telegram side. form.py: /newevent (steps and rules in bot/event_form.py);
admin.py: /events, the event view and the time / place edit flow; members.py: 活动日程,
参加, calendar files, 签到; leave.py: 请假 and its decision; notices.py: what is sent to
someone other than the person who pressed; sending.py: the reminder ticker.
The cards and the typed button data are in handlers/event_cards.py (the reminder sender
shares them).

The package itself imports nothing (so no submodule import runs back into it);
its public names are in handlers.events.wiring.
"""
