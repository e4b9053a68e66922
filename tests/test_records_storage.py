"""The 履职档案's reading on SQLite and PostgreSQL: every kind of fact lands in the right year and
count (events by outcome, 社情民意 filed, 联名, 附议, adoptions by level, 批示, issues, 已阅,
questions to staff, manual entries), and the committee's view agrees with the member's."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from bot.services import Services
from storage.broadcasts import Broadcast, OutboxRow
from storage.events import Attendance, Event
from storage.issues import CompilationIssue, CompilationItem
from storage.knowledge import AskedQuestion, ForwardedQuestion
from storage.submissions import SubmissionCosigner, SubmissionSecond
from tests.conftest import ADMIN_ID, make_settings
from tests.test_submissions_storage import _member, _ready_draft

UTC = timezone.utc


async def test_a_year_of_every_kind_of_fact_is_counted_once_in_its_year(db_url, clock):
    services = Services.build(make_settings(db_url), clock)
    await services.start()
    try:
        await _member(services, 3001, "王五")
        await _member(services, 3002, "赵六")
        wang = (await services.members.get(3001)).id
        zhao = (await services.members.get(3002)).id
        now = clock.now()
        sid = (await services.submissions.file(3001, await _ready_draft(services, 3001, "关于路口红绿灯的建议"))).view.id
        sub = services.submissions
        await sub.change_status(ADMIN_ID, sid, "accepted")
        await sub.change_status(ADMIN_ID, sid, "adopted_city")
        await sub.change_status(ADMIN_ID, sid, "reported_prov")
        await sub.change_status(ADMIN_ID, sid, "adopted_prov")
        await sub.change_status(ADMIN_ID, sid, "instructed", leader="李书记", instruction="阅。")
        async with services.db.transaction() as s:
            kinds = ("meeting", "study", "inspection", "survey", "study")
            starts = [now - timedelta(days=d) for d in (30, 20, 10, 5)] + [datetime(2025, 12, 31, 15, tzinfo=UTC)]
            events = [Event(kind=k, title=f"活动{i}", starts_at=t, place="", audience={"all": True},
                            organiser_tid=ADMIN_ID, offsets={}, created_at=now, updated_at=now)
                      for i, (k, t) in enumerate(zip(kinds, starts))]
            future = Event(kind="study", title="将来", starts_at=now + timedelta(days=3), place="", audience={},
                           organiser_tid=ADMIN_ID, offsets={}, created_at=now, updated_at=now)
            s.add_all(events + [future])
            await s.flush()
            answers = [dict(checked_in_at=now), dict(answer="attend"), dict(answer="leave", leave_decision="approved"),
                       dict(answer="leave"), dict(checked_in_at=now)]  # the last one is in 2025 (Beijing)
            for event, extra in zip(events, answers):
                s.add(Attendance(event_id=event.id, member_id=wang, **extra))
                s.add(Attendance(event_id=event.id, member_id=zhao))
            s.add(Attendance(event_id=future.id, member_id=wang))
            s.add(SubmissionCosigner(submission_id=sid, member_id=zhao, state="agreed", invited_at=now, answered_at=now))
            s.add(SubmissionSecond(submission_id=sid, member_id=zhao, created_at=now))
            issue = CompilationIssue(year=2026, number=3, status="published", created_by=ADMIN_ID, created_at=now,
                                     published_at=now)
            s.add(issue)
            notice = Broadcast(author_id=ADMIN_ID, body="<b>关于召开全会的通知</b>", needs_receipt=True, status="done",
                               created_at=now)
            question = AskedQuestion(telegram_id=3002, question="怎么请假？", created_at=now)
            s.add_all([notice, question])
            await s.flush()
            s.add(CompilationItem(issue_id=issue.id, submission_id=sid, position=1, added_by=ADMIN_ID, added_at=now))
            s.add(OutboxRow(broadcast_id=notice.id, telegram_id=3001, state="sent", sent_at=now, read_at=now))
            s.add(OutboxRow(broadcast_id=notice.id, telegram_id=3002, state="sent", sent_at=now))
            s.add(ForwardedQuestion(question_id=question.id, telegram_id=3002, created_at=now))
        await services.records.add_entry(ADMIN_ID, wang, date(2026, 3, 5), "大会发言", "全会发言")

        mine = await services.records.record(3001)
        t = mine.tally
        assert (t.attended, t.events[("study", "attended")], t.on_leave, t.absent) == (2, 1, 2, 0)
        assert (t.submissions, t.adopted_city, t.adopted_province, t.instructions, t.in_issue) == (1, 1, 1, 1, 1)
        assert (t.notices, t.notices_read, t.manual["大会发言"]) == (1, 1, 1)
        # 参加 5+5, 报送 2, 市 5, 省 10, 批示 10, 编入 2, 大会发言 5
        assert t.points == 44 and mine.grade == "称职" and mine.missing == ("今年参加活动 2 次，至少应参加 4 次",)
        assert mine.facts[0].day >= mine.facts[-1].day
        last_year = await services.records.record(3001, 2025)
        assert last_year.tally.attended == 1 and last_year.tally.submissions == 0

        everyone = {r.person.name: r for r in await services.records.committee_records(ADMIN_ID, 2026)}
        assert everyone["王五"].tally == t
        z = everyone["赵六"].tally
        assert (z.absent, z.cosigned, z.seconded, z.notices, z.notices_read, z.questions) == (4, 1, 1, 1, 0, 1)
        assert z.points == 2 and everyone["赵六"].missing[0] == "今年还没有报送社情民意"
    finally:
        await services.close()
