"""问卷调查's "done when", as two runs of `run_bot.py chat` on one database (the second as after a restart).

An admin sends a named poll and an anonymous survey to 经济委员会; 李四 changes his vote and stops the
survey halfway; after the restart he finishes it; the admin sees the results with the chart, reminds
王五, and exports both.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.test_chat_session import run_chat

SCRIPTS = Path(__file__).resolve().parent / "scripts"


def test_named_poll_and_anonymous_survey_in_the_chat_session(tmp_path):
    files = tmp_path / "files"
    first = run_chat(tmp_path, (SCRIPTS / "polls_done_when.txt").read_text(encoding="utf-8"), "--files", str(files))
    assert first.returncode == 0, first.stderr
    assert "无法执行" not in first.stdout, first.stdout
    assert "📊 投票（实名，单选）" in first.stdout and "(2) 海洋经济  0 票" in first.stdout
    assert "第 2 / 4 题" in first.stdout and "问卷已提交" not in first.stdout

    second = run_chat(tmp_path, (SCRIPTS / "polls_done_when_2.txt").read_text(encoding="utf-8"), "--files", str(files))
    out = second.stdout
    assert second.returncode == 0, second.stderr
    assert "无法执行" not in out, out
    assert "问卷已提交" in out
    assert "海洋经济：1 票（50%）" in out and "营商环境：1 票（50%）" in out  # 李四's changed vote, 王五's
    assert "希望多安排分组讨论" in out and "平均 4.0 分" in out and "未作答（1 人）：王五" in out
    assert "结果图" in out and "已提醒 1 位未作答的委员" in out
    assert "提醒：您还没有填写问卷《学习培训满意度调查》" in out
    exports = sorted(files.glob("*.xlsx"))
    assert [p.name.split("_")[2] for p in exports] == ["投票", "问卷"]  # chat_message_name
    poll_rows = [[c for c in row if c is not None] for row in load_workbook(exports[0])["第1题"].iter_rows(values_only=True)]
    assert ["李四", "海洋经济"] in poll_rows and ["王五", "营商环境"] in poll_rows
    survey = load_workbook(exports[1])
    assert not any("李四" in str(c) for ws in survey for row in ws.iter_rows(values_only=True) for c in row)
