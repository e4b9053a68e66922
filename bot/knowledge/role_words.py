"""The words naming a post, a title or a calling, written right before (or after) a person's name (主席, 主任,
召集人, 住持, 律师, 老船工): where one stands, a name may follow.

Read by people.py (finding names and their posts) and bracket_posts.py; general Chinese only.
"""

from __future__ import annotations

__all__ = ["ROLE_WORDS"]

ROLE_WORDS = (
    "副主席", "主席", "副书记", "书记", "常委", "委员", "首席专家", "专家", "副队长", "队长",
    "队员", "成员", "副主任", "主任", "副部长", "部长", "副局长", "局长", "秘书长", "华侨",
    "市长", "副市长", "区长", "院长", "会长", "理事长", "董事长", "总经理", "经理", "校长",
    "记者", "人士", "代表", "教授", "医生", "老师", "厅长", "处长", "科长",
    # Posts of counties, towns, 界别 and working groups.
    "县长", "副县长", "副区长", "镇长", "乡长", "召集人", "副召集人", "组长", "副组长", "副校长", "副院长", "副会长",
    # A democratic party's committee is led by its 主委 (主任委员).
    "主委", "副主委",
    # Heads of institutions (a library, a paper, a bank) and titles of researchers and engineers.
    "馆长", "副馆长", "社长", "副社长", "园长", "副园长", "站长", "所长", "行长", "台长", "团长", "厂长", "总编辑", "副总编辑",
    "研究员", "副研究员", "工程师", "农艺师", "会计师", "经济师", "讲师",
    # Occupations written before a name (律师蒋某, 语文教师郑某), posts of religious bodies and heritage bearers (某寺住持, 非遗传承人).
    "律师", "干部", "教师", "住持", "监院", "方丈", "道长", "牧师", "长老", "神父", "阿訇", "传承人",
    # Trades and posts written right before a name, often at the end of a chain of posts (县政协委员、县精神卫生中心
    # 主任医师孙某, 县消防救援大队政治教导员马某, 某公司负责人江某), or an old hand (92岁的老党员柯某, 老艺人, 老中医),
    # or a leader named by the word itself (界别联系领导谢某同志, 检察长柯某).
    "医师", "教导员", "指导员", "负责人", "党员", "艺人", "中医", "检察长", "领导",
    # A respected native of the place, at home or abroad (旅港乡贤某某).
    "乡贤",
    # Trades and callings a history or memoir writes before the person (老船工某某, 民间收藏家某某, 特约编辑某某,
    # 出版社编审某某, 个体工商户某某, 地方史学者某某, 老知青某某).
    "船工", "窑工", "渔民", "工匠", "收藏家", "摄影家", "作家", "画家", "书法家", "学者", "编辑", "编审",
    "个体工商户", "知青",
    # Farmers and breeders named by their scale (种粮大户某某, 某某是当地的养殖大户).
    "大户",
)
