"""Checks the together notes: every line with together_answers is an out-of-scope question whose answers each
stand verbatim in at least one OTHER tuning document or the bundled report, with a together_note after them.
Run from the repo root: python3 bench/qa/check_together.py"""
import json, sys
from pathlib import Path
root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
docs = {p.stem: p.read_text(encoding="utf-8") for p in (root / "bench/qa/documents").glob("*.txt")}
bundled = {"bundled:" + p.stem: p.read_text(encoding="utf-8") for p in (root / "data/knowledge").glob("*.txt")}
bad = lines = answers = 0
for qfile in sorted((root / "bench/qa/questions").glob("*.jsonl")):
    stem = qfile.stem
    for n, raw in enumerate(qfile.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        item = json.loads(raw)
        if "together_answers" not in item:
            continue
        lines += 1
        if item["kind"] != "out_of_scope" or item["answers"] or not item.get("together_note") or not item["together_answers"]:
            print(f"BAD shape {stem}:{n} {item['id']}"); bad += 1
        if list(item)[-2:] != ["together_answers", "together_note"]:
            print(f"BAD key order {stem}:{n} {item['id']}"); bad += 1
        for ans in item["together_answers"]:
            answers += 1
            where = [s for s, t in {**docs, **bundled}.items() if s != stem and ans in t]
            if not where:
                print(f"BAD {stem}:{n} {item['id']} {ans!r} stands in no other document"); bad += 1
print(f"{lines} lines, {answers} answers checked, {bad} problems")
sys.exit(1 if bad else 0)
