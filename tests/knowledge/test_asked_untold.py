"""An answer whose sentence tells a neighbour of what is asked is declined (asked_untold.py): next
year's outcome, a level asked and a change told, a part larger than the group the question names,
one day's meeting asked and the sum of several told, another region's scope, who asked and no one
named, each of several topics asked and one quoted, the new ones asked and none told new, an agency
asked and none named, one kind in a set asked and the set counted, a deed's object asked and another's
counted. The near questions the report does answer stay
answered. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.asked_untold import untold_doubt
from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import DocFrame
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_REPORT = """政协青屿县委员会农业农村委员会2022年工作总结

（2022年12月16日）

一、协商议政

全年承办双周协商座谈会2次。6月5日，围绕“发展庭院经济”开展双周协商，8位委员发言；9月14日，围绕“盘活闲置农房”开展双周协商，10位委员发言。2次协商共提出意见建议27条，均报送县委、县政府。

11月8日，委员会首次组织“乡村快递进村”网络议政远程协商，19名委员通过视频连线参加，收集委员和网民意见215条。

二、调查研究

7月11日至13日，副主任许丹青带队，邀请县水利局负责同志参加，就“农村生活污水治理”开展调研，走访14个行政村，发现违规占地、设施闲置等问题。调研发现，截至2021年底全县农村生活污水治理率为52.3%，低于全省平均水平。

三、民主监督

围绕高标准农田建设问题整改，组成4个督查小组，对9个重点问题整改落实情况开展跟踪监督，提出意见建议11条。

开展农房安全专项督查，发现问题16个，其中违规建房问题5个，已督促整改13个。

委员会联系农业界、教育界2个界别，2个界别共有县政协委员41名。委员会机关现有工作人员3名。6月20日至21日，组织委员12人赴江口县学习考察庭院经济发展经验。在临河村利用闲置地建停车场，新增停车位60个。

5月9日至10日，副主任吴立平带队，就“发展庭院经济”开展调研，形成《关于发展我县庭院经济的调研报告》。报告提出建议8条，获分管副县长批示。

全年报送社情民意信息30篇，被省政协采用2篇，其中“关于规范农村宅基地审批的建议”获省领导批示。

四、提案工作

委员围绕农业农村领域共提交提案53件，经审查立案45件。县农业农村局承办提案21件。对提案者表示不满意的3件提案，由承办单位重新办理。委员会以集体名义提交提案3件，其中1件被列为重点提案。

五、委员服务

委员会委员今年提交提案、报送信息、参加活动等人均履职积分比上年提高8%。全年共组织委员活动36次。全年组织委员集中学习10次；本届以来累计组织集中学习28次。今年在3个乡镇新建委员工作站2个，推动新增养老床位120张。

六、2023年工作打算

计划承办“建设宜居和美乡村”专题协商会1次，承办双周协商座谈会3次，开展网络议政远程协商2次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("qingyu-agriculture-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingyu"))


def declined(kb, question: str) -> bool:
    return not kb.answer(question).answered


def doubted(kb, question: str, fact: str, sentence: str, frame: DocFrame | None = None) -> bool:
    """Whether the rule trusts less an amount read from a sentence (as normalised) for the question, in the
    frame of the report (of our report unless given)."""
    norm = normalize_text(question).rstrip("?")
    q = analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)
    return untold_doubt(q, "number", fact, normalize_text(sentence), frame or kb.answerer.index.frames[0],
                        kb.answerer.segmenter.general_frequency) < 1.0


def test_next_years_outcome_is_never_told(kb):
    assert declined(kb, "明年网络议政实际收集了多少条意见？")
    assert "215条" in first_line(kb, "网络议政收集了多少条意见？")


def test_a_level_asked_is_not_answered_by_a_change(kb):
    assert declined(kb, "委员人均履职积分是多少分？")
    assert "8%" in first_line(kb, "人均履职积分比上年提高了多少？")


def test_a_part_is_no_larger_than_the_group_asked_of(kb):
    assert declined(kb, "委员会提交的3件集体提案中有几件被立案？")
    assert "45件" in first_line(kb, "农业农村领域提案立案了多少件？")


def test_one_days_meeting_is_not_answered_by_the_sum_of_several(kb):
    assert declined(kb, "6月5日双周协商提出了多少条意见建议？")
    assert "27条" in first_line(kb, "两次双周协商一共提出多少条意见建议？")
    assert "8位" in first_line(kb, "6月5日双周协商有几位委员发言？")


def test_another_regions_scope_is_not_told(kb):
    assert declined(kb, "全省农村生活污水治理率平均是多少？")
    assert "52.3%" in first_line(kb, "全县农村生活污水治理率是多少？")


def test_who_asked_and_no_one_named(kb):
    assert declined(kb, "高标准农田整改的4个督查小组分别由谁带队？")
    assert "许丹青" in first_line(kb, "农村生活污水治理调研是谁带队的？")
    # Whom something went to may be a body, told without a name.
    assert "县委、县政府" in first_line(kb, "双周协商提出的意见建议报送给谁了")


def test_each_topic_asked_and_one_quoted(kb):
    assert declined(kb, "2023年双周协商座谈会的议题分别是什么？")
    assert "乡村快递进村" in first_line(kb, "首次网络议政远程协商的主题是什么？")


def test_the_new_ones_asked_and_nothing_new_told(kb):
    assert declined(kb, "2022年新增委员多少名？")
    assert doubted(kb, "新增委员多少名？", "19名", "19名委员通过视频连线参加，收集意见215条。")
    assert not doubted(kb, "新任委员多少名？", "12名", "本届新任委员12名。")
    assert not doubted(kb, "新任委员人均交了几件提案？", "1.7件", "人均提交提案1.7件。")  # 新任 says who, not what
    assert "2个" in first_line(kb, "2022年新建了几个委员工作站？")


def test_an_agency_asked_and_none_named(kb):
    assert declined(kb, "2022年交县水利局办理的提案有多少件？")
    assert doubted(kb, "交县水利局办理的提案有多少件？", "53件", "委员共提交提案53件，经审查立案45件。")
    assert not doubted(kb, "县水利局承办了多少件提案？", "9件", "县水利局承办提案9件。")
    assert "21件" in first_line(kb, "县农业农村局承办了多少件提案？")


def test_one_kind_in_a_set_asked_and_the_set_counted(kb):
    assert declined(kb, "督查发现的问题中违规占地问题有几个？")
    assert doubted(kb, "督查发现的问题中违规占地问题有几个？", "16个", "开展专项督查，发现问题16个，已整改13个。")
    assert not doubted(kb, "立案的45件提案里集体提案有多少件？", "3件", "经审查立案45件，其中集体提案3件。")
    assert "5个" in first_line(kb, "督查发现的问题中违规建房问题有几个？")


def test_people_hired_asked_and_the_stock_told(kb):
    # Those there are now are not those taken on (asked_untold._HIRED_ASKED).
    assert doubted(kb, "机关去年招了几个事业编人员", "22名", "机关现有干部职工96人，其中行政编制61名、事业编制22名。")
    assert not doubted(kb, "机关去年招了几个事业编人员", "3名", "机关现有干部职工96人，全年招录事业编人员3名。")


def test_one_kind_in_a_set_ending_in_its_last_character(kb):
    # A 接待费 is a kind of 经费: the whole spent is no answer for one kind of it (asked_untold._KIND_BY_LAST).
    assert doubted(kb, "办公经费里公务接待费是多少", "36.5万元", "办公经费支出36.5万元，比上年下降8%。")
    assert not doubted(kb, "办公经费里公务接待费是多少", "3.2万元", "办公经费支出36.5万元，其中公务接待费3.2万元。")


def test_a_deeds_object_asked_and_anothers_counted(kb):
    assert declined(kb, "本届以来累计组织委员活动多少次？")
    assert "28次" in first_line(kb, "本届以来累计组织集中学习多少次？")
    assert doubted(kb, "本届以来累计组织委员活动多少次？", "60次", "本届以来累计开展巡查监督60次。")  # 开展 as 组织


def test_one_of_several_asked_and_their_sum_told(kb):
    assert declined(kb, "农业界委员有多少人？")
    assert doubted(kb, "农业界委员有多少人？", "41名", "2个界别共有县政协委员41名。")
    assert not doubted(kb, "联系的界别共有委员多少名？", "41名", "2个界别共有县政协委员41名。")
    assert "41名" in first_line(kb, "委员会联系的界别共有委员多少名？")


def test_a_named_facility_asked_and_another_told(kb):
    assert declined(kb, "立体停车场一共有多少个车位？")
    assert "60个" in first_line(kb, "临河村停车场新增了多少个停车位？")


def test_so_many_asked_and_another_number_told(kb):
    assert declined(kb, "不满意的那5件提案是哪几个单位办的？")
    assert doubted(kb, "不满意的那5件提案有几件重新办理了？", "3件", "对不满意的3件提案，由承办单位重新办理。")
    assert not doubted(kb, "不满意的那3件提案有几件重新办理了？", "3件", "对不满意的3件提案，由承办单位重新办理。")


def test_a_trip_asked_and_one_elsewhere_told(kb):
    assert declined(kb, "去白石县考察学习去了多少人？")
    assert "12人" in first_line(kb, "去江口县考察学习去了多少人？")


def test_a_bodys_offices_asked_and_anothers_told(kb):
    assert declined(kb, "县政协机关工作人员有多少人？")
    assert "3名" in first_line(kb, "委员会机关有几名工作人员？")


def test_the_committee_of_the_place_at_another_level(kb):
    assert doubted(kb, "青屿市政协委员有多少名？", "41名", "2个界别共有县政协委员41名。")
    assert not doubted(kb, "青屿县政协农业界委员共有多少名？", "41名", "2个界别共有县政协委员41名。")


def test_two_titles_asked_and_one_quoted(kb):
    assert declined(kb, "省政协采用的两篇信息题目是什么？")
    assert "关于规范农村宅基地审批的建议" in first_line(kb, "获省领导批示的信息题目是什么？")


def test_whose_endorsement_a_report_got(kb):
    assert "分管副县长" in first_line(kb, "庭院经济调研报告获得了谁的批示？")
    assert declined(kb, "农村生活污水治理调研报告获得了谁的批示？")


def test_this_years_plan_asked_and_a_past_years_plan_told(kb):
    read_next_year = DocFrame(year=2024, frame_year=2025, places=("白石",), level="县")
    assert doubted(kb, "今年计划改造多少个老旧小区？", "32个", "2024年全县计划改造老旧小区32个，实际完成35个。",
                   read_next_year)
    assert not doubted(kb, "今年计划改造多少个老旧小区？", "40个", "计划2025年改造老旧小区40个。", read_next_year)
    assert not doubted(kb, "2024年计划改造多少个老旧小区？", "32个", "2024年全县计划改造老旧小区32个，实际完成35个。",
                       read_next_year)
