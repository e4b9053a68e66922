"""Shared fixtures: one knowledge base over the bundled report per test run."""

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
