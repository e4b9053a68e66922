"""Who sent in a listed piece, what prize it got, what a person's piece was about: read from the piece's byline.

A bulletin lists pieces by their quoted titles with the sender in brackets after each (《关于…的建议》（某某）,
《…的反映》（某党派市委会，执笔：某某）), often under a prize heading of their own (一等奖（3条）：), and tells
elsewhere who sent one in (某某委员报送的《关于…的建议》被省政协采用).  A member names a piece by a few words of
its title (电动车充电那条是谁报的, 快递进村那条是谁执笔的), or by its sender (某某报的是啥内容的信息, 某某那条
信息得了几等奖), and is answered from that byline: the sender (the writer for 执笔 when one is named), the
prize heading the piece stands under, or the title.

Called by the answerer before the general reading (answer.py ``_read_part``), which cannot tell one piece's
bracketed name from the next one's.  General layout and Chinese only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .faq_match import chinese_bigrams
from .question import OFF_TOPIC_RE

__all__ = ["byline_answer", "piece_named"]

# Asked who sent it in / wrote it: 是谁报的, 谁提交的, 谁执笔的, 报送人是谁.
_ASKS_WHO = re.compile(r"谁(?:报|提|交|写|执笔|撰写|反映|报送|提交|提出|起草)|(?:报送|提交|执笔|撰写)(?:人|者)是谁")
_ASKS_WRITER = re.compile(r"执笔|撰写|写")
# Asked the prize: 得了几等奖, 获得什么奖, 评了哪个奖.
_ASKS_PRIZE = re.compile(r"(?:几|什么|啥|哪个?|哪一)等(?:奖|次)|(?:得|获|评)(?:得|了)?(?:什么|啥|哪个|哪)奖")
# Asked what a person's piece was about: 报的是啥内容的信息, 写的是什么, 提的哪条建议.
_ASKS_TITLE = re.compile(r"(?:报|提|写|交|反映)(?:送|交)?的?(?:是|了)?(?:啥|什么|哪)(?:内容|方面|条|篇|件)?")
# The words that ask, not name the piece (那条, 是谁报的, 信息, 得了几等奖).
_ASKING = re.compile(r"(?:那|这|哪)(?:一)?(?:条|篇|件|份|个|则)|是谁.*|谁.*|得了.*|获得?.*|评了.*|报的.*|"
                     r"信息|建议|提案|反映|的|了|请问")
# A byline in brackets right after a quoted title: "…"(某某) / "…"(某党派市委会,执笔:某某).
_BYLINE = re.compile(r"\"[(（]([^()（）\"]{2,40})[)）]")
# A sender told before the title: 某某委员报送的"…", 某党派市委会提交的"…".
_SENDER = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:委员|同志)?(?:[(（][^()（）\"]{1,24}[)）])?(报送|提交|撰写|反映|提出|执笔)的\"")
# Words linking a sender to what went before it in the clause (领衔督办某某, 推动某某): the sender follows them.
_LINKED = re.compile(r"督办|领衔|推动|协调|指导|组织|围绕|由|将|把|对|和|与|及|是|为|在")
# A role, not a sender named (委员反映的"…", 有关委员提出的"…").
_NO_ONE = re.compile(r"(?:有关|部分|多名|多位|广大)?(?:政协)?(?:委员|常委|代表|同志|群众)(?:们)?")
# What a piece's title looks like (关于…的建议, …的反映): not a phrase quoted from it (提出的"推动…相衔接"等建议).
_PIECE_TITLE = re.compile(r"^关于|(?:建议|提案|反映|报告|信息|意见|议案)$")
# A member's title before the name (委员某某, 常委某某撰写的): not the sender's name.
_MEMBER_BEFORE = re.compile(r"^(?:[省市县区]?政协)?(?:常委|委员|常务委员)(?=[\u4e00-\u9fff]{2,4}$)")
_ENUMERATOR = re.compile(r"^(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[.、]|[一二三四五六七八九十]+、)")
# A prize heading: 一等奖(3条):, 优秀奖, 特等奖.
_PRIZE = re.compile(r"^(?:[(（][一二三四五六七八九十\d]+[)）])?((?:[一二三四五六七八九十]|特)等奖|优秀奖|[金银铜]奖|鼓励奖)")
_WRITER = re.compile(r"(?:执笔|撰稿|撰写)(?:人)?[:：]([\u4e00-\u9fff]{2,4})")


@dataclass(frozen=True)
class _Piece:
    title: str
    sender: str
    writer: str
    passage: int
    sentence: int
    listed: bool  # a line of a list (a prize may head it), not a sentence telling of it


def _title_before(sentence: str, end: int) -> str:
    """The quoted title closing at ``end`` (its closing quote), from the first quote of its clause."""
    start = max(sentence.rfind(c, 0, end) for c in ",;。:") + 1
    opened = sentence.find("\"", start, end)
    return sentence[opened + 1:end] if 0 <= opened < end else ""


def _pieces(index) -> list[_Piece]:  # noqa: ANN001 - a PassageIndex
    cached = getattr(index, "_byline_pieces", None)
    if cached is not None:
        return cached
    found = []
    for p in range(index.size):
        for s, sentence in enumerate(index.sentence_norm[p]):
            if "\"" not in sentence:
                continue
            for match in _BYLINE.finditer(sentence):
                title = _title_before(sentence, match.start())
                inside = match.group(1)
                sender = re.split(r"[,，;；]", inside)[0]
                writer = _WRITER.search(inside)
                if len(title) >= 6 and re.fullmatch(r"[\u4e00-\u9fff]{2,16}", sender):
                    found.append(_Piece(title, sender, writer.group(1) if writer else "", p, s,
                                        bool(_ENUMERATOR.match(sentence))))
            for match in _SENDER.finditer(sentence):
                sender = _MEMBER_BEFORE.sub("", _ENUMERATOR.sub("", match.group(1)))  # 委员某某撰写的 → 某某
                sender = _LINKED.split(sender)[-1]  # 副区长某某领衔督办某某委员提出的 → the last 某某
                close = re.search(r"[,;。]", sentence[match.end():])
                clause = sentence[match.end():match.end() + close.start() if close else None]
                title = clause[:clause.rfind("\"")] if "\"" in clause else ""
                if len(title) >= 6 and len(sender) >= 2 and _PIECE_TITLE.search(title) \
                        and not re.search(r"(?:报告|建议|提案|意见|信息|材料)$", sender) \
                        and not _NO_ONE.fullmatch(sender):  # (调研报告提出的"…", 委员反映的"…": no one named)
                    wrote = sender if match.group(2) in ("撰写", "执笔") else ""  # 某某撰写的"…": its writer too
                    found.append(_Piece(title, sender, wrote, p, s, False))
    try:
        index._byline_pieces = found
    except AttributeError:  # a frozen index: read again next time
        pass
    return found


def _prize(index, piece: _Piece) -> str | None:  # noqa: ANN001 - a PassageIndex
    """The prize heading a listed piece stands under: the nearest heading before it among the list's lines."""
    p = piece.passage
    for q in range(p - 1, max(-1, p - 40), -1):
        if index.passage_doc[q] != index.passage_doc[p] or index.section_norm[q] != index.section_norm[p]:
            return None
        lines = index.sentence_norm[q]
        if not lines:
            continue
        heading = _PRIZE.match(lines[0])
        if heading:
            return heading.group(1)
        if not _ENUMERATOR.match(lines[0]):
            return None  # a paragraph between: the list has ended
    return None


def _by_post(pieces: list[_Piece], norm: str, index) -> list[_Piece]:  # noqa: ANN001 - a PassageIndex or None
    """The pieces of a person the question names by surname and post (郑副校长 for 郑某某, listed elsewhere as
    郑某某（某界，某校副校长）): one sender of that surname whose bracketed post ends with the post asked."""
    if index is None:
        return []
    people = {x.sender for x in pieces if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", x.sender)}
    found = set()
    for name in people:
        for asked in re.finditer(re.escape(name[0]) + r"(副?[\u4e00-\u9fff]{0,4}?(?:长|主任|主席|书记|经理|教授|老师|医生))", norm):
            post = re.compile(re.escape(name) + r"[(（][^)）]*" + re.escape(asked.group(1)) + r"[)）]")
            if any(post.search(sentence) for p in range(index.size) for sentence in index.sentence_norm[p]):
                found.add(name)
    return [x for x in pieces if x.sender in found] if len(found) == 1 else []


def _chosen(pieces: list[_Piece], norm: str, by_sender: bool, index=None) -> list[_Piece]:  # noqa: ANN001
    """The pieces the question names: by a person it names (sender or writer), then by its title's words."""
    named = [x for x in pieces if x.sender in norm or (x.writer and x.writer in norm)] or _by_post(pieces, norm, index)
    if by_sender and not named:
        return []
    pool = named or pieces
    topic = chinese_bigrams(_ASKING.sub(" ", "".join(n for n in re.split(r"[?？!！,，。]", norm))))
    for x in named:
        topic -= chinese_bigrams(x.sender) | chinese_bigrams(x.writer)
    if not topic:
        return pool if named else []
    scored = [(len(topic & chinese_bigrams(x.title)), x) for x in pool]
    best = max((score for score, _ in scored), default=0)
    if not named and (best < 2 or best < 0.5 * len(topic)):
        return []
    return [x for score, x in scored if score == best] if best else pool


def byline_answer(answerer, norm: str):  # noqa: ANN001, ANN201 - an Answerer; a Result or None
    """The sender, prize or title of the piece asked; None when not asked so or no one piece fits."""
    who, prize, title = bool(_ASKS_WHO.search(norm)), bool(_ASKS_PRIZE.search(norm)), bool(_ASKS_TITLE.search(norm))
    if not (who or prize or title):
        return None
    pieces = _pieces(answerer.index)
    if not pieces:
        return None
    chosen = _chosen(pieces, norm, by_sender=not who, index=answerer.index)
    if prize:
        answers = {(_prize(answerer.index, x), x.passage, x.sentence) for x in chosen if x.listed}
        answers = {a for a in answers if a[0]}
        kind = "who"  # the prize alone leads, the piece's line below it (a what-answer would lead with the line)
    elif who:
        writer = bool(_ASKS_WRITER.search(norm))
        if writer and chosen and not any(x.writer for x in chosen):
            return None  # 执笔 asked, the piece's byline names no writer: the sender did not write it for sure
        answers = {((x.writer if writer else x.sender), x.passage, x.sentence) for x in chosen if x.writer or not writer}
        kind = "who"
    else:
        answers = {(x.title, x.passage, x.sentence) for x in chosen}
        kind = "what"  # its line leads, the title as written there (《…》), not as read
    if len({a[0] for a in answers}) != 1:
        return None  # none, or pieces of different answers alike
    fact, p, s = min(answers, key=lambda a: (a[1], a[2]))
    return answerer._fact_result(kind, fact, (p, s), norm)


def piece_named(index, norm: str) -> bool:  # noqa: ANN001 - a PassageIndex
    """Whether the question asks of a piece whose title holds each off-topic word it says (快递 of 快递进村那条是谁
    执笔的): the word is the piece's, not a matter off the committee's work."""
    if not (_ASKS_WHO.search(norm) or _ASKS_PRIZE.search(norm) or _ASKS_TITLE.search(norm)):
        return False
    chosen = _chosen(_pieces(index), norm, by_sender=False, index=index)
    return bool(chosen) and all(any(m.group() in x.title for x in chosen) for m in OFF_TOPIC_RE.finditer(norm))
