"""Knowledge Q&A through the real bot: answers with sources, declining, staff, FAQ, documents, bad input."""

from __future__ import annotations

import re

from bot import texts
from tests.conftest import ADMIN_ID, register


async def member_and_admin(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    li = await register(bot, 2001, "李四")
    return bot, admin, li


async def test_a_number_question_gets_the_fact_and_its_source(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await li.send("去年社情民意编报了多少篇？")
    answer = li.last_reply()
    assert "926篇" in answer.text
    assert answer.buttons == [texts.QA_SOURCE_BUTTON, texts.QA_UP, texts.QA_DOWN]
    await li.press(texts.QA_SOURCE_BUTTON)
    source = li.last_reply().text
    assert "926" in source and "📄" in source


async def test_the_source_shows_the_paragraph_with_the_answering_sentence_marked(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await li.send("去年社情民意编报了多少篇？")
    await li.press(texts.QA_SOURCE_BUTTON)
    source = li.last_reply().html
    title = "爱青岛，让青岛更美好——青岛市政协2020年主题履职行动纪实"
    assert source.count(title) == 1  # the document named once, not "title · title"
    bold = source[source.index("<b>", source.index(title)):]
    assert "926篇" in bold[:bold.index("</b>")]


async def test_out_of_scope_is_declined_with_suggestions_and_forwarding(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await li.send("济南市政协主席是谁？")
    declined = li.last_reply()
    assert declined.text.startswith(texts.DECLINED)
    assert texts.QA_FORWARD_BUTTON in declined.buttons
    assert len(declined.buttons) == 4  # three questions it can answer + 转给工作人员
    suggestion = declined.buttons[0]
    await li.press(suggestion)
    assert texts.QA_UP in li.last_reply().buttons  # the suggested question is answered
    await li.press(texts.QA_FORWARD_BUTTON, on=declined)
    assert li.last_reply().text == texts.QA_FORWARD_SENT
    card = admin.last_reply()
    assert "济南市政协主席是谁？" in card.text and "李四" in card.text
    await admin.press(texts.QA_REPLY_BUTTON)
    await admin.send("济南市政协的情况请查看济南市政协官网。")
    assert "济南市政协的情况请查看济南市政协官网。" in li.last_reply().text
    await admin.press(texts.QA_SAVE_FAQ_BUTTON)
    assert "已存为常见问答" in admin.last_reply().text
    await li.send("济南市政协主席是谁")
    assert "济南市政协官网" in li.last_reply().text


async def test_admin_can_reply_by_quoting_the_forwarded_question(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await li.send("明天青岛天气怎么样")
    await li.press(texts.QA_FORWARD_BUTTON)
    await admin.send("请关注气象台预报。", reply_to=admin.last_reply())
    assert "请关注气象台预报。" in li.last_reply().text


async def test_faq_wins_over_retrieval(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await admin.send("/faq_add 社情民意编报了多少篇 | 以机关最新统计为准：926篇（2020年）。")
    assert "已添加常见问答" in admin.last_reply().text
    await li.send("社情民意编报了多少篇？")
    assert "以机关最新统计为准" in li.last_reply().text
    await admin.send("/faqs")
    assert "社情民意编报了多少篇" in admin.last_reply().text
    await admin.send("/faq_del 1")
    await li.send("社情民意编报了多少篇？")
    assert "以机关最新统计为准" not in li.last_reply().text


async def test_thumbs_down_and_declines_show_in_gaps(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await li.send("政协委员每个月有多少补贴")
    await li.send("政协委员每个月有多少补贴？")
    await li.send("工作小分队有几支")
    await li.press(texts.QA_DOWN)
    assert texts.QA_FORWARD_BUTTON in li.last_reply().buttons
    await admin.send("/kb_gaps")
    gaps = admin.last_reply().text
    assert "2 次｜政协委员每个月有多少补贴" in gaps and "1 次｜工作小分队有几支" in gaps


async def test_admin_adds_and_removes_a_document(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    doc = ("青岛市政协2026年学习安排\n\n委员读书活动\n\n"
           "2026年，青岛市政协组织委员读书活动15次，参加委员达到830人次，读书群共分享书目92本。\n").encode()
    await admin.file(doc, "reading-2026.txt", caption="/kb_add")
    assert admin.last_reply().text.startswith("已导入") and "替换" not in admin.last_reply().text
    await li.send("委员读书活动组织了几次？")
    assert "15次" in li.last_reply().text
    await admin.file(doc, "reading-2026.txt", caption="/kb_add")  # the same name again: said to replace it
    assert "替换了之前的同名文档" in admin.last_reply().text
    assert [d.name for d in await bot.services.qa.documents()].count("reading-2026.txt") == 1
    await admin.send("/kb")
    listing = admin.last_reply()
    assert "reading-2026.txt" in listing.text and "qingdao-cppcc-2020-report.txt" in listing.text
    # the import time as people read it: a date with its weekday (北京时间), never 2026-12-05 15:50
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日（周[一二三四五六日]）\d{2}:\d{2}", listing.text)
    await admin.press(listing.buttons[0])
    await li.send("委员读书活动组织了几次？")
    assert "15次" not in li.last_reply().text


async def test_bad_documents_are_refused_and_change_nothing(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    await admin.file(png, "photo.pdf", caption="/kb_add")
    assert "无法导入" in admin.last_reply().text
    await admin.file(b"", "empty.txt", caption="/kb_add")
    assert "无法导入" in admin.last_reply().text
    await admin.file(b"x", "huge.pdf", caption="/kb_add", size=60 * 1024 * 1024)
    assert "文件太大" in admin.last_reply().text
    await admin.send("/kb_add")
    await admin.sticker()
    assert admin.last_reply().text == texts.KB_ADD_NEED_FILE
    await admin.send("/cancel")
    docs = await bot.services.qa.documents()
    assert [d.name for d in docs] == ["qingdao-cppcc-2020-report.txt"]


async def test_member_cannot_manage_the_knowledge_base(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    for command in ("/kb", "/kb_add", "/faq_add 问 | 答", "/faqs", "/faq_del 1", "/kb_gaps"):
        await li.send(command)
        assert li.last_reply().text == texts.NOT_ALLOWED, command
    await li.file(b"some text here", "x.txt", caption="/kb_add")
    assert li.last_reply().text == texts.NOT_ALLOWED
    assert await bot.services.qa.list_faqs() == []


async def test_bad_questions_get_polite_answers(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await li.send("问" * 10000)
    assert "问题有点长" in li.last_reply().text
    await li.send("😀😀😀！！")
    assert li.last_reply().text == texts.QA_NOT_UNDERSTOOD
    await li.send("？？？")
    assert li.last_reply().text == texts.QA_NOT_UNDERSTOOD
    await li.sticker()
    assert li.last_reply().text == texts.UNSUPPORTED_MESSAGE
    await li.send("How many proposals were filed?")
    assert texts.QA_FORWARD_BUTTON in li.last_reply().buttons
    await li.send("<b>小分队</b>有几支？")  # markup typed by a member is only text
    assert "34支" in li.last_reply().text


async def test_questions_about_the_schedule_are_routed(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await li.send("下周有什么学习活动？")
    assert li.last_reply().text == texts.SCHEDULE_EMPTY  # the schedule, not a passage of the report
    await li.send("我报送的社情民意怎么样了")
    assert "926" not in li.last_reply().text


async def test_personal_questions_go_to_the_members_own_data_never_to_the_report(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await li.send("我什么时候要去视察")
    assert li.last_reply().text == texts.SCHEDULE_EMPTY
    await li.send("我报的社情民意到哪一步了")
    mine = li.last_reply().text
    assert "926" not in mine and not mine.startswith("答")
    await li.send("谁邀请我联名了")
    assert not li.last_reply().text.startswith(("答", texts.DECLINED))


async def test_small_talk_gets_a_short_friendly_reply(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    for message, kind in (("你好", "greeting"), ("谢谢", "thanks"), ("你是谁", "identity"),
                          ("你能做什么", "abilities"), ("再见", "goodbye")):
        await li.send(message)
        assert li.last_reply().text == texts.QA_SMALL_TALK[kind]
    await li.send("你好，去年社情民意编报了多少篇")
    assert "926篇" in li.last_reply().text


async def test_a_file_sent_by_an_admin_without_kb_add_gets_a_hint(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    await admin.file(b"some notes", "notes.txt")
    assert admin.last_reply().text == texts.KB_DOCUMENT_HINT
    await li.file(b"some notes", "notes.txt")
    assert li.last_reply().text == texts.UNSUPPORTED_MESSAGE
    assert [d.name for d in await bot.services.qa.documents()] == ["qingdao-cppcc-2020-report.txt"]


async def test_with_a_second_report_the_source_has_its_section_path_and_suggestions_name_the_committee(bot_factory):
    bot, admin, li = await member_and_admin(bot_factory)
    doc = ("北岭市政协2024年常务委员会工作报告\n\n一、过去一年的工作\n\n"
           "2024年，市政协常委会紧扣中心工作，全年召开常委会会议6次，组织各类协商活动41场。\n\n"
           "（一）聚焦民生实事，深化民主监督\n\n"
           "常委会组建监督小组6个，围绕城乡供水开展专项民主监督，实地察看点位52处，提出意见建议64条。\n").encode()
    await admin.file(doc, "beiling-2024.txt", caption="/kb_add")
    await li.send("北岭市政协常委会组建了几个监督小组？")
    assert li.last_reply().text.startswith("答：6个")
    await li.press(texts.QA_SOURCE_BUTTON)
    source = li.last_reply().html
    assert source.count("北岭市政协2024年常务委员会工作报告") == 1
    assert "一、过去一年的工作 · （一）聚焦民生实事，深化民主监督" in source
    assert "<b>常委会组建监督小组6个" in source
    await li.send("北岭市政协的监督小组组长是谁？")
    declined = li.last_reply()
    assert declined.text.startswith(texts.DECLINED)
    named = [b for b in declined.buttons if b.startswith(("北岭市政协2024年", "青岛市政协2020年"))]
    assert named, declined.buttons
    await li.press(named[0])
    assert texts.QA_UP in li.last_reply().buttons
