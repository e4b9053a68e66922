"""A whole word of a question typed by its sound in place of the documents' word
(家装电梯 for 加装电梯, 坐谈会 for 座谈会): a word the documents never write,
one character of which, swapped for one read alike (pinyin, tones aside),
gives exactly one word the documents do write, standing in the passages the
rest of the question finds; failing that, one read alike but for a nasal
ending (in/ing, en/eng: 视屏 for 视频), which many speakers do not tell apart.

``spelling.py`` mends a lone character that makes no word with its
neighbours (提按 → 提案); an input method, though, often offers a real word
of the same sound (家装, 坐谈会), which the segmenter keeps whole and that
step leaves alone.  Learned from the documents' own words, no list of slips.
"""

from __future__ import annotations

import re

__all__ = ["correct_sound_words"]

_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")


def correct_sound_words(speller, text: str, keep: set[str]) -> tuple[str, int]:  # noqa: ANN001 - a SpellingCorrector
    """``text`` with each whole word typed by its sound mended, and how many were.
    ``keep``: characters never swapped (the words that ask, particles, the
    commonest characters: a word with one is far more likely meant as written)."""
    index = speller.index
    segmenter = index.segmenter
    unknown = [w for w in dict.fromkeys(segmenter.words(text))
               if _CJK_WORD.fullmatch(w) and w not in index.df and not set(w) & keep]
    if not unknown:
        return text, 0
    others = [t for t in segmenter.tokens(text) if len(t) >= 2 and t in index.df]
    if not others:
        return text, 0  # nothing else of the question the documents know: no passage to read it against
    near = [s for hit in index.search(sorted(others), 5) for s in index.sentence_norm[hit.passage]]
    fixes = 0
    for word in unknown:
        # Read alike first; only a word that reading mends into none is read again with its nasal endings
        # not told apart (视屏 for 视频: ping for pin), as many speakers hear them.
        found = _alike_words(index, word, others, near, speller.read_alike) or \
            _alike_words(index, word, others, near, speller.read_near)
        if len(found) == 1:  # two words read alike: which one was meant is not told
            text = text.replace(word, found.pop())
            fixes += 1
    return text, fixes


def _alike_words(index, word: str, others: list[str], near: list[str], alike_to) -> set[str]:  # noqa: ANN001
    """The documents' words made of ``word`` with one character swapped for one ``alike_to`` gives, each
    written in a passage ``near`` beside another word of the question."""
    found = set()
    for k, char in enumerate(word):
        for alike in alike_to(char):
            candidate = word[:k] + alike + word[k + 1:]
            if candidate in index.df and any(candidate in s and any(t in s for t in others) for s in near):
                found.add(candidate)
    return found
