"""A name asked of a thing (那本讲调解的读本叫啥, 征文活动叫什么名字): documents write names in quotes
(计划编印…"白禾法治故事""白禾调解案例选"), so the sentence whose quoted name holds the
question's telling word names it, before one that only speaks of the same subject.

A name asked of a thing the question only points at (读书活动叫啥名, 启动编纂的是什么书, 大会发言的
题目是什么): the sentence that writes a quoted name right against the question's own words
("…悦读"活动, 编纂《…图录》) or after a naming word (题为《…》) gives that name.

A name written as the very name asked (titled_as_asked) ranks first of those: a quoted title ending with the noun
asked ("关于…的建议" for 形成的建议叫什么, "…总体规划(2024-2035年)" for 编的规划叫啥), or the name quoted right after
the volume asked (…第36辑"…"). A brand is named by what builds it (打造"…"), the word 品牌 left unwritten.

Used by the answerer (answer.py) when ranking sentences for a what-question, and by reading.py for an amount right
after a quoted name (named_just_before); not for persons
(a person's name is never quoted: question.py sends 主席叫什么 to the who-answers).
"""

from __future__ import annotations

import re

from .facts import clause_bounds
from .measures import in_magnitude_asked
from .normalize import find_all
from .name_quoted import TITLE_GIVEN as _TITLE_GIVEN
from .question import QuestionAnalysis

_ASKS_NAME = re.compile(r"叫啥|叫什么|什么名字|名字|名称|书名|题目|标题|题为")
# Which one a thing is, by the noun it is (是什么书, 哪本书, 啥活动): a name when the document gives one.
_ASKS_WHICH = re.compile(r"(?:什么|啥|哪本|哪部|哪个|哪项)[\u4e00-\u9fff]")
# A quote opening right after the verb, or after a modifier ending in 的 (督办民建市委会提出的"…"): the
# name is the verb's object (not after another verb: 编纂出版"…" names what is published).
_QUOTE_IN_CLAUSE = re.compile(r'(?:[^,;。:!?"]{0,16}的)?"')
# A quote right after a verb or its 的 (形成"…", 撰写的"…"): the verb's object.
_OBJECT_QUOTE = re.compile(r'的?"')
# Words that introduce a name (题为《…》, 主题为"…", 命名为"…").
_NAMING = re.compile(r'(?:题为|名为|称为|叫做|叫作|命名为|主题为|主题是|题目是|书名为|定名为|主讲|讲授)"')
# Writings a quoted title 关于… names (赵某提交的"关于…的建议" for 赵某的提案题目, 写的社情民意叫啥).
WRITINGS = frozenset("提案 建议 议案 信息 社情民意 报告 调研报告 文章 发言 专报".split())
# Words for any written document (报送的文件叫什么, 那份材料): titled as a writing is ("关于…的建议", "关于…的意见").
DOCUMENTS = frozenset({"文件", "材料", "文稿", "稿件", "文本"})
# Verbs whose quoted object is a brand (打造"书香政协", 擦亮"…"): the name of a 品牌 asked, though the word is not written.
_BRAND_MADE = re.compile(r'(?:打造|擦亮|叫响|打响|树立)了?"')
_BRAND_WORDS = frozenset({"品牌", "名片", "招牌"})
# Characters of the question's own words a name may stand before the noun by ("…"委员读书活动 for 读书活动).
_WORDS_BETWEEN = 6
# Nouns of a name itself (全称, 简称): the thing named is written before them.
_NAME_NOUNS = frozenset({"全称", "全名", "简称", "名称", "名字", "称号", "称呼", "正式名称"})
# What a written work is measured in (字数, 篇目, 图幅, 页数, 册数).
_WORK_MEASURES = frozenset({"字", "篇", "幅", "页", "册", "卷", "章", "首", "集", "张"})
# The parts a written work is divided into, counted by 个 ("…参考选题",涵盖8个方面 for 参考选题涵盖几个方面).
_WORK_PARTS = frozenset({"方面", "部分"})
# A quoted name, as normalising writes 《》 and “” (both become ").
_QUOTED = re.compile(r'"([^"]{2,40})"')


# What the named thing is about, as the question tells it (讲调解的读本, 关于养老的提案, 写老街的文章).
# A talk's or speech's title asked (题目是啥, 讲的什么题), told as the title given (以"…"为题, 题为"…").
_ASKS_TITLE = re.compile(r"题目|标题|什么题|啥题")
_ABOUT = re.compile(r"(?:讲|关于|有关|介绍|写|反映|聚焦|围绕)([\u4e00-\u9fff]{2,10}?)的")


def named_in_quotes(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the question asks the name of a thing it tells the subject of (讲调解的读本叫啥) and a
    quoted name of the sentence holds that subject (调解 in "白禾调解案例选"). The question's other
    words (法制委员会 of 法制委员会大会发言的题目) may be quoted as any other name."""
    if _ASKS_TITLE.search(q.norm) and _TITLE_GIVEN.search(sentence):
        return True  # 第一课题目是啥 → 以"…"为题讲授开班第一课: the title given, not another name quoted (name_quoted.py)
    about = _ABOUT.search(q.norm)
    if not about or not _ASKS_NAME.search(q.norm):
        return False
    words = [e for t in q.terms if len(t.text) >= 2 and t.text in about.group(1) for e in t.equivalents if len(e) >= 2]
    return any(w in name for name in _QUOTED.findall(sentence) for w in words)


def persons_work_quoted(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether a name or title is asked (not which one of a kind: 哪个党派) and the sentence quotes one right after a
    person the question names and a verb of theirs (某某撰写的"…", 某某的"…"): that person's own work, whatever noun
    the question calls it by (论文, 文章)."""
    return bool(_ASKS_NAME.search(q.norm)) and any(re.search(re.escape(name) + r'[\u4e00-\u9fff]{0,4}的"', sentence)
                                                   or sentence.startswith(name) and _WRITTEN_QUOTE.search(sentence)
                                                   for name in q.names)


# A profile sentence opening with the person runs on about them clause after clause, with no subject of its own
# (某某委员是…所长,担任…以来,坚持…,撰写的"…"得到采纳): a work quoted after a verb of writing there is theirs.
_WRITTEN_QUOTE = re.compile(r'[，,](?:撰写|提交|提出|执笔|起草|主笔)的"')


def brand_made(heads, shown: str) -> bool:  # noqa: ANN001 - the question's head words, as strings or terms
    """Whether a brand's name is asked (品牌叫啥) and the sentence quotes the object of a verb that builds one
    (持续打造"…", 擦亮"…"): documents write the brand so, without the word 品牌."""
    return any(getattr(h, "text", h) in _BRAND_WORDS for h in heads) and bool(_BRAND_MADE.search(shown))


def asks_thing_name(q: QuestionAnalysis) -> bool:
    """Whether the question asks what a thing is called or which one it is (叫啥名, 是什么书, 题目是什么)."""
    return bool(_ASKS_NAME.search(q.norm) or _ASKS_WHICH.search(q.norm))


# Heads every kind of work may take (义诊活动, 调解工作, 义诊项目): the word before them names the thing.
GENERIC_HEADS = _GENERIC_HEADS = frozenset(("活动", "工作", "项目"))
# What may stand between that word and the head (义诊那个项目, 义诊的那个项目): a pointer, no word of its own; not a
# bare 的, which makes the word before a deed done to the thing (开展的活动: 开展 names no activity).
_POINTER = re.compile(r"(?:的?(?:那|这)(?:个|项|1个|1项)?)?")


def head_terms(q: QuestionAnalysis) -> list:
    """The question's word nearest before the name asked: the thing named (读书活动叫啥 → 活动) or the
    verb that makes it (启动编纂的是什么书 → 编纂, not 启动, which says when); every word when none comes before."""
    before = _words_before_ask(q)
    if not before:
        return q.terms
    run = _run_before(q, before)
    return [q.terms[run[1] if len(run) > 1 else run[0]]]  # 义诊活动叫什么 → 义诊: "健康晅行"义诊 names it without 活动


def _words_before_ask(q: QuestionAnalysis) -> list[tuple[int, int]]:
    """Where each question word (two characters or more, no noun of a name) stands before the name asked, with its index."""
    ask = _ASKS_NAME.search(q.norm) or _ASKS_WHICH.search(q.norm)
    before = [(q.norm.rfind(t.text, 0, ask.start()), n) for n, t in enumerate(q.terms)] if ask else []
    return [item for item in before if item[0] >= 0 and len(q.terms[item[1]].text) >= 2
            and q.terms[item[1]].text not in _NAME_NOUNS]  # 读书班全称叫什么: the thing is 读书班


def _run_before(q: QuestionAnalysis, before: list[tuple[int, int]]) -> list[int]:
    """The nearest word before the name asked, and, where it is a generic head (项目), the words written one
    after another before it, each right before the next or with a pointer between (进校园讲座项目, 义诊那个项目):
    the head first, then the words nearest it first."""
    at, n = max(before)
    run = [n]
    while q.terms[n].text in _GENERIC_HEADS or len(run) > 1:
        n = next((m for a, m in before if m not in run and _POINTER.fullmatch(q.norm, a + len(q.terms[m].text), at)), None)
        if n is None:
            break
        run.append(n)
        at = q.norm.rfind(q.terms[n].text, 0, at)
    return run


def generic_head(q: QuestionAnalysis):  # noqa: ANN201 (a question.Term or None)
    """The generic head a thing's name is asked by (项目 of 义诊那个项目叫啥名), words before it saying which; else None."""
    before = _words_before_ask(q) if _ASKS_NAME.search(q.norm) else []
    run = _run_before(q, before) if before else []
    return q.terms[run[0]] if len(run) > 1 else None


def quoted_against_description(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether, a thing's name asked by a generic head (进校园讲座项目叫什么), the sentence quotes a name right before
    one of the words saying which ("委员讲堂"进校园, "委员健康行"义诊): the project named, the word 项目 unwritten."""
    before = _words_before_ask(q) if generic_head(q) is not None else []
    words = [e for n in _run_before(q, before)[1:] for e in q.terms[n].equivalents if len(e) >= 2] if before else []
    return any(sentence.startswith(w, m.end()) for m in _QUOTED.finditer(sentence) for w in words)


def _making_terms(q: QuestionAnalysis) -> list:
    """The question's words written right before a 的 that leads to the name asked: the verbs of the
    clauses that say what made or did the thing (形成的成果叫什么 → 形成, 撰写的…文章 → 撰写,
    反映的获…批示的信息 → 反映, 批示): a sentence writing the name as their object names it."""
    ask = _ASKS_NAME.search(q.norm) or _ASKS_WHICH.search(q.norm)
    if not ask:
        return []
    return [t for t in q.terms if len(t.text) >= 2 and any(
        0 <= at and at + len(t.text) < ask.start() for at in find_all(q.norm, t.text + "的"))]


def _doers_of(q: QuestionAnalysis, verb) -> list:
    """The question's words of two or more characters written before a making verb in its own
    clause (碳达峰碳中和调研 of …调研形成的成果, 罗晓燕 of 罗晓燕反映的): who or what made the thing."""
    at = q.norm.find(verb.text)
    start = max(q.norm.rfind("的", 0, at), q.norm.rfind(",", 0, at)) + 1
    return [t for t in q.terms if t is not verb and len(t.text) >= 2 and start <= q.norm.find(t.text) < at]


def quotes_made_thing(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the sentence quotes a name as the object of a verb the question says made the thing
    (_making_terms): 形成"…", 撰写的"…", never a quote further on in the clause."""
    for term in _making_terms(q):
        if not all(any(e in sentence for e in t.equivalents) for t in _doers_of(q, term)):
            continue  # 基层治理调研形成的 asked, 普法调研 forms this one
        for word in term.equivalents:
            if len(word) < 2:
                continue
            for at in find_all(sentence, word):
                if sentence.count('"', 0, at) % 2 == 0 and _OBJECT_QUOTE.match(sentence, at + len(word)):
                    return True
    return False


def names_asked_thing(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the sentence, for a question asking a thing's name (asks_thing_name), quotes a name right
    against the question's word nearest before the name asked (head_terms):
    after it as the thing named ("…悦读"活动), before it as the verb that makes it (编纂《…》,
    督办民建市委会提出的《…》), or after a naming word (题为《…》)."""
    if '"' not in sentence:
        return False
    if _NAMING.search(sentence) or quotes_made_thing(q, sentence):
        return True
    if titled_as_asked(q, sentence) or quoted_against_description(q, sentence):
        return True  # 第36辑叫什么 → …第36辑"…"; 形成的建议叫什么 → 撰写的"关于…的建议"; 义诊项目 → "…"义诊
    if persons_work_quoted(q, sentence):
        return True  # 某某获奖论文题目是啥 → 某某撰写的"…"获一等奖: the person's own work, quoted after them
    for term in head_terms(q):
        for word in term.equivalents:
            if len(word) < 2:
                continue
            for at in find_all(sentence, word):
                if sentence.count('"', 0, at) % 2 == 0 and _QUOTE_IN_CLAUSE.match(sentence, at + len(word)):
                    return True  # the verb before its object's quote (编纂"…", 督办民建提出的"…")
                close = sentence.rfind('"', max(0, at - 1 - _WORDS_BETWEEN), at)
                if close >= 0 and sentence.count('"', 0, close) % 2 == 1 and all(
                        c in q.norm or c == "一" for c in sentence[close + 1:at]) and \
                        sentence[sentence.rfind('"', 0, close) + 1:close] not in q.norm:  # not the series asked of
                    # ("汶桥文史"第36辑 for 汶桥文史第36辑叫什么: the question's own name, not the one asked)
                    # The noun after a closing quote ("…"活动), or after the question's words ("…"委员读书活动, "…"一书).
                    return True
    return False


# An ordinal of a series the question names (第36辑, 第3期): a name quoted right after it in a sentence is its own.
_ASKED_ORDINAL = re.compile(r"第\d+[辑期卷册集部]")


def titled_as_asked(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the sentence writes a name as the very name of the thing asked, not only near its words: right
    after the volume asked (第36辑叫什么 → …第36辑"…"), or ending with the noun asked (titled_by_head)."""
    if any(re.search(re.escape(ordinal) + '(?:为|是)?"', sentence) for ordinal in _ASKED_ORDINAL.findall(q.norm)):
        return True  # (其中第4期为"…专刊": the name told of the volume by 为)
    return titled_by_head(q, sentence)


# An edition or span in brackets closing a title (…总体规划(2024-2035年), …手册(2022年版)): not the title's own noun.
_EDITION = re.compile(r"[(（][^()（）]*[)）]$")


def titled_by_head(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the sentence quotes a name ending with the noun the question asks the name of (head_terms, two
    characters or more), its edition in brackets set aside: a writing or plan is titled by its own kind
    ("关于…的建议" for 建议叫啥, "…总体规划(2024-2035年)" for 规划叫啥)."""
    if not _ASKS_NAME.search(q.norm) or (terms := head_terms(q)) is q.terms:
        return False  # which one asked (哪个单位, 啥内容), or nothing named before the name asked: no noun to end with
    heads = [e for t in terms if len(t.text) >= 2 for e in t.equivalents if len(e) >= 2]
    kinds = _brand_kinds(q, terms)  # 讲坛品牌叫什么: a brand of a kind is titled by that kind ("某某讲坛")
    return bool(heads) and any((_titled(_EDITION.sub("", name), heads) or any(
        name.endswith(k) and len(name) > len(k) for k in kinds)) and name not in q.norm
        for name in _QUOTED.findall(sentence))  # not a name the question gives ("汶桥文史")


def _brand_kinds(q: QuestionAnalysis, terms: list) -> list[str]:
    """The kind of a brand asked (讲坛 of 讲坛品牌叫什么): the question's word written right before the brand word.
    A brand's name ends with its kind however short it is ("某政讲坛"), where a title needs a subject."""
    brands = [t.text for t in terms if t.text in _BRAND_WORDS]
    return [e for t in q.terms if len(t.text) >= 2 and any(t.text + b in q.norm for b in brands)
            for e in t.equivalents if len(e) >= 2]


# Characters a title writes before its noun at the least: what it is about ("…茶产业发展规划"), not a mere
# modifier (政协履职的"主打品牌" calls the proposals a brand; it names none).
_TITLE_SUBJECT = 4


def _titled(name: str, heads: list[str]) -> bool:
    """Whether ``name`` is a title of the thing whose nouns are ``heads``. A writing (信息, 建议, 提案) is titled
    by what it is about ("关于…的建议", of whichever writing's kind: a 信息 may be titled so), not by a series it
    comes in ("某某政协信息", a periodical of many)."""
    if any(h in WRITINGS for h in heads):
        return name.startswith("关于") and name.endswith(tuple(WRITINGS))
    if any(h in DOCUMENTS for h in heads):
        return name.startswith("关于") or name.endswith(tuple(WRITINGS))  # 报送的文件 → "关于…的建议"
    return any(name.endswith(h) and len(name) - len(h) >= _TITLE_SUBJECT for h in heads)


# A quote lifts only a sentence about the thing asked: one missing a telling word of the question that
# others hold (林雪梅 of 林雪梅带队调研的是什么课题, beside 副主席赵国栋牵头开展"…"调研) quotes another's name.
_QUOTING_SHARE = 0.9
# A name written as the very name asked (titled_as_asked) lifts a sentence missing a word more: the verb that made
# it (形成 of 形成的建议叫什么, beside 撰写的"关于…的建议") is often told by another verb. Only for one thing's name:
# a question counting several (其余5件) asks what a list may not tell.
_TITLED_SHARE = 0.75


def quoting_name(q: QuestionAnalysis, scored: list[tuple], sentence_norm: list[list[str]]) -> set[tuple[int, int]]:
    """For a question asking a thing's name, the (passage, sentence) pairs of ``scored`` (rows of
    coverage, matched, passage, sentence, …) that quote a name against its words: read and ranked
    before others, however many share its common words (委员 读书 活动 in every report), so long as
    they cover the question nearly as well as the best-covered sentence (_QUOTING_SHARE)."""
    if not asks_thing_name(q) or not scored:
        return set()
    best = max(row[0] for row in scored)
    titled = _TITLED_SHARE if not q.numbers else _QUOTING_SHARE  # (其余5件提案是啥题目: several counted, not one named)
    return {(row[2], row[3]) for row in scored if row[0] >= _QUOTING_SHARE * best and names_asked_thing(
        q, sentence_norm[row[2]][row[3]]) or row[0] >= titled * best and titled_as_asked(q, sentence_norm[row[2]][row[3]])}


def named_thing_untold(q: QuestionAnalysis, shown: str) -> bool:
    """Whether a name is asked of a thing (马志强委员的企业叫什么名字) and the answer does not speak of
    that thing at all (a sentence about his suggestion): no name of it is told there."""
    ask = _ASKS_NAME.search(q.norm)
    if not ask or _NAMING.search(shown) or quotes_made_thing(q, shown) or _quotes_question_word(q, shown, ask.start()) \
            or quoted_against_description(q, shown):
        return False
    heads = head_terms(q)
    if heads is q.terms:
        return False  # nothing named before the name asked (叫什么名字的那个平台): judged by the words alone
    if persons_work_quoted(q, shown):
        return False  # 某某获奖论文题目是啥 → 某某撰写的"…": their work, whatever the sentence calls it
    if brand_made(heads, shown):
        return False  # 读书品牌叫啥 asked, 持续打造"…" told: a brand built, the word 品牌 left unwritten
    if any(t.text in WRITINGS or t.text in DOCUMENTS for t in heads) and '"关于' in shown:
        return False  # 提案题目 asked, "关于…的建议" quoted: a writing's title is the name asked
    if any(re.search(r'"[^"]{2,30}"[\u4e00-\u9fff]{0,4}?' + re.escape(t.text[0]), shown) for t in heads if len(t.text) >= 2):
        return False  # 展览叫什么 asked, "同心战疫"书画摄影展 told: the noun after the name is of the kind asked
    told = [m for e in heads[-1].equivalents if len(e) >= 2 for m in re.finditer(re.escape(e), shown)]
    if told and re.search(r"叫|名字|名称", ask.group()) and all((shown[m.end():m.end() + 1].isdigit() or re.search(r"\d[\u4e00-\u9fff]?$", shown[:m.start()]))
                    and not re.search(r'"[^,;。"]{0,12}$', shown[:m.start()])
                    and not re.match(r"[^。;\"]{0,10}?\"", shown[m.end():]) for m in told):  # ("某某"送春联下乡活动8场, 报告1篇,即"…": named)
        return True  # 某村合作社叫啥名字 asked, 新增委员领办合作社3家 told: the kind only counted, none named
    return not any(e in shown for t in heads for e in t.equivalents)


def _quotes_question_word(q: QuestionAnalysis, shown: str, before: int) -> bool:
    """Whether a name the sentence quotes holds a word (two characters or more) the question writes before
    the name asked (复工复产专项调研叫啥名 → 开展"复工复产委员在行动"专项调研): the thing named is spoken of."""
    words = [e for t in q.terms if len(t.text) >= 2 and 0 <= q.norm.find(t.text) < before for e in t.equivalents if len(e) >= 2]
    return any(w in name for name in _QUOTED.findall(shown) for w in words)


def title_governs(q: QuestionAnalysis, sentence: str, position: int) -> bool:
    """Whether a title the question names is quoted before ``position`` with no other title after it:
    the clauses that follow tell that work's measures ("X"…出版，全书收录文章48篇，约26万字 for X多少字).
    Only a written work's measures (or the parts it covers): the people an activity named "X" trained are not its size."""
    quoted = [m for m in _QUOTED.finditer(sentence) if m.end() <= position] \
        if q.unit in _WORK_MEASURES or q.counted in _WORK_PARTS else []
    if not quoted:
        return False
    title = quoted[-1].group(1)
    return any(t.text == title for t in q.terms if len(t.text) >= 3) or _named_by_head(q, title)


def _named_by_head(q: QuestionAnalysis, title: str) -> bool:
    """Whether the question names a title by the words it ends in, its edition in brackets set aside
    (履职手册 for "某市委员履职手册(2022年版)"): words the question writes one after another, three characters or more."""
    head = re.sub(r"[(（][^()（）]*[)）]$", "", title)
    words = [t.text for t in q.terms]
    return any(len(joined := "".join(words[i:j])) >= 3 and head.endswith(joined)
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def quoted_whole(sentence: str, start: int, end: int) -> str:
    """The text from ``start`` to ``end``, or the whole quote it lies in: two amounts joined inside a slogan
    ("1年补齐、2年提升") are told as the slogan, not cut after the second amount."""
    opened = sentence.rfind('"', 0, start)
    closed = sentence.find('"', end)
    if opened >= 0 and closed >= 0 and sentence.count('"', 0, start) % 2 == 1 and '"' not in sentence[start:end]:
        return sentence[opened + 1:closed]
    return sentence[start:end]


def named_just_before(q: QuestionAnalysis, sentence: str, a: int, amount) -> bool:  # noqa: ANN001 - a Quantity
    """Whether the clause right before the amount's names, in quotes, what the question names, and the amount is
    in the very measure word asked (创办"同心讲堂",邀请专家学者授课8期 for 同心讲堂讲了几期): the clause goes on about it.
    So does one in the magnitude asked bare after a clause naming, quoted or not, a word asked (签了多少亿 →
    促成签约项目12个,协议投资额38.6亿元: the deals' worth)."""
    if not a:
        return False
    before = sentence[clause_bounds(sentence, a - 1)[0]:a]
    if in_magnitude_asked(q, amount):
        return any(e in before for t in q.terms for e in t.equivalents)
    if not q.unit or amount.unit != q.unit:
        return False
    return any(t.named and any(f'"{e}"' in before for e in t.equivalents) for t in q.terms)


# Topics written out after their word (议题分别为中小学课后服务、农村饮水安全…): what 议了哪些题目 asks, no quoted title.
_TOPICS_LISTED = re.compile(r"(?:议题|主题|题目)(?:分别为|分别是|包括|为|是)[^。;；]*?、")


def topics_listed(shown: str) -> bool:
    """Whether ``shown`` (normalised) writes out a list of topics after the word for them."""
    return bool(_TOPICS_LISTED.search(shown))
