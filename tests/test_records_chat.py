"""`run_bot.py chat` as a script: the 社情民意 done-when conversation, then the 履职档案 it produced —
the member's /record with its points, and the admin's /records exports saved as files that open
with the numbers of the conversation."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import openpyxl

from bot import texts
from tests.test_chat_session import run_chat
from tests.test_submissions_chat import SCRIPT

RECORDS = f"""
@as 2001 李四
>> {texts.MENU_RECORD}
@as 2003 赵六
我的履职积分
@as 9001 管理员
/record_add 王五 2026-10-20 大会发言 在全会上作大会发言
/records
> {texts.RECORDS_BTN_XLSX}
> {texts.RECORDS_BTN_DOCX}
"""


def test_the_record_of_the_submissions_conversation_in_the_chat_session(tmp_path):
    script = SCRIPT.replace("@photo PHOTO", f"@photo {Path(__file__).resolve().parent / 'scripts' / 'photo.jpg'}")
    result = run_chat(tmp_path, script + RECORDS, "--as", "admin", "--files", str(tmp_path / "files"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "无法执行" not in out
    li = out[out.rindex("2026年履职档案（李四）"):]
    # 报送 2 + 市政协采用 5 + 批示 10 (编入 is counted when the issue is published, not by a history note)
    assert "报送 1 篇" in li and "市政协 1" in li and "领导批示 1" in li
    assert "积分 17 分" in li
    zhao = out[out.rindex("2026年履职档案（赵六）"):]
    assert "附议 1" in zhao and "积分 1 分" in zhao and "今年还没有报送社情民意" in zhao
    assert "记录 #1：王五" in out

    files = {p.suffix: p for p in (tmp_path / "files").iterdir()}
    book = openpyxl.load_workbook(files[".xlsx"])
    rows = {r[0]: r for r in book[texts.RECORD_XLSX_SUMMARY_SHEET].iter_rows(values_only=True)}
    header = rows["姓名"]
    assert dict(zip(header, rows["李四"]))["积分"] == 17
    assert dict(zip(header, rows["王五"]))["积分"] == 6  # 联名 1 + 大会发言 5
    report = docx.Document(str(files[".docx"]))
    text = "\n".join(p.text for p in report.paragraphs)
    assert re.search(r"3 位委员共参加各类活动 0 人次.*报送社情民意 1 篇，被采用 1 篇次，获领导批示 1 次", text)
