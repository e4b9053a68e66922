"""Classes a party-building summary showed (made-up text): a summary signed at its foot, a 其中 part that ends
with its amount's clause, a count ending in 组成."""

from bot.knowledge.public import KnowledgeBase
from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import learn_frame
from bot.knowledge.part_after import whole_told_for_part

SIGNED = """中共溯溪县政协机关党组2023年机关党建工作总结和2024年工作安排

2023年，县政协机关党组坚持以党的政治建设为统领，推动机关党建工作高质量发展。

一、2023年机关党建工作情况

县政协机关党组由4名同志组成，党组书记由县政协主席祁远山同志担任，党组成员为县政协秘书长钱慕白。

全年召开党组会议19次，其中专题研究机关党建工作5次，研究审定县政协机关制度文件7个。开展主题党日活动24次。

二、2024年机关党建工作安排

全年开展主题党日活动不少于30次。

中共溯溪县政协机关党组
2023年12月26日
"""


def _kb(tmp_path, *texts):
    docs = [document_from_text(f"doc{n}.txt", text) for n, text in enumerate(texts)]
    return KnowledgeBase(docs, tmp_path)


def test_a_date_alone_on_the_last_line_is_the_day_the_summary_was_signed():
    assert learn_frame(2023, "溯溪县政协2023年工作总结", "全年召开会议5次。", "2023年12月26日").frame_year == 2023
    assert learn_frame(2023, "溯溪县政协2023年工作总结", "", "政协溯溪县委员会办公室 2024年1月18日印发").frame_year == 2024
    # A date inside the last sentence is something it tells, not its signature.
    assert learn_frame(2023, "溯溪县政协2023年工作总结", "", "于2023年12月26日召开全会。").frame_year == 2024


def test_this_year_in_a_summary_signed_in_its_own_december(tmp_path):
    kb = _kb(tmp_path, SIGNED)
    assert kb.answer("今年党组会议开了几次").text.startswith("答：19次（2023年）")
    assert kb.answer("明年主题党日活动至少几次").text.startswith("答：不少于30次（2024年）")
    assert not kb.answer("去年党组会议开了几次").answered


def test_a_part_after_qizhong_ends_with_the_clause_of_its_amount(tmp_path):
    shown = "全年召开党组会议19次,其中专题研究机关党建工作5次,研究审定县政协机关制度文件7个。"
    assert not whole_told_for_part([("县政协",), ("机关",), ("党组会", "党组会议")], shown, shown.find("19"), "县政协机关党组会开了几次")
    kb = _kb(tmp_path, SIGNED)
    assert kb.answer("今年县政协机关党组会一共开了几次").text.startswith("答：19次（2023年）")


def test_a_count_ending_in_zucheng_counts_the_people_before_it(tmp_path):
    kb = _kb(tmp_path, SIGNED)
    assert kb.answer("溯溪县政协机关党组由几个人组成").text.startswith("答：4名（2023年）")


def test_the_partys_prefix_before_a_committee_names_its_home():
    frame = learn_frame(2023, "中共溯溪县政协机关党组2023年机关党建工作总结", "")
    assert (frame.places, frame.level) == (("溯溪",), "县")


BRANCHES = """中共沐川县政协机关党组2023年机关党建工作总结

（2023年12月26日）

一、2023年机关党建工作情况

县政协机关党总支下设3个党支部：机关第一党支部（办公室、研究室），党员12名，支部书记栾秋白；机关第二党支部（各专门委员会办公室），党员10名，支部书记柯望舒；离退休干部党支部，党员8名，支部书记鲁枕溪。

各支部落实情况如下：

机关第一党支部：党员12名，党员大会6次，支委会13次，党小组会36次；
机关第二党支部：党员10名，党员大会5次，支委会12次，党小组会30次；
离退休干部党支部：党员8名，党员大会5次，支委会11次，党小组会22次。

深入开展“一支部联一村”结对共建活动，机关第一党支部结对甘棠镇上坪村，机关第二党支部结对甘棠镇下坪村。
"""


def test_ordinal_groups_are_read_with_di_as_the_documents_write_them():
    from bot.knowledge.ordinal_units import ordinal_named
    corpus = "机关第一党支部结对某村,机关第二党支部结对某某村"
    assert ordinal_named("1支部的支书叫啥", corpus) == "第一支部的支书叫啥"
    assert ordinal_named("第2支部的支书是谁", corpus) == "第二支部的支书是谁"
    assert ordinal_named("3个支部里2支部开了几次会", corpus) == "3个支部里第二支部开了几次会"
    assert ordinal_named("1支部联一村活动搞了几次", corpus) == "1支部联一村活动搞了几次"  # a slogan's pair
    assert ordinal_named("2组开了几次会", corpus) == "2组开了几次会"  # no 第二组 in the documents


def test_the_holder_of_a_post_in_the_item_naming_the_group_asked(tmp_path):
    kb = _kb(tmp_path, BRANCHES)
    assert kb.answer("第二党支部书记是谁").text.startswith("答：柯望舒")
    assert kb.answer("一支部的支书叫啥").text.startswith("答：栾秋白")
    assert kb.answer("离退休干部党支部书记是谁").text.startswith("答：鲁枕溪")


def test_a_count_of_the_set_picked_from_is_no_number_to_find(tmp_path):
    kb = _kb(tmp_path, BRANCHES)
    assert kb.answer("三个支部里二支部党小组会开了几次").text.startswith("答：党小组会30次")
    assert kb.answer("一支部支委会开了几次").text.startswith("答：支委会13次")


def test_people_before_shequ_name_no_town():
    from bot.knowledge.asked_untold import town_names
    assert town_names("在职党员社区报到率多少") == []
    assert town_names("东湖社区开了几场") == ["东湖社区"]


def test_a_post_in_brackets_after_a_body_is_that_bodys(tmp_path):
    plan = "溯溪县政协2024年协商计划\n\n牵头单位：社会和法制委员会（主任柯望舒），教科卫体委员会参与。\n\n牵头单位：教科卫体委员会（主任栾秋白）。\n"
    kb = _kb(tmp_path, plan)
    assert kb.answer("教科卫体委员会主任是谁").text.startswith("答：栾秋白")
    assert kb.answer("社会和法制委员会主任是谁").text.startswith("答：柯望舒")
