"""A missing index is built by a child process, so the bot's own process never holds bm25s and numpy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("东岭市政协2022年提案工作报告\n\n一、提案办理\n\n"
        "截至12月20日，共收到提案530件，经审查立案488件，并案处理12件。\n\n"
        "常委会从立案提案中遴选出12件重点提案，由市领导领衔督办。\n")

# Run in a fresh interpreter: in the test process other tests have imported bm25s already.
SCRIPT = """
import json, sys
from pathlib import Path
from bot.knowledge.documents import SourceDocument
from bot.knowledge.knowledge_base import KnowledgeSettings
from bot.qa import open_knowledge_base

text, cache = sys.argv[1], sys.argv[2]
kb = open_knowledge_base([SourceDocument("东岭", "东岭市政协2022年提案工作报告", "2022", text)], cache,
                         KnowledgeSettings())
print(json.dumps({"answer": kb.answer("提案立案了多少件").text, "built_here": kb.index.built,
                  "bm25s": "bm25s" in sys.modules, "numpy": "numpy" in sys.modules}))
"""


def _open(cache: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", SCRIPT, TEXT, str(cache)], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_start_builds_in_a_child_and_loads_the_cache_like_later_starts(tmp_path):
    first = _open(tmp_path)
    assert first["answer"].startswith("答：488件")
    assert not first["built_here"] and not first["bm25s"] and not first["numpy"]
    assert list(tmp_path.glob("index-*/meta.json"))  # the child cached it
    again = _open(tmp_path)
    assert again == first


def test_when_the_child_fails_the_process_builds_the_index_itself(tmp_path, monkeypatch):
    from bot.knowledge import child_build
    from bot.knowledge.documents import SourceDocument
    from bot.knowledge.knowledge_base import KnowledgeSettings
    from bot.qa import open_knowledge_base

    monkeypatch.setattr(child_build.sys, "executable", str(tmp_path / "no-such-python"))
    kb = open_knowledge_base([SourceDocument("东岭", "东岭市政协2022年提案工作报告", "2022", TEXT)], tmp_path,
                             KnowledgeSettings())
    assert kb.index.built and kb.answer("提案立案了多少件").text.startswith("答：488件")
