"""Declining by reason an amount whose measure word counts another kind of thing than the one asked: the
sentence tells a figure of the event or the gift beside what the question counts.

- people asked by their noun (多少职工, 几个学生, 多少名志愿者), an amount in a measure word that never counts
  people told (为企业职工书屋捐赠图书600册, 举办讲座4场, 提交心得52篇);
- books asked (捐了多少书, 几本书, 多少册图书), an amount in a measure word that counts no books told
  (开展阅读活动4场, 服务儿童160余名);
- places or facilities asked by their head noun after 的 (捐赠图书的农家书屋一共有几个, 结对的村有多少个), an amount
  in a measure word that never counts a place told (为农家书屋捐赠图书6800册, 服务群众300人次).

Used by neighbour_parts.py (``_counts_other_kind``); general Chinese measure words only.
"""

from __future__ import annotations

import re

__all__ = ["other_kind_counted"]

# Measure words that count things, events or amounts, never people (册, 场, 篇, 元 …).
_NEVER_PEOPLE = frozenset("册本篇件条场期项亩元台辆座所处套张部种页幅盏株棵艘架卷箱吨") | frozenset(
    {"万元", "亿元", "平方米", "公里", "千克", "公斤"})
# Nouns of people, by their last characters (职工, 志愿者, 留守儿童, 村民 …).
_PEOPLE_NOUN = re.compile(r"(?:员|人|者|士|师|代表|干部|群众|学生|医生|家属|专家|骨干|同志|党员|居民|村民|农民|职工|员工|"
                          r"儿童|老人|青少年|少年|学子|市民|游客|观众|听众|读者|妇女|家庭)$")
# A measure word a question counting people may use (几名职工, 多少位专家, 几个学生).
_PEOPLE_ASKED_UNITS = (None, "名", "位", "人", "个", "个人")
# Books counted: 多少书, 几本书, 多少册图书, 多少图书 (not 书屋, 书法, 书记 …: another noun).
_BOOKS_ASKED = re.compile(r"(?:多少|几)(?:本|册|套|部)?(?:图书|书籍|书)(?![\u4e00-\u9fff])")
# The measure words books are counted in (图书600册, 3本书, 推荐书目86种, 两套丛书, 5箱书).
_BOOK_UNITS = frozenset("本册套种部卷箱批")


# A place or facility asked as the head noun after 的, counted by 个, 家, 所, 座, 处 or no measure (的农家书屋一共有几个).
_PLACE_ASKED = re.compile(r"的[\u4e00-\u9fff]{0,6}(?:屋|室|站|馆|村|社区|街道|镇|乡|学校|医院|中心|基地|园区|企业|公司|书院|"
                          r"驿站|广场)(?:一共|总共|共|都|合计)?有?(?:几|多少)(?:个|家|所|座|处)?$")
# Measure words that never count a place or a facility (books, pieces, events, people, money, area).
_NEVER_PLACES = frozenset("册本篇件条场期项亩元名位人次盏株棵吨") | frozenset({"万元", "亿元", "人次", "平方米"})


def other_kind_counted(q, unit: str) -> bool:  # noqa: ANN001 - a QuestionAnalysis
    """Whether the amount's measure word ``unit`` counts another kind of thing than the people or books ``q`` counts."""
    if q.counted and q.unit in _PEOPLE_ASKED_UNITS and _PEOPLE_NOUN.search(q.counted) and unit in _NEVER_PEOPLE:
        return True  # 某公司有多少职工 asked, 为企业职工书屋捐赠图书600册 told
    if _PLACE_ASKED.search(q.norm.rstrip("?？")) and unit in _NEVER_PLACES:
        return True  # 捐赠图书的农家书屋一共有几个 asked, 为农家书屋捐赠图书6800册 told
    return bool(_BOOKS_ASKED.search(q.norm)) and bool(unit) and unit not in _BOOK_UNITS
