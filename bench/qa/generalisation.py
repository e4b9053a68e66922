"""The generalisation bench of the Q&A (part of ``make bench-qa``).

Fictitious committee documents of the four genres committees publish
(bench/qa/documents/), each with questions written before the engine was
tuned on it (bench/qa/questions/, same stem; a quarter out of scope).  Each
document is scored alone and all of them together with the bundled report:
in scope, the right fact must stand in the first line of the answer; out of
scope, the bot must decline.  A question written out of scope for its own document
that another tuning document answers (``together_answers``, with a ``together_note``
naming the sentence) counts as a fact question when all are loaded together.

The first-run figures (the engine as it was before any work on these
documents) are kept in bench/qa/first_run.json and printed beside today's.
bench/qa/heldout/ (documents/ and questions/, same layout) holds the final
check(s) of the current round of work on generalisation (today 松岭's 专委会 summary, written in the twentieth round, and 鲈州's
民主评议 report of 2024, written in the fiftieth round): a document whose
questions were written without running the engine on it or reading the
engine's code, never loaded by the tuning loop — not even into the
"together" knowledge base — and whose failures nobody reads while tuning
(``--show-failures`` skips it unless named).  Only ``--final`` loads it (alone and together with
everything else); its first run is recorded in first_run.json once, the
first time, and never overwritten.  Earlier final checks (青禾 教育界别 2024,
second round; 南渚 常委会 2025, fourth round; 鹭原 提案 2023, fifth; 岚溪 专委会
2022, sixth; 檀源 履职纪实 2024, seventh; 蓉浦 常委会 2016, eighth; 棠岭 提案 2017, ninth; 栖梧 人口资源环境委员会 2021, tenth; 枫塘 农业和农村界别 2019, eleventh; 柳泽县 履职纪实 2020, twelfth; 澜湾市 常委会 2021, thirteenth; 柏岑市 提案 2018, fourteenth; 鹤泉县 文化文史和学习委员会 2023, fifteenth; 梓岭市 医药卫生界别 2023, sixteenth; 澄湾市 履职纪实 2021, seventeenth; 鹤屿市 常委会 2024, eighteenth; 杉沅市 提案 2024, nineteenth; 霁川市 视察报告 2024, twenty-ninth; 菱峤区 提案 2019, thirty-second; 芷川区 委员工作室 2021, thirty-third; 汶桥市 机关工作总结 2023, thirty-fourth; 榆峤市 宣传信息工作总结 2020, thirty-fifth; 沭源市 委员履职培训工作总结 2021, thirty-sixth; 岫宁市 理论研究会工作总结 2019, thirty-seventh; 湔宁市 数字政协建设情况报告 2022, thirty-eighth; 滃州市 托育服务专题协商会纪要 2025, thirty-ninth; 涴州市 文史资料征集编研工作总结 2018, fortieth; 溇阳市 年度协商工作计划 2024, forty-first; 淓川市 委员联络服务工作报告 2023, forty-second; 鄘棠县 委员读书活动总结 2022, forty-third; 峣州市 换届工作总结 2021, forty-fourth; 晅塘县 助力乡村振兴工作总结 2023, forty-fifth; 筠潭市 港澳台侨和外事工作总结 2022, forty-sixth; 缃城市 委员志愿服务工作总结 2024, forty-seventh; 骅阳市 联系界别群众工作总结 2023, forty-eighth; 鹂州市 委员会客厅活动工作总结 2025, forty-ninth) were run and their failure categories were read, so they now sit
with the tuning documents; their first-run figures stay in first_run.json under
their stems.

    python bench/qa/generalisation.py [--final] [--record-first-run] [--only STEM[,STEM…]] [--alone]
                                      [--beside] [--show-failures [STEM[,STEM…]]] [--cap N]

``--only`` scores just the named documents (the "together" knowledge base still holds every
document) and ``--alone`` skips the together scoring: quick runs while working on one report;
``--alone`` records no first run (``--only`` with ``--record-first-run`` records just the documents it names).  ``--beside`` also scores each document loaded beside the bundled report
only (as a committee adds its new report to the bot's shelf): a third mode, printed and never recorded.
``--cap N`` scores with the shelf's cap lowered to N reports (each report read on its own up to N; past it, for each
question, the N reports the shared index ranks highest): how a shelf past the cap reads; never recorded.

``--record-first-run`` adds the figures of documents not yet in first_run.json
(a new tuning document, scored once before any work on it) and leaves the
recorded ones as they are.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE / "documents"
QUESTIONS = HERE / "questions"
HELDOUT = HERE / "heldout"
FIRST_RUN = HERE / "first_run.json"
REPORT_DIR = ROOT / "data" / "knowledge"
TARGETS = {"in_scope": 0.95, "out_of_scope": 0.90}


def load_questions(stem: str) -> list[dict]:
    folder = QUESTIONS if (QUESTIONS / f"{stem}.jsonl").exists() else HELDOUT / "questions"
    with open(folder / f"{stem}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def is_right(answer, item: dict) -> bool:
    if item["kind"] == "out_of_scope":
        return not answer.answered
    if not answer.answered:
        return False
    first_line = answer.text.split("\n", 1)[0]
    return any(stands_in(expected, first_line) for expected in item["answers"])


def stands_in(expected: str, line: str) -> bool:
    """Whether ``expected`` stands in ``line`` as a whole figure: 5次 is not read inside 15次, nor 2.5个百分点
    inside 12.5个百分点 (an answer of another amount that merely ends in the same digits is wrong)."""
    start = line.find(expected)
    while start >= 0:
        before = line[start - 1] if start else ""
        after = line[start + len(expected):start + len(expected) + 1]
        if not (expected[0].isdigit() and (before.isdigit() or before == ".")) and \
                not (expected[-1].isdigit() and (after.isdigit() or after == ".")):
            return True
        start = line.find(expected, start + 1)
    return False


def as_together(item: dict) -> dict:
    """An out-of-scope question that another document loaded together answers (its
    ``together_answers``, checked against that document's text) is a fact question there."""
    if item["kind"] == "out_of_scope" and item.get("together_answers"):
        return {**item, "kind": "fact", "answers": item["together_answers"]}
    return item


def score(kb, items: list[dict]) -> dict:
    inscope = [i for i in items if i["kind"] != "out_of_scope"]
    outside = [i for i in items if i["kind"] == "out_of_scope"]
    failures = []
    right_in = right_out = 0
    for item in items:
        answer = kb.answer(item["q"])
        ok = is_right(answer, item)
        if item["kind"] == "out_of_scope":
            right_out += ok
        else:
            right_in += ok
        if not ok:
            failures.append((item["id"], item["q"], item["answers"], answer.text.split("\n", 1)[0]))
    return {"in_scope": [right_in, len(inscope)], "out_of_scope": [right_out, len(outside)], "failures": failures}


def heldout_stems() -> list[str]:
    return sorted(p.stem for p in (HELDOUT / "documents").glob("*.txt"))


def document_paths(final: bool = False) -> dict[str, Path]:
    """Stem → document file; the held-out folder only with ``final``."""
    paths = {p.stem: p for p in sorted(DOCUMENTS.glob("*.txt"))}
    if final:
        paths.update({p.stem: p for p in sorted((HELDOUT / "documents").glob("*.txt"))})
    return paths


def stems(final: bool = False) -> list[str]:
    return sorted(document_paths(final))


def run(final: bool = False, only: list[str] | None = None, alone_only: bool = False,
        beside: bool = False) -> dict:
    sys.path.insert(0, str(ROOT))
    from bot.knowledge.public import KnowledgeBase, load_document

    documents = {stem: load_document(path) for stem, path in document_paths(final).items()}
    bundled = [load_document(p) for p in sorted(REPORT_DIR.glob("*.txt"))]
    results: dict = {"alone": {}, "together": {}, **({"beside": {}} if beside else {})}
    with tempfile.TemporaryDirectory(prefix="bench-qa-gen-") as work:
        together = None if alone_only else KnowledgeBase(bundled + list(documents.values()), Path(work) / "all")
        for stem, document in documents.items():
            if only and stem not in only:
                continue
            items = load_questions(stem)
            alone = KnowledgeBase([document], Path(work) / stem)
            results["alone"][stem] = score(alone, items)
            if beside:
                pair = KnowledgeBase(bundled + [document], Path(work) / f"{stem}-beside")
                results["beside"][stem] = score(pair, items)
            if together is not None:
                results["together"][stem] = score(together, [as_together(i) for i in items])
    return results


def _percent(pair: list[int]) -> str:
    right, total = pair
    return f"{right}/{total} {100 * right / total:5.1f}%" if total else "-"


def print_table(results: dict, first: dict | None) -> bool | None:
    """Prints the table; True when every document meets the targets loaded together, None when
    nothing was scored together (``--alone``: the targets are not judged on alone figures)."""
    met = True if results.get("together") else None
    print(f"{'document':<36} {'mode':<9} {'in scope right':>18} {'first run':>18} "
          f"{'out of scope declined':>22} {'first run':>18}")
    for mode in results:
        for stem, now in results[mode].items():
            before = (first or {}).get(mode, {}).get(stem, {})
            name = stem + (" (final)" if stem in heldout_stems() else "")
            print(f"{name:<36} {mode:<9} {_percent(now['in_scope']):>18} {_percent(before.get('in_scope', [0, 0])):>18} "
                  f"{_percent(now['out_of_scope']):>22} {_percent(before.get('out_of_scope', [0, 0])):>18}")
            if mode == "together":
                for key, target in TARGETS.items():
                    right, total = now[key]
                    met = met and (total == 0 or right / total >= target)
    return met


def main(argv: list[str]) -> int:
    final = "--final" in argv
    only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else None
    # A document's figures do not depend on which others are scored (the together knowledge base holds every
    # document either way), so a first run may be recorded from an ``--only`` run; never from ``--alone``.
    quick = "--alone" in argv or "--cap" in argv
    if "--cap" in argv:
        # The shelf's cap lowered to N: each report read on its own up to N reports, past it only the N the shared
        # index ranks highest for each question (bot/knowledge/own_answerers.py): how a shelf past the cap reads,
        # measured on the bench's own shelf.  Never recorded as a first run.
        sys.path.insert(0, str(ROOT))
        import bot.knowledge.each_alone as each_alone
        each_alone.EACH_ALONE_UP_TO = int(argv[argv.index("--cap") + 1])
    results = run(final, only, "--alone" in argv, "--beside" in argv)
    first = json.loads(FIRST_RUN.read_text(encoding="utf-8")) if FIRST_RUN.exists() else None
    figures = {mode: {stem: {k: v for k, v in r.items() if k != "failures"} for stem, r in per.items()}
               for mode, per in results.items()}
    if ("--record-first-run" in argv or final) and not quick:
        # A first run is recorded once per document, the first time it is scored, and
        # never overwritten: only stems not yet in first_run.json are added (the
        # held-out ones only by --final, which loads them).
        first = first or {}
        candidates = heldout_stems() if "--record-first-run" not in argv else list(figures["together"])
        fresh = [s for s in candidates if s in figures["together"] and s not in first.get("together", {})]
        for mode in ("alone", "together"):
            for stem in fresh:
                first.setdefault(mode, {})[stem] = figures[mode][stem]
        if fresh:
            FIRST_RUN.write_text(json.dumps(first, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print("first run recorded for:", ", ".join(fresh))
    met = print_table(results, first)
    if "--show-failures" in argv:
        # stems after the flag, each alone or comma-joined as --only takes them
        named = [stem for word in argv[argv.index("--show-failures") + 1:] for stem in word.split(",")]
        for mode in results:
            for stem, result in results[mode].items():
                if (named and stem not in named) or (not named and stem in heldout_stems()):
                    continue
                for failure in result["failures"]:
                    print(mode, stem, *failure, sep=" | ")
    verdict = "not judged (nothing scored together)" if met is None else "met" if met else "not met yet"
    print("targets (together): in scope ≥ 95 %, out of scope ≥ 90 % —", verdict)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
