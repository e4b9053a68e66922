"""Which figure of a sentence answers (figures.py): change sentences, enumerations under a
scope, percentages, a part of a whole, a noun that only qualifies another; each rule on
sentences of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument

_QINGSHUI = """青水县政协提案工作情况报告

——2024年1月8日在政协青水县第九届委员会第二次会议上

各位委员：

一、提案数量

九届一次会议以来，共收到提案420件，比上年的365件增长15.1%。经审查，立案提案中，各民主党派县委会提案64件，界别提案21件，专门委员会提案9件，委员个人提案280件。

民主党派立案提案中，民盟青水县委会12件，民进青水县委会19件，农工党青水县委会8件。

从提案内容看，经济类150件，占40.1%；社会类130件，占34.8%；生态类94件，占25.1%。其中关于县域旅游的提案有72件，占经济类提案的一半左右。

二、办理成效

截至目前，374件立案提案已全部办复。其中，已经解决或基本解决的提案201件，占53.7%；列入计划逐步解决的118件，占31.6%；留作参考的55件，占14.7%。10件重点提案中，所提问题已解决或基本解决的7件，列入计划的3件。

承办单位与提案者见面沟通率由上年的81.5%提高到90.2%。县政府全年完成农村公路提档升级86公里，比上年多完成23公里。提案办理在部门考核中的分值由上年的4分提高到6分。

三、委员活动

组织委员视察调研18次，参与委员近千人次。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("青水", _QINGSHUI.split("\n", 1)[0], "2023", _QINGSHUI)], tmp_path)


def _first(kb: KnowledgeBase, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_a_change_gives_the_value_reached_unless_the_year_before_is_asked(tmp_path):
    kb = _kb(tmp_path)
    assert "90.2%" in _first(kb, "见面沟通率现在是多少")  # not 上年的81.5%
    assert "6分" in _first(kb, "提案办理考核分值提到了几分")
    assert "81.5%" in _first(kb, "上年见面沟通率是多少")  # the document's own word for the year before
    assert "365件" in _first(kb, "2022年一共收到多少件提案")  # 比上年的365件 is the year before's
    assert "2022" in _first(kb, "2022年一共收到多少件提案")  # and named with its year


def test_a_difference_is_no_value(tmp_path):
    kb = _kb(tmp_path)
    assert "86公里" in _first(kb, "农村公路提档升级完成了多少公里")  # not 比上年多完成23公里
    assert "23公里" in _first(kb, "农村公路比上年多完成多少公里")


def test_an_enumeration_item_counts_what_its_scope_names(tmp_path):
    kb = _kb(tmp_path)
    assert "19件" in _first(kb, "民进青水县委会立案了几件提案")  # 提案 is named by the scope only
    assert "64件" in _first(kb, "民主党派的提案多少件")  # the total item, not one party's
    assert "150件" in _first(kb, "经济类提案多少件")  # not 72件, a part of 经济类提案


def test_a_share_is_asked_by_zhan(tmp_path):
    kb = _kb(tmp_path)
    assert "34.8%" in _first(kb, "社会类占比多少")
    assert "31.6%" in _first(kb, "列入计划逐步解决的占多少")


def test_a_narrowing_scope_counts_a_subset(tmp_path):
    kb = _kb(tmp_path)
    assert "201件" in _first(kb, "已经解决或基本解决的提案多少件")  # not 7件 of the 10件重点提案


def test_a_noun_qualifying_another_is_not_the_one_counted(tmp_path):
    kb = _kb(tmp_path)
    answer = kb.answer("青水县政协有多少个界别")
    assert not answer.answered or "21件" not in answer.text.split("\n", 1)[0]  # 界别提案21件 counts 提案


def test_an_amount_told_by_its_magnitude_alone(tmp_path):
    kb = _kb(tmp_path)
    assert "近千人次" in _first(kb, "参与视察调研的委员有多少人次")  # 近千人次 is a figure though it has no digit
