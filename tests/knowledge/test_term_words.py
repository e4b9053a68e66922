"""Words of a term or of time before a post (上届, 本届, 时任, 现任) name no place and no body: 上届县政协主席
is the previous term's chair of this county's committee, told as 时任主席; asked plainly, the chair now.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.frames import question_places
from bot.knowledge.posts import asked_post, body_of
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协沙河县第八届委员会关于提案工作情况的报告

——2020年1月10日在政协沙河县第八届委员会第三次会议上

县政协主席何文涛出席提案交办会并讲话。

上届县政协在时任主席罗宏远同志带领下建立的提案办理"回头看"制度，本届继续坚持并不断完善。

今年3月，提案委员会原主任邵明川同志调任县人大常委会工作；4月，经县政协常委会会议通过，柯晓岚同志任提案委员会主任。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shahe.txt", _REPORT.split("\n", 1)[0], "2019", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shahe"))


def test_a_term_word_before_a_committee_is_no_place():
    assert question_places("上届县政协主席是谁", set()) == set()
    assert question_places("本届市政协委员有多少名", set()) == set()
    assert question_places("沙河县政协主席是谁", set()) == {"沙河"}


def test_a_term_word_before_a_post_is_no_body():
    assert asked_post("上届县政协主席是谁").body == "县政协"
    assert body_of("时任主席", "主席") == ""


def test_the_previous_terms_chair_is_the_one_told_as_then_holding_it(kb):
    assert "罗宏远" in first_line(kb, "上届县政协主席是谁？")
    line = first_line(kb, "县政协主席是谁")
    assert "何文涛" in line and "罗宏远" not in line  # asked plainly: the chair now, not the one then


def test_a_former_holder_answers_who_held_it_before(kb):
    assert "邵明川" in first_line(kb, "提案委员会的原主任是谁")


def test_a_short_form_written_only_inside_a_quoted_name_still_names_its_body(tmp_path):
    text = ("政协沙河县委员会社会和法制委员会2021年工作总结\n\n一、学习\n\n"
            "社会和法制委员会编印《社法委工作简报》6期，主任梁启文审定每期内容。\n")
    kb = KnowledgeBase([SourceDocument("shefa.txt", text.split("\n", 1)[0], "2021", text)], tmp_path)
    assert kb.index.expand_short_forms("社法委主任是谁") == "社会和法制委员会主任是谁"
    assert kb.index.expand_short_forms("常委有多少人") == "常委有多少人"  # a word of general Chinese stays
