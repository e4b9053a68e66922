"""Text normalisation shared by the document side and the question side.

Everything that is matched (indexing, retrieval, fact extraction) goes through
``normalize_text`` so that a question typed with full-width characters,
traditional characters or Chinese numerals meets the same string as the
document.  Display text is never normalised: members read the original.

Not for segmentation or synonyms (see ``segment.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .simplify import to_simplified

__all__ = [
    "normalize_text",
    "chinese_to_number",
    "convert_numerals",
    "fold_punctuation",
    "PUNCTUATION_FOLDED",
    "MEASURE_WORDS",
    "find_all",
    "find_apart",
]

_NUMERAL_CHARS = set("零〇一二两三四五六七八九十百千万亿点")
# A lone digit's value, as cn2an gives it. Every longer numeral is read by cn2an, which costs
# about 4 MB and most of a second to import: the shipped word lists (一年来, 这一年 …) and most
# questions need only these, so a bot that is merely running never loads it.
_DIGITS = {**{c: i for i, c in enumerate("零一二三四五六七八九")}, "〇": 0, "两": 2}

# Measure words (and magnitude/approximation suffixes) after which a run of
# Chinese numerals is a quantity, an ordinal or a date part.  Numerals before
# anything else stay as they are, so words like 三述, 一线, 十四五, 五中全会,
# 四纳入 or 一口六区 keep their shape.
MEASURE_WORDS = (
    "周年", "大类", "人次", "万元", "亿元",
    "次", "篇", "份", "件", "个", "支", "位", "人", "户", "条", "项", "元", "届",
    "年", "月", "日", "号", "天", "周", "轮", "类", "名", "家", "期", "批", "场",
    "回", "趟", "遍", "岁", "张", "所", "座", "种", "级", "倍", "成", "万", "亿",
    "余", "多", "点", "%", "％",
    "册", "本", "间", "节", "处", "台", "辆", "套", "栋", "株", "棵", "亩", "吨", "平方米", "公里", "组", "道",
)

_NUMERAL_RUN = re.compile(
    r"(第?)([零〇一二两三四五六七八九十百千]+(?:万[零〇一二两三四五六七八九十百千]+)?(?:点[零〇一二三四五六七八九]+)?)"
    r"(?=" + "|".join(re.escape(m) for m in MEASURE_WORDS if m != "点") + ")"
)

# A volume of a series by its ordinal (第三十六辑, 第十二集, 第二卷): its number in digits as the documents often
# write it (第36辑); only after 第, since 集 and 辑 begin other words (统一集中, 进一步集聚).
_VOLUME_ORDINAL = re.compile(r"(第)([零〇一二两三四五六七八九十百千]+)(?=[辑卷集])")

# Points or marks written in words (五千四百二十分, 九十五分): 分 is no measure word after a bare 十 or a lone numeral
# (十分重要, 十二分的努力, 一分为二), nor in a fraction (三分之一), so only a run with 百, 千 or 万 in it, or tens and
# units (九十五), is a quantity before it.
_POINTS_WORDS = re.compile(r"(?<![零〇一二两三四五六七八九十百千万])((?=[零〇一二两三四五六七八九十百千万]{2})[零〇一二两三四五六七八九十百千万]*[百千万][零〇一二两三四五六七八九十百千万]*"
                           r"|[二两三四五六七八九]十[一二三四五六七八九]?)(?=分(?!之|为|成|别|布|工|批|期|类|级|组|头|担|享|析|配|解|开|散|管))")

# The lower end of a range (三至五组, 两到三次): its numeral stands before 至 / 到, not a measure word.
_NUMERAL_RANGE = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千第])([零〇一二两三四五六七八九十百千]+)([至到~-])(?=[零〇一二两三四五六七八九十百千]+(?:"
    + "|".join(re.escape(m) for m in MEASURE_WORDS if m != "点") + "))"
)

_PUNCT_MAP = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "「": '"', "」": '"', "『": '"', "』": '"',
    "‘": "'", "’": "'", "《": '"', "》": '"', "〈": '"', "〉": '"',
    "【": "[", "】": "]", "〔": "[", "〕": "]",
    "—": "-", "–": "-", "―": "-", "─": "-", "～": "~",
    "·": "·", "・": "·", "•": "·",
    "︰": ":", "∶": ":",
})

# A figure restated in words in brackets right after it (46期（四十六期）, 41次（四十一次）), the same once both are in
# digits: one figure, whose clause would otherwise read longer and end in a second amount.
_RESTATED = re.compile(r"((?<![\d.])\d+(?:\.\d+)?(?:余|多)?[\u4e00-\u9fff%]{0,3}?)\(\1\)")

# Each punctuation shape and the one it is folded into (— → -), for showing a fact as written (surface.py).
PUNCTUATION_FOLDED = {chr(k): v for k, v in _PUNCT_MAP.items()}
_SPACE_RE = re.compile(r"\s+")
# A number written with thousands separators (1,350亩, 8,600余人次; ， after NFKC is ,): one number.
_GROUPED_NUMBER = re.compile(r"(?<![\d.])(?<!\d,)\d{1,3}(?:,\d{3})+(?![\d])(?!,\d)")
# A share written in words (百分之九十五, 百分之百): the figure it is, as a sentence in digits writes it (95%).
_PERCENT_WORDS = re.compile(r"百分之([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)")
# A rank's top places with no measure word after them (进入全省前十, 排名前三的): the same places as 前十名,
# which the measure word turns into digits (前10名), so both are written 前10.
_TOP_PLACES = re.compile(r"(?<=前)([一二三四五六七八九十]{1,3})(?=$|[^\u4e00-\u9fff]|的|之列|行列|以内|强)")
_MONTH_RE = re.compile(r"(?<!\d)(1[0-2]|[1-9])月份")
# A day of a month spoken with 号 (12月5号): the 日 the documents write (12月5日).
_DAY_SPOKEN = re.compile(r"(?<!\d)((?:1[0-2]|[1-9])月(?:[12]\d|3[01]|0?[1-9]))号")
# A level written with its alternative in brackets (区（县）, 县（区）, 县（市、区）): one word of both, as a member
# writes it (区县政协, 县区政协); only the levels of a region, never 村（社区） nor a body's short name in brackets.
_LEVEL_ALTERNATIVE = re.compile(r"([县区市])\(([县区市](?:、[县区市])*)\)")
_CJK_SPACE_RE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def chinese_to_number(text: str) -> float | None:
    """Value of a Chinese numeral string (一百七十 → 170, 二〇二〇 → 2020,
    十二点八 → 12.8, 一万二千 → 12000), read by cn2an; ``None`` if it is
    not one."""
    if not text or any(c not in _NUMERAL_CHARS for c in text):
        return None
    if text in _DIGITS:
        return _DIGITS[text]
    import cn2an  # imported on first use: it takes a while to load

    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return value


def _format_number(value: float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:g}"
    return str(int(value))


def convert_numerals(text: str) -> str:
    """Replace Chinese numerals that precede a measure word by Arabic digits:
    六十二次 → 62次, 三十四支 → 34支, 两级 → 2级, 十三届五次 → 13届5次."""

    def repl(match: re.Match[str]) -> str:
        prefix, run = match.group(1), match.group(2)
        value = chinese_to_number(run)
        if value is None:
            return match.group(0)
        return prefix + _format_number(value)

    text = _POINTS_WORDS.sub(lambda m: repl_points(m, repl), text)
    return _VOLUME_ORDINAL.sub(repl, _NUMERAL_RUN.sub(repl, _NUMERAL_RANGE.sub(_range, text)))


def repl_points(match: re.Match[str], repl) -> str:  # noqa: ANN001 - convert_numerals' replacer
    """五千四百二十 before 分 → 5420 (``_POINTS_WORDS``), read as a run after no 第."""
    value = chinese_to_number(match.group(1))
    return match.group(0) if value is None else _format_number(value)


def _range(match: re.Match[str]) -> str:
    """三至五 (before a measure word) → 3至5: the lower end of a range is a numeral too."""
    low = chinese_to_number(match.group(1))
    return match.group(0) if low is None else _format_number(low) + match.group(2)


def _top_places(match: re.Match[str]) -> str:
    value = chinese_to_number(match.group(1))
    return match.group(0) if value is None else _format_number(value)


def fold_punctuation(text: str) -> str:
    """Map the many quote, dash and bracket shapes to one of each."""
    return text.translate(_PUNCT_MAP)


def _percent(match: re.Match[str]) -> str:
    run = match.group(1)
    value = 100 if run in ("百", "一百") else chinese_to_number(run)
    return match.group(0) if value is None else _format_number(value) + "%"


@lru_cache(maxsize=4096)
def _normalize_cached(text: str) -> str:
    return _normalize(text)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _GROUPED_NUMBER.sub(lambda m: m.group().replace(",", ""), text)
    text = to_simplified(text)
    text = fold_punctuation(text)
    text = _PERCENT_WORDS.sub(_percent, text)
    text = convert_numerals(text)
    text = _TOP_PLACES.sub(_top_places, text)  # 全省前十 → 全省前10, as 前十名 → 前10名
    text = _RESTATED.sub(r"\1", text)  # 被采用9条（九条） → 被采用9条
    text = _MONTH_RE.sub(r"\1月", text)  # 7月份 → 7月
    text = _DAY_SPOKEN.sub(r"\1日", text)  # 12月5号 → 12月5日
    text = _LEVEL_ALTERNATIVE.sub(lambda m: m.group(1) + m.group(2).replace("、", ""), text)  # 区(县) → 区县
    text = _CJK_SPACE_RE.sub("", text)
    text = _SPACE_RE.sub(" ", text)
    return text.strip().lower()


def normalize_text(text: str) -> str:
    """The matching form of a text: NFKC (full-width → half-width),
    simplified characters, folded punctuation and whitespace, Arabic digits
    for counted quantities, lower-case Latin letters."""
    if len(text) <= 200:
        return _normalize_cached(text)
    return _normalize(text)


def find_all(text: str, part: str) -> list[int]:
    """Where ``part`` starts in ``text``, every time, overlapping ones too (a plain search,
    where a pattern built from the part would be compiled anew for each question)."""
    starts, at = [], text.find(part) if part else -1
    while at >= 0:
        starts.append(at)
        at = text.find(part, at + 1)
    return starts


def find_apart(text: str, name: str) -> list[int]:
    """Where ``name`` starts in ``text``, as ``re.finditer(re.escape(name), text)`` finds it (no two overlapping), without
    compiling a pattern for each item's name (hundreds a question: the ``re`` module's cache of patterns overflows)."""
    if not name:
        return list(range(len(text) + 1))
    starts, at = [], text.find(name)
    while at >= 0:
        starts.append(at)
        at = text.find(name, at + len(name))
    return starts
