"""Deterministic, realistic-looking 社情民意 records for the export benchmark (and for trying exports).

Texts are assembled from a pool of sentences on the topics members actually write
about, about 1 500 characters per record in the three parts. The same seed gives the
same records; records are produced lazily, as a database cursor would.
"""

from __future__ import annotations

import random
import zlib
from datetime import datetime, timedelta, timezone
from typing import AsyncIterator, Iterator

from bot.export.records import STATUS_ORDER, ExportFilter, SubmissionRecord

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲建国建华志强海燕文博晓东立新振华宏伟"
SECTORS = ("中共", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "无党派人士", "经济界",
           "农业界", "教育界", "科学技术界", "医药卫生界", "文化艺术界", "新闻出版界", "社会福利和社会保障界")
COMMITTEES = ("提案委员会", "经济委员会", "农业和农村委员会", "人口资源环境委员会", "教科卫体委员会",
              "社会和法制委员会", "文化文史和学习委员会", None)
UNITS = ("青岛大学", "青岛市市立医院", "海尔集团", "青岛港集团", "中国海洋大学", "青岛市第二中学",
         "崂山区人民医院", "青岛啤酒股份有限公司", "黄岛区某律师事务所", "市北区某社区服务中心")
CATEGORIES = ("经济建设", "政治建设", "文化建设", "社会建设", "生态文明", "民生关切", "其他")
TOPICS = ("老旧小区加装电梯", "中小学课后服务", "浒苔综合治理", "社区养老服务", "新能源汽车充电桩建设",
          "海洋牧场发展", "背街小巷停车难", "农村生活污水治理", "青年人才住房保障", "医保异地结算",
          "文旅夜经济", "中小微企业融资", "校园周边交通安全", "海岸带生态修复", "基层医疗卫生人才")
SITUATION = (
    "近年来，我市围绕{t}出台了一系列政策措施，取得了积极成效。",
    "据调研了解，全市涉及{t}的群众诉求逐年增加，2025年相关来电来信同比增长约两成。",
    "部分区（市）已经开展试点，形成了一些可复制、可推广的经验做法。",
    "但从实际运行情况看，{t}工作仍存在推进不平衡、群众获得感不强等情况。",
    "笔者在走访中发现，不少社区居民对{t}反映强烈，期待相关部门加大工作力度。",
    "相关部门在资金、土地、人员等方面给予了支持，但覆盖面仍然有限。",
    "以{d}为例，截至{y}年底共有{n}个社区开展相关工作，覆盖居民约{m}万人，占比{p}%。",
    "{d}{n}个街道的抽样调查显示，约{p}%的受访者表示对现状“不太满意”或“很不满意”。",
    "{y}年全市用于{t}的财政资金约{m}亿元，较上年增长{p}%，但人均水平仍低于省内先进城市。",
)
PROBLEM = (
    "一是统筹协调机制不够健全，各部门职责边界不清，存在“多头管理、无人负责”的现象。",
    "二是资金保障不足，财政投入以一次性补助为主，缺乏长效稳定的投入渠道。",
    "三是政策宣传不到位，部分群众对{t}的申请条件和办理流程了解不多。",
    "四是专业人才短缺，基层工作人员数量少、流动性大，服务质量难以保证。",
    "究其原因，主要是前期规划考虑不周，后期管理维护责任没有落实到位。",
    "同时，考核评价体系偏重数量，对群众满意度和实际效果关注不够。",
    "调研中，{d}有{n}户居民反映，相关事项从申请到办结平均需要{m}个月，程序繁琐、材料重复。",
    "{d}约{p}%的设施建成已超过{n}年，维护资金缺口约{m}千万元，存在安全隐患。",
)
SUGGESTION = (
    "一是建立健全由市政府分管领导牵头的{t}联席会议制度，明确部门职责分工。",
    "二是设立专项资金，探索政府引导、市场运作、社会参与的多元投入机制。",
    "三是加强政策宣传解读，通过社区公告栏、微信公众号等渠道提高群众知晓率。",
    "四是加强人才队伍建设，完善激励保障措施，稳定基层服务队伍。",
    "五是完善考核评价办法，把群众满意度作为检验{t}工作成效的重要标准。",
    "六是及时总结试点经验，在全市范围内分类推广，形成长效机制。",
    "建议先在{d}选取{n}个条件成熟的社区开展试点，力争{y}年底前覆盖率达到{p}%。",
    "建议将{t}纳入{y}年市办实事项目，安排不少于{m}亿元的专项资金，分{n}年实施。",
)
DISTRICTS = ("市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市")
LEADERS = ("市委副书记", "副市长", "市政协主席")
START = datetime(2025, 1, 1, tzinfo=timezone.utc)


_VARIANTS: dict[tuple[int, str], list[str]] = {}


def _variants(pool: tuple[str, ...], topic: str) -> list[str]:
    """Each sentence of a pool rendered a few ways for a topic (districts, numbers, years), once."""
    key = (id(pool), topic)
    if key not in _VARIANTS:
        rng = random.Random(zlib.crc32(topic.encode()) + len(pool))  # str hash() varies per process
        _VARIANTS[key] = [
            sentence.format(t=topic, d=rng.choice(DISTRICTS), n=rng.randrange(2, 400), m=rng.randrange(1, 90),
                            p=rng.randrange(3, 98), y=rng.randrange(2021, 2027))
            for sentence in pool for _ in range(8)
        ]
    return _VARIANTS[key]


def _part(rng: random.Random, pool: tuple[str, ...], topic: str, target: int) -> str:
    variants = _variants(pool, topic)
    out: list[str] = []
    size = 0
    while size < target:
        sentence = variants[int(rng.random() * len(variants))]
        out.append(sentence)
        size += len(sentence)
        if rng.random() < 0.3:
            out.append("\n")
    return "".join(out).strip()


def record(i: int, seed: int = 2026) -> SubmissionRecord:
    rng = random.Random(seed * 1_000_003 + i)
    topic = rng.choice(TOPICS)
    situation = _part(rng, SITUATION, topic, 450)
    problem = _part(rng, PROBLEM, topic, 500)
    suggestion = _part(rng, SUGGESTION, topic, 550)
    filed = START + timedelta(minutes=i * 17 + rng.randrange(15))
    status = rng.choice(STATUS_ORDER)
    levels = {"市政协采用": ("市政协",), "省政协采用": ("市政协", "省政协"), "全国政协采用": ("市政协", "省政协", "全国政协"),
              "领导批示": ("市政协",)}.get(status, ())

    def name() -> str:
        return rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")

    return SubmissionRecord(
        number=f"SQMY-{filed.year}-{i + 1:05d}" if i >= 9999 else f"SQMY-{filed.year}-{i + 1:04d}",
        filed_at=filed,
        member_name=name(),
        sector=rng.choice(SECTORS),
        special_committee=rng.choice(COMMITTEES),
        unit=rng.choice(UNITS),
        co_signers=tuple(name() for _ in range(rng.choice((0, 0, 1, 2)))),
        category=rng.choice(CATEGORIES),
        title=f"关于进一步做好{topic}工作的建议",
        situation=situation,
        problem=problem,
        suggestion=suggestion,
        characters=len(situation) + len(problem) + len(suggestion),
        seconds_count=rng.randrange(0, 6),
        status=status,
        adoption_levels=levels,
        instructions=f"{rng.choice(LEADERS)}{name()}批示：请相关部门认真研究办理。" if status == "领导批示" else "",
        last_note="已转相关部门" if rng.random() < 0.4 else "",
        attachments_count=rng.randrange(0, 3),
    )


def records(count: int, seed: int = 2026) -> Iterator[SubmissionRecord]:
    for i in range(count):
        yield record(i, seed)


def streaming_source(count: int, seed: int = 2026):  # noqa: ANN201
    """A RecordSource that generates rows lazily, like a streamed database query."""

    def source(flt: ExportFilter) -> AsyncIterator[SubmissionRecord]:
        async def gen() -> AsyncIterator[SubmissionRecord]:
            for r in records(count, seed):
                if flt.matches(r):
                    yield r
        return gen()

    return source
