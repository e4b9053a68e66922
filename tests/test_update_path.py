"""An update's path: one transaction for a question, the asked-questions log written beside the reply."""

from __future__ import annotations

from sqlalchemy import event, select

from bot import texts
from bot.asked_log import AskedLog
from bot.clock import Clock
from storage.knowledge import AskedQuestion
from tests.conftest import ADMIN_ID, register
from tests.test_storage import services_for

QUESTION = "去年社情民意编报了多少篇？"


def _transactions(engine) -> list[int]:  # noqa: ANN001
    begun: list[int] = []

    @event.listens_for(engine.sync_engine, "begin")
    def on_begin(_conn) -> None:  # noqa: ANN001
        begun.append(1)
    return begun


async def _asked(services) -> list[AskedQuestion]:  # noqa: ANN001
    async with services.db.transaction() as s:
        return list((await s.execute(select(AskedQuestion).order_by(AskedQuestion.id))).scalars())


async def test_a_question_costs_one_transaction_and_its_record_follows_the_reply(bot_factory, db_url):
    bot = await bot_factory(db_url)
    await bot.member(ADMIN_ID, "管理员").send("/start")
    li = await register(bot, 2001, "李四")
    qa = bot.services.qa
    qa.asked.flush_seconds = 3600  # written only when read (or at stop): the test sees the path alone
    qa.recheck_seconds = 3600  # however slow the machine, the second question finds the KB checked
    await li.send(QUESTION)  # the first question reads the document version and the FAQs
    begun = _transactions(bot.services.db.engine)
    await li.send(QUESTION)
    assert "926篇" in li.last_reply().text
    # dedupe, the person noted, their dialog step: one transaction; the member check of the
    # Q&A service is served from the member cache, the record of the question is queued.
    assert len(begun) == 1
    assert await _asked(bot.services) == []
    await li.press(texts.QA_UP)  # a press at once finds its row: reading the log writes it first
    rows = await _asked(bot.services)
    assert [(r.telegram_id, r.question, r.answered) for r in rows] == [(2001, QUESTION, True)] * 2
    assert rows[1].rating == 1 and rows[0].rating is None
    assert await qa.question_count() == 2


async def test_two_processes_reserve_disjoint_ids_and_rows_survive_a_restart(db_url):
    one, two = await services_for(db_url), await services_for(db_url)
    try:
        first = AskedLog(one.db, Clock(), block=3)
        second = AskedLog(two.db, Clock(), block=3)
        ids = [await first.next_id(), await second.next_id(), await first.next_id(), await second.next_id()]
        ids += [await first.next_id(), await first.next_id()]  # the first block is used up: a new one
        assert len(set(ids)) == len(ids)
        for log_, tid in ((first, 1), (second, 2)):
            for question_id in ids[tid - 1::2][:2]:
                log_.add(dict(id=question_id, telegram_id=tid, question="问", normalized="问", answered=False,
                              confidence=0.0, answer="", passage_id=None, suggestions={"items": []},
                              rating=None, forwarded=False, created_at=Clock().now()))
        await first.close()
        await second.close()
        assert sorted(r.id for r in await _asked(one)) == sorted(ids[:4])
        # A new process (a restart) continues after the highest id written or reserved.
        third = AskedLog(one.db, Clock(), block=3)
        assert await third.next_id() > max(ids)
    finally:
        await one.close()
        await two.close()


async def test_a_new_faq_is_used_at_once_by_the_process_that_added_it(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    li = await register(bot, 2001, "李四")
    await li.send("食堂几点开门？")  # declined; the FAQs are now cached for a moment
    assert texts.QA_FORWARD_BUTTON in li.last_reply().buttons
    await bot.services.qa.add_faq(ADMIN_ID, "食堂几点开门？", "食堂早上七点开门。")
    await li.send("食堂几点开门？")
    assert "七点" in li.last_reply().text
