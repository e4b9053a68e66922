"""Names read by the one check (people.is_surname_name) in the finders that used to test a surname alone, and the
person a who-asked-most question is answered by (ranked_lists.top_person)."""

from bot.knowledge.ranked_lists import top_person
from bot.knowledge.roster_rows import rows_as_roster
from bot.knowledge.speech_section import section_speaker

_COUNTS = {"宣传": 5000, "卫生": 5000}


def _frequency(word: str) -> int:
    return _COUNTS.get(word, 0)


def test_speech_heading_opening_with_a_word_names_no_speaker():
    # 宣 is a surname, but 宣传 a word of the general dictionary: no one's speech
    assert section_speaker("三、宣传部长讲话要点", "要坚持学习。", _frequency) == ""
    assert section_speaker("三、邝砚秋主席讲话要点", "要坚持学习。", _frequency) == "邝砚秋主席"


def test_roster_row_opening_with_a_word_is_no_row():
    rows = ["卫生院 市医院副院长", "卫生所 县医院副院长"]
    assert rows_as_roster(rows, _frequency) == rows
    assert rows_as_roster(["宓松岚 市医院副院长", "邝砚秋 县医院副院长"], _frequency) == ["市医院副院长宓松岚。", "县医院副院长邝砚秋。"]


def test_person_ranked_first_in_a_body_answers_who_has_the_most():
    question = "谁报送的社情民意信息最多"
    assert top_person(question, "邝砚秋委员全年报送信息9篇，居活动组首位", _frequency) == "邝砚秋"
    assert top_person(question, "宓松岚委员报送信息5篇，居全体委员第一", _frequency) == "宓松岚"
