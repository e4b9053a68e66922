"""Answer quality on the dev set and on our own, larger question set."""

import pytest

from .conftest import load_questions


def _right(answer, item) -> bool:
    if item["kind"] == "out_of_scope":
        return not answer.answered
    if not answer.answered:
        return False
    if item.get("all"):
        return all(text in answer.text for text in item["all"])
    needed = item["answers"]
    if item["kind"] == "multi":
        return all(text in answer.text for text in needed)
    return any(text in answer.text for text in needed)


def test_dev_set_is_answered_completely(kb):
    items = load_questions("qa_dev.jsonl")
    wrong = [(i["id"], i["q"], kb.answer(i["q"]).text) for i in items if not _right(kb.answer(i["q"]), i)]
    assert wrong == []


def test_own_set_meets_the_targets(kb):
    items = load_questions("qa_questions.jsonl")
    inscope = [i for i in items if i["kind"] != "out_of_scope"]
    outside = [i for i in items if i["kind"] == "out_of_scope"]
    assert len(inscope) >= 150 and len(outside) >= 40
    right_in = sum(_right(kb.answer(i["q"]), i) for i in inscope)
    right_out = sum(_right(kb.answer(i["q"]), i) for i in outside)
    assert right_in / len(inscope) >= 0.95, f"in scope {right_in}/{len(inscope)}"
    assert right_out / len(outside) >= 0.90, f"out of scope {right_out}/{len(outside)}"


def test_number_answers_lead_with_the_number_itself(kb):
    """Not just somewhere in the quoted sentence: the fact is the number."""
    items = [i for i in load_questions("qa_questions.jsonl") if i["kind"] == "number"]
    strict = sum(any(a in kb.answer(i["q"]).fact for a in i["answers"]) for i in items)
    assert strict / len(items) >= 0.95


@pytest.mark.parametrize(
    "question, fact",
    [
        ("社情民意信息去年编报了多少篇", "926篇"),
        ("开展重要协商议政活动多少次", "62次"),
        ("马来西亚华侨夫妇捐了多少钱", "170万元"),
        ("爱心房东一共减免了多少费用？", "1.68亿元"),
        ("工作小分队有几支", "34支"),
        ("全市政协系统参与抗疫和复工复产的有多少人", "12.8万人"),
        ("制定了多少项制度规定", "6大类47项"),
    ],
)
def test_number_fact_has_its_unit(kb, question, fact):
    answer = kb.answer(question)
    assert answer.kind == "number"
    assert answer.fact == fact
    assert answer.text.startswith("答：" + fact)


def test_who_answer_gives_person_and_role(kb):
    answer = kb.answer("“爱青岛，让青岛更美好”这个号召是谁提出来的？")
    assert answer.fact == "王清宪（山东省常委、青岛市委书记）"
    assert "王清宪在青岛市政协十三届四次会议上" in answer.sentence
    assert answer.sources[0].document.startswith("爱青岛，让青岛更美好")


def test_when_answer_gives_the_date(kb):
    assert kb.answer("十三届五次会议是哪天开幕的").fact == "1月11日"
    assert kb.answer("倾听与商量平台什么时候启动的").fact == "2020年10月9日"


def test_answer_names_its_section(kb):
    answer = kb.answer("服务企业工作队全年协调解决了多少问题？")
    assert answer.sources[0].section == "在“搞活一座城”中攻坚克难"
    assert "在“搞活一座城”中攻坚克难" in answer.text
    _title, section, paragraph = kb.passage(answer.passage_id)
    assert section == "在“搞活一座城”中攻坚克难" and "275个" in paragraph


def test_two_facts_in_one_question(kb):
    answer = kb.answer("视察调研和协商议政活动分别有多少次")
    assert "178次" in answer.fact and "62次" in answer.fact


# Held-out sets, written from the report without tuning on them: the first
# before the engine was read (measured 137/149 and 36/42 before the work on
# generalisation), the second after the first round of fixes (measured
# 38/42 and 10/14 when first run), the third after all fixes (measured 39/39
# and 9/10 when first run).  The thresholds sit a little below what the
# engine now reaches, so that they catch regressions, not noise.
@pytest.mark.parametrize(
    "name, in_scope, out_of_scope, at_least",
    [
        ("qa_heldout.jsonl", 0.96, 0.95, (140, 40)),
        ("qa_heldout2.jsonl", 0.95, 0.92, (40, 14)),
        ("qa_heldout3.jsonl", 0.95, 0.90, (39, 10)),
    ],
)
def test_held_out_sets_meet_the_targets(kb, name, in_scope, out_of_scope, at_least):
    items = load_questions(name)
    inside = [i for i in items if i["kind"] != "out_of_scope"]
    outside = [i for i in items if i["kind"] == "out_of_scope"]
    assert len(inside) >= at_least[0] and len(outside) >= at_least[1]
    wrong_in = [(i["id"], i["q"]) for i in inside if not _right(kb.answer(i["q"]), i)]
    wrong_out = [(i["id"], i["q"]) for i in outside if not _right(kb.answer(i["q"]), i)]
    assert 1 - len(wrong_in) / len(inside) >= in_scope, wrong_in
    assert 1 - len(wrong_out) / len(outside) >= out_of_scope, wrong_out


def test_two_facts_need_both_in_the_held_out_set(kb):
    items = [i for i in load_questions("qa_heldout.jsonl") if i.get("all")]
    assert len(items) >= 15
    right = sum(_right(kb.answer(i["q"]), i) for i in items)
    assert right / len(items) >= 0.93


@pytest.mark.parametrize(
    "question, corrected",
    [
        ("虎苔治理怎么样了", "浒苔"),
        ("小份队有几支", "34支"),
        ("彭健是谁", "彭建"),
        ("薄滔委员提了多少条", "30余条"),
    ],
)
def test_slips_in_short_words_are_forgiven(kb, question, corrected):
    answer = kb.answer(question)
    assert answer.answered and corrected in answer.text


@pytest.mark.parametrize(
    "question",
    ["王毅是谁", "浒苔能吃吗", "小分队队员有没有补贴", "提案办结率是多少", "好的收到", "杨军主席的简历", "你怎么看"],
)
def test_look_alike_questions_are_declined(kb, question):
    assert not kb.answer(question).answered
