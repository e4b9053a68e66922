"""Fixing one-character slips in a question, in the words the documents use
(社清民意 → 社情民意, 小分对 → 小分队, 虎苔 → 浒苔, 杨君主席 → 杨军主席).

Built from an index's vocabulary and text when the index is ready; never a
hand list of one document's words.  Not for synonyms (``segment.py``).
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .patterns import pattern
from .people import SURNAMES
from .sound_words import correct_sound_words
from .measure_slips import correct_measure_slip

__all__ = ["SpellingCorrector"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_ALL_CJK = re.compile(r"[\u4e00-\u9fff]+")  # one call for a whole piece, not one per character
# Characters so common that a word with one of them in place of a letter of
# a document word is far more likely meant as written (工作有 is not 工作队).
_NEVER_A_SLIP = set("有是的了在和与及也都就还又被把给让向从到为以而之其这那哪什么吗呢吧啊呀个次篇份件支位名人户条项元年月日多少几谁"
                    "看说做写想问讲叫算吃喝去来好啥咋嘛呗哈们占第")  # 占: C类占多少 asks a share, no 类型; 第: an ordinal (内刊第4期 is no 提质)
# The words that ask: what a member asks is never a slip for a document's word (第几辑 is not 第三辑),
# nor for one where the documents use it as a pronoun (谁主持 is no slip for 谁主管 of 谁主管、谁办理).
_QUESTION_WORDS = set("几哪谁啥")
_PLACE_SUFFIXES = set("省市区县镇乡村州")
# Particles and function words no slip of a content character turns into.
_PARTICLES = set("的了着过吗呢吧啊呀么之其也都就还又被把给让和与及在是有")
# Surnames so common that 王毅 is more likely someone else than a slip for
# 王宏; such a name is corrected only when a title follows it (杨君主席).
_COMMON_SURNAMES = set("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
_TITLE_AFTER_NAME = re.compile(r"主席|副主席|书记|委员|常委|部长|局长|主任|队长|队员|专家|秘书长|华侨")


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, str]:
    """pypinyin's table of readings per character (12 MB), read on the first slip that needs it,
    without the package's phrase dictionary its ``__init__`` would load (40 MB more)."""
    spec = importlib.util.find_spec("pypinyin")
    path = Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.py"
    loader = importlib.util.spec_from_file_location("_pypinyin_table", path)
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return module.pinyin_dict


def _readings(char: str) -> tuple[str, ...]:
    """A character's pinyin readings without tones (率 → lu, shuai), from pypinyin's table."""
    entry = _pinyin_table().get(ord(char))
    if not entry:
        return ()
    bare = ("".join(c for c in unicodedata.normalize("NFD", r) if not unicodedata.combining(c)) for r in entry.split(","))
    return tuple(set(bare))


@lru_cache(maxsize=8)  # a question's keys serve every report read alone, one after another; a few hundred KB each
def _slip_keys(text: str) -> dict[str, list[tuple[int, int]]]:
    """Every key ``SpellingCorrector._correct_at`` looks a piece of ``text`` up by (a character in place of each
    of its characters, ``社?民意``; from four characters on, the piece less its last one), with the pieces
    (start, length) looking it up: the pieces ``correct`` tries."""
    keys: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for i in range(n):
        for length in range(min(11, n - i), 2, -1):
            piece = text[i:i + length]
            for j in range(length):
                keys.setdefault(piece[:j] + "?" + piece[j + 1:], []).append((i, length))
            if length >= 4:
                keys.setdefault(piece[:-1], []).append((i, length))
    return keys


# The most passages whose whole text a question with no other word of theirs is read against (_correct_homophones).
_WHOLE_TEXT_PASSAGES = 3000


class SpellingCorrector:
    """Corrections keyed by a word with one character unknown (``社?民意``) or missing."""

    def __init__(self, index) -> None:  # noqa: ANN001 - a PassageIndex (which builds this: no import back)
        self.index = index
        corrections: dict[str, list[str]] = {}
        lexicon_words = set(index.segmenter.lexicon.words)
        for word in set(index.df) | lexicon_words:
            if 3 <= len(word) <= 10 and _CJK.match(word) and not any(c.isdigit() for c in word):
                if word not in index.corpus_text and word not in lexicon_words:
                    continue
                for i in range(len(word)):
                    corrections.setdefault(word[:i] + "?" + word[i + 1:], []).append(word)
                    if len(word) >= 4:
                        corrections.setdefault(word[:i] + word[i + 1:], []).append(word)
        self._corrections = corrections
        # Two-character words, keyed by one character kept in its place
        # (浒苔 under "?苔" and "浒?"), for slips in short words (虎苔).
        pairs: dict[str, set[str]] = {}
        for word in set(index.df) | lexicon_words:
            if len(word) == 2 and all(_CJK.match(c) for c in word) and (word in index.corpus_text or word in lexicon_words):
                pairs.setdefault("?" + word[1], set()).add(word)
                pairs.setdefault(word[0] + "?", set()).add(word)
        self._pairs = {key: sorted(words) for key, words in pairs.items()}
        self._sounds: dict[str, set[str]] | None = None  # reading → the documents' characters (built when first needed)

    def _correct_at(self, text: str, i: int, length: int) -> tuple[str, int] | None:
        """A correction for the word of ``length`` characters that should
        start at ``i``: either ``length`` characters with one wrong, or
        ``length - 1`` characters with one missing.  Returns (word, consumed)."""
        piece = text[i:i + length]
        if len(piece) < length or not _ALL_CJK.fullmatch(piece):
            return None
        # Cheap dictionary look-ups first; the scans of the corpus below run
        # only for the rare piece that is one slip away from a word.
        substituted: dict[str, int] = {}
        for j in range(length):
            for word in self._corrections.get(piece[:j] + "?" + piece[j + 1:], ()):
                substituted[word] = j
        shorter = piece[:-1]
        missing = {w for w in self._corrections.get(shorter, ()) if len(w) == length} if length >= 4 else set()
        if not substituted and not missing:
            return None
        if piece in self.index.corpus_text or self.index.segmenter.is_dictionary_word(piece):
            return None
        for word, j in list(substituted.items()):
            # A "wrong" first or last character that makes a word with its
            # neighbour outside the piece is no slip (说了什么 is not 说了算么).
            if j == length - 1 and i + j + 2 <= len(text) and self.index.segmenter.is_dictionary_word(text[i + j:i + j + 2]):
                del substituted[word]
            elif j == 0 and i > 0 and self.index.segmenter.is_dictionary_word(text[i - 1:i + 1]):
                del substituted[word]
            elif any(c in _QUESTION_WORDS for c in piece) or (piece[j] in _NEVER_A_SLIP and j in (0, length - 1)) \
                    or self._in_outside_word(text, i, length, i + j):
                del substituted[word]
            elif not self._plausible_slip(piece, word):
                del substituted[word]
            elif word[j] not in self.read_alike(piece[j]):
                del substituted[word]  # a slip is typed by sound: 看起来 is no slip for 站起来
            elif self._in_committee_place(text, i + j):
                del substituted[word]  # 青禾市政协 is another committee, not a slip for 青岛市政协; 柘川县县长 no 副县长
            elif j == 0 and self._addresses_a_person(piece):
                del substituted[word]  # 陆主任 addresses 陆文涛 by surname and post: no slip for 班主任
            elif j == 0 and (text.endswith("多少", 0, i) or text.endswith("几", 0, i)):
                del substituted[word]  # the measure word asked for (多少盏路灯 is not 多少道路灯)
            elif j == length - 1 and any(text[x:i + j] in self.index.df for x in range(max(0, i - 4), i)):
                del substituted[word]  # 重大项目 ends before it: 项目引 is no slip for 项目化
            elif j == length - 1 and text[i:i + j] in self.index.df and word[j] not in self.read_alike(piece[j]):
                del substituted[word]  # 委员 is whole: 委员提的 is no slip for 委员会 (委员汇 would be one)
            elif j == 0 and any(text[i + 1:y] in self.index.df for y in range(i + length + 1, min(len(text), i + length + 4) + 1)):
                del substituted[word]
        if missing and (shorter in self.index.df or self.index.segmenter.is_dictionary_word(shorter)):
            missing = set()
        if missing and self.index.segmenter.is_dictionary_word(text[i + length - 2:i + length]):
            missing = set()  # its last character starts the next word (捐款捐给 is 捐款 + 捐给)
        if missing and i > 0 and self.index.segmenter.is_dictionary_word(text[i - 1:i + 1]):
            # Its first character ends the word before (发展 of 发展调研): no word opening there lost its first
            # character (展调研 is no 开展调研 left short).
            missing = {w for w in missing if not w.endswith(shorter)}
        if shorter[-1] in _NEVER_A_SLIP:
            # A word's opening ending in a common character is that character as written, not the word
            # with its last character left out: 委员有多少名 asks how many members there are (委员 + 有),
            # no slip for a slogan's 委员有责; 爱心房 (a content character) may still be 爱心房东.
            missing = {w for w in missing if not w.startswith(shorter)}
        around = text[max(0, i - length):i + 2 * length]
        missing = {w for w in missing if w not in around and not self._written_apart(shorter, w)}
        substituted = {w: j for w, j in substituted.items() if w not in text[max(0, i - length):i + 2 * length]}
        if self._inside_document_phrase(text, i, length):
            return None
        if len(substituted) == 1:
            return next(iter(substituted)), length
        if len(missing) == 1 and not substituted:
            return missing.pop(), length - 1
        return None

    def _written_apart(self, typed: str, word: str) -> bool:
        """Whether the documents write what was typed on its own, not only inside the word it would
        be completed to (文史委 of 文化文史委 is no 文史兴委 missing a character; 社情民 is only in 社情民意)."""
        corpus = self.index.corpus_text
        return corpus.count(typed) > corpus.count(word) * word.count(typed)

    @staticmethod
    def _plausible_slip(written: str, word: str) -> bool:
        """A slip swaps a content character: it makes none a particle (别副 is not 别的) nor a
        word of time (会上提了 is no 上年了: another year asked), and drops no word that narrows a
        post or a time (副, 原, 前)."""
        return all(a == b or (b not in _PARTICLES and b not in "年月日" and a not in "副原前") for a, b in zip(written, word))

    def _typed_by_sound(self, written: str, word: str) -> bool:
        """A two-character slip is typed by sound, as longer ones are (虎苔 → 浒苔, 杨君 → 杨军): a pair
        whose changed character reads otherwise is a word as meant (要建 is 要 + 建, no 要求)."""
        return all(a == b or b in self.read_alike(a) for a, b in zip(written, word))

    def _addresses_a_person(self, piece: str) -> bool:
        """Whether a piece opens with a surname and a post (陆主任, 王局长), as one addresses an
        official, and the documents name someone of that surname."""
        return piece[0] in SURNAMES and bool(_TITLE_AFTER_NAME.match(piece, 1)) and any(
            name.startswith(piece[0]) for name in self.index.names)

    @staticmethod
    def _after_question_word(text: str, a: int) -> bool:
        """Whether the pair starts right after 哪 / 几 / 多少, so its first character is the
        measure word asked (哪天作的: 天 of 哪天, so 天作 is no slip for 工作 or 天数), or the kind asked after
        哪个 (哪个局办的: 局 of 哪个局, so 局办 is no slip for 局长)."""
        return text.endswith(("哪", "几", "多少", "哪个", "哪1个", "哪家", "哪些"), 0, a)

    def _in_committee_place(self, text: str, position: int) -> bool:
        """Whether the character at ``position`` belongs to a committee's place of the
        documents (learned at kb add, frames.py), with its level (柘川县, 青禾市), as written."""
        for place in getattr(self.index, "home_places", ()):
            for match in pattern(re.escape(place) + "[省市区县州]?").finditer(text):
                if match.start() <= position < match.end():
                    return True
        return False

    def _inside_document_phrase(self, text: str, i: int, length: int) -> bool:
        """Whether the piece starts or ends inside words the documents write as
        the member did (主席会议开 → 主席会 stands in them): no slip there."""
        corpus = self.index.corpus_text
        return (i > 0 and text[i - 1:i + 2] in corpus) or (
            i + length < len(text) and text[i + length - 2:i + length + 1] in corpus)

    def _other_person(self, word: str, first: str, text: str, at: int) -> bool:
        """王毅 is likely someone else, not a slip for 王宏: a name with a
        common surname is corrected only when a title follows (杨君主席)."""
        return (
            word in self.index.names and word[0] == first and first in _COMMON_SURNAMES
            and not _TITLE_AFTER_NAME.match(text, at + 2)
        )

    def _joins_document_word(self, text: str, a: int, b: int) -> bool:
        """Whether the first character of a two-character piece ends, or the second starts, a word
        as the documents write it (议事室 + 建 is no slip for 新建): asked only of a piece about to change."""
        corpus = self.index.corpus_text
        return (a >= 2 and text[a - 2:a + 1] in corpus) or (b + 3 <= len(text) and text[b:b + 3] in corpus)

    def _correct_in_context(self, text: str, at: int, first: str, second: str) -> str | None:
        """A two-character slip with many look-alikes (提按: 提案, 提出,
        提交 …): the one that stands, in the passage the rest of the question
        finds, in a sentence with the question's other words."""
        candidates = set()
        for key, kept, changed in (("?" + second, second, first), (first + "?", first, second)):
            if kept in _NEVER_A_SLIP or changed in _NEVER_A_SLIP:
                continue
            words_here = self._pairs.get(key, ())
            if len(words_here) <= 40:
                candidates.update(words_here)
        if not candidates:
            return None
        rest = text[:at] + " " + text[at + 2:]
        others = {t for t in self.index.segmenter.tokens(rest) if len(t) >= 2 and t in self.index.df}
        if not others:
            return None
        # The candidates join the search, so a passage where one stands beside the
        # other words is found even when those words are common elsewhere.
        # A few candidates only: a long query costs a search of every passage on a large corpus.
        # Sorted: BM25's float32 sums depend on the order of the tokens, a set's on the hash seed.
        hits = self.index.search(sorted(others) + (sorted(candidates) if len(candidates) <= 6 else []), 5)
        scores: dict[str, int] = {}
        for hit in hits:
            for sentence in self.index.sentence_norm[hit.passage]:
                for word in candidates:
                    if word in sentence:
                        together = 2 * sum(1 for t in others if t in sentence)
                        # Written right next to the question's own neighbours (爱心房东 for 爱心房冬).
                        together += (text[max(0, at - 2):at] + word in sentence) + (word + text[at + 2:at + 4] in sentence)
                        scores[word] = max(scores.get(word, 0), together)
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        if ranked[0][1] < 1 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _in_outside_word(self, text: str, start: int, length: int, position: int) -> bool:
        """Whether the character at ``position`` belongs, as written, to a
        document word reaching outside the piece (爱 in 委员爱青岛 belongs to
        爱青岛, so 委员爱 is not a slip for 委员会)."""
        for x in range(max(0, position - 4), position + 1):
            for y in range(position + 1, min(len(text), position + 5) + 1):
                if (x < start or y > start + length) and y - x >= 2 and text[x:y] in self.index.df:
                    return True
        return False

    def correct(self, text: str) -> tuple[str, int]:
        """Fix one-character slips in words the documents use (社清民意 →
        社情民意, 小分对 → 小分队, 爱心房 → 爱心房东).  Only words of three
        or more characters are corrected, and never into something that is
        itself a dictionary word."""
        if not self._corrections:
            return text, 0
        # Only a piece one of whose keys some word has can be corrected (``_correct_at`` returns None at once
        # for any other): the keys are the question's (worked out once, not by each report read alone).
        keys = _slip_keys(text)
        lengths: dict[int, list[int]] = {}  # by start, the lengths of those pieces, the longest first (as tried)
        for i, length in sorted({at for key in keys.keys() & self._corrections.keys() for at in keys[key]},
                                key=lambda at: (at[0], -at[1])):
            lengths.setdefault(i, []).append(length)
        fixes = 0
        i = 0
        out = []
        n = len(text)
        while i < n:
            replaced = False
            if _CJK.match(text[i]):
                for length in lengths.get(i, ()):
                    word = self._correct_at(text, i, length)
                    if word is not None:
                        out.append(word[0])
                        i += word[1]
                        fixes += 1
                        replaced = True
                        break
            if not replaced:
                out.append(text[i])
                i += 1
        text = "".join(out)
        short, more = self._correct_short(text)
        heard, misheard = self._correct_homophones(short)
        heard, words = correct_sound_words(self, heard, _NEVER_A_SLIP | _QUESTION_WORDS | _PARTICLES)
        heard, measure = correct_measure_slip(heard, self.index.corpus_text, _readings)  # 多少常 → 多少场
        return heard, fixes + more + misheard + words + measure

    def _correct_homophones(self, text: str) -> tuple[str, int]:
        """Fix a character typed by its sound (提按 → 提案, 采纳律 → 采纳率): a lone character that
        makes no word with its neighbours, replaced by one read alike (pinyin, tones aside) that,
        with the same neighbours, stands in the passages the rest of the question finds — a word
        there (提案) or three characters written so (采纳率). Learned from the documents' own text,
        no list of slips."""
        segmenter = self.index.segmenter
        lone = []
        bounds = {0, len(text)}
        position = 0
        for word in segmenter.words(text):
            start = text.find(word, position)
            if start < 0:
                continue
            position = start + len(word)
            bounds.update((start, position))
            if len(word) == 1 and _CJK.match(word) and word not in _NEVER_A_SLIP | _QUESTION_WORDS | _PARTICLES \
                    and not self._after_question_word(text, start) \
                    and not text[start - 1:start].isdigit():  # 多少幅, 1期: the measure word asked or written, as typed
                pairs = [text[x:x + 2] for x in (start - 1, start) if x >= 0 and len(text[x:x + 2]) == 2]
                # Written as a word the documents or the dictionary know (冷 of 冷链): no slip.
                if not any(p in self.index.df or segmenter.is_dictionary_word(p) for p in pairs):
                    lone.append(start)
        if not lone:
            return text, 0
        others = [t for t in segmenter.tokens(text) if len(t) >= 2 and t in self.index.df]
        # A question with no other word of the documents (长委有多少名) finds no passage to read the slip
        # against: read it against all their text, and take only a word they write (常委), never a mere run.
        # A substring search of all the text per candidate: on a committee's shelf, not on a thousand documents.
        whole = not others and self.index.size <= _WHOLE_TEXT_PASSAGES
        near = self.index.corpus_text if whole else "\n".join(
            s for hit in self.index.search(others, 5) for s in self.index.sentence_norm[hit.passage])
        fixes = 0
        for at in lone:
            # Whole words of the question around it (采纳 + 律), never a piece of one (政协 + 上 is no 协商).
            spans = [(x, y) for x, y in ((at - 2, at + 1), (at - 1, at + 1), (at, at + 2), (at, at + 3))
                     if x in bounds and y in bounds and all(_CJK.match(c) for c in text[x:y])]
            if not spans or any(text[x:y] in near for x, y in spans):
                continue  # written as the documents write it
            found: dict[str, int] = {}
            for alike in self.read_alike(text[at]) - _PARTICLES:  # 单位提的 is no slip for 单位的的
                for x, y in spans:
                    candidate = text[x:at] + alike + text[at + 1:y]
                    known = candidate in self.index.df if whole else (
                        y - x == 3 or candidate in self.index.df or segmenter.is_dictionary_word(candidate))
                    if candidate in near and known and not self._belongs_elsewhere(candidate, at - x, text[y:y + 1], near,
                                                                                   text[x - 1:x] if x else ""):
                        found[alike] = max(found.get(alike, 0), y - x)
            if not found:
                continue
            longest = max(found.values())
            chosen = [c for c, length in found.items() if length == longest]
            if len(chosen) == 1:
                text = text[:at] + chosen[0] + text[at + 1:]
                fixes += 1
        return text, fixes

    def _belongs_elsewhere(self, candidate: str, k: int, following: str, near: str, preceding: str = "") -> bool:
        """Whether the changed character, where the documents write ``candidate``, always starts a
        word with the character after it that the question does not have (政协商 of 政协商量 for
        政协上一届), or, changed first, always ends one with the character before it (代委员 of 新时代委员
        for 某某带委员调研): the documents' characters belong to another word there."""
        if k not in (0, len(candidate) - 1) or k == 0 and len(candidate) < 3:
            return False
        start = near.find(candidate)
        while start >= 0:
            if k == 0:
                neighbour = near[start - 1:start] if start else ""
                if neighbour == preceding or not self.index.segmenter.is_dictionary_word(neighbour + candidate[0]):
                    return False
            else:
                after = near[start + len(candidate):start + len(candidate) + 1]
                if after == following or not self.index.segmenter.is_dictionary_word(candidate[k] + after):
                    return False
            start = near.find(candidate, start + 1)
        return True

    def sound_table(self) -> dict[str, set[str]]:
        """The documents' characters by reading; made on the first homophone question (or at warm-up)."""
        if self._sounds is None:
            self._sounds = {}
            for c in set(self.index.corpus_text):
                if _CJK.match(c):
                    for reading in _readings(c):
                        self._sounds.setdefault(reading, set()).add(c)
        return self._sounds

    def read_alike(self, char: str) -> set[str]:
        """The characters of the documents read as ``char`` is (any of its readings, tones aside)."""
        sounds = self.sound_table()
        alike: set[str] = set()
        for reading in _readings(char):
            alike |= sounds.get(reading, set())
        alike.discard(char)
        return alike

    def read_near(self, char: str) -> set[str]:
        """The characters of the documents read as ``char`` is but for a nasal ending (屏 ping for 频 pin,
        整 zheng for 镇 zhen): the finals in/ing and en/eng that many speakers do not tell apart."""
        sounds = self.sound_table()
        near: set[str] = set()
        for reading in _readings(char):
            other = reading[:-1] if reading.endswith(("ing", "eng")) else reading + "g" if reading.endswith(("in", "en")) else ""
            near |= sounds.get(other, set()) if other else set()
        near.discard(char)
        return near

    def _correct_short(self, text: str) -> tuple[str, int]:
        """Fix a slip in a two-character word (虎苔 → 浒苔, 杨君 → 杨军): two
        characters that the segmenter leaves as two lone characters, that
        the documents never write, and that share one character, in its
        place, with exactly one two-character word of the documents."""
        if not self._pairs:
            return text, 0
        words = self.index.segmenter.words(text)
        fixes = 0
        position = 0
        spans = []
        for word in words:
            start = text.find(word, position)
            if start < 0:
                continue
            spans.append((start, word))
            position = start + len(word)
        out = text
        for (a, first), (b, second) in zip(spans, spans[1:]):
            if len(first) != 1 or len(second) != 1 or b != a + 1:
                continue
            piece = first + second
            if not _ALL_CJK.fullmatch(piece) or piece in self.index.corpus_text:
                continue
            if self.index.segmenter.is_dictionary_word(piece) or self._after_question_word(text, a):
                continue
            # Per kept character, the words it could be; a character kept
            # that fits one word only is telling, the rarer in the documents
            # the more (彭 of 彭建 rather than 健 of 保健 for 彭健).
            unique = []
            for key, kept in (("?" + second, second), (first + "?", first)):
                changed = first if key[0] == "?" else second
                if kept in _NEVER_A_SLIP or changed in _NEVER_A_SLIP:
                    continue
                words_here = self._pairs.get(key, ())
                if len(words_here) == 1:
                    unique.append((0, words_here[0]))
            # The rest of the question tells best (重大项目引近 → 引进, not 拉近).
            word = self._correct_in_context(text, a, first, second)
            if word and not (self._plausible_slip(piece, word) and self._typed_by_sound(piece, word)):
                word = None
            if text[a + 2:a + 3] in _PLACE_SUFFIXES and not any(
                    w + text[a + 2] in self.index.corpus_text for w in ([word] if word else []) + [u for _, u in unique]):
                continue  # 梧溪县 is another county, not a slip for 清溪 (镇) of the documents
            if word and self._joins_document_word(text, a, b):
                continue
            if word and not self._other_person(word, first, text, a):
                out = out[:a] + word + out[a + 2:]
                fixes += 1
                continue
            if not unique:
                continue
            if len(unique) == 2 and unique[0][1] != unique[1][1]:
                # Either character kept fits one word: only a person's name
                # against a common word is told apart (彭健 → 彭建, not 保健).
                named = [w for _, w in unique if w in self.index.names]
                if len(named) != 1:
                    continue
                unique = [(0, named[0])]
            word = unique[0][1]
            if word in text or not self._plausible_slip(piece, word) or not self._typed_by_sound(piece, word):
                continue
            if self._other_person(word, first, text, a) or self._joins_document_word(text, a, b):
                continue
            out = out[:a] + word + out[a + 2:]
            fixes += 1
        return out, fixes
