"""Classes of input the Q&A reads the same way in any document (issue 11,
fourth round): posts given with the holder's own title, county and 界别 posts,
slips that are no slips, a noun suffix the segmenter leaves alone, places
named by their kind, a home committee's body."""

from bot.knowledge.people import find_people, find_person_names
from bot.knowledge.question_terms import join_verbatim
from bot.knowledge.spelling import SpellingCorrector


def _people(sentence: str) -> dict[str, str]:
    return {p.name: p.role for p in find_people(sentence, find_person_names(sentence))}


def test_a_post_held_by_someone_named_with_their_own_title():
    sentence = "课题组组长由县教育局副局长郑海波担任,副组长由县实验中学校长郑海涛担任。"
    assert _people(sentence) == {"郑海波": "课题组组长", "郑海涛": "课题组副组长"}  # one body for both (body_names.py)


def test_county_posts_are_posts():
    people = _people("县委常委、常务副县长吴永刚领衔督办1件重点提案,县长周振邦到会讲话。")
    assert people["吴永刚"].endswith("常务副县长")
    assert people["周振邦"] == "县长"


def test_a_slip_never_makes_a_particle_nor_drops_a_narrowing_word():
    assert not SpellingCorrector._plausible_slip("别副", "别的")
    assert not SpellingCorrector._plausible_slip("原主任", "主主任")
    assert SpellingCorrector._plausible_slip("专相", "专项")
    assert SpellingCorrector._plausible_slip("房冬", "房东")


class _Corpus:
    def __init__(self, text: str) -> None:
        self.text = text

    def contains(self, phrase: str) -> bool:
        return phrase in self.text

    def idf(self, phrase: str):
        return 1.0 if phrase in self.text else None


def test_a_noun_suffix_left_alone_joins_the_word_before_it_as_the_document_writes_it():
    corpus = _Corpus("全年组建紧密型教育集团9个;经济建设类提案213件。")
    assert join_verbatim(["组建", "紧密", "型", "教育", "集团"], "组建紧密型教育集团", corpus) == ["组建", "紧密型", "教育", "集团"]
    assert join_verbatim(["经济建设", "类", "提案"], "经济建设类提案", corpus) == ["经济建设类", "提案"]
    # Not a suffix, or not written so in the document: left as it is.
    assert join_verbatim(["已", "解决"], "已解决", corpus) == ["已", "解决"]
    assert join_verbatim(["社会", "类"], "社会类", corpus) == ["社会", "类"]


def test_quoted_names_and_a_misspelt_one_on_the_bundled_report(kb):
    index = kb.answerer.index
    assert index.correct("爱心房冬多少位")[0] == "爱心房东多少位"
    answer = kb.answer("个体工商户调研在哪个商场")
    assert answer.answered and "金茂湾" in answer.text.split("\n", 1)[0]


def test_measure_words_of_general_chinese_are_amounts_and_asked_units():
    from bot.knowledge.facts import find_quantities

    assert [q.text for q in find_quantities("推动安装路灯420盏,上示范课64节")] == ["420盏", "64节"]
    # 眼 counts wells and springs (新打应急水井19眼); not 眼光, 眼下.
    assert [q.text for q in find_quantities("新打应急水井19眼,修复山泉3眼")] == ["19眼", "3眼"]
    assert find_quantities("2眼下的问题") == []


def test_the_measure_word_after_how_many_is_no_slip(kb):
    # 多少盏 asks for 盏; it is not a slip for a word of the report that starts with another character.
    corrected, _ = kb.answerer.index.correct("多少盏路灯")
    assert corrected.startswith("多少盏")


_REPORT = """北岭市政协文化界别2022年工作总结和2023年工作打算

（二〇二三年一月六日）

2022年工作回顾

界别召集人由北岭艺术学院副院长赵文华担任，副召集人由市图书馆馆长赵文军担任。3月至6月，界别开展“书香北岭”调研。

界别在市文化馆设立“文化界别委员工作室”，每月第一个星期五为接待日，全年接待群众64人次。

5月，界别举办“非遗传承”专题读书班，为期两天，参加委员28名。全年报送社情民意信息41篇。

2023年工作打算

计划在北岭古镇设立第二个委员工作室；力争报送社情民意信息50篇以上。
"""


def _report_kb(tmp_path):
    from bot.knowledge.documents import document_from_text
    from bot.knowledge.public import KnowledgeBase

    return KnowledgeBase([document_from_text("beiling.txt", _REPORT)], tmp_path)


def test_same_surname_convener_and_deputy_by_their_posts(tmp_path):
    kb = _report_kb(tmp_path)
    assert kb.answer("文化界别副召集人是谁").text.startswith("答：赵文军")
    assert kb.answer("文化界别召集人是谁").text.startswith("答：赵文华")


def test_declined_by_reason_ordinal_year_and_place(tmp_path):
    kb = _report_kb(tmp_path)
    assert not kb.answer("第二个委员工作室接待了多少人次").answered  # only the first is told of
    assert not kb.answer("赵文华是哪年当上召集人的").answered  # a month told, a year asked
    assert not kb.answer("非遗传承读书班在哪里举办").answered  # no place told
    assert kb.answer("文化界别委员工作室设在哪里").answered


def test_a_plan_asked_by_its_year_or_its_target(tmp_path):
    kb = _report_kb(tmp_path)
    assert "50篇" in kb.answer("2023年社情民意信息的目标是多少篇").text.split("\n", 1)[0]
    assert not kb.answer("2022年计划报送多少篇社情民意信息").answered  # this report plans 2023


def test_a_place_piece_and_a_home_body_are_not_asked_things(tmp_path):
    from bot.knowledge.frames import question_places

    assert question_places("柘川县县长是谁", {"柘川"}) == {"柘川"}  # not 川县 as well
    kb = _report_kb(tmp_path)
    assert kb.answer("北岭市政协文化界别召集人叫啥").text.startswith("答：赵文华")


def test_a_figure_takes_the_year_written_before_it_not_one_after(tmp_path):
    from bot.knowledge.frames import DocFrame, figure_year

    frame = DocFrame(year=2018, frame_year=2019, places=("柘川",))
    sentence = "全年共开展协商活动38场,采纳率由2017年的61%提高到2018年的72%。"
    assert figure_year(frame, "2018年工作", sentence, "38场") == 2018
    assert figure_year(frame, "2018年工作", sentence, "61%") == 2017


def test_members_of_a_team_are_not_the_committee_s_count(kb):
    assert not kb.answer("青岛市政协一共有多少委员").answered
    assert "330" in kb.answer("小分队由多少委员组成").text.split("\n", 1)[0]


_SUMMARY = """东港市政协农业界别2023年工作总结

（二〇二四年一月十日）

2023年工作回顾

市农业农村局据此制定“强村富民”三年行动计划，全年组建农业产业化联合体12个，带动农户3400户。

界别委员配合市市场监管局对农资经营门店开展联合检查2次，检查门店58家。

界别退休农技专家组建“田间课堂”服务队，队员41人。

委员提交的提案从2021年的22件增加到2023年的35件。
"""


def test_counted_head_plan_named_as_done_and_last_year_between_two_figures(tmp_path):
    from bot.knowledge.documents import document_from_text
    from bot.knowledge.public import KnowledgeBase

    kb = KnowledgeBase([document_from_text("donggang.txt", _SUMMARY)], tmp_path)

    def first(question):
        return kb.answer(question).text.split("\n", 1)[0]

    assert "12个" in first("组建了几个农业产业化联合体")  # a 行动计划 made is no plan told
    assert "58家" in first("联合检查了多少家农资经营门店")  # the head noun 门店 counted
    assert "41人" in first("田间课堂服务队有多少队员")  # 队员 is no 队 measure word
    assert "35件" in first("去年农业界别委员提交提案多少件")  # 去年 = 2023, not 2021's 22件


def test_another_county_is_not_a_slip_and_home_places_start_a_name(tmp_path):
    from bot.knowledge.frames import learn_frame

    frame = learn_frame(2018, "柘川县政协2018年协商工作报告", "在政协柘川县第9届委员会第3次会议上县政协副主席 吴建国")
    assert frame.places == ("柘川",)
    kb = _report_kb(tmp_path)
    # 南岭县 is another county: neither corrected to a word of the report nor answered from it.
    assert not kb.answer("南岭县政协2022年报送社情民意信息多少篇").answered


def test_a_named_person_s_post_must_be_told_not_their_mere_mention(tmp_path):
    from bot.knowledge.documents import document_from_text
    from bot.knowledge.public import KnowledgeBase

    text = _SUMMARY + "\n委员孙立平为红星村小学捐建图书室1间。\n县农技站站长孙立军带队开展技术培训3次。\n"
    kb = KnowledgeBase([document_from_text("donggang.txt", text)], tmp_path)
    assert not kb.answer("孙立平是哪个学校的校长").answered  # he gave the school a room; no post told
