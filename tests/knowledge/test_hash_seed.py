"""A member gets the same answer whichever process serves them: answers must not depend on
PYTHONHASHSEED (the order a set of strings is iterated in).  A word's synonyms are a set, and
several of them have the same length (社情民意信息, 社情民意, 民意信息, 民情信息, 社情, 民意, 民情):
which one a rule tries first decided whether 报送社情民意信息19篇 counts the 社情民意 asked for
(社情民意 + 信息 read as another noun it modifies) or 民情信息9条 beside it answered instead.
A small shelf of our own is answered in subprocesses under three hash seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = r'''
import json, sys, tempfile
from pathlib import Path
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

A = """云溪县政协农业和农村界别2022年工作总结

2022年，界别全体委员围绕乡村振兴履职尽责。全年界别组织集中活动12次，提交提案21件，报送社情民意信息33条。

一、社情民意信息工作
全年报送社情民意信息33条，比上年的24条增长37.5%。其中反映农村民生的民情信息14条，反映产业发展的民意信息11条。被县政协采用20条，被市政协采用6条，获县领导批示3条。

二、提案工作
界别委员提交提案21件，立案19件，其中集体提案4件。关于农村饮水安全的提案被列为重点提案。

三、明年打算
力争报送社情民意信息不少于40条，提交提案不少于25件。
"""
B = """石湾区政协社会福利和社会保障界别2021年工作总结

一年来，界别委员深入社区调研，报送社情民意信息27篇，被区政协采用18篇。

一、建言献策
全年提交提案16件，其中集体提案3件。报送民情信息9条，反映养老服务、残疾人就业等问题；报送民意信息8条。上年界别报送社情民意信息19篇。

二、视察调研
组织视察2次、专题调研4项，形成调研报告4篇。
"""
C = """柏川市政协文化文史和学习委员会2023年工作总结

一、文史工作
编辑出版文史资料2辑，征集史料文章46篇。

二、社情民意
委员会报送社情民意信息15篇，其中民意信息6条被市政协采用，民情信息4条获市领导批示。2022年委员会报送社情民意信息12条。

三、协商议政
组织专题协商活动3场，对口协商2次。
"""
kb = KnowledgeBase([document_from_text(n, t) for n, t in (("yunxi.txt", A), ("shiwan.txt", B), ("baichuan.txt", C))],
                   Path(tempfile.mkdtemp()) / "kb")
print(json.dumps({q: kb.answer(q).text for q in json.loads(sys.argv[1])}, ensure_ascii=False))
'''

_QUESTIONS = [
    "2021年界别报了多少条社情民意", "上年界别报了多少条社情民意", "去年报送了多少条社情民意",
    "报了多少条民意信息", "报了多少条民情信息", "界别报了多少条社情民意", "社情民意被采用了多少条",
    "云溪县界别报了多少条民情", "石湾区界别报了几条民意", "柏川市政协报了多少条社情民意",
    "2022年委员会报送了多少条社情民意", "获领导批示几条", "提交了多少件提案", "集体提案有几件",
    "组织了几场协商活动", "社情民意信息比上年增长多少",
]


def _answers_under_seeds(seeds: tuple[str, ...]) -> list[dict[str, str]]:
    """The shelf's answers in one fresh interpreter per seed, run side by side."""
    runs = [subprocess.Popen([sys.executable, "-c", _SCRIPT, json.dumps(_QUESTIONS, ensure_ascii=False)], cwd=_ROOT,
                             env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(_ROOT)},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for seed in seeds]
    answers = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        answers.append(json.loads(out.strip().splitlines()[-1]))
    return answers


def test_answers_do_not_depend_on_the_hash_seed():
    first, *others = _answers_under_seeds(("0", "1", "2"))
    for other in others:
        assert [q for q in _QUESTIONS if first[q] != other[q]] == []
    # 报送社情民意信息19篇 counts the 社情民意 asked for (its 信息 is no other noun), not 民情信息9条.
    assert first["2021年界别报了多少条社情民意"].startswith("答：19篇")
