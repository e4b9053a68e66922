"""The BM25 postings read without numpy (postings.py ``Postings``) score exactly as bm25s does,
and a knowledge base opened from its cache never imports numpy or bm25s."""

import os
import random
import subprocess
import sys
from pathlib import Path

import bm25s
import numpy as np

from bot.knowledge.postings import Postings
from bot.knowledge.public import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]


def test_postings_sum_to_bm25s_scores_bit_for_bit(kb: KnowledgeBase) -> None:
    index = kb.index
    corpus = [index.segmenter.tokens(text) for text in index.passage_norm]
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    built = Postings.from_bm25s(retriever)
    tokens = [t for t in retriever.vocab_dict if t]
    rng = random.Random(12)
    for _ in range(500):
        asked = [rng.choice(tokens) for _ in range(rng.randint(1, 10))]
        expected = retriever.get_scores(asked)
        got = np.zeros(len(expected), dtype=np.float32)
        for passage, score in built.scores(asked).items():
            got[passage] = score
        assert np.array_equal(expected, got), asked


def test_postings_read_back_from_the_cache_equal_the_built_ones(kb: KnowledgeBase) -> None:
    folder = next(Path(kb.cache_dir).glob("index-*")) / "bm25"
    loaded = Postings.load(folder)
    retriever = bm25s.BM25.load(str(folder), load_corpus=False)
    assert loaded.vocab_dict == retriever.vocab_dict
    for token in list(loaded.vocab_dict)[:300]:
        if token:
            expected = retriever.get_scores([token])
            assert {p: s for p, s in enumerate(expected.tolist()) if s} == loaded.scores([token])


def test_search_ranks_by_score_then_passage(kb: KnowledgeBase) -> None:
    hits = kb.index.search(kb.index.segmenter.tokens("社情民意信息报送"), 8)
    assert hits
    assert [(-h.score, h.passage) for h in hits] == sorted((-h.score, h.passage) for h in hits)


def test_a_cached_knowledge_base_opens_without_numpy(kb: KnowledgeBase) -> None:
    code = ("import sys\nfrom bot.knowledge.public import KnowledgeBase\n"
            f"kb = KnowledgeBase.from_directory({str(ROOT / 'data' / 'knowledge')!r}, {str(kb.cache_dir)!r})\n"
            "assert not kb.index.built\n"
            "print('numpy' in sys.modules, 'bm25s' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                            capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_numpy_sums_of_a_large_question_equal_the_plain_ones_bit_for_bit(kb: KnowledgeBase, monkeypatch) -> None:
    """Where the asked words stand in thousands of passages the sums are done by numpy: the same
    float32 sums in the same order, so the same scores and the same passages."""
    import bot.knowledge.postings as index_module

    postings = kb.index.bm25
    tokens = [t for t in postings.vocab_dict if t]
    rng = random.Random(7)
    queries = [[rng.choice(tokens) for _ in range(rng.randint(1, 12))] for _ in range(300)]
    monkeypatch.setattr(index_module, "_VECTORISED_POSTINGS", 10 ** 9)
    plain = [postings.scores(q) for q in queries]
    monkeypatch.setattr(index_module, "_VECTORISED_POSTINGS", -1)
    vectorised = [postings.scores(q) for q in queries]
    assert any(plain)
    assert vectorised == plain
