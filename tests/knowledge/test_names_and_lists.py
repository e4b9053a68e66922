"""What / which / list questions: the items of a noun asked (有哪些主题, 整合了哪些品牌) are the
enumeration written for it, also when a paragraph spreads it over the sentences after the one that
names the noun; a thing's name asked (读书活动叫什么名字, 那本书叫啥, 主题是什么) is the quoted name
attached to it; the holder of a post (市长是谁, 督查组组长是谁) is the person written in apposition.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协栖梧市第九届委员会常务委员会工作报告

——2020年1月10日在政协第九届栖梧市委员会第四次会议上

一、2019年工作回顾

全年共召开常委会议5次、主席会议12次；组织专题协商会3次、双月协商座谈会5次；开展视察15次。

开展“墨香政协·梧桐书声”委员读书活动。活动于4月23日启动，向委员推荐书目30种。年底，市政协精选60篇读书心得，汇编成《梧桐书声——栖梧政协委员读书手记》一书，由梧江出版社出版。读书活动中，市政协还评选出“书香委员”15名。

深化专题协商。全年组织召开专题协商会3次。4月，围绕“推动梧江航运转型”开展专题协商；7月，围绕“加快智慧农业示范区建设”开展专题协商；10月，围绕“提升县域医疗服务能力”开展专题协商。市长宋立恒出席了智慧农业专题协商会并讲话。智慧农业专题协商形成的建议案，促成市政府设立了总规模5亿元的智慧农业引导基金。

10月，主席会议成员带领部分委员视察了在建的栖梧轻轨2号线工程，实地察看了江北站、会展中心站施工现场。市政协还组织委员围绕“梧溪竹雕”“栖梧木偶戏”等非物质文化遗产保护开展专题调研，形成调研报告1篇。

加强机关建设。在秘书长葛文轩的带领下，市政协机关完善内部管理制度15项。

创新双月协商座谈会。在总结试点经验的基础上，全面推行双月协商座谈会制度。座谈会由市政协主席主持，邀请分管副市长到会。全年共举办5次，主题分别是：社区食堂建设、城区内涝治理、栖梧白茶品牌推广、乡村学校师资补充、夜间经济发展。栖梧白茶品牌推广座谈会后，市政府整合“石门银针”“梧峰雪芽”等区域茶叶品牌，统一打造“栖梧白茶”公用品牌。

推进网络议政。11月，市政协首次以网络议政形式开展“老旧电梯加装与更新”远程协商，征集意见建议820余条。

开展专项监督。常委会将“梧江流域水质提升”确定为年度专项民主监督议题，成立由副主席彭远航任组长的督查组，开展为期一年的跟踪监督。
"""


def test_items_of_a_noun_are_the_enumeration_written_for_it(kb):
    line = first_line(kb, "双月协商座谈会有哪些主题")
    assert all(item in line for item in ("社区食堂建设", "城区内涝治理", "夜间经济发展")), line
    line = first_line(kb, "整合了哪些区域茶叶品牌？")
    assert "石门银针" in line and "梧峰雪芽" in line, line


def test_items_spread_over_the_sentences_after_the_noun(kb):
    line = first_line(kb, "专题协商会都有哪些主题？")
    assert all(item in line for item in ("梧江航运转型", "智慧农业示范区", "县域医疗服务能力")), line


def test_items_of_a_phrase_or_listed_beside_the_question_words(kb):
    line = first_line(kb, "视察轻轨2号线看了哪些站的工地？")  # the stations, though no 工地 is written
    assert "江北站" in line and "会展中心站" in line, line
    line = first_line(kb, "非遗保护专题调研涉及哪些项目")  # listed in the clause of the survey, no 项目 written
    assert "梧溪竹雕" in line and "栖梧木偶戏" in line, line


def test_items_asked_of_a_sentence_that_speaks_of_none_are_declined(kb):
    assert kb.answer("智慧农业引导基金投了哪些项目？").answered is False


def test_the_quoted_name_attached_to_the_thing_asked(kb):
    assert "梧桐书声" in first_line(kb, "委员读书活动叫什么名字？")
    assert "读书手记" in first_line(kb, "委员读书手记那本书叫啥？")
    assert "老旧电梯加装与更新" in first_line(kb, "首次网络议政的主题是什么")


def test_the_holder_of_a_post_in_apposition(kb):
    assert "宋立恒" in first_line(kb, "栖梧市长是谁")
    assert "彭远航" in first_line(kb, "专项监督督查组组长是谁？")
    assert "葛文轩" in first_line(kb, "市政协秘书长是谁")  # written bare in the committee's own report


_OTHER = """柳湾县政协2021年履职纪实

县政协文化文史和学习委员会主任魏清源带领委员走访老街，征集文史稿件40篇。
"""

_THIRD = """杉河市政协2023年履职纪实

市政协文史委主任童晓岚介绍，全年编辑出版文史资料2辑。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    """One knowledge base for the whole module: our report and two short ones of other committees."""
    docs = [SourceDocument(f"{n}.txt", text.split("\n", 1)[0], None, text)
            for n, text in (("qiwu", _REPORT), ("liuwan", _OTHER), ("shanhe", _THIRD))]
    return KnowledgeBase(docs, tmp_path_factory.mktemp("names"))


def test_a_post_of_a_body_named_short_is_told_with_its_holder(kb):
    line = first_line(kb, "文史委主任是谁？")
    assert "童晓岚" in line or "魏清源" in line, line
