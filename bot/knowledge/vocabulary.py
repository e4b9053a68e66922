"""New words learned from a document's own text when it is added: runs of
characters the dictionary splits into single characters (海/川 for 海川,
浒/苔 for 浒苔) that the text repeats and that stand between varied
neighbours are taken as words, so search and spelling meet them whole.

Statistics only, no word list: a new report brings its own place names,
programme names and terms.  Names a document sets in quotation marks
(“倾听与商量”, “搞活一座城、办好一次会”: its campaigns, platforms and slogans)
are learned whole as well, each piece between the marks' inner punctuation.
Not for synonyms (``segment.py``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Iterator

from .frames import NOT_A_PLACE

__all__ = ["learn_words", "learn_places", "learn_quoted", "each_sampled", "join_noun_suffixes", "learn_short_names", "body_qualifiers",
           "abbreviates", "body_names", "expand_body_short_forms"]

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_FUNCTION_CHARS = set("的了在和与及是对向从为以而之其这那也都就还又被把给让个各每本该某们有无不没很更最已将要会能可")


def learn_words(sentences: Iterable[str], words_of, known, min_count: int = 3, max_chars: int = 200_000) -> list[str]:
    """Words of 2–4 characters found as runs of single-character pieces.

    ``words_of(text)`` segments a sentence; ``known(word)`` tells a dictionary word.
    A candidate must occur ``min_count`` times, have at least two different
    characters before and after it, and hold no function character.
    """
    counts: Counter[str] = Counter()
    left: dict[str, set[str]] = defaultdict(set)
    right: dict[str, set[str]] = defaultdict(set)
    for sentence in _first_chars(sentences, max_chars):
        pieces = words_of(sentence)
        position = 0
        run: list[tuple[int, str]] = []
        for piece in pieces + [""]:
            start = sentence.find(piece, position) if piece else len(sentence)
            if piece and len(piece) == 1 and _CJK_RUN.fullmatch(piece) and piece not in _FUNCTION_CHARS:
                run.append((start, piece))
            else:
                if len(run) >= 2:
                    text = "".join(p for _, p in run)
                    begin = run[0][0]
                    for size in (2, 3, 4):
                        for i in range(0, len(text) - size + 1):
                            word = text[i:i + size]
                            counts[word] += 1
                            a = begin + i
                            left[word].add(sentence[a - 1:a])
                            right[word].add(sentence[a + size:a + size + 1])
                run = []
            if piece:
                position = start + len(piece)
    learned = [w for w, n in counts.items() if n >= min_count and len(left[w]) >= 2 and len(right[w]) >= 2
               and not known(w)]
    # Keep the longest of overlapping candidates that occur as often (海川市 over 海川 only when as frequent).
    learned.sort(key=lambda w: (-len(w), -counts[w], w))
    kept: list[str] = []
    for word in learned:
        if any(word in longer and counts[longer] >= counts[word] for longer in kept):
            continue
        kept.append(word)
    return sorted(kept)


# A place's name opening a line before a colon, the label of a row of its figures (某山区:委员之家1个,…).
_PLACE_LABEL = re.compile(r"^([\u4e00-\u9fff]{2}[区县市镇乡]):")


def learn_places(sentences: Iterable[str], known, max_chars: int = 200_000) -> list[str]:
    """Place names a text writes as a row's label that the dictionary does not hold whole: a name ending in a
    common word (某 + 山区, 某 + 湖区) is otherwise cut into a lone character and that word, and a question naming
    the place finds neither; not the words before a level that name none (各区, 全县: frames.NOT_A_PLACE)."""
    found: set[str] = set()
    for sentence in _first_chars(sentences, max_chars):
        label = _PLACE_LABEL.match(sentence)
        if label is None:
            continue
        name = label.group(1)
        if not re.search(r"[省市县区委府]", name[:2]) and not NOT_A_PLACE.search(name[:2]) and not known(name):
            found.add(name)
    return sorted(found)


# Quotation and title marks by their shape: an opening one pairs with its own closing one,
# so 《关于深化“高效办成一件事”改革的提案》 holds the name 高效办成一件事 and no piece
# 改革的提案 (a straight " opens or closes by turn, as in text already normalised).
_OPENING = {"“": "”", "《": "》", "「": "」", "『": "』", "〈": "〉", "‘": "’"}
_CLOSING = frozenset(_OPENING.values())
_STRAIGHT = frozenset('"＂')
_NAME_PIECE = re.compile(r"[\u4e00-\u9fff0-9]+")
_INNER_PUNCTUATION = re.compile(r"[,、·;:。!?\s]+")


def _quoted_spans(sentence: str) -> Iterator[str]:
    """The text between each pair of marks whose inside holds no other mark (the innermost
    pairs, and pairs with nothing nested), at most 24 characters."""
    stack: list[tuple[str, int]] = []
    nested: set[int] = set()
    for at, char in enumerate(sentence):
        if char in _STRAIGHT and stack and stack[-1][0] in _STRAIGHT:
            closing = True
        elif char in _OPENING or char in _STRAIGHT:
            if stack:
                nested.add(stack[-1][1])
            stack.append((char, at))
            continue
        else:
            closing = char in _CLOSING
        if not closing:
            continue
        expected = {_OPENING.get(mark, mark) for mark, _ in stack}
        if char not in expected:
            continue  # a closing mark without its opening one
        while stack:
            mark, begin = stack.pop()
            if _OPENING.get(mark, mark) == char or (mark in _STRAIGHT and char in _STRAIGHT):
                if begin not in nested and 2 <= at - begin - 1 <= 24:
                    yield sentence[begin + 1:at]
                break


def _first_chars(sentences: Iterable[str], max_chars: int) -> Iterator[str]:
    """The sentences up to ``max_chars`` characters in all (a huge document is sampled, not read whole)."""
    seen = 0
    for sentence in sentences:
        seen += len(sentence)
        if seen > max_chars:
            return
        yield sentence


def each_sampled(documents: Iterable[Iterable[str]], max_chars: int = 200_000) -> Iterator[str]:
    """Each document's sentences up to ``max_chars`` characters of its own, one document after another: a huge
    document is sampled, and every document of a shelf is read however many come before it."""
    for sentences in documents:
        yield from _first_chars(sentences, max_chars)


def learn_quoted(sentences: Iterable[str], known, max_chars: int = 200_000, normalize=lambda text: text) -> list[str]:
    """Names a document writes in quotation marks, 2–8 characters of Chinese
    each, split at the punctuation inside the marks (爱青岛,让青岛更美好 →
    爱青岛, 让青岛更美好).  Words ``known`` already are left out; a quoted
    sentence (a piece of ten or more characters) is no name.  ``sentences`` are
    best given as written, their marks unfolded, with ``normalize`` for the pieces."""
    found: set[str] = set()
    for sentence in _first_chars(sentences, max_chars):
        for span in _quoted_spans(sentence):
            for piece in _INNER_PUNCTUATION.split(normalize(span)):
                # Numerals are normalised to digits (办好一次会 → 办好1次会): a name may hold them.
                # A piece opening with a function character (的提案 of "关于推广"X"的提案") is the tail of
                # a title around a nested quote, no name.
                if 2 <= len(piece) <= 8 and _NAME_PIECE.fullmatch(piece) and len(_CJK_RUN.sub("", piece)) <= len(piece) - 2 \
                        and piece[0] not in _FUNCTION_CHARS and not known(piece) \
                        and not (piece.endswith("了") and known(piece[:-1])):  # "答复了"向"落实了": a verb done, no name
                    found.add(piece)
    return sorted(found)


# Characters that end a noun (…型, …类, …界别, …性): general Chinese word formation.
_NOUN_SUFFIXES = frozenset("型类别性式化级界组队团班站室点所院馆处科局部社园区金委")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


def join_noun_suffixes(words: list[str], text: str, idf, stop_words=frozenset()) -> list[str]:
    """A word and the noun suffix after it, left as a lone character by the
    segmenter, where ``text`` writes them together exactly as a document does
    (紧密 型 → 紧密型, 教育界 别 → 教育界别, 经济建设 类 → 经济建设类): one term,
    so a piece like 型 or 别 is not looked for alone.  ``idf(phrase)`` is None
    for what the documents never write (cached: no scan of the corpus per call)."""
    joined: list[str] = []
    for word in words:
        before = joined[-1] if joined else ""
        if len(before) < 2 or not _CJK_WORD.fullmatch(before) or before in stop_words:
            joined.append(word)
            continue
        if len(word) == 2 and word[0] in _NOUN_SUFFIXES and word[1] in "的了" and idf(before + word[0]) is not None:
            joined[-1] += word[0]  # 教育界 别的 召集人: 教育界别 + 的, not 别的 ("other")
            continue
        if len(word) == 1 and word in _NOUN_SUFFIXES and before + word in text and idf(before + word) is not None:
            joined[-1] = before + word
            continue
        joined.append(word)
    return joined


# Short names a document declares for a body or a thing it names: 提案委员会（以下简称提案委）.
# The bracket that declares it; the words before it are the full name's candidates (posts.py reads more of them).
DECLARED_AFTER = r'[(（](?:以下)?(?:简称|下称)"?([\u4e00-\u9fff]{2,10})"?[)）]'
_DECLARED_SHORT = re.compile(r"([\u4e00-\u9fff]{2,24})" + DECLARED_AFTER)
# The words before a 委员会 that may name a body (社会法制和民族宗教, 经济): the clause's tail.
_BEFORE_BODY = re.compile(r"([\u4e00-\u9fff]{1,16})委员会")
_JOINING_WORDS = frozenset("和 与 及 、 暨".split())


def learn_short_names(sentences: Iterable[str]) -> list[tuple[str, str]]:
    """(short, full) pairs a document declares (文化文史和学习委员会（以下简称文史学习委）):
    the full name is the longest tail of the words before the brackets that starts with
    the short name's first character and holds its characters in order."""
    pairs: set[tuple[str, str]] = set()
    for sentence in sentences:
        for match in _DECLARED_SHORT.finditer(sentence):
            before, short = match.group(1), match.group(2)
            for start in range(len(before) - len(short)):
                full = before[start:]
                if full[0] == short[0] and in_order(short, full) and full != short:
                    pairs.add((short, full))
                    break
    return sorted(pairs)


def in_order(short: str, full: str) -> bool:
    """Whether the characters of a short name stand in the full one in the same order (农业农村委)."""
    position = 0
    for char in short:
        position = full.find(char, position) + 1
        if position == 0:
            return False
    return True


def body_qualifiers(sentences: Iterable[str], max_chars: int = 200_000) -> list[str]:
    """The runs of characters written before 委员会 in the documents (…经济, 社会和法制):
    the bodies a question may name by a short form; cut into words only when asked."""
    found: set[str] = set()
    for sentence in _first_chars(sentences, max_chars):
        for match in _BEFORE_BODY.finditer(sentence):
            found.add(match.group(1))
    return sorted(found)


def abbreviates(stem: str, words: list[str]) -> int | None:
    """How many of a body's qualifying words (经济 / 农业 / 农村) a short form's stem
    leaves out, when it is made as Chinese shortens a 委员会's name: each word, in
    order, kept whole, by its first character, or left out (文史学习 of 文化 文史 和 学习,
    社法 of 社会 法制, 经 of 经济); None when it is not such a form.  At least half the
    words are kept, and a stem of one character shortens a one-word name only."""
    words = [w for w in words if w not in _JOINING_WORDS]
    if not words or (len(stem) < 2 and len(words) > 1):
        return None
    best: int | None = None

    def walk(at: int, k: int, kept: int) -> None:
        nonlocal best
        if at == len(stem):
            dropped = len(words) - kept
            if kept * 2 >= len(words) and (best is None or dropped < best):
                best = dropped
            return
        if k == len(words):
            return
        word = words[k]
        if stem.startswith(word, at):
            walk(at + len(word), k + 1, kept + 1)
        if len(word) > 1 and stem[at] == word[0]:
            walk(at + 1, k + 1, kept + 1)
        walk(at, k + 1, kept)

    walk(0, 0, 0)
    return best


def expand_body_short_forms(text: str, bodies: list[tuple[str, list[str]]], words_of, known) -> str:
    """A question naming a 委员会 by a short form the documents do not write (经委会,
    文史委) names it in full (经济委员会), when a body of the documents is shortened so
    (the one leaving out fewest words); so does the field such a body is named for, shortened
    the same way (人资环领域 → 人口资源环境领域).  ``bodies`` are (qualifier, its words) pairs,
    ``words_of`` segments, ``known(text)`` tells a form the documents or general
    Chinese already use as a word of its own (常委, 市委 stay as they are)."""
    if not re.search(r"委(?!员)|领域|方面", text):
        return text
    spans = []
    position = 0
    for word in words_of(text):
        start = text.find(word, position)
        if start >= 0:
            spans.append(start)
            position = start + len(word)
    starts = set(spans)
    for ending, full in ((r"领域|方面", ""), (r"委(?!员)会?", "委员会")):
        for match in reversed(list(re.finditer(ending, text))):
            end = match.end()
            choice = None
            for begin in sorted(x for x in starts if end - match.start() + 8 >= end - x > end - match.start()):
                stem, short = text[begin:match.start()], text[begin:end]
                # A field in words of its own (环境领域) is no short form; a body's short form may be (经委).
                if known(short) or (not full and known(stem)) or not re.fullmatch(r"[\u4e00-\u9fff]+", stem):
                    continue
                for tail, words in bodies:
                    dropped = abbreviates(stem, words)
                    if dropped is not None and (choice is None or (dropped, -len(stem)) < choice[0]):
                        choice = ((dropped, -len(stem)), begin, tail)
                if choice is not None:
                    break
            if choice is not None:
                _, begin, tail = choice
                text = text[:begin] + tail + (full or match.group()) + text[end:]
    return text


def body_names(qualifiers: list[str], words_of) -> list[tuple[str, list[str]]]:
    """Every tail of the runs before 委员会 that may name a body, with its words
    (社会和法制 → 社会 和 法制; also 和法制, 法制): the question's short form picks."""
    found: dict[str, list[str]] = {}
    for qualifier in qualifiers:
        words = words_of(qualifier)
        for k in range(len(words)):
            tail = "".join(words[k:])
            if tail not in found and _may_name_body(tail):
                found[tail] = words[k:]
    return sorted(found.items())


def _may_name_body(tail: str) -> bool:
    """A body's qualifying words: no place with its level (海川市 of 海川市委员会), no term, no particle."""
    return len(tail) >= 2 and tail[-1] not in "市区县省州届" and tail[0] not in _FUNCTION_CHARS and "政协" not in tail
