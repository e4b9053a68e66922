"""The roster service on SQLite and PostgreSQL: import all or nothing, re-import without duplicates,
personal links (single use, renewed when expired), binding, the overview and the export, the role
check; the `members` command line with an XLSX roster; a member's presses on staff buttons."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from openpyxl import Workbook, load_workbook

from bot.clock import FrozenClock
from bot.errors import PermissionDenied
from bot.roster.sheets import roster_xlsx
from bot.services import Services
from tests.conftest import ADMIN_ID, START, make_settings, register

HEADER = ("姓名", "界别", "专委会", "手机", "单位", "职务")


def xlsx(*rows: tuple, header: tuple = HEADER) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
async def services(db_url):
    clock = FrozenClock(START)
    built = Services.build(make_settings(db_url), clock=clock)
    await built.start()
    yield built
    await built.close()


async def member(services: Services, telegram_id: int, name: str = "") -> None:
    """Someone who pressed /start (the update middleware records them so)."""
    await services.members.seen(telegram_id, name or f"u{telegram_id}", None, started=True)


async def test_import_is_all_or_nothing_and_reimport_updates_without_duplicates(services):
    roster = services.roster
    bad = xlsx(("张伟", "经济界", "经济委员会", 13800000001, "青岛港集团", "副总经理"),
               ("王芳", "经济界", None, "138 0000 0001", "青岛银行", "行长"))
    outcome = await roster.import_file(ADMIN_ID, "名册.xlsx", bad)
    assert outcome.errors == ("第 3 行“手机”：与第 2 行的手机号重复",)
    assert (await roster.overview(ADMIN_ID)).roster_total == 0
    good = xlsx(("张伟", "经济界", "经济委员会", 13800000001, "青岛港集团", "副总经理"),
                ("王芳", "经济界", None, "+86 138-0000-0002", "青岛银行", "行长"),
                ("何平", "少数民族界", "民族宗教委员会", None, "民族中学", None))
    assert (await roster.import_file(ADMIN_ID, "名册.xlsx", good)).added == 3
    again = xlsx(("13800000002", "王芳", "青岛银行总行", "经济界"), ("13800000003", "何平", "民族中学", "少数民族界"),
                 header=("手机", "姓名", "单位", "界别"))
    outcome = await roster.import_file(ADMIN_ID, "名册.xlsx", again)
    assert (outcome.added, outcome.updated, outcome.unchanged) == (0, 2, 0)
    people = {p.name: p for p in (await roster.overview(ADMIN_ID)).people}
    assert len(people) == 3
    assert people["王芳"].phone == "13800000002" and people["王芳"].unit == "青岛银行总行"
    assert people["何平"].phone == "13800000003" and people["何平"].committee is None  # the file says none now


async def test_a_csv_saved_by_chinese_excel_gbk_is_read(services):
    data = "姓名,界别\n张伟,经济界\n".encode("gb18030")
    assert (await services.roster.import_file(None, "名册.csv", data)).added == 1
    unreadable = await services.roster.import_file(None, "名册.pdf", b"%PDF")
    assert "只能导入 .xlsx 或 .csv 文件" in unreadable.errors[0]
    damaged = await services.roster.import_file(None, "名册.xlsx", b"not a zip")
    assert damaged.errors == ("无法读取名册文件（文件已损坏，或不是有效的表格文件），没有导入任何内容。"
                              "请发送 .xlsx 或 .csv 文件，第一行为列名：姓名、界别、专委会、手机、单位、职务。",)


async def test_a_personal_link_binds_once_and_is_renewed_after_it_expires(services):
    roster = services.roster
    await roster.import_file(None, "名册.xlsx", xlsx(("张伟", "经济界", "经济委员会", 13800000001, "港口", "经理"),
                                                    ("王芳", "经济界", None, 13800000002, None, None)))
    links = {r.name: r.link.rsplit("=", 1)[1] for r in await roster.links(ADMIN_ID, "bot")}
    await member(services, 3001)
    await member(services, 3002)
    bound = await roster.bind_by_link(3001, links["张伟"])
    assert bound.problem is None and (bound.member.status, bound.member.name) == ("active", "张伟")
    assert (await roster.bind_by_link(3001, links["张伟"])).already
    assert "已被其他账号使用" in (await roster.bind_by_link(3002, links["张伟"])).problem
    assert "不能再使用其他委员的邀请链接" in (await roster.bind_by_link(3001, links["王芳"])).problem
    assert await roster.bind_by_link(3002, "not-a-roster-code") is None
    services.clock.advance(timedelta(days=366))
    assert "已过期" in (await roster.bind_by_link(3002, links["王芳"])).problem
    renewed = {r.name: r.link.rsplit("=", 1)[1] for r in await roster.links(ADMIN_ID, "bot")}
    assert list(renewed) == ["王芳"] and renewed["王芳"] != links["王芳"]
    assert (await roster.bind_by_link(3002, renewed["王芳"])).member.name == "王芳"
    counts = (await roster.overview(ADMIN_ID)).counts
    assert counts == {"joined": 2, "not_joined": 0, "pending": 0, "blocked": 0}
    await services.members.set_blocked(ADMIN_ID, 3002, True)
    assert (await roster.overview(ADMIN_ID)).counts == {"joined": 1, "not_joined": 0, "pending": 0, "blocked": 1}


async def test_a_blocked_account_cannot_take_a_roster_link(services):
    await services.roster.import_file(None, "名册.csv", "姓名,界别\n张伟,经济界\n".encode())
    code = (await services.roster.links(None, "bot"))[0].link.rsplit("=", 1)[1]
    await member(services, 3001, "张伟")
    await services.members.set_blocked(ADMIN_ID, 3001, True)
    outcome = await services.roster.bind_by_link(3001, code)
    assert outcome.problem == "您的账号已被停用，如有疑问请联系市政协机关工作人员。"
    assert (await services.roster.overview(None)).counts["not_joined"] == 1


async def test_the_export_marks_who_joined_and_who_blocked_the_bot(services):
    roster = services.roster
    await roster.import_file(None, "名册.csv", "姓名,界别,手机,单位\n张伟,经济界,13800000001,=1+1\n王芳,经济界,,\n".encode())
    links = {r.name: r.link.rsplit("=", 1)[1] for r in await roster.links(None, "bot")}
    await member(services, 3001)
    await roster.bind_by_link(3001, links["张伟"])
    await services.members.mark_unreachable(3001)  # what the outbox sender does on Telegram's 403
    sheet = load_workbook(io.BytesIO(roster_xlsx(await roster.overview(ADMIN_ID), services.settings.timezone))).active
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["张伟"][6] == "已加入" and rows["张伟"][8] == "已屏蔽机器人（无法送达）"
    assert rows["张伟"][7] == START.astimezone(services.settings.timezone).replace(tzinfo=None)
    assert rows["张伟"][4] == "=1+1" and sheet["E2"].data_type == "s"  # text, never a formula
    assert rows["王芳"][6] == "未加入"


async def test_only_admins_may_import_download_or_see_the_roster(services):
    await member(services, 3001)
    with pytest.raises(PermissionDenied):
        await services.roster.import_file(3001, "名册.csv", "姓名,界别\n张伟,经济界\n".encode())
    with pytest.raises(PermissionDenied):
        await services.roster.links(3001, "bot")
    with pytest.raises(PermissionDenied):
        await services.roster.overview(3001)
    assert (await services.roster.overview(None)).roster_total == 0


async def test_a_pending_registration_that_opens_its_link_is_bound_at_once(bot_factory):
    bot = await bot_factory()
    await bot.services.roster.import_file(None, "名册.csv", "姓名,界别,手机\n李四,经济界,13900000009\n".encode())
    link = (await bot.services.roster.links(None, "bot"))[0].link.rsplit("=", 1)[1]
    person = await register(bot, 2001, "李四", approve=False)
    assert (await bot.services.members.get(2001)).status == "pending"
    await person.send(f"/start {link}")
    assert "欢迎您，李四委员" in person.last_reply().text
    assert (await bot.services.members.get(2001)).status == "active"
    admin = bot.member(ADMIN_ID, "管理员")
    card = next(r for r in admin.replies() if "用户ID：2001" in r.text)
    assert "名册中有同名委员：李四" in card.text  # registered without a phone: to be checked by staff



async def test_a_member_pressing_a_roster_button_is_refused_and_gets_no_file(bot_factory):
    from bot import texts

    bot = await bot_factory()
    await bot.services.roster.import_file(None, "名册.csv", "姓名,界别\n李四,经济界\n".encode())
    person = await register(bot, 2001, "王五")
    for action in ("u", "l", "x"):
        await person.press_data(f"rost:{action}", on=person.last_reply())
        assert bot.telegram.popups[-1][:2] == (2001, texts.NO_PERMISSION_BUTTON)
    assert not any(r.document for r in person.replies()) and "未加入的委员" not in person.last_reply().text


def test_the_members_command_line_imports_downloads_links_and_exports(tmp_path, sqlite_url, monkeypatch, capsys):
    import run_bot

    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("ADMIN_IDS", str(ADMIN_ID))
    roster = tmp_path / "名册.xlsx"
    roster.write_bytes(xlsx(*[(f"委员{'甲乙丙丁戊己庚辛壬癸'[i]}", "教育界", "教科卫体委员会", 13700000000 + i, "学校", "教师")
                             for i in range(10)]))
    assert run_bot.main(["members", "import", str(roster)]) == 0
    assert "新增 10 人" in capsys.readouterr().out
    assert run_bot.main(["members", "import", str(roster)]) == 0
    assert "新增 0 人，更新 0 人，未变 10 人" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,手机\n张伟,1\n", encoding="utf-8")
    assert run_bot.main(["members", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "缺少必需的列“界别”" in err and "没有导入任何内容" in err
    assert run_bot.main(["members", "links", "--out", str(tmp_path / "links.xlsx")]) == 2
    assert "--bot-username" in capsys.readouterr().err
    assert run_bot.main(["members", "links", "--bot-username", "@qd_bot", "--out", str(tmp_path / "links.xlsx")]) == 0
    sheet = list(load_workbook(tmp_path / "links.xlsx").active.iter_rows(values_only=True))
    assert sheet[0] == ("姓名", "手机", "链接") and len(sheet) == 11
    assert sheet[1][:2] == ("委员甲", "13700000000") and sheet[1][2].startswith("https://t.me/qd_bot?start=")
    assert run_bot.main(["members", "links", "--out", str(tmp_path / "again.xlsx")]) == 0  # the name was noted
    assert run_bot.main(["members", "export", "--out", str(tmp_path / "roster.xlsx")]) == 0
    assert "已导出名册 10 人（已加入 0，未加入 10" in capsys.readouterr().out
    exported = list(load_workbook(tmp_path / "roster.xlsx").active.iter_rows(values_only=True))
    assert len(exported) == 11 and {r[6] for r in exported[1:]} == {"未加入"}


async def test_a_registration_card_names_the_roster_row_of_its_phone_when_the_name_differs(bot_factory):
    bot = await bot_factory()
    await bot.services.roster.import_file(None, "名册.csv", "姓名,界别,手机\n李四,经济界,13900000009\n".encode())
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    person = bot.member(2001, "李思")
    for step in ("/start", "李思"):
        await person.send(step)
    await person.press("经济界")
    await person.press("无")
    await person.contact("+86 139 0000 0009")
    card = next(r for r in admin.replies() if "用户ID：2001" in r.text)
    assert "名册中此手机号属于：李四（经济界，无）——姓名不一致，请核对" in card.text
    await admin.press("通过", on=card)
    overview = await bot.services.roster.overview(ADMIN_ID)
    assert overview.counts["not_joined"] == 1  # only name and phone together bind on approval
