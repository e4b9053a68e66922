"""Events (学习 / 视察 / 调研 / 会议): the feature's service and the values it hands out.

models.py (dataclasses, limits), reading.py (the admins' views), audience.py, scheduling.py
(creating and changing events), attendance.py (参加 / 请假 / 签到), files.py (.ics, .xlsx),
reminders.py (claiming due reminder rows); service.py assembles EventsService.

The package itself imports nothing (so no submodule import runs back into it);
its public names are in bot.events.public.
"""
