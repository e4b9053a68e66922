"""A verb led by 来 / 去 (来看, 去看) stays one verb after a noun of the documents (群众 来看, not
群众来 看 where the text writes 群众来访), and coming to see an exhibition is its 观展 / 参观; going
down or up (下去, 上去) is a light verb of motion, no content to find.
On a fictitious report of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.wording import resplit_for_documents

_LIUSHA = """政协柳沙县委员会2023年工作报告

一、凝聚共识

以庆祝建县七十周年为主题，举办“柳沙七十年·家乡新貌”书画摄影展，共征集作品218幅，精选展出96幅，观展群众达8600人次。

二、联系群众

在城关镇、石门乡建成委员工作室5个，全年开展联系群众活动37场，接待群众来访260余人次。

三、民主监督

县政协主席会议成员深入承办单位和项目现场开展督办调研共18次。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("柳沙", _LIUSHA.split("\n", 1)[0], "2023", _LIUSHA)], tmp_path)


def test_come_to_see_is_not_cut_into_the_noun_before_it():
    idf = {"群众": 2.0, "群众来": 3.0, "看": 1.0, "党史": 2.0}.get
    assert resplit_for_documents(["群众", "来看"], idf) == ["群众", "来看"]
    assert resplit_for_documents(["党", "史书"], idf) == ["党史", "书"]  # a word the documents write still gets its character


def test_how_many_came_to_see_the_exhibition(tmp_path):
    kb = _kb(tmp_path)
    assert "8600人次" in kb.answer("家乡新貌摄影展有多少群众来看").text.split("\n", 1)[0]
    assert kb.answer("家乡新貌摄影展有多少群众来看").answered


def test_going_down_is_no_content(tmp_path):
    kb = _kb(tmp_path)
    answer = kb.answer("主席会议成员下去督办调研了多少次")
    assert answer.answered
    assert "18次" in answer.text.split("\n", 1)[0]
