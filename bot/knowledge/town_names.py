"""Towns, townships, streets and communities named in a text (涉及城关镇 → 城关镇), read as most such names are
written: two characters before the word.  Questions asked of one town doubt a passage about another
(asked_untold.neighbour_doubt, shelf_named); shelf_marks keeps the characters no such name holds."""
import re

# A town, township, street or community by its name (双桥镇, 柳湾乡, 东湖街道), read as the two characters before
# the word, as most such names are written: not 乡村, 下乡, 城乡, 乡镇, 哪些街道, 各镇, 乡镇卫生院, nor a town's 集镇
# (its market centre: 溪口集镇 is 溪口's, no town 口集镇), nor a going home (为返乡创业人员, 衣锦还乡, 离乡, 故乡),
# nor 镇街 / 乡街, the towns and streets together (重点镇街, 镇街级客厅).
_TOWN_WORD = re.compile(r"(?:(?<![乡城集])镇|(?<![城返还离故思])乡|街道|社区)(?!村|镇|长|干部|政府|人民政府|党委|卫生院|中心|街道|街(?!道))")
NOT_IN_A_TOWN_NAME = set("哪些几多少了的下上在到去送回老家各全本该每个等和与及其这那县市区省村乡镇街道社员")
# A verb, a kind of place or a time before the word (新增社区养老中心, 深入社区, 城乡社区治理) names no town: general Chinese.
# (A verb acting on the one just named, 促成街道新建…, 推动社区…, names it again: no other town.)
_NO_TOWN_BEFORE = re.compile(r"新增|新建|新设|增设|建成|建设|组建|走进|深入|进入|覆盖|下沉|扎根|面向|城乡|农村|城市|基层|所有|全部|"
                             r"促成|推动|推进|促进|协调|指导|督促|帮助|协助|引导|支持|动员|依托|会同|配合|"
                             r"年底|年初|年末|年中|月底|月初|月末")  # (到今年底乡镇…: a time, no town)


def town_names(text: str) -> list[str]:
    """The towns, townships, streets and communities a text names, in order (涉及城关镇 → 城关镇)."""
    names = []
    for m in _TOWN_WORD.finditer(text):
        name = text[max(0, m.start() - 2):m.start()]
        if len(name) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", name) and not set(name) & NOT_IN_A_TOWN_NAME \
                and not _NO_TOWN_BEFORE.fullmatch(name):
            names.append(name + m.group())
    return names


def towns_told(towns, text: str) -> bool:  # noqa: ANN001 - town names
    """Whether ``text`` names one of the ``towns`` a question asks of; a list the question writes without its commas
    (给书屋社区活动室 asked of 书屋、社区活动室) names no town of its own."""
    listed = text.replace("、", "")
    return any(town in text or town in listed for town in towns)
