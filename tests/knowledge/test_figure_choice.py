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


_LANXU = """澜溆县政协2023年工作报告

各位委员：

一年来，县政协召开常委会会议5次、主席会议11次、秘书长会议17次，组织各类协商活动41场，开展视察调研33次，参加委员1200余人次。各专门委员会与县直部门开展对口协商12次，组织界别协商活动19次。

全年向县委县政府报送协商报告8件，获县委县政府主要领导批示23件次。

教育界别现有委员28名。推荐5名教育界委员担任县政府部门特约监督员。全县现有中小学64所。委员分组走访全县9个乡镇的31所中小学，视察学校17所。

截至目前，215件立案提案已全部办理答复，办复率100%。其中，所提问题已经解决或基本解决的152件，占70.7%；列入计划逐步解决的60件，占27.9%。

县政协主席带队督办重点提案，全年召开重点提案办理协商会6次。截至2023年12月底，12件重点提案中，所提问题已解决或基本解决的9件，列入计划逐步解决的3件。
"""


def _lanxu(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("澜溆", _LANXU.split("\n", 1)[0], "2023", _LANXU)], tmp_path)


def _reading(kb: KnowledgeBase, question: str, sentence: str, figure: str):
    from bot.knowledge.facts import find_quantities
    from bot.knowledge.normalize import normalize_text
    from bot.knowledge.question import analyse

    answerer = kb.answerer
    norm, sentence = normalize_text(question), normalize_text(sentence)
    q = analyse(norm, norm, answerer.segmenter, answerer.index)
    quantity = next(x for x in find_quantities(sentence) if x.text == figure)
    return answerer.reader, q, sentence, quantity


def test_a_total_asked_is_not_answered_by_one_kind(tmp_path):
    """一共 asks the whole: 组织各类协商活动41场, not 对口协商12次 or 界别协商活动19次."""
    kb = _lanxu(tmp_path)
    reader, q, sentence, part = _reading(kb, "去年一共组织了多少场协商活动", "组织界别协商活动19次", "19次")
    assert reader._counts_qualified_kind(q, sentence, part)
    reader, q, sentence, whole = _reading(kb, "去年一共组织了多少场协商活动", "组织各类协商活动41场", "41场")
    assert not reader._counts_qualified_kind(q, sentence, whole)
    reader, q, sentence, part = _reading(kb, "组织界别协商活动多少次", "组织界别协商活动19次", "19次")
    assert not reader._counts_qualified_kind(q, sentence, part)  # no total asked
    assert "41场" in _first(kb, "去年一共组织了多少场协商活动")
    assert "19次" in _first(kb, "组织界别协商活动多少次")  # the kind, when the kind is asked


def test_how_many_there_are_is_not_answered_by_those_a_deed_was_done_to(tmp_path):
    kb = _lanxu(tmp_path)
    assert "28名" in _first(kb, "教育界别有多少名委员")
    assert "64所" in _first(kb, "全县有多少所中小学")
    assert "5名" in _first(kb, "推荐了多少名教育界委员担任特约监督员")  # the deed asked


def test_a_verb_before_a_body_is_no_place(tmp_path):
    """获得县委县政府…: 获得 is read as a verb, not as a place 获得县."""
    kb = _lanxu(tmp_path)
    assert "23件次" in _first(kb, "获得县委县政府主要领导批示多少件次")


def test_already_says_when_not_what(tmp_path):
    """已经 / 已 are one word of time: a sentence writing 已解决 answers 已经解决 as well."""
    kb = _lanxu(tmp_path)
    from bot.knowledge.question import analyse

    q = analyse("已经解决的提案有多少件", "已经解决的提案有多少件", kb.answerer.segmenter, kb.answerer.index)
    assert "已经" not in [t.text for t in q.terms]
    assert "9件" in _first(kb, "12件重点提案里已经解决或基本解决了几件")


def test_a_passage_writing_the_year_asked_is_searched_for_it(tmp_path):
    """The year a question names is searched for too: the one passage that writes it (从2022年的38件)
    is read even where passages with more of the question's words fill the few looked at."""
    from bot.knowledge.knowledge_base import KnowledgeSettings

    text = ("澜溆县政协提案工作报告\n\n各位委员：\n\n"
            "委员提交提案的热情高涨，会议期间委员提交的提案310件，闭会期间委员提交的提案54件。\n\n"
            "三年来，界别委员提交的提案从2022年的38件增加到2024年的56件。\n")
    kb = KnowledgeBase([SourceDocument("澜溆", "澜溆县政协提案工作报告", "2024", text)], tmp_path,
                       KnowledgeSettings(top_k=1))
    assert "38件" in _first(kb, "2022年委员提交的提案有多少件")
