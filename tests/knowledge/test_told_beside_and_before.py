"""Answerable questions the engine once declined or answered from a neighbour sentence: an event
told by its act two paragraphs after its topic (开展专题协商), a session named by 届 and 次, the
year's figure beside a running total, the measure word asked kept as typed (多少幅), a verb after
an amount (转为) that narrows nothing, a title told by 题为, a membership asked in two words (委员多少人),
an agency by its short form (卫健局). Sentences of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument
from .conftest import first_line

_MEILING = """政协梅岭县委员会2023年工作报告

一、主要工作

（一）协商议政

围绕县委中心工作，县政协全年组织专题协商会3场、对口协商会5场，全市历史文化街区保护也列入了协商计划。

竹产业是梅岭的传统优势产业。为推动竹产业转型升级，县政协把“竹产业提质增效”确定为年度重点协商课题，由县政协副主席沈嘉禾牵头调研。

课题组围绕调研题目走访竹制品企业28家，召开座谈会6场，形成调研报告1篇。

十月十七日，县政协常委会第八次会议围绕这一课题开展专题协商。副县长钱立新到会回应，表示将推动竹产业园建设。

五月二十日，委员会与县卫生健康局就“基层医疗服务能力提升”开展对口协商，县卫生健康局局长通报了有关情况。

（二）文化文史

“梅岭书院讲坛”是县政协的文化惠民平台。2023年共举办7期，线上线下听众逾八千人次；自2019年开办以来，讲坛累计已举办26期。

县政协编印了《梅岭竹编图志》，全书约18万字，收录回忆文章41篇、历史照片一百六十余幅。

（三）大会发言

县政协社会和法制委员会在七届二次会议上以委员会名义作大会发言1篇，题为《织密基层矛盾调解网络》。

（四）提案工作

县政协七届二次会议于二〇二三年二月十五日至十八日召开。会议以来，共收到提案186件，经审查立案164件，其余22件转为委员来信或社情民意信息处理。

（五）自身建设

全县政协委员和爱心企业共资助困难学生95名。县政协组织12名委员参加县人大常委会执法检查。七届县政协现有委员168名，其中常委33名。

二、2024年工作安排

根据县政协2024年工作安排，今年计划组织专题协商会4场，拟围绕乡村振兴开展专题协商。

县政协七届三次会议将于今年一月下旬召开。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("梅岭", _MEILING.split("\n", 1)[0], "2023", _MEILING)], tmp_path)


def test_event_told_by_its_act_after_its_topic(tmp_path):
    # 开展专题协商 is the 专题协商会; the plan's bare 2024年 dates no meeting held.
    assert "十月十七日" in first_line(_kb(tmp_path), "竹产业专题协商会是哪天开的")


_QINGTONG = """政协青桐县委员会2023年工作报告

一、主要工作

一月九日，青桐县政协八届三次会议在县会议中心召开，会议开了三天，全县7个乡镇的委员参加会议。
"""


def test_session_named_by_its_ordinals(tmp_path):
    # 八届三次会议 of another county, with a 7 beside it, is not the 七届三次会议 asked.
    kb = KnowledgeBase([SourceDocument("梅岭", _MEILING.split("\n", 1)[0], "2023", _MEILING),
                        SourceDocument("青桐", _QINGTONG.split("\n", 1)[0], "2023", _QINGTONG)], tmp_path)
    assert "二月十五日" in first_line(kb, "七届二次会议是什么时候开的")
    assert "一月下旬" in first_line(kb, "七届三次会议什么时候开？")


def test_year_figure_beside_running_total(tmp_path):
    kb = _kb(tmp_path)
    assert "7期" in first_line(kb, "梅岭书院讲坛去年举办了几期")
    assert "26期" in first_line(kb, "梅岭书院讲坛累计举办了几期")


def test_measure_word_asked_is_no_slip(tmp_path):
    # 市 reads fu too, and 市历史 stands in the text: 多少幅 still asks for 幅.
    assert "一百六十余幅" in first_line(_kb(tmp_path), "图志里有多少幅历史照片")


def test_verb_after_amount_narrows_nothing(tmp_path):
    assert "22件" in first_line(_kb(tmp_path), "没立案转成委员来信的有几件")


def test_membership_asked_in_two_words(tmp_path):
    # 委员多少人 asks this committee's membership: the sentence telling it, not those who did a thing.
    assert "168名" in first_line(_kb(tmp_path), "委员多少人")


def test_agency_named_by_its_short_form(tmp_path):
    # 卫健局 is how 卫生健康局 is shortened: first characters of its words, then 局.
    kb = _kb(tmp_path)
    assert "五月二十日" in first_line(kb, "和卫健局对口协商是哪天？")
    assert kb.index.expand_short_forms("讲坛在哪里举办") == "讲坛在哪里举办"


def test_title_told_by_ti_wei(tmp_path):
    assert "织密基层矛盾调解网络" in first_line(_kb(tmp_path), "社会和法制委员会大会发言的题目是什么")


def test_session_told_whole_not_by_its_numbers_apart():
    from bot.knowledge.numbers_told import numbers_told
    asked = "7届3次会议什么时候开"
    assert not numbers_told(["7", "3"], asked, "1月9日,县政协8届3次会议开幕,全县7个乡镇的委员参加。")
    assert numbers_told(["7", "3"], asked, "县政协7届3次会议将于今年1月下旬召开。")
