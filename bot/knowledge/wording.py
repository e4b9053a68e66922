"""How a member's words meet the documents' words when they are not written
alike: a question split where the documents split it (党史书 is 党史 + 书, not
党 + 史书; 这本书 is 这本 + 书, the demonstrative's measure word no content), a
bare noun for the documents' collective form (书 for 书籍), a name's head
standing for the name a paragraph introduced (大讲坛 for 桐川科普大讲坛), an
amount noun for the deed it counts (发行量 for 全年发行…册), an
ordinal told with 首 (首月 is the 第1个月) or told only beside another one's figure (…1期基础上,
投入386万元实施2期建设), and a verb the question shares with
the sentence that only looks like a plan word (安排).

General Chinese only; never a document's words.  Not for slips of the pen
(``spelling.py``) nor for synonyms (``synonyms.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from .facts import clause_bounds
from .respective_amounts import parts_counted

__all__ = ["resplit_for_documents", "collective_forms", "head_reference", "told_ordinal", "figure_of_other_ordinal",
           "plan_word_as_told",
           "quoted_subject_told", "in_quoted_item"]

# Collective suffixes of general Chinese: a bare noun and its collective form name the same
# things (书 / 书籍, 车 / 车辆, 船 / 船只, 纸 / 纸张, 马 / 马匹).
_COLLECTIVE_SUFFIXES = "籍辆只张匹"
# A title or name the question quotes (normalised: every quotation and title mark is ").
_QUOTED = re.compile(r'"([^"]{2,30})"')
# Plan words of a question that are also plain verbs of what was done: 安排经费 is an allocation,
# made or planned; where the sentence writes the verb itself, it tells no plan of its own.
_VERB_PLAN_WORDS = re.compile(r"安排")
# A target told as a thing set, its figures in the clause (确定了新增受益人口15万人、改造管网500公里2项年度目标):
# a question asking the target (目标是多少) asks what the sentence tells, whether it came true or not.
_TARGET_SET = re.compile(r"(?:确定|下达|提出|明确|制定|设定)了?[^。;；,，]{0,40}\d[^。;；,，]{0,12}目标")
# …or a target named by its words quoted right before 目标 (围绕全市"甲、乙、丙"发展目标): what it is, told as it stands.
_TARGET_NAMED = re.compile(r'"[^"]{2,60}"[\u4e00-\u9fff]{0,4}目标')
# A plan document asked about by its name, as a thing (年度协商计划文件叫啥, 2023年工作要点里突出的内容): the last
# words of its name before what is asked of it, told wherever the document is named, in a plan or a result.
_PLAN_DOCUMENT = re.compile(r"([\u4e00-\u9fff]{2}(?:计划|要点|规划|方案))(?:文件|里|中|上|的内容|的名字|叫)")
# Which plan asked (列进了哪个计划, 纳入什么规划): a plan document's name, told quoted in the sentence ("…工作计划").
_WHICH_PLAN = re.compile(r"(?:哪|什么)(?:个|项|份|1个)?(计划|规划|方案|要点)")
# What a recommendation sets asked (建议在哪儿试点, 建议把…提高到多少): the sentence telling the recommendation
# (她建议,在某区试点…) tells it, though it writes no plan word of its own.
_RECOMMENDED = re.compile(r"建议(?:把|将|在|要|用)")
_FIRST_ORDINAL = re.compile(r"^第1个?")
_DEMONSTRATIVES = frozenset("这 那 哪 每 该 此".split())
_MEASURES = frozenset("本个次项件位名场期份篇批届")
# Directional verbs before a verb (来看, 去听, 来讲): come or go to do it, one verb.
_COME_GO = frozenset("来去")

Idf = Callable[[str], "float | None"]


def resplit_for_documents(words: list[str], idf: Idf, stop_words=frozenset(),
                          written: Callable[[str], bool] | None = None) -> list[str]:
    """Two neighbouring words re-split where the documents write a word: the segmenter's general
    dictionary may cut 党史书 as 党 + 史书, a word the documents never use, where they use 党史;
    the character moves to the word the documents know (党史 + 书).  Only for a word the documents
    do not know, so their own words are never cut.  A lone character before a two-character word
    the documents never write joins the next character where the documents write the two (``written``:
    支 社交 了 → 支社 交 了, of 九三学社某县支社).  A verb led by 来 / 去 (来看, 去听: come or go to do) is
    never cut: 群众 来看 stays, though the documents write 群众来访."""
    # 那本书 written as one word: the demonstrative and its measure word are no content either.
    out = [w[2:] if len(w) >= 3 and w[0] in _DEMONSTRATIVES and w[1] in _MEASURES and idf(w) is None else w
           for w in words]
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a in _DEMONSTRATIVES and len(b) >= 2 and b[0] in _MEASURES and idf(b) is None:
            out[i + 1] = b[1:]  # 这 本书 is 这本 + 书 ("this book"): the measure word is no content
            continue
        if a.isdigit() and b == "个人":
            out[i + 1] = "人"  # 1个人 is one person (一人提交3件以上), not 个人 (委员个人提案)
            i += 1
            continue
        if len(a) == 1 and len(b) == 2 and a + b[0] in stop_words and idf(b) is None and idf(b[1]) is not None \
                and _cjk(a + b):
            out[i:i + 2] = [a + b[0], b[1:]]  # 一 共用 了 → 一共 用 了: a function word the segmenter cut wrongly
            i += 1
            continue
        if a in stop_words or b in stop_words or not _cjk(a + b):
            i += 1
            continue
        if len(b) >= 2 and idf(b) is None and idf(a + b[0]) is not None and b[1:] not in stop_words \
                and (len(b) == 2 or idf(b[1:]) is not None) and not (len(b) == 2 and b[0] in _COME_GO):
            # 党 史书 → 党史 书; not 推进 会上 → 推进会 上, where the rest is no content word of its own.
            out[i:i + 2] = [a + b[0], b[1:]]
        elif written is not None and len(a) == 1 and len(b) == 2 and idf(b) is None and not written(b) \
                and written(a + b[0]) and b[1] not in stop_words and not (i and out[i - 1].isdigit()):
            # (a measure word after a figure is the figure's: 第31辑 分成 is no 辑分 + 成 of 全辑分为)
            out[i:i + 2] = [a + b[0], b[1]]
        elif len(a) >= 3 and idf(a) is None and idf(a[:-1]) is not None and idf(a[-1] + b) is not None \
                and a[:-1] not in stop_words:
            out[i:i + 2] = [a[:-1], a[-1] + b]
        i += 1
    return out


def collective_forms(word: str, idf: Idf) -> tuple[str, ...]:
    """The collective forms of a one-character noun that the documents write (书 → 书籍)."""
    if len(word) != 1 or not _cjk(word):
        return ()
    return tuple(word + suffix for suffix in _COLLECTIVE_SUFFIXES if idf(word + suffix) is not None)


def counted_deed(word: str, idf: Idf) -> tuple[str, ...]:
    """The deed an amount noun counts, where the documents write it (发行量 → 发行, 播放量 → 播放): a report tells
    the amount after the verb as often as after the noun (全年发行2.1万册 for 发行量2.1万册)."""
    if len(word) < 3 or not word.endswith("量") or not _cjk(word) or idf(word[:-1]) is None:
        return ()
    return (word[:-1],)


# What is newly added, as a report writes it: 新 and the deed of adding before the noun (新发展会员, 新吸收会员, 新增委员).
_ADDED = r"新(?:发展|吸收|吸纳|增|招录|招聘|聘任|聘请|加入|入会)(?:的)?"


@lru_cache(maxsize=256)  # made for every answerer's analysis of a question (each report's on a shelf); a scan of its text
def added_forms(word: str, corpus: str) -> tuple[str, ...]:
    """A noun asked with 新 before it (新会员) that the documents never write so, as they write it: 新 and a deed of
    adding, then the noun (今年打算发展多少新会员 → 计划新发展会员60名左右)."""
    if len(word) < 3 or not word.startswith("新") or not _cjk(word) or word in corpus:
        return ()
    return tuple(sorted(set(re.findall(_ADDED + re.escape(word[1:]), corpus))))


# A verb made passive (受表彰, 被表彰, 获表彰): the documents write the deed itself (对…给予表彰).
_PASSIVE = ("受到", "得到", "受", "被", "获", "遭")


def passive_forms(word: str, idf: Idf) -> tuple[str, ...]:
    """The deed a passive word the documents never use is made of, when they use it (受表彰 → 表彰)."""
    if len(word) < 3 or idf(word) is not None:
        return ()
    return tuple(word[len(p):] for p in _PASSIVE
                 if word.startswith(p) and len(word) - len(p) >= 2 and idf(word[len(p):]) is not None)[:1]


def head_reference(text: str, parts: Sequence[str], sentences: Sequence[str]) -> tuple[str, int] | None:
    """A long name a paragraph introduces in full and then calls by its head (举办"桐川科普大讲坛"
    … 全年举办大讲坛9期): the head (its longest last dictionary word, at least two characters,
    with at least two characters before it) and the first sentence naming it in full; the head
    in a later sentence of the paragraph stands for the name."""
    heads = [p for p in parts if len(p) >= 2 and text.endswith(p) and len(text) - len(p) >= 2]
    if not heads:
        return None
    first = next((s for s, sentence in enumerate(sentences) if text in sentence), None)
    if first is None:
        return None
    return max(heads, key=len), first


def told_ordinal(ordinal: str, shown: str) -> bool:
    """Whether a sentence tells the ordinal a question names: as written, or the first one told
    with 首 (第1个月 as 首月, 第1批 as 首批, 第1次 as 首次)."""
    if ordinal in shown or ordinal.endswith("季") and ordinal[1:] + "度" in shown:
        return True  # (第二季 of 第二季度 asked: 二季度 tells it too)
    if any(part.startswith(ordinal) for part in parts_counted(shown)):
        return True  # 4个季度分别提交286篇、331篇…: each quarter's is told (respective_amounts.py)
    first = _FIRST_ORDINAL.match(ordinal)
    return bool(first) and len(ordinal) > first.end() and "首" + ordinal[first.end():] in shown


def figure_of_other_ordinal(ordinal: str, fact: str, shown: str) -> bool:
    """Whether the figure, date or place read (``fact``) stands in a clause naming another ordinal of the kind asked
    and not the asked one: 1期 asked, 在平台1期基础上,投入资金386万元实施平台2期建设 told (the money is the 2期's); the
    asked stage named as a sentence's starting point is not the one its figure is spent on.  So for a series whose
    items are told one clause each: 第2期哪天办的 asked, 第2期以"甲"为题,第3期于8月18日在乙村举办 told (the 3rd's day)."""
    if not fact or fact not in shown or not ordinal or ordinal[-1] not in "期批届轮":
        return False
    measure = ordinal[-1]
    at = shown.find(fact)
    clause = shown[slice(*clause_bounds(shown, at))]
    if not clause or told_ordinal(ordinal, clause):
        return False
    others = re.findall(r"(?:(?<=[\u4e00-\u9fff])|第)\d+" + measure + r"|首" + measure, clause)
    return any(other.lstrip("第") != ordinal.lstrip("第") for other in others)


# A paragraph's lead that heads it ((三)推进数据库二期建设。 1.征集总量稳步增长。): a short numbered line.
_LEAD_HEADING = re.compile(r"^(?:\([一二三四五六七八九十\d]+\)|\d+\.|[一二三四五六七八九十]+、)[^。;!?]{2,30}。?$")


def is_lead_heading(sentence: str) -> bool:
    """Whether a sentence is the numbered line heading its paragraph (1.征集总量稳步增长。): it names a topic
    and gives no figure of it, whatever words of a question it shares."""
    return bool(_LEAD_HEADING.match(sentence))


def ordinal_headed(ordinal: str, sentences: Sequence[str], s: int, heading: str = "") -> bool:
    """Whether the numbered line heading a paragraph (its first sentence, or ``heading``, the bracketed line
    over its run of paragraphs) tells the ordinal asked: (三)推进数据库二期建设。计划新增扫描…8万页 plans
    the 二期's pages, though the sentence names no 期."""
    leads = [sentences[0]] if s > 0 and sentences else []
    return any(_LEAD_HEADING.match(lead) and told_ordinal(ordinal, lead) for lead in leads + [heading] if lead)


def ordinal_told_around(ordinal: str, shown: str, sentences: Sequence[str], s: int, heading: str = "") -> bool:
    """Whether the answer's sentence (``shown``, the ``s``-th of its paragraph's ``sentences``) tells the ordinal
    asked, refers back to it (本辑, 会议…) or stands under a numbered heading telling it."""
    return (told_ordinal(ordinal, shown) or ordinal_referred(ordinal, shown, list(sentences[:s]))
            or meeting_referred(ordinal, shown, list(sentences[:s])) or ordinal_headed(ordinal, sentences, s, heading))


def ordinal_referred(ordinal: str, shown: str, previous: str | list[str]) -> bool:
    """Whether a sentence refers back to the ordinal a question names (本辑, 该期, 此次: this one of its kind)
    that the sentence right before it tells (第二十一辑正式出版。本辑收录文章46篇), or the last sentence before
    it that does not refer back too (第31辑…。该辑…。全辑分为…: ``previous`` as the paragraph's sentences before)."""
    if not refers_back(ordinal, shown):
        return False
    for sentence in reversed([previous] if isinstance(previous, str) else previous):
        if not refers_back(ordinal, sentence) or told_ordinal(ordinal, sentence):
            return told_ordinal(ordinal, sentence)
    return False


# A sentence opening on the bare meeting (会议形成的…, 会议审议…, 会上…): the one its paragraph last named.
_MEETING_OPENS = re.compile(r"^(?:会议|会上|会后)")
# A sentence still about the meeting named before it (会前,…调研; 会上,…发言).
_ABOUT_MEETING = re.compile(r"^(?:会议|会上|会后|会前)")
# A meeting named by its ordinal (第12次常委会议, 第3次主席会议): the ordinal and the meeting it numbers.
_ORDINAL_MEETING = re.compile(r"(第\d+次)[\u4e00-\u9fff]{0,6}?会议")


def meeting_referred(ordinal: str, shown: str, before: list[str]) -> bool:
    """Whether a sentence opening on the bare meeting (会议形成的"…") goes on about the meeting numbered by the
    ordinal asked, that being the last numbered meeting its paragraph names before it (…召开第12次常委会议…。
    会前,…调研。会议形成的"…" for 第12次常委会议形成的建议)."""
    if not _MEETING_OPENS.match(shown):
        return False
    for n in range(len(before) - 1, -1, -1):
        named = _ORDINAL_MEETING.findall(before[n])
        if named:
            return named[-1] == ordinal
        if not _ABOUT_MEETING.match(before[n]) and "会议" in before[n]:
            return False  # another meeting named in between (随后召开专题会议。会议…): the bare 会议 is that one
    return False


def refers_back(ordinal: str, sentence: str) -> bool:
    """Whether a sentence points back at one of the ordinal's kind (本辑, 该期, 此次, 这批, 全辑)."""
    return bool(re.search(r"(?:本|该|此|这|全)" + re.escape(ordinal[-1]), sentence))  # (全辑: the whole of this one)


def plan_word_as_told(question: str, sentence: str) -> bool:
    """Whether the question's plan word is a verb the sentence writes itself (方案安排多少建设资金 of
    a sentence that 明确安排建设资金3000万元), or 目标 of a sentence telling a target set with its figures
    (确定了…500公里2项年度目标), or names a plan document the sentence names (工作要点里有哪些内容), or asks which plan (列进哪个计划) and the
    sentence quotes one, or what a recommendation sets (建议在哪试点) and the sentence tells a recommendation: then it
    asks what the sentence tells, plan or not."""
    if "目标" in question and (_TARGET_SET.search(sentence) or _TARGET_NAMED.search(sentence)):
        return True
    document = _PLAN_DOCUMENT.search(question)
    if document and document.group(1) in sentence:
        return True  # 年度协商计划文件叫啥 → 县政协制定"…2020年度协商计划": the document named, what it holds told
    which = _WHICH_PLAN.search(question)
    if which and re.search(rf'"[^"]*{which.group(1)}"', sentence):
        return True  # 列进了哪个计划 → 列入"…年度协商工作计划": the plan's name, no plan told
    if _RECOMMENDED.search(question) and "建议" in sentence:
        return True  # 建议在哪儿试点 → 她建议,在某区试点…: what the recommendation sets, told as one
    words = _VERB_PLAN_WORDS.findall(question)
    return bool(words) and all(w in sentence for w in words) and not re.search(
        r"计划|打算|准备|拟|目标|力争|争取|预计", question)


def quoted_subject_told(question: str, shown: str, index=None, result=None, terms=()) -> bool:
    """Whether the sentence answering an amount names each title the question quotes ("X图志"有多少万字):
    a quoted title is the subject asked, and another sentence's amount is of something else.
    With the ``index`` and the ``result`` read: short forms are written in full as the question's were
    (《人资环委学习参考》 asked is read as "人口资源环境委员会学习参考"), and a sentence quoting no title
    of its own goes on with the last one of its paragraph quoting any (开展"委员护河行"…活动。今年共开展
    巡河监督36次) when it tells more of the question's ``terms`` than the title (巡河监督): …包括《X志》。
    计划新增数字化资料300万字 counts no X志."""
    titles = _QUOTED.findall(question)
    if all(title in shown for title in titles) or index is None:
        return not titles or all(title in shown for title in titles)
    full = index.expand_short_forms(shown)
    more = any(e in shown for t in terms if len(t.text) >= 2 and not any(t.text in x for x in titles) for e in t.equivalents)
    earlier = index.sentence_norm[result.passage][:result.sentence] if result is not None and '"' not in shown and more else []
    last = index.expand_short_forms(next((x for x in reversed(earlier) if '"' in x), ""))  # nested quotes too
    before = index.sentence_norm[result.passage][:result.sentence] if result is not None and '"' not in shown else []
    return all(title in shown or title in full or title in last or kind_noun_opens(title, shown, before) for title in titles)


def kind_noun_opens(title: str, shown: str, before: Sequence[str]) -> bool:
    """Whether a sentence quoting no title opens on the kind noun its paragraph wrote right after the title
    ("X"内刊提质增效。…内刊每期印数600册): the bare kind stands for the one named, as 会议 for the meeting."""
    for sentence in before:
        for kind in re.findall('"' + re.escape(title) + r'"([\u4e00-\u9fff]{2})', sentence):
            if shown.startswith(kind):
                return True
    return False


def in_quoted_item(question: str, sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` belongs to the item of a title the question quotes
    ("X志"多少万字 of 共计60万字:一是"X志",24万字;二是…): it follows the title closely, within the
    title's own item ("X室"12个, not "X室",每个室配备2名)."""
    for title in _QUOTED.findall(question):
        at = sentence.rfind('"' + title + '"', 0, start)
        between = sentence[at + len(title) + 2:start]
        if at >= 0 and len(between) <= 6 and not re.search(r'[;:。"]', between):
            return True
    return False


def _cjk(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)
