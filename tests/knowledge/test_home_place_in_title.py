"""A committee's place read from a district report's title and dateline: the district named
after its city (白沙市青石区政协…), never a date's unit before 区政协 nor an adverb before 是."""

from bot.knowledge.frames import learn_frame
from bot.knowledge.normalize import normalize_text


def test_a_district_named_after_its_city_is_the_place():
    title = normalize_text("白沙市青石区政协文化和文史委员会")
    opening = normalize_text("2019年工作总结\n（二〇一九年十二月二十日在区政协文化和文史委员会全体会议上）\n")
    frame = learn_frame(2019, title, opening)
    assert frame.places == ("青石",) and frame.level == "区"


def test_a_date_or_an_adverb_before_the_committee_is_no_place():
    opening = normalize_text("（二〇二〇年一月八日在县政协九届委员会第十次主席会议上）\n"
                             "2019年是新中国成立70周年，也是县政协九届委员会履职的关键一年。\n")
    frame = learn_frame(2019, normalize_text("红岭县政协教育委员会2019年工作总结"), opening)
    assert frame.places == ("红岭",)
