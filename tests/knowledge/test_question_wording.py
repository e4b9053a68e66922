"""A question worded otherwise than the document (wording.py): split where the documents split,
a bare noun for its collective form, a name's head for the name, 首 for 第1, a plan word the
sentence writes as a verb.  On a fictitious report of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.wording import (
    collective_forms, head_reference, plan_word_as_told, resplit_for_documents, told_ordinal,
)
from .conftest import first_line

_TONGCHUAN = """政协桐川市委员会教科卫体委员会2023年工作总结

一、主要工作

1．办好科普讲座。委员会联合市科协，持续举办“桐川科普大讲坛”，邀请高校教授和科技工作者登台主讲。全年举办大讲坛9期，现场听众2100余人次。

2．编印党史读物。全年编印党史书籍4册，共计52万字：一是《桐川红色地名》，18万字，收录地名故事60个；二是《桐川英烈录》，14万字。4册书籍共印制6000册，赠送全市中小学和基层党组织单位85个。

3．推进科普上云。委员会与市图书馆合作开通“桐川科普云课堂”。科普云课堂上线首月点击量即达1.6万人次。

4．关注科普基地建设。市政府出台《桐川市科普基地建设两年行动方案》，明确两年内统筹安排建设资金3000万元。

5．委员随笔。委员撰写调研随笔90余篇，择优21篇汇编成《桐川委员随笔集》。

6．口述影像。采访组形成访谈录像资料56小时，让科普知识“动起来”。委员会开通24小时科普咨询热线。

7．科技下乡。委员会与市科普委联合开展“科普兴委”行动，全年组织科技下乡活动11次。

二、2024年工作打算

计划举办“桐川科普大讲坛”14期；计划编印党史书籍6册，包括《桐川老街志》。计划新增数字化科普资料300万字。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("桐川", _TONGCHUAN.split("\n", 1)[0], "2023", _TONGCHUAN)], tmp_path)


def test_a_name_called_by_its_head_after_the_paragraph_named_it_in_full(tmp_path):
    kb = _kb(tmp_path)
    assert "9期" in first_line(kb, "桐川科普大讲坛2023年办了几期")  # 全年举办大讲坛9期, not the plan's 14期
    assert "9期" in first_line(kb, "桐川科普大講壇2023年辦了幾期")  # written in traditional characters
    assert "14期" in first_line(kb, "桐川科普大讲坛今年计划办几期")


def test_a_question_split_where_the_documents_split_it(tmp_path):
    kb = _kb(tmp_path)
    assert "4册" in first_line(kb, "去年编印了几册党史书")  # 党史 + 书 (书籍), not 党 + 史书
    assert "6册" in first_line(kb, "今年计划编印几册党史书")
    assert "85个" in first_line(kb, "党史书赠送给了多少个单位")


def test_first_told_with_shou_and_a_plan_word_the_sentence_writes(tmp_path):
    kb = _kb(tmp_path)
    assert "1.6万人次" in first_line(kb, "科普云课堂上线第一个月点击量多少")
    assert "3000万元" in first_line(kb, "科普基地建设两年行动方案安排多少建设资金")


def test_the_rules_on_their_own():
    known = {"党史", "书籍", "科普", "推进会"}.__contains__
    idf = lambda w: 1.0 if known(w) else None  # noqa: E731
    assert resplit_for_documents(["党", "史书"], idf) == ["党史", "书"]
    assert resplit_for_documents(["推进", "会上"], idf, frozenset({"上"})) == ["推进", "会上"]  # 上 is no content word
    assert resplit_for_documents(["科普", "读物"], idf) == ["科普", "读物"]
    assert collective_forms("书", idf) == ("书籍",)
    assert collective_forms("党", idf) == ()
    sentences = ["持续举办\"桐川科普大讲坛\"", "全年举办大讲坛9期"]
    assert head_reference("桐川科普大讲坛", ("桐川", "科普", "讲坛", "大讲坛"), sentences) == ("大讲坛", 0)
    assert head_reference("桐川科普大讲坛", ("桐川", "科普", "讲坛"), ["全年举办讲坛9期"]) is None  # never named in full
    assert told_ordinal("第1个月", "上线首月点击量") and told_ordinal("第1批", "首批认定")
    assert not told_ordinal("第2批", "首批认定")
    assert plan_word_as_told("方案安排多少资金", "统筹安排资金3000万元")
    assert not plan_word_as_told("计划安排多少资金", "统筹安排资金3000万元")
    assert not plan_word_as_told("方案安排多少资金", "投入资金3000万元")


def test_a_demonstrative_a_sum_and_a_quoted_title(tmp_path):
    kb = _kb(tmp_path)
    assert "18万字" in first_line(kb, "《桐川红色地名》这本书多少万字")  # 这本书 is no word to find; 万字 asks 字
    assert "52万字" in first_line(kb, "去年编的那几本书加起来多少万字")  # 那几本 asks no count, 加起来 the total
    assert not kb.answer("《桐川老街志》有多少万字").answered  # the plan names it, the 300万字 are of something else
    assert "21篇" in first_line(kb, "随笔选了多少篇编成集子")  # 集子 is a 汇编 (synonyms.txt)


def test_hours_are_an_amount_unless_they_name_a_service(tmp_path):
    kb = _kb(tmp_path)
    assert "56小时" in first_line(kb, "访谈录像形成了多少小时")
    assert not kb.answer("科普咨询热线号码是多少").answered  # 24小时 names the hotline's hours


def test_a_slip_is_typed_by_sound(tmp_path):
    kb = _kb(tmp_path)
    assert kb.index.correct("那几本书加起来多少万字")[0] == "那几本书加起来多少万字"  # 加 reads no 动


def test_a_short_committee_name_written_as_the_documents_write_it(tmp_path):
    kb = _kb(tmp_path)
    assert kb.index.correct("科普委去年组织科技下乡活动多少次")[0] == "科普委去年组织科技下乡活动多少次"  # no 科普兴委
    assert "11次" in first_line(kb, "科普委去年组织科技下乡活动多少次")
    from bot.knowledge.vocabulary import join_noun_suffixes

    idf = lambda w: 1.0 if w in "市科普委联合" else None  # noqa: E731 - 科普委 is written so
    assert join_noun_suffixes(["科普", "委", "去年"], "科普委去年", idf) == ["科普委", "去年"]  # 委 ends a body's name


_FENGTING = """政协枫亭市委员会文化文史委员会2023年工作总结

一、主要工作

1．编辑出版。委员会全年编辑出版文史书籍5册，共计96万字。

2．书香活动。委员会在市图书馆举办读书活动9场，参与群众1800余人次。

3．书画展览。组织委员书画作品展2次，展出作品160幅。

4．农家书屋。走访农家书屋21个，捐赠图书3000册。
"""


def test_a_bare_noun_weighs_as_its_collective_word_not_as_a_piece_of_others(tmp_path):
    """书 stands here only inside other words (图书馆, 书画, 书屋) and in 书籍: the question's 书
    weighs as 书籍, the word it stands for, not as a piece nearly every passage holds."""
    kb = KnowledgeBase([SourceDocument("枫亭", _FENGTING.split("\n", 1)[0], "2023", _FENGTING)], tmp_path)
    assert "5册" in first_line(kb, "枫亭市政协文史委去年出版了几册文史书")
