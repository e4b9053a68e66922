"""Which document, which year: frames learned at kb add, and questions read in them."""

from bot.knowledge.public import KnowledgeBase
from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import PLAN, RESULTS, figure_year, is_plan, learn_frame, question_mode, question_places

REPORT = """政协第九届东湖市委员会常务委员会工作报告

——2024年1月9日在政协第九届东湖市委员会第三次会议上

2023年工作回顾

一年来，东湖市政协全年编报社情民意信息512篇，组织委员视察调研74次。

全年召开专题协商会3场，提出意见建议88条。

2024年工作安排

计划召开专题协商会5场，力争编报社情民意信息600篇以上。
"""


def _kb(tmp_path, *texts):
    docs = [document_from_text(f"doc{n}.txt", text) for n, text in enumerate(texts)]
    return KnowledgeBase(docs, tmp_path)


def test_a_report_is_read_in_the_year_it_was_delivered():
    frame = learn_frame(2023, "政协第9届东湖市委员会常务委员会工作报告--2024年1月9日在会上", "")
    assert (frame.year, frame.frame_year, frame.places) == (2023, 2024, ("东湖",))
    undated = learn_frame(2020, "青岛市政协2020年履职纪实", "1月11日,会议开幕。")
    assert undated.frame_year == 2021 and undated.places == ("青岛",)


def test_plans_and_results_are_told_apart():
    assert is_plan("2024年工作安排", "召开专题协商会5场", 2023)
    assert is_plan("一、协商议政", "力争编报社情民意信息600篇以上", 2023)
    assert not is_plan("一、协商议政", "全年编报社情民意信息512篇", 2023)
    assert question_mode("明年计划开几场协商会") == PLAN
    assert question_mode("实际编报了多少篇") == RESULTS
    assert question_mode("编报社情民意信息多少篇") is None


def test_places_a_question_names():
    assert question_places("宁川市政协主席是谁", {"海川"}) == {"宁川"}
    assert question_places("海川去年开了几次会", {"海川", "云州"}) == {"海川"}
    assert question_places("全市政协委员有多少", set()) == set()


def test_the_year_of_a_figure():
    frame = learn_frame(2023, "东湖市政协工作报告--2024年1月9日", "")
    assert figure_year(frame, "一、协商议政", "全年编报社情民意信息512篇") == 2023
    assert figure_year(frame, "2024年工作安排", "力争编报社情民意信息600篇以上") == 2024
    assert figure_year(frame, "一、协商议政", "对2021年办理的40件提案开展回头看") == 2021


def test_a_person_with_their_post_is_dated_by_their_own_clause_only():
    frame = learn_frame(2023, "东湖市政协工作报告--2024年1月9日", "")
    said = '"从2021年3月至2022年5月,有关部门开展了治理。"他对东湖市政协主席李明远说:"感谢政协。"'
    assert figure_year(frame, "一、协商议政", said, "李明远(东湖市政协主席)") == 2023
    assert figure_year(frame, "一、协商议政", "2022年,东湖市政协主席李明远带队调研", "李明远(东湖市政协主席)") == 2022
    assert figure_year(frame, "一、协商议政", "从2021年起开展治理", "王某(主任)") == 2023  # not in the sentence


def test_last_year_this_year_and_plans_in_the_frame_of_the_report(tmp_path):
    kb = _kb(tmp_path, REPORT)
    assert kb.answer("去年社情民意信息编报了多少篇").text.startswith("答：512篇（2023年）")
    assert kb.answer("今年计划召开几场专题协商会").text.startswith("答：5场（2024年）")
    assert kb.answer("2023年召开了几场专题协商会").text.startswith("答：3场（2023年）")
    assert not kb.answer("2024年实际编报了多少篇社情民意信息").answered  # only planned


def test_a_question_naming_another_committee_is_not_answered_from_this_one(tmp_path):
    kb = _kb(tmp_path, REPORT)
    assert not kb.answer("西山市政协去年编报了多少篇社情民意信息").answered


def test_new_words_are_learned_from_the_text_itself(tmp_path):
    text = REPORT.replace("东湖", "溟潇") + "\n溟潇港口和溟潇大学的委员参加了视察。\n"
    kb = _kb(tmp_path, text)
    assert "溟潇" in kb.index.learned_words  # a place no dictionary knows
    assert "溟潇" in kb.segmenter.words("溟潇市政协")


OLDER = """西山市政协2021年履职纪实

一年来，西山市政协全年编报社情民意信息305篇，组织委员视察调研40次。
"""


def test_naming_no_document_the_newest_answers_and_says_so(tmp_path):
    kb = _kb(tmp_path, OLDER, REPORT)
    answer = kb.answer("社情民意信息编报了多少篇")
    # Both figures in the first line, the newest first, each with its committee and year.
    assert answer.text.splitlines()[0] == "答：东湖政协的报告：512篇（2023年）；西山政协的报告：305篇（2021年）"
    assert "西山市政协2021年履职纪实" in answer.text.splitlines()[-1]
    assert kb.answer("西山市政协编报了多少篇社情民意信息").text.startswith("答：305篇（2021年）")


OLDEST = """南坪市政协2019年履职纪实

一年来，南坪市政协全年编报社情民意信息188篇，组织委员视察调研21次。
"""


def test_naming_no_document_every_report_that_answers_is_told(tmp_path):
    """Three reports answer a question naming none: each figure stands in the first line, the
    newest first, not the first two only."""
    kb = _kb(tmp_path, OLDEST, OLDER, REPORT)
    line = kb.answer("社情民意信息编报了多少篇").text.splitlines()[0]
    assert line.startswith("答：东湖政协的报告：512篇（2023年）")
    assert "西山政协的报告：305篇（2021年）" in line and "南坪政协的报告：188篇（2019年）" in line


def test_a_change_from_a_year_dates_only_its_starting_figure():
    frame = learn_frame(2023, "东湖市政协界别工作总结--2024年1月8日", "")
    said = "全年报送信息40条,由2022年的28条增至40条,被市政协采用17条,其中8条得到批示"
    assert figure_year(frame, "一、建言献策", said, "28条") == 2022
    assert figure_year(frame, "一、建言献策", said, "17条") == 2023  # a later clause: the report's own year
    assert figure_year(frame, "一、建言献策", said, "8条") == 2023  # 8条 is not the tail of 28条


def test_the_year_of_what_a_plan_builds_on_does_not_date_the_plan():
    frame = learn_frame(2023, "东湖市政协工作总结--2024年1月8日", "")
    plan = "在2023年3个街道试点的基础上,计划新建社区议事室12个,力争到2024年底全覆盖"
    assert figure_year(frame, "三、2024年工作打算", plan, "12个") == 2024
    assert figure_year(frame, "三、2024年工作打算", plan, "3个") == 2023  # the groundwork's own figure


def test_a_change_against_a_years_figure_dates_that_figure_only():
    frame = learn_frame(2023, "东湖市政协界别工作总结--2024年1月8日", "")
    said = "截至2023年12月底,全市共建成委员议事室36个,较2022年底的27个新增9个"
    assert figure_year(frame, "一、阵地建设", said, "9个") == 2023  # the change is the year reported on
    assert figure_year(frame, "一、阵地建设", said, "27个") == 2022
    said = "全年举办读书沙龙52期,比2022年的40期增加12期"
    assert figure_year(frame, "一、阵地建设", said, "12期") == 2023
    assert figure_year(frame, "一、阵地建设", said, "40期") == 2022
