"""People of a report with rare surnames (禤, 粟, 勾, 隆) are people: who leads a thing, what post one holds, who
introduced a project; a post ends at a verb of receiving before it (读书会得到市政协主席某某的肯定); 某某是哪的委员
asks the post written before the name (澳门区委员); 姓某的两个人都叫啥 lists everyone of the surname; and a book
the text tells of (某某服务指南) asked 哪个委员编写的 is read in the text, not the report's byline."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协蔚川市委员会2023年对外联络工作总结

一、加强学习

全年举办专题学习会5次，其中"凝心聚力"主题读书交流会得到市政协主席禤明哲的充分肯定。

二、服务委员

澳门区委员隆雪梅、特邀委员勾振宇被评为年度优秀履职委员。委员会副主任勾晓霞带领委员走访归侨家庭46户。
隆雪梅委员反映的《关于便利澳门居民办理社保业务的建议》被全国政协采用，另有2篇信息获省政协领导批示。

三、提案工作

委员提交的《关于建设蔚川侨乡纪念馆的建议》被列为重点督办提案，由市政协主席禤明哲领衔督办，纪念馆已完成选址。

四、招商引资

粟海川委员积极引荐外地投资商落户，其引荐的"蔚川新材料产业园项目"协议投资6.2亿元。委员笪岫林发挥熟悉外事工作的专长，参与编写《蔚川市外籍人士生活指南》，全年印发2000册。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("weichuan-2023.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("weichuan"))


def test_a_rare_surname_leads_a_thing(kb):
    assert first_line(kb, "纪念馆重点提案是谁领衔督办的").startswith("答：禤明哲")


def test_a_rare_surname_introduced_a_project(kb):
    assert first_line(kb, "新材料产业园是哪个委员引荐的").startswith("答：粟海川")


def test_the_post_ends_at_a_verb_of_receiving(kb):
    line = first_line(kb, "禤明哲是什么职务")
    assert "市政协主席" in line and "读书交流会" not in line


@pytest.mark.parametrize("question", ["隆雪梅是哪的委员", "隆雪梅是哪里的委员"])
def test_where_a_member_sits(kb, question):
    line = first_line(kb, question)
    assert "澳门区委员" in line and "优秀履职" not in line  # the post, not the sentence naming it


def test_everyone_of_a_surname(kb):
    line = first_line(kb, "文件里姓勾的两个人都叫啥")
    assert "勾振宇" in line and "勾晓霞" in line


def test_nobody_of_a_surname_is_declined(kb):
    assert not kb.answer("姓王的都有谁").answered


def test_a_book_told_of_is_read_in_the_text(kb):
    assert "笪岫林" in first_line(kb, "外籍人士生活指南是哪个委员参与编写的")
