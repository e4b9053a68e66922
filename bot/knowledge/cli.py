"""The ``ask`` command of run_bot.py: ask the knowledge base from a shell.

    ask "问题"                     the answer as a member reads it
    ask --json "问题"              one JSON object
    ask --json --batch FILE        JSON lines {"id", "q"} in, one JSON line out each

The JSON shapes are a contract:
{"answered": bool, "answer": str, "sources": [{"document", "section", "text"}],
 "confidence": float} (+ "id" in batch mode).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from .answer import Answer
from .knowledge_base import KnowledgeBase

__all__ = ["run_ask", "answer_json"]


def answer_json(answer: Answer) -> dict:
    return {
        "answered": answer.answered,
        "answer": answer.text,
        "sources": [{"document": s.document, "section": s.section, "text": s.text} for s in answer.sources],
        "confidence": float(answer.confidence),
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="run_bot.py ask", description="Ask the knowledge base a question.")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--batch", metavar="FILE", help='JSON lines {"id": ..., "q": ...}; needs --json')
    parser.add_argument("question", nargs="*", help="the question")
    return parser


def run_ask(argv: list[str], kb: KnowledgeBase, out: TextIO = sys.stdout) -> int:
    """Run the ask command; returns the process exit code."""
    argv = list(argv)
    if argv and argv[0] == "ask":
        argv = argv[1:]
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.batch:
        if not args.json:
            print("--batch needs --json", file=sys.stderr)
            return 2
        try:
            handle = open(args.batch, encoding="utf-8")
        except OSError as error:
            print(f"cannot read {args.batch}: {error.strerror}", file=sys.stderr)
            return 2
        status = 0
        with handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    question = str(item["q"])
                except (ValueError, KeyError, TypeError):
                    print(f"{args.batch}:{number}: not a JSON line with \"q\"", file=sys.stderr)
                    status = 1
                    continue
                record = {"id": item.get("id")}
                record.update(answer_json(kb.answer(question)))
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        return status
    question = " ".join(args.question).strip()
    if not question:
        parser.print_usage(sys.stderr)
        return 2
    answer = kb.answer(question)
    if args.json:
        out.write(json.dumps(answer_json(answer), ensure_ascii=False) + "\n")
    else:
        out.write(answer.text + "\n")
    out.flush()
    return 0
