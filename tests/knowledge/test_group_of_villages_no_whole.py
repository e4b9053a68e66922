"""A whole county asked (全县一共脱贫了多少人) is not answered by a counted group of its villages or towns opening
the figure's clause (3个帮扶村共有…): some of the county, not all of it."""

from bot.knowledge.area_parts import smaller_area_told
from bot.knowledge.normalize import normalize_text


def test_a_group_of_villages_is_not_the_county():
    question = normalize_text("去年全县一共脱贫了多少人")
    assert smaller_area_told(question, normalize_text("2020年，4个结对村共有61户、"))
    assert smaller_area_told(question, normalize_text("帮扶力度加大，5个试点社区累计"))


def test_the_whole_or_where_work_went_is_no_group():
    question = normalize_text("去年全县一共脱贫了多少人")
    assert not smaller_area_told(question, normalize_text("全县12个乡镇共有"))
    assert not smaller_area_told(question, normalize_text("委员深入6个乡镇调研，全年"))
