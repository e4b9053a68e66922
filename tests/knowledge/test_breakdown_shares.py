"""One category or stage of a breakdown asked: the figure of its own clause answers, not the total or
a neighbour's. On reports of our own (梅岗县 2020, 桐溪市 2019, 石塘县 2022).

- A breakdown in a sentence of its own after its total (…提案286件。其中，大会期间提交251件…, or
  从内容看，经济建设类138件…) counts what the total counts; asked one part, the total loses.
- A share asked with 比例, 百分比 or 占比 is told as 占…%, and asks a figure, not the sentence.
- A change (比上年增加5件) written after a share counts the category its clause chain names.
- A category asked with 类, 方面 or 领域 is told by its qualifier with any of them (教育卫生类 →
  教育卫生方面58件), not by the qualifier inside another name (教育卫生委员会).
- A total followed by its rate and change before 其中 is still the total the parts break down.
- A scope word (…的里面, 当中) only says the count is within the set named before it.
- Those acted on by a body (被部门采纳) are counted by the deed, not the body.
- A figure of what a list of three or more doers did together is their sum, not the one asked.
- How many remain at a stage (还有几件是…正在推进的) is a count, not a question of what else.
- In an enumeration, the first item's name is as long as the others' (…的单位是县住建局27件), and
  an item joined by 和 right after a figure is an item of its own.
- A word of adding up (累计) says how a count is taken, not what it counts.
- A category labelled in brackets (列入计划、正在解决的(B类)86件), and a result's state told in an
  earlier clause (得到解决或列入计划逐步解决), name results: no plan.
"""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协梅岗县第六届委员会常务委员会关于2020年提案工作情况的报告

——2021年1月12日在政协梅岗县第六届委员会第五次会议上

一、提案提交情况

县政协现设提案委员会、经济委员会、教育卫生委员会、生态环境委员会等6个专门委员会，共有委员198名。

六届四次会议以来，县政协共收到委员和各参加单位提交的提案286件，比上年增加19件。其中，大会期间提交251件，闭会期间提交35件。全年通过网络提交的提案221件，占提案总数的77.3%。

二、提案立案情况

经审查，共立案240件。在立案的240件提案中，以各民主党派县委员会、县工商联、人民团体和界别活动组名义提交的集体提案36件，占立案总数的15.0%，比上年增加5件；委员个人提案204件，占85.0%。具体来看，集体提案中，各民主党派县委员会提交16件，县工商联提交6件，人民团体提交8件，界别活动组提交6件。对不符合立案条件但有参考价值的46件，转为委员意见建议，送有关部门研究参考。对不予立案的意见建议，逐件跟踪了解采纳情况，其中有15件意见建议被有关部门吸收采纳。

按内容分，工业经济方面62件，占25.8%；教育卫生方面58件，占24.2%；生态环境方面44件，占18.3%。

三、办理结果

从办理结果看，所提问题已经解决或采纳的（A类）131件，占54.6%；列入计划、正在解决或逐步解决的（B类）86件，占35.8%；因条件限制留作参考的（C类）23件，占9.6%。从承办数量看，承办提案较多的单位是县住建局27件、县教育局22件、县农业局19件和县卫健局15件。截至年底，10件重点提案中，已基本解决的7件，列入计划正在推进的3件。

从提案人反馈意见看，对办理结果表示满意和基本满意的232件，满意率为96.7%，比上年提高1.2个百分点，其中表示满意的174件，占72.5%，表示基本满意的58件。

六届一次会议以来，累计确定重点提案19件，由县领导领衔督办；集体提案累计达到68件，占立案总数的比重逐年上升。六届一次会议以来，共有390件提案所提问题得到解决或列入计划逐步解决，累计召开提案办理协商会8次，评选表彰优秀提案31件。

四、存在的不足

提案工作还存在一些不足：一是部分B类提案落实进度较慢，提案人对此反映较多；二是仍有41件提案因不符合立案条件转为意见建议。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("meigang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("meigang"))


def test_a_part_in_the_sentence_after_its_total_counts_what_the_total_counts(kb):
    assert first_line(kb, "大会期间交了多少件提案").startswith("答：251件")
    assert first_line(kb, "闭会期间提交的提案有多少件").startswith("答：闭会期间提交35件")


def test_the_total_is_still_the_total(kb):
    assert first_line(kb, "去年一共收到多少件提案").startswith("答：提案286件")


def test_a_share_asked_by_its_word_is_the_share_told(kb):
    assert first_line(kb, "集体提案占立案总数的比例是多少").startswith("答：15.0%")
    assert first_line(kb, "生态环境类提案占立案总数的百分比").startswith("答：18.3%")


def test_a_share_word_alone_asks_the_figure_not_the_sentence(kb):
    assert first_line(kb, "通过网络提交的提案占比").startswith("答：77.3%")


def test_a_change_after_a_share_counts_the_category_before_them(kb):
    assert first_line(kb, "集体提案比上年多了几件").startswith("答：增加5件")


def test_a_total_before_its_rates_and_its_parts(kb):
    assert first_line(kb, "满意和基本满意的一共多少件").startswith("答：232件")
    assert first_line(kb, "表示满意的有多少件").startswith("答：174件")
    assert first_line(kb, "基本满意的有几件").startswith("答：58件")


_CITY = """政协桐溪市第九届委员会常务委员会关于2019年提案工作情况的报告

一、提案立案情况

九届二次会议以来，委员和各参加单位提出的提案经审查立案405件，其中集体提案52件，委员个人提案353件。从内容看，经济建设类138件，占34.1%；社会事业类121件；城乡建设类96件；政治法治类50件。不予立案的28件转为意见建议交有关部门参考。
"""


def test_a_breakdown_by_a_dimension_counts_what_the_sentence_before_counts(tmp_path):
    meigang = SourceDocument("meigang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    county_newer = _REPORT.replace("工业经济方面62件", "经济建设类提案62件")
    city = SourceDocument("tongxi.txt", _CITY.split("\n", 1)[0], None, _CITY)
    kb = KnowledgeBase([SourceDocument("meigang.txt", meigang.title, None, county_newer), city], tmp_path)
    line = first_line(kb, "经济建设类提案有多少件")
    assert "62件" in line and "138件" in line  # each committee's figure, the city's told after 从内容看


def test_a_category_word_asked_is_told_by_any_category_word(kb):
    assert first_line(kb, "教育卫生类提案多少件").startswith("答：58件")
    assert first_line(kb, "生态环境领域的提案有多少件").startswith("答：44件")
    assert first_line(kb, "工业经济类提案占百分之几").startswith("答：25.8%")


_TOTAL_THEN_PARTS = """政协石塘县第七届委员会常务委员会关于2022年提案工作情况的报告

一、提案提交情况

七届二次会议以来，县政协共收到委员提交的提案264件，比上年增加12件。其中，大会期间提交229件，闭会期间提交35件。
"""


def test_a_total_broken_down_by_the_next_sentence_is_not_the_part_asked(tmp_path):
    report = SourceDocument("shitang.txt", _TOTAL_THEN_PARTS.split("\n", 1)[0], None, _TOTAL_THEN_PARTS)
    kb = KnowledgeBase([report], tmp_path)
    assert first_line(kb, "大会期间提交了多少件提案").startswith("答：229件")
    assert first_line(kb, "闭会期间提交了多少件提案").startswith("答：35件")
    assert first_line(kb, "一共收到多少件提案").startswith("答：提案264件")


def test_a_scope_word_asked_is_no_word_to_find(kb):
    assert first_line(kb, "转为意见建议的里面有多少件被部门采纳了").startswith("答：15件")


def test_those_acted_on_by_a_body_are_counted_by_the_deed_not_the_body(tmp_path):
    meigang = SourceDocument("meigang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    city = SourceDocument("tongxi.txt", _CITY.split("\n", 1)[0], None, _CITY)
    kb = KnowledgeBase([meigang, city], tmp_path)
    line = first_line(kb, "转为意见建议的里面有多少件被部门采纳了")  # 被部门采纳: 部门 did it, 采纳 is the deed
    assert "15件" in line and "28件" not in line


def test_a_labelled_category_is_a_result_its_description_names(kb):
    assert first_line(kb, "B类提案多少件").startswith("答：86件")
    assert first_line(kb, "A类提案有多少件").startswith("答：131件")


def test_what_listed_doers_did_together_is_their_sum_not_the_one_asked(kb):
    assert first_line(kb, "各民主党派县委员会交了多少件集体提案").startswith("答：16件")
    assert first_line(kb, "去年集体提案有多少件").startswith("答：集体提案36件")  # the year's (plainly asked: also 累计68件)


def test_how_many_remain_at_a_stage_is_a_count(kb):
    assert first_line(kb, "重点提案还有几件是列入计划正在推进的").startswith("答：3件")


def test_each_item_of_an_enumeration_is_named_by_its_own_words(kb):
    assert first_line(kb, "县教育局承办几件提案").startswith("答：县教育局22件")
    assert first_line(kb, "县卫健局承办几件").startswith("答：15件")
    assert first_line(kb, "县住建局承办了多少件提案").startswith("答：27件")


def test_a_word_of_adding_up_is_not_what_is_counted(kb):
    assert first_line(kb, "本届以来重点提案累计多少件").startswith("答：19件")
    assert first_line(kb, "集体提案累计多少件").startswith("答：68件")


def test_a_results_state_is_no_plan_for_the_deeds_after_it(kb):
    assert first_line(kb, "本届以来表彰了多少件优秀提案").startswith("答：31件")
