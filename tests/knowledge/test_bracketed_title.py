"""A title closing on a short bracketed edition or state (某市年鉴（2020）, 某某工作报告（草案）) is the document's title:
the bracket ends no sentence there.  A first line that is a sentence in brackets is none."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text

_BODY = "\n\n【概况】2019年，市政协有委员312名，分属30个界别。\n"


@pytest.mark.parametrize("first, title", [
    ("栝阳年鉴（2020）", "栝阳年鉴（2020）"),
    ("樗岭县政协常务委员会工作报告（草案）", "樗岭县政协常务委员会工作报告（草案）"),
    ("栝阳市政协2019年工作总结", "栝阳市政协2019年工作总结"),
])
def test_a_bracketed_edition_closes_a_title(first, title):
    assert document_from_text("guayang.txt", first + _BODY).title == title


def test_a_sentence_in_brackets_is_no_title():
    document = document_from_text("guayang.txt", "（本部类记述全年工作情况。）" + _BODY)
    assert document.title != "（本部类记述全年工作情况。）"
