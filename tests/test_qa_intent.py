"""Personal questions and small talk never reach the report; questions about the report never leave it.

The table is in tests/knowledge/routes_*.tsv: routes_before.tsv was written
before the router was tuned, routes_after.tsv after (as a check on phrasings
the router had not seen).  Every row must route right.
"""

from pathlib import Path

import pytest

from bot.intent import Route, route

HERE = Path(__file__).resolve().parent / "knowledge"


def _rows(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            expected, message = line.split("\t")
            rows.append((expected, message))
    return rows


ROWS = _rows("routes_before.tsv") + _rows("routes_after.tsv")


def _expected(name: str) -> Route:
    return Route(name.split(":")[-1])


def test_the_table_is_large_enough():
    assert len(ROWS) >= 200
    personal = [r for r in ROWS if r[0] in ("schedule", "my_submissions")]
    assert len(personal) >= 100


@pytest.mark.parametrize("expected, message", ROWS, ids=[m for _, m in ROWS])
def test_message_goes_where_its_asker_means(expected, message):
    assert route(message).route is _expected(expected)


def test_a_greeting_before_a_question_is_dropped_and_the_question_kept():
    routed = route("你好，去年社情民意编报了多少篇")
    assert routed.route is Route.DOCUMENTS
    assert routed.question == "去年社情民意编报了多少篇"


def test_small_talk_routes_are_marked_as_such():
    assert route("谢谢").route.small_talk
    assert not route("我的报送").route.small_talk
