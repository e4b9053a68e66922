"""Where, when and by whom an article was published: the byline and masthead lines under its title.

A feature written by a newspaper (or a committee's office) names, under its title, who wrote it by
their labels (本报记者 某某 通讯员 某某; 文/某某; 作者 某某), the paper it appeared in and the day
((《某某日报》2020年12月30日 第3版)), or its source and the day it was put out (来源:… 发布时间:…).
Normalised, the spaces between them are gone: a name ends where the next label begins.

Asked of the article itself (登在哪份报纸上, 记者叫啥, 通讯员是谁, 哪天见报的), the answer is read
there (``heads_answers.HeadAnswers._answer_published``); a 记者 the article's text speaks of (她告诉
记者, 融媒体中心记者某某) is no byline, and nothing else in the text answers these questions.
Not for who delivered a report (heads.py) nor a byline in brackets after a paragraph (people.find_bylines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .people import SURNAMES, find_people, find_person_names

__all__ = ["Masthead", "read_masthead", "is_masthead_line", "masthead_lines_count", "may_open_masthead", "is_byline_line", "is_speaker_line", "asked_of_masthead", "masthead_fact", "title_fact", "MASTHEAD_LINES", "MASTHEAD_PASSAGES", "PHOTO_LABELS", "WRITER_LABELS", "points_at_article"]

# How many of a document's first sentences (and their heading) may be byline or masthead lines.
MASTHEAD_LINES = 2
# How many of a document's first passages may carry its masthead and byline as their text or heading:
# a masthead printed above the title is the first passage (the title under it names the document,
# documents._guess_title), the byline heading the next one.
MASTHEAD_PASSAGES = 3
_LABELS = r"本报记者|特约记者|见习记者|记者|通讯员|特约撰稿人|撰稿人?|作者|文/|文:|摄影/?|摄影:|图/"
_LABELLED = re.compile(rf"({_LABELS})[/:]?([\u4e00-\u9fff]{{2,4}}?)"
                       rf"(?=(?:{_LABELS}|发布|来源|编辑|责任编辑|审核)|[^\u4e00-\u9fff]|$)")
# (《某某日报》2020年12月30日 第3版), or the same unbracketed opening a line above the title (《某某日报》
# 2026年1月16日 星期五 第3版): the paper and the day (《》 are folded to ").
# The day may come first too (2023年1月5日 《某某日报》第3版).
_PAPER = re.compile(r'(?:\(\s*|^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*(?:星期.|周.)?\s*)?)"([\u4e00-\u9fff]{2,12}?报)"'
                    r'\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)?')
# What else a masthead line holds after the paper: the day, the weekday, the page or issue and its column
# (2026年1月16日 星期五 第3版·履职纪实), never a clause of its own.
_ISSUE_PARTS = re.compile(r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})|星期.|周[一二三四五六日天]"
                          r"|第[\d一二三四五六七八九十百]+(?:版|期|号)")
# A paper's name printed bare on a line of its own above the issue line (澄湾日报 / 2022年1月10日 星期一 第3版):
# a name ending in 报 that is no kind of document or act (通报, 汇报, 公报, 简报, 年报 …).
_BARE_PAPER = re.compile(r"[\u4e00-\u9fff]{1,10}报")
_NOT_PAPER = re.compile(r"(?:通|汇|公|简|情|预|举|申|上|呈|回|海|喜|捷|电|月|年|季|旬)报$")
# The page an article was printed on (第3版, 第三版).
_PAGE = re.compile(r"第[\d一二三四五六七八九十]+版")
_PUT_OUT = re.compile(r"(?:发布时间|发布日期|发表时间|刊发时间|刊发日期|日期)[:]?((?:19|20)\d\d年\d{1,2}月\d{1,2}日)")
_DATE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日")

# A byline line, whole: labels of a paper's staff (本报记者, 新华社记者, 通讯员, 文/, 文/图, 摄影, 责任编辑 …) each
# followed by names (a surname and one to three characters), and the source's label (来源:) by a body.
# A label of one character (文, 图, 摄) needs its stroke or colon, so 文化… or 图片展 never reads as one;
# a column head (记者手记, 记者观察) has no surname after the label, so it stays a heading.
_STAFF = (r"(?:[\u4e00-\u9fff]{1,10}?(?:报|社|台|网|中心|站))?(?:本报|特约|见习|实习|首席)?记者|通讯员|实习生|特约撰稿人?|撰稿人?"
          r"|作者|供稿|摄影|责任编辑|责编|编辑|校对|审核|审校|文/图|图/文|(?:文|图|摄)(?=[/:])")
_NAME = rf"(?:欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|尉迟|长孙|宇文|司徒|夏侯|公孙|端木|[{''.join(sorted(SURNAMES))}])[\u4e00-\u9fff]{{1,3}}"
_BYLINE_ITEM = (rf"(?:(?:{_STAFF})[/:]?{_NAME}(?:[、,]?{_NAME})*|(?:来源|出处|稿源):[\u4e00-\u9fff]{{2,20}}?"
                rf"|(?:发布|发表|刊发)(?:时间|日期):(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日)")
_BYLINE = re.compile(rf"[(\[]?(?:{_BYLINE_ITEM}[,;]?)+[)\]]?")


def is_byline_line(norm: str) -> bool:
    """Whether a (normalised) line is an article's byline (本报记者韦嘉禾通讯员邓书宁; 文/俞晓岚; 来源:某某办公室
    文/某某; 责任编辑:某某): who wrote it, never a heading the paragraphs under it belong to
    (documents._looks_like_heading); read_masthead reads the names from it."""
    line = re.sub(r"\s+", "", norm)  # 文 / 某某: spaces around the stroke stay after normalising
    return len(line) <= 60 and bool(_BYLINE.fullmatch(line))


def is_speaker_line(norm: str, word_frequency=None) -> bool:
    """Whether a (normalised) short line is a post and the name of who holds it, nothing else (区政协主席宋怀瑾):
    the speaker's line under a report's title, no heading.  With ``word_frequency`` (the general dictionary),
    a name holding a character that often starts a word (某正勋: 正 of 正在) is read too."""
    names = find_person_names(norm) | (find_person_names(norm, word_frequency) if word_frequency else set())
    people = find_people(norm, names)
    return len(norm) <= 40 and any(person.role and person.end == len(norm) and person.start + len(person.name) == len(norm)
                                   and norm.startswith(person.role) for person in people)


# Words of a question pointing at the article itself, not at something it tells.
# (报道 as a verb, 哪家报纸报道了某活动, points at a piece the document tells of, not at the document.)
_THIS_ARTICLE = re.compile(r"这篇|那篇|本文|该文|此文|全文|稿子|稿件|文章|报道(?![了过])|纪实|通讯|这份")
_ASKS_PAPER = re.compile(r"(?:哪|什么|啥)(?:1)?(?:份|家|个|种)?(?:报纸|报刊|报)|(?:登|刊登|刊发|发表|刊|载)在(?:哪|什么|啥)")
_PUBLISHED = re.compile(r"见报|登报|见刊|刊登|刊发|刊出|登出|登载|发表|发布|登的|发的")
# Which page an article was printed on (登在第几版, 哪一版); not what was printed (出版第几辑).
_ASKS_PAGE = re.compile(r"(?<![出再改])(?:第几|哪一?|几)版")
# The article's own title (这篇纪实的主标题是什么, 本文的副标题叫啥): only words pointing at it go before it,
# so the title of something it tells (文中那件提案的题目) is not this.
_ASKS_TITLE = re.compile(r"(?:这|那|本|该|此)(?:篇|份|则|个)?[\u4e00-\u9fff]{0,6}?的?(主|副)?(?:标题|题目)(?:是什么|叫什么|是啥|叫啥)")
_WROTE_IT = re.compile(r"(?:写|采写|撰写|执笔)(?:稿|稿子|文章)?的")
_ASKS_PERSON = re.compile(r"(?:是谁|是哪位|是哪个|叫啥|叫什么|姓什么|名字)")
PHOTO_LABELS = ("摄影", "图")
WRITER_LABELS = ("作者", "文", "特约撰稿人", "撰稿人", "撰稿", "本报记者", "记者")
# A label asked, and the labels written that answer it (作者 is who wrote it, whatever the label).
_LABEL_ASKED = (
    ("通讯员", ("通讯员",)),
    ("摄影", PHOTO_LABELS),
    ("记者", ("本报记者", "特约记者", "见习记者", "记者")),
    ("撰稿", ("特约撰稿人", "撰稿人", "撰稿", "作者", "文", "本报记者", "记者")),
    ("作者", WRITER_LABELS),
)


@dataclass(frozen=True)
class Masthead:
    people: tuple[tuple[str, str], ...] = ()  # (label, name): ("本报记者", "方若琳")
    paper: str | None = None  # 柳泽日报
    day: str | None = None  # 2020年12月30日
    page: str | None = None  # 第3版


def read_masthead(lines: list[str]) -> Masthead:
    """The byline and masthead a document's first lines (normalised) tell, if any."""
    people: list[tuple[str, str]] = []
    paper = day = page = None
    # A paper's bare name is read as one only where its issue line is among the head's lines too.
    issued = any(is_issue_line(line) for line in lines)
    for line in lines:
        if paper is None and issued and _is_bare_paper(line):
            paper = line
        if is_masthead_line(line):
            page = page or (_PAGE.search(line).group(0) if _PAGE.search(line) else None)
            day = day or (_DATE.search(line).group(0) if _DATE.search(line) else None)
        for match in _LABELLED.finditer(line):
            label = match.group(1).rstrip("/:")
            if (label, match.group(2)) not in people:
                people.append((label, match.group(2)))
        printed = _PAPER.search(line)
        if printed and paper is None:
            paper, day = printed.group(1), printed.group(2) or day
        put_out = _PUT_OUT.search(line)
        if put_out and day is None:
            day = put_out.group(1)
    return Masthead(tuple(people), paper, day, page)


def is_masthead_line(norm: str) -> bool:
    """Whether a (normalised) line is a newspaper's masthead, the paper and its issue ("桂岚日报"2026年1月16日
    星期五第3版·履职纪实, ("某某日报"…第二版)), not a title: it names no subject, so it never names the
    article (documents._guess_title passes over it); read_masthead reads the paper and the day from it.
    The issue line alone under a paper's bare name (2022年1月10日星期一第3版两会特刊) is one too."""
    if is_issue_line(norm):
        return True
    printed = _PAPER.match(norm.strip())
    if printed is None or len(norm) > 60 or re.search(r"[。!?;]", norm):
        return False
    return bool(_ISSUE_PARTS.search(norm[printed.end(1):]))


def _is_bare_paper(norm: str) -> bool:
    """Whether a (normalised) line is a paper's name alone (澄湾日报, 人民政协报), not a document's kind (情况通报)."""
    return bool(_BARE_PAPER.fullmatch(norm)) and not _NOT_PAPER.search(norm)


def is_issue_line(norm: str) -> bool:
    """Whether a (normalised) line is a paper's issue line alone: a day with its weekday or page, and at
    most a column's name (2022年1月10日星期一第3版两会特刊), never a sentence that opens with a date."""
    if len(norm) > 40 or not _DATE.match(norm) or re.search(r"[。!?;,:]", norm):
        return False
    parts = _ISSUE_PARTS.findall(norm)
    rest = re.sub(r"[\s·|/\-—]", "", _ISSUE_PARTS.sub("", norm))
    return len(parts) >= 2 and len(rest) <= 8


def may_open_masthead(block: str) -> bool:
    """Whether a raw first block may be a masthead line, cheaply (before normalising it): a paper's name
    in 《》, or alone."""
    block = block.strip()
    return bool(re.match(r"[（(]?\s*《", block)) or (len(block) <= 12 and block.endswith("报"))


def masthead_lines_count(norms: list[str]) -> int:
    """How many of a document's first (normalised) lines are a newspaper's masthead above the title:
    one printed paper line with its issue ("某某日报"2026年1月16日第3版), or a paper's bare name with
    the issue line under it (澄湾日报 / 2022年1月10日星期一第3版)."""
    if norms and is_masthead_line(norms[0]):
        return 1
    if len(norms) >= 2 and _is_bare_paper(norms[0]) and is_issue_line(norms[1]):
        return 2
    return 0


# A written piece the text tells of, pointed at by the question (那条社情民意, 那篇信息, 《…》, 冷链物流那条建议),
# and the words that point at the document itself instead (这份总结, 本文, 报告).
# …or a book the text tells of (服务指南, 读本, 画册), or a piece asked of one member (哪个委员编写的): the committee
# writes its report, a member the pieces it tells of.
_TOLD_PIECE = re.compile(r"那[条篇份件]|社情民意|信息|建议|提案(?!工作)|心得|论文|\"|指南|手册|读本|画册|文集|汇编"
                         r"|哪(?:个|1个|一个|位|一位|1位|名)委员")
_THE_DOCUMENT = re.compile(r"这篇|这份|本文|该文|此文|全文|报告|总结|纪实|报道(?![了过])|通讯|这个")


def asks_writer_of_told_piece(norm: str) -> bool:
    """Whether a question asks who wrote a piece the document tells of (暑期托管那条社情民意是谁写的), not who
    wrote the document: its text, not its byline, answers."""
    return bool(_TOLD_PIECE.search(norm)) and not points_at_document(norm)


def points_at_document(norm: str) -> bool:
    """Whether a question points at the document itself (这篇, 这份, 本文, 报告 …), not at pieces it tells of
    (稿件刊发在哪些媒体: the news pieces a report counts)."""
    return bool(_THE_DOCUMENT.search(norm))


def points_at_article(norm: str) -> bool:
    """Whether a question points at the article itself (这篇, 本文, 稿子, 纪实 …), not at something it tells
    (征文活动的作者, 那件提案是谁执笔的)."""
    return bool(_THIS_ARTICLE.search(norm))


def asked_of_masthead(norm: str, kind: str) -> tuple[str, tuple[str, ...]] | None:
    """What a question asks of an article's masthead: ("paper", ()), ("day", ()), or ("person",
    the labels that answer it); None when it asks something else."""
    pointed = bool(_THIS_ARTICLE.search(norm))
    if _ASKS_PAGE.search(norm):
        return "page", ()
    title = _ASKS_TITLE.match(norm)
    if title and kind == "what":
        return "title", (title.group(1) or "",)
    if kind in ("what", "where") and _ASKS_PAPER.search(norm) and (pointed or "登" in norm or "刊" in norm):
        return "paper", ()
    if kind == "when" and _PUBLISHED.search(norm) and (pointed or re.search(r"见报|登报|见刊", norm)):
        return "day", ()
    if kind in ("who", "what") and _ASKS_PERSON.search(norm):
        for asked, labels in _LABEL_ASKED:
            at = norm.find(asked)
            # The label heads the question or follows only words pointing at the article (写这篇纪实的记者)
            # or saying it wrote it (写稿的记者, 采写的记者).
            if at >= 0 and (at == 0 or pointed or _WROTE_IT.fullmatch(norm[:at])) and not re.search(r"[\u4e00-\u9fff]{2}(?:中心|台|社|站)$", norm[:at]):
                return "person", labels
    return None


def title_fact(title: str, which: str) -> str | None:
    """The part of an article's title asked (主: before its ——, 副: after it; else the whole), in 《》."""
    dash = re.search(r"——|--|—", title)
    main, sub = (title[:dash.start()], title[dash.end():]) if dash else (title, "")
    part = sub if which == "副" else main if which == "主" else title
    return f"《{part.strip()}》" if part.strip() else None


def masthead_fact(head: Masthead, asked: tuple[str, tuple[str, ...]]) -> str | None:
    """The fact the masthead gives for what is asked (a paper in 《》, a day, names with their labels)."""
    what, labels = asked
    if what == "paper":
        return f"《{head.paper}》" if head.paper else None
    if what == "day":
        return head.day
    if what == "page":
        return head.page
    names = [f"{name}（{label}）" for label in labels for lab, name in head.people if lab == label]
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return "、".join(seen) or None
