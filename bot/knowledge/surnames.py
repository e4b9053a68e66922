"""The Chinese surnames a name in a report may start with (people.py reads names by them): the single
surnames of the 百家姓 and the commoner modern ones, and the two-character surnames (欧阳, 司马).

General Chinese data, nothing of any report.  How each character was placed: by jieba's general dictionary,
the one the engine's ``word_frequency`` reads (tests/knowledge/test_surname_inventory.py checks it), counting
the character's own frequency as a word ("alone") and the summed frequency of the longer words it starts
("starts"):
- the commonest surnames are in whatever they start (王, 高, 于, 向, 万: names far more often than not);
- any other character alone >= 5000 (a function word, a verb or a noun of its own: 和, 时, 从, 安, 全,
  上 is not even a surname) or starting words >= 30000 (国, 文, 明, 平, 成) is left out: the dictionary check
  could not keep enough of its words;
- starts >= 1500: a surname that starts words too (华侨, 宣传, 卫生, 申报), read through the dictionary check
  (people._runs_into_word): no name where it and what follows are one general word (nor, for the ones this
  inventory adds, where its first two characters are a word themselves);
- the rest seldom start a word (聂, 褚, 邝): a name wherever the shape around them says one stands.
"""

from __future__ import annotations

__all__ = ["SURNAMES", "WORD_STARTING_SURNAMES", "COMPOUND_SURNAMES", "WORD_START_FLOOR", "LEFT_OUT_ALONE",
           "LEFT_OUT_STARTS"]

# The thresholds above, on jieba's counts (the test measures each group by them).
WORD_START_FLOOR = 1500
LEFT_OUT_ALONE = 5000
LEFT_OUT_STARTS = 30000

# The commonest surnames (about the hundred and thirty commonest): in whatever words they start too
# (高度, 方面, 于是, 向着); a name after or before a post still goes through the dictionary check.
_COMMONEST = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖"
    "贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤薄曲常温康施牛洪于单栾隋臧衣宫逄綦鞠修纪盛管"
    "鲁葛柳兰高"
)
# Surnames that start words too (starts >= 1500: 蒙古, 储备, 章程, 卫生, 华侨, 宣传, 申报); 章 and 鄂 are a
# character's own word too (alone >= 5000) but long read as surnames here.  Those read here before this inventory
# (tested on reports) are names unless they run into a word (庞德顺, 宁海鸥 though 庞德, 宁海 are words); the ones
# it adds (WORD_STARTING_SURNAMES) are no names where their first two characters are a dictionary word too
# (宣读, 扶持, 卫生).
_STARTING_WORDS_READ_BEFORE = "俞尤岳童柯庞祝殷柏霍颜乔巩傅蒙储甘费苗宁符柴班章卓危穆庄屠鄂滑勾隆"
_STARTING_WORDS = (
    "卫华凤廉毕乐齐萧贝伏茅舒屈蓝季麻梅凌支宗宣杭吉荣羊松井富乌焦巴牧谷仰秋伊仇暴厉祖景束幸印宿怀索咸池阴苍闻贡劳申扶桑"
    "桂寿燕充慕习艾容终衡步欧融辛简沙养丰查荆盖晋楚涂墨哈阳福揭练植"
)
# Surnames that seldom start another word (starts < 1500: 聂文涛, 卞志刚, 邝海明).
_SELDOM_WORDS = (
    "聂褚阮詹翟倪滕樊骆闵耿饶娄鲍裴靳喻祁蒲牟缪窦戚岑晏冉翁卜邬佟芮阎奚狄邢卞邝冼郜阚亓邰逯昝蔺鄢谌胥佘甄寇虞敖仝郦阙裘隗郗邸"
    "晁訾蒯濮宓扈荀邴瞿仉庹眭谯殳缑笪禚钭佴厍郏璩戢蒉钮酆桓琚闾匡莘禤粟祢羿郇郁糜亢帅巫苟宦郎昌伍湛禹席刁贲嵇於惠汲弓蓬仲戎韶"
    "蓟籍赖姬堵宰雍冀浦茹慎戈庾暨弘禄沃蔚夔毋乜巢竺益汝钦况郈雒檀甯尉卿栗隰"
)
# Left out by the rule (for the record, and for the test): 水云花安时皮元平和米明计成谈项强路经房干解应包诸左家封山车全
# 司从能双党却通边尚农别连鱼古易居都满国文广东利越师冷那空须关相后红游权公法商年爱言银原代门降.

SURNAMES = frozenset(_COMMONEST + _STARTING_WORDS_READ_BEFORE + _STARTING_WORDS + _SELDOM_WORDS)
WORD_STARTING_SURNAMES = frozenset(_STARTING_WORDS)

# Two-character surnames that hardly start another word (主席司徒敬山, 委员欧阳明): the given name is one or two
# characters after them.  (东方, 第五, 西门, 南门, 百里 start words; 濮阳 is a city.)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "慕容", "尉迟", "宇文", "司徒", "夏侯",
                     "公孙", "端木", "南宫", "司空", "澹台", "呼延", "独孤", "万俟", "闻人", "钟离",
                     "轩辕", "赫连", "申屠", "淳于", "拓跋", "公冶", "宗政", "鲜于", "闾丘", "太叔", "左丘", "公羊",
                     "漆雕", "梁丘", "羊舌", "谷梁", "段干", "颛孙", "亓官", "司寇", "仲孙", "东郭")
