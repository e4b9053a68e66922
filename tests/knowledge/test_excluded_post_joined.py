"""What else a person holds asked, one post set aside (除了党总支书记还担任啥职务): posts joined by 兼 are two
items, so a clause telling another post beside the one set aside answers it."""

from bot.knowledge.excluded_told import only_excluded_told
from bot.knowledge.normalize import normalize_text


def test_posts_joined_by_jian_are_two_items():
    question = normalize_text("檀秋禾除了党总支书记还担任啥职务")
    shown = normalize_text("党组成员为县政协副秘书长兼机关党总支书记檀秋禾。")
    assert not only_excluded_told(question, "县政协副秘书长兼机关党总支书记", shown)
    assert only_excluded_told(question, "机关党总支书记", normalize_text("党组成员为机关党总支书记檀秋禾。"))
