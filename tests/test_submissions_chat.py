"""`run_bot.py chat` as a script: the issue's done-when scenario for 社情民意, end to end."""

from __future__ import annotations

from pathlib import Path

from tests.test_chat_session import run_chat

SCRIPT = (Path(__file__).resolve().parent / "scripts" / "submissions_done_when.txt").read_text(encoding="utf-8")


def test_the_submissions_scenario_runs_in_the_chat_session(tmp_path):
    script = SCRIPT.replace("@photo PHOTO", f"@photo {Path(__file__).resolve().parent / 'scripts' / 'photo.jpg'}")
    result = run_chat(tmp_path, script, "--as", "admin")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "无法执行" not in out
    assert "✅ 已提交！编号 SQMY-2026-0001" in out
    assert "✅ 王五 已同意联名《关于老旧小区加装电梯的建议》" in out
    assert "👍 已附议 SQMY-2026-0001" in out
    for status in ("已受理", "市政协采用", "报送省政协", "领导批示"):
        assert f"状态更新为：{status}" in out
    tail = out[out.rindex("📂 我的报送"):]
    assert "市政协采用 1 篇" in tail and "联名委员：王五" in tail and "附议：1 人（赵六）" in tail
    assert "王市长批示“请市住建局研究办理”" in tail
