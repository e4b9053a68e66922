"""Temporary runner for trying the Q&A engine by hand (not part of the bot)."""
import sys
from pathlib import Path

from bot.knowledge.knowledge_base import KnowledgeBase
from bot.knowledge.cli import run_ask

if __name__ == "__main__":
    kb = KnowledgeBase.from_directory(Path("data/knowledge"), Path("var/qa-cache"))
    sys.exit(run_ask(sys.argv[1:], kb))
