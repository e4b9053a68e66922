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
from typing import Iterable

__all__ = ["learn_words", "learn_quoted", "join_noun_suffixes"]

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
    seen = 0
    for sentence in sentences:
        seen += len(sentence)
        if seen > max_chars:
            break
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


# A quoted piece: text between quotation marks (normalised to ") or title marks.
_QUOTED = re.compile(r'"([^"\n]{2,24})"')
_NAME_PIECE = re.compile(r"[\u4e00-\u9fff0-9]+")
_INNER_PUNCTUATION = re.compile(r"[,、·;:。!?\s]+")


def learn_quoted(sentences: Iterable[str], known, max_chars: int = 200_000) -> list[str]:
    """Names a document writes in quotation marks, 2–8 characters of Chinese
    each, split at the punctuation inside the marks (爱青岛,让青岛更美好 →
    爱青岛, 让青岛更美好).  Words ``known`` already are left out; a quoted
    sentence (a piece of ten or more characters) is no name."""
    found: set[str] = set()
    seen = 0
    for sentence in sentences:
        seen += len(sentence)
        if seen > max_chars:
            break
        for match in _QUOTED.finditer(sentence):
            for piece in _INNER_PUNCTUATION.split(match.group(1)):
                # Numerals are normalised to digits (办好一次会 → 办好1次会): a name may hold them.
                if 2 <= len(piece) <= 8 and _NAME_PIECE.fullmatch(piece) and len(_CJK_RUN.sub("", piece)) <= len(piece) - 2 \
                        and not known(piece):
                    found.add(piece)
    return sorted(found)


# Characters that end a noun (…型, …类, …界别, …性): general Chinese word formation.
_NOUN_SUFFIXES = frozenset("型类别性式化级界组队团班站室点所院馆处科局部社园区金")
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
