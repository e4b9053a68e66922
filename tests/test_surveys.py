"""问卷调查 surveys through the real Application: every question type, a restart halfway, anonymity."""

from __future__ import annotations

import io
from datetime import timedelta

from openpyxl import Workbook, load_workbook
from sqlalchemy import inspect, select

from bot import texts
from storage.polls import PollRecipient, SurveyAnswer, SurveyResponse
from tests.conftest import ADMIN_ID, register
from tests.test_polls import setup  # noqa: F401 - the fixture

KINDS = texts.SURVEY_KIND_NAMES


async def make_survey(admin, anonymous: bool = True, xlsx: bytes | None = None) -> None:  # noqa: ANN001
    await admin.send("/survey")
    await admin.send("学习培训满意度调查")
    if xlsx is not None:
        await admin.file(xlsx, "题目.xlsx")
    else:
        await admin.press(KINDS["single"])
        await admin.send("您参加了哪一场培训？\n上午场\n下午场")
        await admin.press(KINDS["multi"])
        await admin.send("哪些内容对您有帮助？\n政策解读\n案例分析\n分组讨论")
        await admin.press(KINDS["rating"])
        await admin.send("总体满意度")
        await admin.press(KINDS["text"])
        await admin.send("还有什么建议？")
    assert "4. 【填空题】还有什么建议？" in admin.last_reply().text
    await admin.press(texts.SURVEY_QUESTIONS_DONE)
    await admin.press(texts.POLL_ANON if anonymous else texts.POLL_NAMED)
    await admin.press("经济委员会")
    await admin.press(texts.BC_NEXT)
    await admin.press(texts.POLL_NO_DEADLINE_BUTTON)
    assert (texts.POLL_ANON_NOTE_SURVEY if anonymous else texts.POLL_NAMED_NOTE) in admin.last_reply().text
    await admin.press(texts.POLL_SEND)


async def test_anonymous_survey_answered_across_a_restart_stores_no_member_beside_the_answers(setup, db_url):  # noqa: F811
    bot, admin, (li, wang, zhao) = await setup(database_url=db_url)  # SQLite and PostgreSQL
    await make_survey(admin)
    assert "学习培训满意度调查" in li.last_reply().text and texts.SURVEY_START in li.last_reply().buttons
    await li.press(texts.SURVEY_START)
    await li.press("下午场")
    await li.press("政策解读")
    await li.press("分组讨论")
    await li.press("✅ 政策解读")  # toggled off again
    await li.press(texts.SURVEY_NEXT)
    await li.press(texts.SURVEY_BACK)  # back to the multi question: the choice is kept
    assert "✅ 分组讨论" in li.last_reply().buttons and "✅ 政策解读" not in li.last_reply().buttons
    await li.press(texts.SURVEY_NEXT)
    assert "总体满意度" in li.last_reply().text

    await bot.restart()  # the member stops halfway; the place is in the database
    await li.press("4分")
    await li.send("x" * 501)
    assert "500" in li.last_reply().text
    await li.send("希望多安排分组讨论")
    assert texts.SURVEY_SUBMIT in li.last_reply().buttons
    await li.press(texts.SURVEY_SUBMIT)
    assert "问卷已提交" in li.last_reply().text
    await li.press(texts.SURVEY_START)
    assert bot.telegram.popups[-1][1] == texts.SURVEY_ALREADY_DONE

    async with bot.services.db.transaction() as s:
        responses = list((await s.execute(select(SurveyResponse))).scalars())
        answers = list((await s.execute(select(SurveyAnswer))).scalars())
        answered = list((await s.execute(select(PollRecipient).where(PollRecipient.answered_at.is_not(None)))).scalars())
    assert [r.telegram_id for r in responses] == [None]  # no member id beside the answers
    assert not {c.name for c in inspect(SurveyAnswer).columns} & {"telegram_id", "member_id"}
    assert [a.choice for a in answers[:3]] == [[1], [2], [3]] and answers[3].text == "希望多安排分组讨论"
    assert [r.telegram_id for r in answered] == [2001]  # kept apart, for reminders only
    assert await bot.services.dialogs.get(2001) is None  # the progress (answers with the person) is gone

    await admin.send("/polls")
    await admin.press("查看 #1")
    results = next(r for r in reversed(admin.replies()) if r.text.startswith("问卷 #1"))
    assert "已答 <b>1</b>" in results.html and "希望多安排分组讨论" in results.text
    assert "未作答（1 人）：王五" in results.text
    assert admin.last_reply().raw.get("photo")
    await admin.press(texts.POLL_REMIND_BUTTON)
    assert "您还没有填写问卷" in wang.last_reply().text and texts.SURVEY_START in wang.last_reply().buttons

    await admin.press(texts.POLL_CLOSE_BUTTON)
    await wang.press(texts.SURVEY_START)
    assert bot.telegram.popups[-1][1] == texts.SURVEY_CLOSED
    await admin.press(texts.POLL_EXPORT_BUTTON)
    doc = admin.last_reply().document
    wb = load_workbook(io.BytesIO(bot.telegram.files[doc["file_id"]][0]))
    assert wb.sheetnames == ["第1题", "第2题", "第3题", "第4题", "未作答"]
    assert ["希望多安排分组讨论"] in [[c for c in row if c is not None] for row in wb["第4题"].iter_rows(values_only=True)]
    assert not any("李四" in str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row)


async def test_named_survey_imported_from_xlsx_shows_who_answered_what(setup, tmp_path):  # noqa: F811
    bot, admin, (li, wang, zhao) = await setup()
    wb = Workbook()
    ws = wb.active
    ws.append(["题型", "题目", "选项"])
    ws.append(["单选题", "您参加了哪一场培训？", "上午场|下午场"])
    ws.append(["多选题", "哪些内容对您有帮助？", "政策解读|案例分析|分组讨论"])
    ws.append(["评分题（1–5分）", "总体满意度", None])
    ws.append(["填空题", "还有什么建议？", None])
    out = io.BytesIO()
    wb.save(out)
    bad = Workbook()
    bad.active.append(["题型", "题目", "选项"])
    bad.active.append(["问答题", "？", None])
    data = io.BytesIO()
    bad.save(data)

    await admin.send("/survey")
    await admin.send("学习培训满意度调查")
    await admin.file(data.getvalue(), "错的.xlsx")
    assert "第 2 行“题型”不正确" in admin.last_reply().text
    await admin.send("/cancel")
    await make_survey(admin, anonymous=False, xlsx=out.getvalue())
    await wang.press(texts.SURVEY_START)
    await wang.press("上午场")
    await wang.press("案例分析")
    await wang.press(texts.SURVEY_NEXT)
    await wang.press("5分")
    await wang.send("很好")
    await wang.press(texts.SURVEY_SUBMIT)
    results = await bot.services.polls.results(ADMIN_ID, 2)
    assert results.questions[0].by_member == (("王五", "上午场"),)
    assert results.questions[3].by_member == (("王五", "很好"),)
    assert results.non_responders == ("李四",)
    await bot.advance(timedelta(minutes=1))
