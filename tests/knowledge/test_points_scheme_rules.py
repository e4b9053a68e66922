"""A points scheme written one rule a clause (…的，每件记3分；…的，另加6分；无故缺席…的，每次扣4分) answers the
points of the rule the question names, not another clause's figure of the same sentence; the grades by points
(积分在85分以上的，评为“优秀”) answer what a grade takes.  On a notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """政协桐岙区委员会关于2025年度委员履职积分情况的通报

各位委员：

一、积分办法

每名委员基础分为50分，按以下项目计分：

1.提交提案。个人提案经审查立案的，每件记3分；联名提案的第一提案人记2分；被评为优秀提案的，另加6分。

4.社情民意信息。报送信息的，每篇记1分；被区政协编发的，另加2分；被市政协采用的，另加5分；被省政协采用的，另加9分。

2.视察调研。参加区政协组织的视察和专题调研，每次记2分，全年累计最高记14分。

3.会议发言。在全体会议上作大会口头发言的，每次记6分；提交书面发言的，每篇记2分。

扣分项目包括：无故缺席全体会议的，扣15分；无故缺席常委会议的，每次扣4分。

二、等次评定

积分在85分以上的，评为“优秀”；积分在70分至84分之间的，评为“合格”；积分低于70分的，评为“不合格”。

三、积分情况

全体委员人均积分为78.5分，最高积分为131分。
"""


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return KnowledgeBase([document_from_text("tongao-notice.txt", _NOTICE)], tmp_path_factory.mktemp("tongao"))


@pytest.mark.parametrize("question, expected", [
    ("个人提案立案一件记几分", "3分"),
    ("提案评上优秀提案另外加多少分", "6分"),
    ("信息被省政协采用加几分", "9分"),
    ("被市政协采用另加多少分", "5分"),
    ("大会口头发言一次记多少分", "6分"),
    ("无故缺席常委会议一次扣几分", "4分"),
    ("无故缺席全体会议扣多少分", "15分"),
    ("积分要多少才能评优秀", "85分以上"),
    ("多少分算合格", "70分至84分"),
    ("委员人均积分多少分", "78.5分"),
    ("视察调研这一项全年最多能记多少分", "14分"),
    ("视察一次记几分", "2分"),
])
def test_points_scheme(notice, question, expected):
    assert expected in first_line(notice, question)
