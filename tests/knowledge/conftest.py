"""Shared fixtures and helpers: one knowledge base over the bundled report per test run, and the
first line of an answer a test expects to be given."""

import json
from pathlib import Path

import pytest

from bot.knowledge.public import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def kb(tmp_path_factory) -> KnowledgeBase:
    return KnowledgeBase.from_directory(ROOT / "data" / "knowledge", tmp_path_factory.mktemp("qa-cache"))


def load_questions(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def first_line(kb: KnowledgeBase, question: str) -> str:
    """The first line of the answer to ``question``, which must be answered, not declined."""
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]
