"""Issue 15's "done when", in the chat session: an admin imports the 20-row roster, a member joins by
their personal link (no approval), attends a study session, files a 社情民意 that the city adopts; the
member's /record shows it with points, and the committee's XLSX and 通报 DOCX open with those numbers."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
from openpyxl import load_workbook

from bot import texts
from bot.localchat.session import run_chat
from tests.conftest import ADMIN_ID, make_settings

ROSTER = Path(__file__).resolve().parent / "scripts" / "roster" / "roster_good.csv"

IMPORT = f"""/members_import
@file {ROSTER}
"""

YEAR = """@as 3001 张伟
/start LINK
@as 9001 管理员
/newevent
> 学习
十二月理论学习会
2分钟后
> 确认
> 跳过
市政协三楼会议室
> 全体委员
> 完成
1分钟
> 确认
> 不重复
> 发布
@as 3001 张伟
> 参加
@advance 1m
> 签到
>> 报送社情民意
关于加快海洋牧场建设的建议
> 经济建设
我市海洋牧场建设起步较早，但规模化程度不高，配套设施不足。
资金投入分散，冷链物流和深加工配套跟不上，产品附加值低。
建议设立海洋牧场专项资金，完善冷链物流和深加工配套。
> 完成
> 跳过
> 确认无误
> 提交
@as 9001 管理员
> 受理
> 不附说明
> 市政协采用
> 不附说明
@advance 2m
@as 3001 张伟
/record
@as 9001 管理员
/records
> {xlsx}
> {docx}
""".format(xlsx=texts.RECORDS_BTN_XLSX, docx=texts.RECORDS_BTN_DOCX)


async def chat(database_url: str, script: str, files: Path) -> str:
    out = io.StringIO()
    await run_chat(make_settings(database_url), "admin", ADMIN_ID, "管理员", stdin=io.StringIO(script), out=out,
                   files_dir=files)
    text = out.getvalue()
    assert "无法执行" not in text, text
    return text


def saved(out: str, suffix: str, name: str) -> Path:
    paths = re.findall(rf"(/\S+{name}\S*\{suffix})", out)
    assert paths, out
    return Path(paths[-1])


async def test_roster_link_event_adoption_record_and_both_exports(sqlite_url, tmp_path):
    files = tmp_path / "files"
    out = await chat(sqlite_url, IMPORT, files)
    assert "新增 20 人" in out
    links = load_workbook(saved(out, ".xlsx", "委员邀请链接")).active
    link = next(row[2] for row in links.iter_rows(values_only=True) if row[0] == "张伟").rsplit("start=", 1)[1]

    out = await chat(sqlite_url, YEAR.replace("LINK", link), files)
    assert "新的注册申请" not in out  # joined by the link: no approval step
    assert "签到成功" in out and "SQMY-2026-0001" in out
    record = out[out.rindex("2026年履职档案（张伟）"):]
    # 参加 学习 5 + 报送 2 + 市政协采用 5 (the shipped [records] weights)
    assert "参加活动 1 次（学习 1）" in record and "报送 1 篇" in record and "市政协 1" in record
    assert "积分 12 分" in record
    assert "今年还没有报送社情民意" not in record

    book = load_workbook(saved(out, ".xlsx", "委员履职档案"))
    rows = list(book[texts.RECORD_XLSX_SUMMARY_SHEET].iter_rows(values_only=True))
    zhang = dict(zip(rows[0], next(r for r in rows if r[0] == "张伟")))
    assert zhang["积分"] == 12 and zhang["界别"] == "经济界" and zhang["专委会"] == "经济委员会"
    report = docx.Document(str(saved(out, ".docx", "履职情况通报")))
    text = "\n".join(p.text for p in report.paragraphs)
    assert re.search(r"1 位委员共参加各类活动 1 人次.*报送社情民意 1 篇，被采用 1 篇次", text), text
