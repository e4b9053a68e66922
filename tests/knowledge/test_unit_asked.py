"""Reports on members' workstations tell of many units of one kind, each by its name (甲镇委员工作室): a
question naming one is not answered by a sentence about another (unit_asked.py), nor by the one before
it where the sentence names no unit; the units' kinds counted together (11个镇街委员工作室共接待…) answer
a question about that kind; the others asked (除了A,还有哪个) are read in a list joined by 和
(excluded_told.py), not as what else one holds (deed_told.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.unit_asked import asked_units, other_unit_told

_REPORT = """荇洲区政协关于2022年度委员工作室运行情况的报告

（2023年1月10日）

一、基本情况

从工作室类型看，9个镇街委员工作室共接待群众1730人次，4个界别委员工作室接待群众522人次。

二、主要做法

汀鹬镇委员工作室由区政协委员、汀鹬镇卫生院院长戚慕白担任召集人。该工作室全年开展协商活动6场。

教育界别委员工作室由区政协常委、蓼湄街道中心小学校长褚远帆担任召集人。

楮坞镇委员工作室于2022年5月挂牌成立，是当年新建工作室中的代表。工作室由区政协委员阙一鸣担任召集人，全年开展议事活动8次。

2022年9月，汀鹬镇委员工作室和苕田街道委员工作室被市政协评为“优秀委员工作室”。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("xingzhou-workstations-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("xingzhou-workstations"))


def test_the_unit_asked_is_told(kb):
    assert "戚慕白" in kb.answer("汀鹬镇委员工作室的召集人是谁？").text.split("\n")[0]
    assert "褚远帆" in kb.answer("教育界别委员工作室召集人是谁").text.split("\n")[0]
    assert "阙一鸣" in kb.answer("楮坞镇工作室的召集人是谁").text.split("\n")[0]


def test_another_unit_of_the_kind_told(kb):
    assert not kb.answer("蓼湄街道委员工作室的召集人是谁？").answered  # only a post there names 蓼湄街道
    assert not kb.answer("苕田街道委员工作室的召集人是谁？").answered  # 苕田 told of in another sentence only
    assert not kb.answer("经济界别委员工作室召集人是谁").answered


def test_the_kind_counted_together_answers_that_kind(kb):
    assert "1730人次" in kb.answer("镇街委员工作室去年接待群众多少人次？").text.split("\n")[0]


def test_the_others_asked_in_a_list_joined_by_he(kb):
    assert "苕田街道" in kb.answer("除了汀鹬镇，还有哪个工作室被评为优秀委员工作室？").text.split("\n")[0]


def test_units_named_by_a_question():
    assert asked_units("汀鹬镇委员工作室的召集人是谁") == ["汀鹬镇"]
    assert asked_units("去年委员工作室接待群众多少人次") == []  # a time, no unit
    assert asked_units("镇街委员工作室接待了多少人次") == []  # a kind of them
    assert asked_units("还有哪个工作室被评为优秀委员工作室") == []  # what befell some
    # a sentence naming no unit reads the one before it
    assert other_unit_told("汀鹬镇委员工作室的召集人是谁", "工作室由某某担任召集人。", "楮坞镇委员工作室于5月挂牌成立。")
    assert not other_unit_told("汀鹬镇委员工作室的召集人是谁", "工作室由某某担任召集人。", "汀鹬镇委员工作室于5月挂牌。")


def test_words_running_on_before_the_name():
    assert not other_unit_told("谁给汀鹬镇委员工作室授的牌", "副主席某某为工作室授牌。", '"汀鹬镇委员工作室"挂牌成立。')


def test_a_count_of_units_names_none():
    assert asked_units("柏溪县建了多少委员联络站") == []
    assert asked_units("有几个委员工作室") == []


def test_a_short_form_or_a_quoted_name():
    told = '依托某文化站建设的"棻坪文化委员工作室",由县政协委员某某担任负责人。'
    assert not other_unit_told("2023年棻坪工作室开展培训几期", told)
    assert not other_unit_told("苒汀议事委员工作室由谁领衔", '一个是设立在某报社的"苒汀·议事"委员工作室,由某某委员领衔。')
    assert asked_units("2024年底委员工作室有几个") == []


def test_a_topics_nickname_and_the_members_word():
    # a topic's unit may be asked by a loose nickname: the sentence before is read only for a place's unit
    assert not other_unit_told("调解工作室化解了多少起纠纷", "工作室全年化解纠纷9起。", "社会法制界别委员工作室由某某担任召集人。")
    assert asked_units("到2026年委员工作站总数要达到多少个") == []


def test_the_reports_own_place_names_no_unit(kb):
    """荇洲区委员工作室 asks of all the committee's workstations, not of one named 荇洲区."""
    assert asked_units("荇洲区委员工作室一共建了多少个", ("荇洲",)) == []
    assert asked_units("荇洲委员工作室接待群众多少人次", ("荇洲区",)) == []
    assert asked_units("汀鹬镇委员工作室的召集人是谁", ("荇洲",)) == ["汀鹬镇"]
    assert asked_units("荇洲区委员工作室一共建了多少个") == ["荇洲区"]  # no home known: read as a name


def test_a_count_of_the_committees_own_units_is_answered(tmp_path):
    report = ("荇洲区政协关于2022年度委员工作室运行情况的报告\n\n（2023年1月10日）\n\n一、基本情况\n\n"
              "2022年，区政协全年新建委员工作室4个。截至2022年12月底，全区共建成委员工作室13个。\n\n"
              "二、主要做法\n\n汀鹬镇委员工作室由区政协委员戚慕白担任召集人。\n")
    kb = KnowledgeBase([document_from_text("xingzhou-count-2022.txt", report)], tmp_path / "kb")
    for question in ("荇洲区委员工作室一共建了多少个", "荇洲委员工作室一共建了多少个"):
        answer = kb.answer(question)
        assert answer.answered and "13个" in answer.text.split("\n", 1)[0], question


def test_a_kinds_figure_is_not_told_for_all_the_units(tmp_path):
    """委员工作室接待群众多少人次 asks of all of them: a sentence telling each kind's figure (镇街…，界别…) tells none of the
    whole; the kind asked is told its own."""
    report = ("荇洲区政协关于2022年度委员工作室运行情况的报告\n\n（2023年1月10日）\n\n一、基本情况\n\n"
              "从工作室类型看，9个镇街委员工作室共接待群众1730人次，4个界别委员工作室接待群众522人次。\n\n"
              "二、主要做法\n\n汀鹬镇委员工作室由区政协委员戚慕白担任召集人。\n")
    kb = KnowledgeBase([document_from_text("xingzhou-kinds-2022.txt", report)], tmp_path / "kb")
    assert not kb.answer("委员工作室接待群众多少人次").answered
    kind = kb.answer("界别委员工作室接待群众多少人次")
    assert kind.answered and "522人次" in kind.text.split("\n", 1)[0]
