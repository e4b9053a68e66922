"""Benchmark of the knowledge Q&A engine (``make bench-qa``).

Scenarios, each in its own subprocess so that peak RSS is its own:
  report-cold   build the index of the bundled report from nothing
  report-warm   start up again from the cached index; answer latency
  corpus-1000   1 000 generated documents (~5 MB): build time, latency
  shelf         the bundled report beside the tuning reports of bench/qa/documents (38; a
                committee's shelf: each report also read on its own, each_alone.py): latency

Targets: report p95 ≤ 10 ms, warm start-up well under 3 s; corpus p95 ≤
50 ms, build ≤ 20 s, peak RSS ≤ 400 MB; shelf p95 ≤ 150 ms.  Prints a table; exit code 1 when
a target is missed.  Then the generalisation bench (bench/qa/generalisation.py):
per document, in-scope right and out-of-scope declined, first run and now.
"""

from __future__ import annotations

import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPORT_DIR = ROOT / "data" / "knowledge"
QUESTIONS = ROOT / "tests" / "knowledge" / "qa_questions.jsonl"
DEV = ROOT / "tests" / "knowledge" / "qa_dev.jsonl"

TARGETS = {
    "report-warm": {"p95_ms": 10.0, "startup_s": 3.0},
    "report-cold": {"startup_s": 3.0},
    "corpus-1000": {"p95_ms": 50.0, "build_s": 20.0, "rss_mb": 400.0},
    "shelf": {"p95_ms": 150.0},
}


def _questions() -> list[str]:
    items = []
    for path in (DEV, QUESTIONS):
        with open(path, encoding="utf-8") as handle:
            items += [json.loads(line)["q"] for line in handle if line.strip()]
    return items


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _latencies(kb, questions: list[str]) -> list[float]:
    for question in questions[:5]:
        kb.answer(question)  # warm-up: lazy dictionaries, caches
    timings = []
    for question in questions:
        start = time.perf_counter()
        kb.answer(question)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


# ---------------------------------------------------------------- corpus

_NAMES = ["李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏", "徐峰", "孙悦", "马骏", "朱琳", "胡斌", "郭娜"]
_CITIES = ["青岛", "烟台", "潍坊", "威海", "日照", "临沂", "淄博", "济宁"]


def generate_corpus(directory: Path, count: int = 1000, target_bytes: int = 4_000_000) -> int:
    """Write ``count`` documents made by recombining the report's sentences
    with other numbers, names, cities and years.  Deterministic."""
    sys.path.insert(0, str(ROOT))
    from bot.knowledge.documents import load_document, split_passages

    report = load_document(REPORT_DIR / "qingdao-cppcc-2020-report.txt")
    passages = split_passages(report)
    sentences = [s for p in passages for s in p.sentences if len(s) > 15]
    headings = sorted({p.section for p in passages if p.section != report.title})
    names = sorted({n for n in re.findall(r"杨军|姜巧珍|王清宪|王晓青|薄涛|彭建|郭振栋|张永友|王宏|刘明辉|张国俊", report.text)})
    per_doc = target_bytes // count
    total = 0
    for number in range(count):
        rng = random.Random(number)
        year = rng.randint(2012, 2025)
        city = rng.choice(_CITIES)

        def vary(sentence: str) -> str:
            sentence = re.sub(r"\d+(?:\.\d+)?", lambda m: str(max(1, int(float(m.group()) * rng.uniform(0.5, 1.8)))), sentence)
            for name in names:
                if name in sentence:
                    sentence = sentence.replace(name, rng.choice(_NAMES))
            return sentence.replace("青岛", city).replace("2020年", f"{year}年")

        lines = [f"{city}市政协{year}年履职工作纪实{number}", ""]
        size = 0
        while size < per_doc:
            lines.append(rng.choice(headings).replace("青岛", city))
            for _ in range(rng.randint(2, 4)):
                paragraph = "".join(vary(rng.choice(sentences)) for _ in range(rng.randint(2, 4)))
                lines.append(paragraph)
                size += len(paragraph.encode("utf-8"))
            lines.append("")
        text = "\n".join(lines)
        total += len(text.encode("utf-8"))
        (directory / f"doc-{number:04d}.txt").write_text(text, encoding="utf-8")
    return total


# ---------------------------------------------------------------- scenarios


def scenario(name: str, work: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    from bot.knowledge.public import KnowledgeBase

    result: dict = {"scenario": name}
    questions = _questions()
    if name in ("report-cold", "report-warm"):
        kb = KnowledgeBase.from_directory(REPORT_DIR, work / "cache").warm_up()  # as the bot loads it
        kb.answer("工作小分队有几支")  # start-up ends with the first answer
        result["startup_s"] = time.perf_counter() - started
        result["built"] = kb.index.built
        if name == "report-warm":
            timings = _latencies(kb, questions)
            result.update(p50_ms=_percentile(timings, 0.5), p95_ms=_percentile(timings, 0.95), questions=len(timings))
    elif name == "shelf":
        from bot.knowledge.public import load_document

        paths = sorted(REPORT_DIR.glob("*.txt")) + sorted((ROOT / "bench" / "qa" / "documents").glob("*.txt"))
        start = time.perf_counter()
        kb = KnowledgeBase([load_document(p) for p in paths], work / "shelf-cache").warm_up()
        result["build_s"] = time.perf_counter() - start
        result["passages"] = kb.index.size
        timings = _latencies(kb, questions)
        result.update(p50_ms=_percentile(timings, 0.5), p95_ms=_percentile(timings, 0.95), questions=len(timings))
    else:
        corpus = work / "corpus"
        start = time.perf_counter()
        kb = KnowledgeBase.from_directory(corpus, work / "corpus-cache").warm_up()  # as the bot loads it
        result["build_s"] = time.perf_counter() - start
        result["passages"] = kb.index.size
        timings = _latencies(kb, questions)
        result.update(p50_ms=_percentile(timings, 0.5), p95_ms=_percentile(timings, 0.95), questions=len(timings))
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--scenario":
        name, work = sys.argv[2].split(":", 1)
        print(json.dumps(scenario(name, Path(work))))
        return 0
    work = Path(tempfile.mkdtemp(prefix="bench-qa-"))
    try:
        (work / "corpus").mkdir()
        start = time.perf_counter()
        size = generate_corpus(work / "corpus")
        print(f"generated 1000 documents, {size / 1e6:.1f} MB, in {time.perf_counter() - start:.1f} s")
        rows = []
        for name in ("report-cold", "report-warm", "corpus-1000", "shelf"):
            output = subprocess.run(
                [sys.executable, __file__, "--scenario", f"{name}:{work}"],
                check=True, capture_output=True, text=True, cwd=ROOT,
            ).stdout
            rows.append(json.loads(output.strip().splitlines()[-1]))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    failed = False
    print(f"{'scenario':<13} {'start-up s':>10} {'build s':>8} {'p50 ms':>7} {'p95 ms':>7} {'RSS MB':>7}  verdict")
    for row in rows:
        target = TARGETS[row["scenario"]]
        misses = [k for k, limit in target.items() if row.get(k, 0) > limit]
        failed |= bool(misses)

        def cell(key, fmt):
            return format(row[key], fmt) if key in row else "-"

        print(
            f"{row['scenario']:<13} {cell('startup_s', '10.2f')} {cell('build_s', '8.2f')} "
            f"{cell('p50_ms', '7.2f')} {cell('p95_ms', '7.2f')} {cell('rss_mb', '7.0f')}  "
            + ("ok" if not misses else "MISSED " + ", ".join(misses))
        )
    print()
    # The held-out final check is loaded only once its one untouched run is recorded in first_run.json
    # (python bench/qa/generalisation.py --final, at the end of a round); before that, the tuning documents.
    generalisation = [sys.executable, str(Path(__file__).with_name("generalisation.py"))]
    if _final_check_recorded():
        generalisation.append("--final")
    else:
        print("held-out final check not run yet (its one run: python bench/qa/generalisation.py --final)")
    subprocess.run(generalisation, check=True, cwd=ROOT)
    return 1 if failed else 0


def _final_check_recorded() -> bool:
    """Whether every held-out document's first run is in first_run.json."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generalisation import FIRST_RUN, heldout_stems

    recorded = json.loads(FIRST_RUN.read_text(encoding="utf-8")).get("together", {}) if FIRST_RUN.exists() else {}
    return set(heldout_stems()) <= set(recorded)

if __name__ == "__main__":
    sys.exit(main())
