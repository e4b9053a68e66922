"""The roster (委员名册), end to end: the chat-session scripts in tests/scripts/roster_*.txt run
through the real chat session (bot/localchat/session.py), the files the bot sends opened with
openpyxl, and the roster service on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from pathlib import Path

from openpyxl import load_workbook

from bot.localchat.session import run_chat
from bot.services import Services
from tests.conftest import ADMIN_ID, make_settings

SCRIPTS = Path(__file__).resolve().parent / "scripts"
ROSTER = SCRIPTS / "roster"


async def chat(database_url: str, name: str, files: Path, **replace: str) -> str:
    """Run tests/scripts/<name>.txt in the chat session; its printed conversation."""
    script = (SCRIPTS / f"{name}.txt").read_text(encoding="utf-8").replace("ROSTER/", f"{ROSTER}/")
    for old, new in replace.items():
        script = script.replace(old, new)
    out = io.StringIO()
    await run_chat(make_settings(database_url), "admin", ADMIN_ID, "管理员", stdin=io.StringIO(script), out=out,
                   files_dir=files)
    text = out.getvalue()
    assert "无法执行" not in text, text
    return text


def saved(out: str, prefix: str) -> Path:
    """The path of the last file the session saved whose name starts with `prefix`."""
    paths = re.findall(rf"(/\S+_{prefix}\S*\.xlsx)", out)
    assert paths, out
    return Path(paths[-1])


def rows(path: Path) -> list[tuple]:
    return [tuple(r) for r in load_workbook(path).active.iter_rows(values_only=True)]


async def imported(sqlite_url: str, tmp_path: Path) -> tuple[str, dict[str, str]]:
    """The import script run; its output and the links sheet as {姓名: start code}."""
    out = await chat(sqlite_url, "roster_import", tmp_path)
    sheet = rows(saved(out, "委员邀请链接"))
    links = {name: link.rsplit("start=", 1)[1] for name, _, link in sheet[1:]}
    return out, links


async def test_import_a_file_with_errors_changes_nothing_then_imports_and_reimports(sqlite_url, tmp_path):
    out, links = await imported(sqlite_url, tmp_path)
    failed = out[out.index("名册有 5 处问题"):out.index("还没有导入委员名册")]
    for line in ("第 3 行“姓名”：不能为空", "第 4 行“界别”：“金融界”不是本会的界别名称",
                 "第 5 行“专委会”：“天宫委员会”不是本会的专委会名称", "第 6 行“手机”：“1380000abcd”不是有效的手机号",
                 "第 7 行“手机”：与第 2 行的手机号重复"):
        assert line in failed
    assert "新增 20 人，更新 0 人，未变 0 人" in out
    assert "名册 20 人）" in out and "已加入 0 · 未加入 20 · 待审核 0 · 已停用 0" in out
    assert "新增 1 人，更新 3 人，未变 1 人" in out  # 张伟 (专委会) 王芳 (单位) 何平 (手机, by 姓名 + 界别)
    assert "名册 21 人）" in out and "未加入 21" in out
    assert "未加入按专委会：提案委员会 3，经济委员会 2，农业和农村委员会 2，人口资源环境委员会 3，" in out
    assert len(links) == 21
    assert all(len(code) <= 64 and re.fullmatch(r"[A-Za-z0-9_-]+", code) for code in links.values())
    sheet = rows(saved(out, "委员邀请链接"))
    assert sheet[0] == ("姓名", "手机", "链接")
    assert ("何平", "13800000018") == sheet[1:][[r[0] for r in sheet[1:]].index("何平")][:2]
    assert all(r[2].startswith("https://t.me/lvzhi_helper_bot?start=") for r in sheet[1:])
    services = Services.build(make_settings(sqlite_url))
    try:
        overview = await services.roster.overview(ADMIN_ID)
        people = {p.name: p for p in overview.people}
        assert overview.roster_total == 21 and len(people) == 21
        assert people["张伟"].committee == "提案委员会" and people["王芳"].unit == "青岛银行总行"
    finally:
        await services.close()


async def test_a_personal_link_binds_once_and_a_matching_registration_is_shown_and_bound(sqlite_url, tmp_path):
    _, links = await imported(sqlite_url, tmp_path)
    out = await chat(sqlite_url, "roster_binding", tmp_path, LINK_张伟=links["张伟"])
    assert "欢迎您，张伟委员！您已通过专属邀请链接加入" in out and "界别：经济界　专委会：提案委员会" in out
    assert "张伟，您好" in out  # the second /start: a member already
    assert "这个邀请链接已被其他账号使用" in out
    card = out[out.index("新的注册申请"):]
    assert "名册匹配：王芳（经济界，经济委员会），单位：青岛银行总行，职务：行长——姓名、手机与名册一致" in card
    assert "已加入 2 · 未加入 19 · 待审核 0 · 已停用 0" in out
    export = rows(saved(out, "委员名册"))
    assert export[0][:3] == ("姓名", "界别", "专委会") and "能否送达" in export[0]
    by_name = {r[0]: r for r in export[1:]}
    assert by_name["张伟"][6] == "已加入" and by_name["张伟"][8] == "可送达" and by_name["张伟"][10] == "3001"
    assert by_name["王芳"][6] == "已加入" and by_name["钟华"][6] == "未加入" and by_name["钟华"][8] == "—"
    services = Services.build(make_settings(sqlite_url))
    try:
        zhang = await services.members.get(3001)
        assert (zhang.status, zhang.name, zhang.sector, zhang.phone) == ("active", "张伟", "经济界", "13800000001")
        assert (await services.members.get(3002)).status == "registering"
    finally:
        await services.close()


async def test_the_unjoined_list_groups_by_committee_and_sector(sqlite_url, tmp_path):
    await imported(sqlite_url, tmp_path)
    out = await chat(sqlite_url, "roster_unjoined", tmp_path)
    listing = out[out.index("未加入的委员"):]
    assert "共 21 人" in listing
    committee = listing.index("【经济委员会】")
    assert listing.index("经济界（1）：王芳") > committee and "民建（1）：赵敏" in listing
    assert listing.index("【提案委员会】") < committee  # the configured order of 专委会 (提案委员会 first)
    assert "【未分专委会】" in listing and "医药卫生界（1）：杨磊" in listing
    assert out.count("未加入的委员（共 21 人") == 2  # the button, then /members 未加入


async def test_a_member_is_refused_every_roster_command(sqlite_url, tmp_path):
    _, links = await imported(sqlite_url, tmp_path)
    await chat(sqlite_url, "roster_binding", tmp_path, LINK_张伟=links["张伟"])
    out = await chat(sqlite_url, "roster_staff_only", tmp_path)
    assert out.count("抱歉，这项操作仅限管理员使用。") == 4
    assert "名册导入完成" not in out and "委员名册" not in out.split("🤖 → 张伟", 1)[1]
    services = Services.build(make_settings(sqlite_url))
    try:
        people = {p.name: p for p in (await services.roster.overview(ADMIN_ID)).people}
        assert len(people) == 21 and people["王芳"].unit == "青岛银行总行"
    finally:
        await services.close()
