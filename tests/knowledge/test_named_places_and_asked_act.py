"""Two readings of our own made-up report (not the bench's): a where-question answered by a county or
town no gazetteer knows (榴溪县、枫岙县; 蓼塘镇), never by a county body (县科协) nor a word ending in 乡
(返乡青年); and a how-many question whose verb (请了, 办了) the amount's clause writes inside a word of
its own (邀请…共41名), though the thing asked is named only in the clause before."""

from bot.knowledge.public import KnowledgeBase, SourceDocument
from .conftest import first_line

_QINGMU = """政协青木市委员会文化和教育委员会2021年工作总结

一、主要工作

（一）送学下乡

教育界委员组织“送学下乡”活动，为榴溪县、枫岙县的乡村学校送去示范课52节。

（二）专题视察

10月9日，委员会组织委员15人视察蓼塘镇数字茶园项目。

（三）开放活动

7月16日，首次举办“委员书屋开放日”活动，邀请中小学教师、家长代表和部分委员共41名，参观书屋并座谈交流。

（四）科普活动

委员会配合县科协在“全国科普日”开展主题科普活动5次，培训返乡青年、合作社负责人等180人次。全国科普日主题活动主会场设于青木市民广场，委员们现场解答群众咨询。

（五）学习讲座

创办“青木学堂”，组织委员和机关干部举办讲座9期，线上线下听众1300余人次。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("青木", _QINGMU.split("\n", 1)[0], "2021", _QINGMU)], tmp_path)


def test_a_county_or_town_no_gazetteer_knows_answers_where(tmp_path):
    kb = _kb(tmp_path)
    told = first_line(kb, "送学下乡去了哪两个县？")
    assert "榴溪县" in told and "枫岙县" in told
    assert "蓼塘镇" in first_line(kb, "数字茶园项目在哪个镇")


def test_a_county_body_or_a_word_in_乡_is_no_place(tmp_path):
    reader = _kb(tmp_path).answerer.reader
    sentence = "委员会配合县科协开展主题科普活动5次,培训返乡青年180人次,走访榴溪县的学校。"
    found = [sentence[a:b] for a, b in reader._named_places(sentence)]
    assert found == ["榴溪县"]  # not 配合县 (县科协 is a body) nor 训返乡 (返乡 is a word)


def test_the_asked_act_in_the_amounts_clause_counts_what_is_asked(tmp_path):
    kb = _kb(tmp_path)
    assert "41名" in first_line(kb, "书屋开放日请了多少人")  # 邀请…共41名
    assert "9期" in first_line(kb, "青木学堂办了几期")  # 举办讲座9期


def test_towns_at_large_are_no_named_place(tmp_path):
    reader = _kb(tmp_path).answerer.reader
    sentence = "活动覆盖乡镇扩大到12个,走访枫岙县。"
    assert [sentence[a:b] for a, b in reader._named_places(sentence)] == ["枫岙县"]  # not 覆盖乡 of 覆盖乡镇
