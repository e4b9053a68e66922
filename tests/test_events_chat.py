"""`run_bot.py chat` as a script: the events issue's "done when" scenario, end to end on the real clock."""

from __future__ import annotations

import re

from tests.test_chat_session import run_chat

SCRIPT = """@as 9001 管理员
/start
@as 2001 李四
/start
李四
> 经济界
> 经济委员会
>> 跳过
@as 9001 管理员
> 通过
/newevent
> 学习
十一月理论学习会
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
@as 2001 李四
> 请假
外出调研
@as 9001 管理员
> 同意
@as 2001 李四
> 参加
@advance 1m
> 签到
@as 9001 管理员
/events
> 1. 十一月理论学习会
> 出席名单
> 导出签到表
"""


def test_study_session_script_notice_leave_attend_reminder_once_check_in_export(tmp_path):
    result = run_chat(tmp_path, SCRIPT, "--as", "admin")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "无法执行" not in out
    assert out.count("📢 活动通知") == 1
    assert "请假申请" in out and "事由：外出调研" in out and "已同意（管理员）" in out
    assert "已撤回" in out
    assert out.count("⏰ 活动提醒：1分钟后开始") == 1
    assert "签到成功" in out
    assert "参加 1 · 请假 0 · 未回复 0 · 已签到 1" in out
    assert re.search(r"📎 签到表_十一月理论学习会_\d{8}\.xlsx", out)   # named after the event and its day
