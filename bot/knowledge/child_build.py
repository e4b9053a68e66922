"""Build a missing index cache in a child process, so the bot's own process stays small.

Building the index imports bm25s and numpy (scipy-style sparse matrices) and leaves
them, and the building's garbage, in the process for good: a bot that built its own
index on its first start (or after an admin added a document) idled at 124 MB, one that
loaded the cache at 102 MB. The bot therefore has a child process (a fresh interpreter,
`python -m bot.knowledge.child_build`, the documents pickled on its stdin) build and cache
the index, waits for it, then loads the cache like any later start. (Not multiprocessing's
"spawn": it re-runs the parent's main script, which breaks a script without a main guard.) If the child fails for any reason the
caller builds in its own process as before: slower to leave memory, never a missing answer.
"""

from __future__ import annotations

import logging
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Sequence

from .documents import SourceDocument
from .index import PassageIndex
from .segment import Segmenter

log = logging.getLogger(__name__)
_PROJECT_ROOT = Path(__file__).resolve().parents[2]


def build_in_child(documents: Sequence[SourceDocument], cache_dir: Path) -> bool:
    """Make sure the index of `documents` is cached in `cache_dir`, built by a child process
    when it is not; True when the cache is there afterwards. Blocking: call it off the event loop."""
    cache_dir = Path(cache_dir)
    if PassageIndex.is_cached(documents, cache_dir):
        return True
    try:
        child = subprocess.run(
            [sys.executable, "-m", "bot.knowledge.child_build", str(cache_dir.resolve())],
            input=pickle.dumps(list(documents)), cwd=_PROJECT_ROOT, capture_output=True, check=False)
    except OSError:
        log.warning("could not start a child process to build the knowledge index; building here", exc_info=True)
        return False
    if child.returncode != 0:
        log.warning("building the knowledge index in a child process failed (exit code %s); building here: %s",
                    child.returncode, child.stderr.decode("utf-8", "replace")[-2000:])
        return False
    return PassageIndex.is_cached(documents, cache_dir)


def _main() -> None:
    """In the child: build and cache the index of the documents on stdin (saved atomically)."""
    documents = pickle.load(sys.stdin.buffer)
    cache_dir = Path(sys.argv[1])
    PassageIndex.open(documents, cache_dir, Segmenter(cache_dir))


if __name__ == "__main__":
    _main()
