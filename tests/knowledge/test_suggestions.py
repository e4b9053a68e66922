"""Suggested questions (issue 11): made at kb add from amounts and headings, as a
person asks them, naming whose and which year when several documents are loaded,
offered only when the bot answers them with what they were made from, varied.
All on text of our own."""

import re
from types import SimpleNamespace

from bot.knowledge.documents import SourceDocument
from bot.knowledge.frames import DocFrame
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.suggestions import _amount_questions, _work_item, committee_label

EAST = """东岭市政协2022年工作报告

一、协商议政

2022年，常委会组建监督小组5个，围绕河湖长制开展专项民主监督。全年召开专题协商会4场，委员提出意见建议126条。

二、社情民意

全年编报社情民意信息214篇，被全国政协采用3篇，被省政协采用17篇，获市领导批示29篇。市政协党组落实“三个全覆盖”要求，委员撰写调研报告38篇。

三、委员联络

新建委员工作室12个，组织委员走访群众3600人次。其中45位委员参加了“进社区”活动。
"""

WEST = """西岭县政协2023年工作报告

一、民主监督

西岭县政协常委会组建监督小组7个，对农村生活污水治理开展专项监督。全年召开专题协商会6场，委员提出意见建议98条。

二、文史工作

编印文史资料3辑，征集老照片420张，走访老同志56人次。
"""


def _pool(*documents: tuple[str, str, str], tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument(name, name, year, text) for name, year, text in documents], tmp_path)


def test_no_question_from_an_amount_inside_quotation_marks_or_a_title():
    made = dict(_amount_questions(normalize_text("党组落实“三个全覆盖”要求,编印《文史资料》第3辑,委员撰写调研报告38篇。")))
    assert "38篇" in made.values()
    assert all("全覆盖" not in question and "辑" not in question for question in made)


def test_no_question_from_a_clause_without_its_own_subject():
    made = [question for question, _ in _amount_questions(normalize_text(
        "编报社情民意信息214篇,被全国政协采用3篇,获市领导批示29篇,向有关部门提交建议12条。"))]
    assert made == ["编报社情民意信息多少篇"]
    # A count of people stands alone: 45位委员参加… → 多少位委员参加…
    made = [question for question, _ in _amount_questions(normalize_text("其中45位委员参加了进社区活动。"))]
    assert made == ["多少位委员参加了进社区活动"]
    # A round amount in words is asked by its unit alone (近千人次 → 多少人次, not 多少近千人次).
    made = [question for question, _ in _amount_questions(normalize_text("举办读书讲坛8期,线上线下参与委员近千人次。"))]
    assert "线上线下参与委员多少人次" in made and not any("近千" in question for question in made)
    # Two amounts run together (7轮56份) give no single count to ask for.
    assert _amount_questions(normalize_text("形成调研督促报告7轮56份。")) == []


def test_a_heading_gives_a_question_only_when_it_names_work():
    assert _work_item("（三）聚焦民生实事，深化民主监督", 2022) == "聚焦民生实事"
    assert _work_item("二、加强自身建设", 2022) == "加强自身建设"
    for heading in ("三、2023年工作安排", "四、存在的问题", "二、主要体会", "一、提案提交和立案情况", "一、过去一年的工作",
                    # a meeting's record: its speeches, answers and points are no work done
                    "三、委员和专家发言", "四、政府部门回应", "五、郗望舒主席讲话要点", "二、有关部门情况通报"):
        assert _work_item(heading, 2022) is None, heading


def test_one_document_alone_asks_plainly(tmp_path):
    kb = _pool(("东岭", "2022", EAST), tmp_path=tmp_path)
    pool = kb.index.question_pool
    assert "常委会组建监督小组多少个？" in pool
    assert not any("全覆盖" in q or q.startswith(("被", "获")) for q in pool)


def test_with_several_documents_a_suggestion_names_whose_and_which_year_and_is_answered_with_its_own_fact(tmp_path):
    kb = _pool(("东岭", "2022", EAST), ("西岭", "2023", WEST), tmp_path=tmp_path)
    pool = kb.index.question_pool
    assert "东岭市政协2022年常委会组建监督小组多少个？" in pool
    assert "西岭县政协2023年常委会组建监督小组多少个？" in pool  # the committee the clause names, once
    answer = kb.answer("西岭县政协2023年常委会组建监督小组多少个？")
    assert answer.answered and answer.text.startswith("答：7个")
    # Every suggestion offered is answered by the bot with the amount it was made from, from its own document.
    suggestions = kb.answerer.suggest(normalize_text("常委会监督小组的组长是谁"), 6)
    assert "西岭县政协2023年常委会组建监督小组多少个？" in suggestions
    for question in suggestions:
        i = pool.index(question)
        origin = kb.index.question_origins[i]
        answer = kb.answer(question)
        assert answer.answered and origin.fact in answer.text.split("\n", 1)[0], question
        assert answer.passage_id == kb.index.passages[origin.first].id or origin.fact in answer.fact


def test_suggestions_are_the_closest_and_varied(tmp_path):
    kb = _pool(("东岭", "2022", EAST), ("西岭", "2023", WEST), tmp_path=tmp_path)
    suggestions = kb.answerer.suggest(normalize_text("社情民意信息被采用的比例是多少"))
    assert suggestions and "社情民意" in suggestions[0]
    origins = [kb.index.question_origins[kb.index.question_pool.index(q)] for q in suggestions]
    assert len({origin.first for origin in origins}) == len(origins)  # no two from the same paragraph


def test_a_heading_question_is_offered_only_when_answered_from_its_section(kb):
    # The bundled report: whatever heading questions it keeps must be answered from their own section.
    index = kb.index
    kept = 0
    for i, origin in enumerate(index.question_origins):
        if origin.fact:
            continue
        if kb.answerer._answers_own(i):
            kept += 1
            answer = kb.answer(index.question_pool[i])
            number = index.passage_number(answer.passage_id)
            assert answer.answered and origin.first <= number <= origin.last
    assert kept >= 1


NORTH = """北岭市政协2024年常务委员会工作报告

一、过去一年的工作

2024年，市政协常委会紧扣中心工作，全年召开常委会会议6次，组织各类协商活动41场。

（一）聚焦民生实事，深化民主监督

常委会组建监督小组6个，围绕城乡供水开展专项民主监督，实地察看点位52处，提出意见建议64条。

全年编报社情民意信息188篇，获市领导批示21篇。

（二）加强自身建设，提升履职能力

举办委员履职培训班4期，修订机关制度9项。
"""


def test_the_source_view_stands_under_its_section_path(tmp_path):
    kb = _pool(("北岭", "2024", NORTH), tmp_path=tmp_path)
    answer = kb.answer("常委会组建了几个监督小组")
    assert answer.answered and answer.text.startswith("答：6个")
    title, path, paragraph = kb.passage(answer.passage_id)
    assert path == "一、过去一年的工作 · （一）聚焦民生实事，深化民主监督"
    assert "6个监督小组" in paragraph or "监督小组6个" in paragraph
    # The paragraph after the first under the same sub-heading, and one under no sub-heading.
    later = kb.answer("社情民意信息编报了多少篇")
    assert kb.passage(later.passage_id)[1] == "一、过去一年的工作 · （一）聚焦民生实事，深化民主监督"
    first = kb.answer("组织各类协商活动多少场")
    assert kb.passage(first.passage_id)[1] == "一、过去一年的工作"


def test_heading_questions_come_from_numbered_lines_and_are_checked(tmp_path):
    kb = _pool(("北岭", "2024", NORTH), tmp_path=tmp_path)
    index = kb.index
    made = {q: o for q, o in zip(index.question_pool, index.question_origins) if not o.fact}
    assert set(made) == {"在聚焦民生实事方面做了哪些工作？", "在加强自身建设方面做了哪些工作？"}
    for i, question in enumerate(index.question_pool):
        origin = index.question_origins[i]
        if not origin.fact and kb.answerer._answers_own(i):
            number = index.passage_number(kb.answer(question).passage_id)
            assert origin.first <= number <= origin.last


def test_a_district_committee_is_named_by_its_district():
    title = normalize_text("政协鹤岭市松溪区第三届委员会常务委员会工作报告")
    written = SimpleNamespace(doc_title="政协鹤岭市松溪区第三届委员会常务委员会工作报告", paragraph="各位委员：")
    index = SimpleNamespace(frames=[DocFrame(2024, 2025, ("鹤岭", "松溪"))], title_norm=[title],
                            passage_norm=["各位委员:"], passage_doc=[0], size=1, passages=[written])
    assert committee_label(index, 0, 0) == "松溪区政协"
    index.frames = [DocFrame(2024, 2025, ("鹤岭",))]
    assert committee_label(index, 0, 0) == "鹤岭市政协"


PLAN = """栖凤县政协2024年履职纪实

一、年度工作

这一年，县政协召开专题协商会4场，委员提出意见建议86条。

二、新年打算

今年县政协计划组织专题协商会6场，力争委员提出意见建议100条以上。
"""


def test_a_relative_year_and_the_committee_said_by_its_level_are_not_told_twice(tmp_path):
    """A suggestion names whose and which year once, as a person asks: the year a clause's
    今年 stands for replaces it, the committee's name replaces its level (县政协)."""
    kb = _pool(("栖凤", "2025", PLAN), ("西岭", "2023", WEST), tmp_path=tmp_path)
    pool = kb.index.question_pool
    made = [q for q in pool if "计划组织专题协商会" in q]
    assert len(made) == 1 and re.fullmatch(r"栖凤县政协20\d\d年计划组织专题协商会多少场？", made[0]), made
    assert not any("年今年" in q or "政协县政协" in q or "政协市政协" in q for q in pool)


def test_a_decline_checks_fewer_new_suggestions_on_a_large_knowledge_base(tmp_path, monkeypatch):
    """Each new suggestion is checked by answering it; on a large knowledge base that costs a whole
    answer there, so one decline checks fewer new ones (those checked are remembered for the next)."""
    import bot.knowledge.declining as declining_module

    kb = _pool(("东岭", "2022", EAST), ("西岭", "2023", WEST), tmp_path=tmp_path / "small")
    kb.answerer.suggest(normalize_text("委员提出了多少条意见建议"))
    assert 1 < len(kb.answerer._verified) <= 4
    monkeypatch.setattr(declining_module, "_CHECKED_PASSAGES", 1)  # as if the index were thousands of passages
    kb = _pool(("东岭", "2022", EAST), ("西岭", "2023", WEST), tmp_path=tmp_path / "large")
    kb.answerer.suggest(normalize_text("委员提出了多少条意见建议"))
    assert len(kb.answerer._verified) == 1
    kb.answerer.suggest(normalize_text("委员提出了多少条意见建议"))
    assert len(kb.answerer._verified) == 2  # the next decline checks the next one


def test_no_question_speaks_as_the_report_itself():
    # The report's "we" (我们择优推荐…) is the committee a member names, never the member's own "we".
    made = [question for question, _ in _amount_questions(normalize_text("我们择优向省政协推荐论文12篇,我会新发展会员40名。"))]
    assert made == ["择优向省政协推荐论文多少篇", "新发展会员多少名"]
