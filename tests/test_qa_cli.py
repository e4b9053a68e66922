"""`run_bot.py ask` and `kb`: the command-line contract, checked from outside."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "knowledge" / "qa_dev.jsonl"


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "ADMIN_IDS"))}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    return subprocess.run([sys.executable, "run_bot.py", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


def test_ask_json_prints_one_object_of_the_contract_shape(tmp_path):
    result = cli(tmp_path, "ask", "--json", "社情民意信息去年编报了多少篇")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) == {"answered", "answer", "sources", "confidence"}
    assert answer["answered"] is True and "926" in answer["answer"]
    assert set(answer["sources"][0]) == {"document", "section", "text"}
    assert 0 <= answer["confidence"] <= 1


def test_ask_batch_answers_the_whole_dev_set(tmp_path):
    result = cli(tmp_path, "ask", "--json", "--batch", str(DEV))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    expected = {e["id"]: e for e in map(json.loads, DEV.read_text(encoding="utf-8").splitlines())}
    assert [r["id"] for r in rows] == list(expected)
    for row in rows:
        item = expected[row["id"]]
        if item["kind"] == "out_of_scope":
            assert row["answered"] is False, row
        else:
            assert row["answered"] and any(a in row["answer"] for a in item["answers"]), row


def test_ask_batch_asks_a_plain_text_line_as_written(tmp_path):
    batch = tmp_path / "mixed.txt"
    batch.write_text('{"id": "a", "q": "2020年提交了多少件提案"}\n\n去年社情民意编报了多少篇\n["不是对象"]\n',
                     encoding="utf-8")
    result = cli(tmp_path, "ask", "--json", "--batch", str(batch))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", 3, 4]
    assert rows[1]["answered"] and "926篇" in rows[1]["answer"]
    assert set(rows[2]) >= {"answered", "answer", "sources", "confidence"}


def test_ask_prints_the_answer_as_a_member_reads_it(tmp_path):
    result = cli(tmp_path, "ask", "工作小分队有几支")
    assert result.stdout.startswith("答：34支")


def test_kb_add_list_remove_and_faq(tmp_path):
    doc = tmp_path / "notice.md"
    doc.write_text("# 2026年委员读书活动\n\n全年组织委员读书活动15次，参加委员达到830人次。\n", encoding="utf-8")
    assert cli(tmp_path, "kb", "add", str(doc)).returncode == 0
    listing = cli(tmp_path, "kb", "list").stdout
    assert "notice.md" in listing and "qingdao-cppcc-2020-report.txt" in listing
    assert "15次" in json.loads(cli(tmp_path, "ask", "--json", "委员读书活动组织了几次").stdout)["answer"]
    assert cli(tmp_path, "kb", "remove", "notice.md").returncode == 0
    assert "notice.md" not in cli(tmp_path, "kb", "list").stdout
    bad = tmp_path / "fake.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    refused = cli(tmp_path, "kb", "add", str(bad))
    assert refused.returncode == 1 and "无法导入" in refused.stderr
    assert cli(tmp_path, "kb", "faq", "add", "学习会在哪里开", "市政协三楼会议室").returncode == 0
    assert "三楼" in json.loads(cli(tmp_path, "ask", "--json", "学习会在哪里开？").stdout)["answer"]
