"""The suggestions' ranking in numpy orders the pool exactly as the plain rule does: most
shared bigrams first, then the document's turn, then the place in the pool."""

from __future__ import annotations

import random

from bot.knowledge.pool_ranking import PoolRanking

CHARS = "委员提案协商视察调研会议社情民意信息建议工作"


def _plain(cores, turns, asked, limit):  # noqa: ANN001, ANN202
    return sorted(range(len(cores)), key=lambda i: (-len(asked & cores[i]), turns[i], i))[:limit]


def _bigrams(rng: random.Random) -> frozenset[str]:
    return frozenset(rng.choice(CHARS) + rng.choice(CHARS) for _ in range(rng.randint(0, 6)))


def test_the_ranking_is_the_plain_rules_on_random_pools():
    rng = random.Random(7)
    for _ in range(200):
        size = rng.randint(0, 60)
        cores = [_bigrams(rng) for _ in range(size)]
        turns = [rng.randint(0, 5) for _ in range(size)]
        ranking = PoolRanking(cores, turns, large=0)  # the numpy ranking, even on a small pool
        plain = PoolRanking(cores, turns)
        for limit in (1, 5, 24, 100):
            asked = _bigrams(rng)
            assert ranking.ranked(asked, limit) == plain.ranked(asked, limit) == _plain(cores, turns, asked, limit)


def test_a_question_sharing_nothing_gets_the_first_of_each_document_first():
    for large in (0, 1000):
        ranking = PoolRanking([frozenset({"委员"}), frozenset({"提案"}), frozenset({"协商"})], [0, 1, 0], large)
        assert ranking.ranked(frozenset({"视察"}), 3) == [0, 2, 1]
        assert ranking.ranked(frozenset({"提案"}), 2) == [1, 0]
