"""The searchable form of the documents: passages, their normalised
sentences, BM25 (bm25s) over passages, term statistics, the people named in
the documents, a spelling corrector for questions, and a pool of questions
the documents can answer.

Built once and cached on disk under ``cache_dir/index-<key>``, where the key
hashes the documents, the word lists and ``INDEX_VERSION``; any change to
them builds a new index.  Not for deciding answers (see ``answer.py``).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .documents import Passage, SourceDocument, split_passages
from .facts import find_person_names, find_quantities
from .normalize import normalize_text
from .segment import DOMAIN_WORDS_PATH, SYNONYMS_PATH, Segmenter

__all__ = ["INDEX_VERSION", "PassageIndex", "DocInfo", "Hit"]

# Bump when the way passages are split, normalised or tokenised changes.
INDEX_VERSION = "qa-index-6"

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Characters so common that a word with one of them in place of a letter of
# a document word is far more likely meant as written (工作有 is not 工作队).
_NEVER_A_SLIP = set("有是的了在和与及也都就还又被把给让向从到为以而之其这那哪什么吗呢吧啊呀个次篇份件支位名人户条项元年月日多少几谁"
                    "看说做写想问讲叫算吃喝去来好啥咋嘛呗哈们")
# Surnames so common that 王毅 is more likely someone else than a slip for
# 王宏; such a name is corrected only when a title follows it (杨君主席).
_COMMON_SURNAMES = set("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
_TITLE_AFTER_NAME = re.compile(r"主席|副主席|书记|委员|常委|部长|局长|主任|队长|队员|专家|秘书长|华侨")


@dataclass(frozen=True)
class DocInfo:
    name: str
    title: str
    year: int | None
    key: str


@dataclass(frozen=True)
class Hit:
    passage: int
    score: float


_CODE_FILES = ("documents.py", "facts.py", "index.py", "normalize.py", "segment.py")


def _content_key(documents: list[SourceDocument]) -> str:
    """Hash of what the index is made from: the documents, the word lists
    and the code that reads them."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    here = Path(__file__).resolve().parent
    for path in (DOMAIN_WORDS_PATH, SYNONYMS_PATH, *(here / name for name in _CODE_FILES)):
        digest.update(path.read_bytes())
    for document in documents:
        for part in (document.name, document.title, document.date or "", document.text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
    return digest.hexdigest()[:20]


class PassageIndex:
    """Everything the answerer searches, in memory."""

    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter
        self.documents: list[DocInfo] = []
        self.passages: list[Passage] = []
        self.passage_doc: list[int] = []
        self.passage_norm: list[str] = []
        self.sentence_norm: list[list[str]] = []
        self.section_norm: list[str] = []
        self.title_norm: list[str] = []
        self.df: dict[str, int] = {}
        self.names: list[str] = []
        self.question_pool: list[str] = []
        self.bm25 = None
        self.key = ""
        self.built = False  # True when built now, False when loaded from cache
        self._by_id: dict[str, int] = {}
        self._corpus_text = ""
        self._corrections: dict[str, list[str]] = {}
        self._pairs: dict[str, list[str]] = {}
        self._inner_pairs: frozenset[str] = frozenset()
        self._containing: dict[str, list[str]] = {}
        self._idf_unknown = 1.0
        self._idf_cache: dict[str, float | None] = {}

    # ------------------------------------------------------------ building

    @classmethod
    def open(cls, documents: list[SourceDocument], cache_dir: Path, segmenter: Segmenter) -> "PassageIndex":
        """Load the index for these documents from the cache, or build and
        cache it."""
        cache_dir = Path(cache_dir)
        key = _content_key(documents)
        target = cache_dir / f"index-{key}"
        index = cls(segmenter)
        index.key = key
        if (target / "meta.json").exists():
            try:
                index._load(target)
                return index
            except (OSError, ValueError, KeyError):
                shutil.rmtree(target, ignore_errors=True)
        index._build(documents)
        index.built = True
        index._save(cache_dir, target)
        return index

    def _build(self, documents: list[SourceDocument]) -> None:
        import bm25s

        names: set[str] = set()
        for doc_number, document in enumerate(documents):
            self.documents.append(DocInfo(document.name, document.title, document.year, document.key))
            title_norm = normalize_text(document.title)
            for passage in split_passages(document):
                sentences = [normalize_text(s) for s in passage.sentences]
                for sentence in sentences:
                    names |= find_person_names(sentence)
                self.passages.append(passage)
                self.passage_doc.append(doc_number)
                self.sentence_norm.append(sentences)
                self.passage_norm.append("".join(sentences))
                self.section_norm.append(normalize_text(passage.section))
                self.title_norm.append(title_norm)
        lexicon = self.segmenter.lexicon
        names |= {w for w, (_, tag) in lexicon.words.items() if tag == "nr"}
        self.names = sorted(n for n in names if n in "".join(self.passage_norm) or n in lexicon.words)
        self.segmenter.add_names(self.names)

        corpus_tokens = []
        df: Counter[str] = Counter()
        section_tokens: dict[str, list[str]] = {}
        for number, text in enumerate(self.passage_norm):
            section = self.section_norm[number]
            if section not in section_tokens:
                section_tokens[section] = self.segmenter.tokens(section)
            tokens = self.segmenter.tokens(text) + section_tokens[section]
            corpus_tokens.append(tokens)
            df.update(set(tokens))
        self.df = dict(df)
        retriever = bm25s.BM25()
        retriever.index(corpus_tokens or [[""]], show_progress=False)
        self.bm25 = retriever
        self.question_pool = self._make_question_pool()
        self._finish()

    def _make_question_pool(self) -> list[str]:
        """Questions the documents answer, made from clauses with exactly one
        amount: 编辑报送社情民意信息926篇 → 编辑报送社情民意信息多少篇？"""
        pool: list[str] = []
        seen: set[str] = set()
        for sentences in self.sentence_norm:
            for sentence in sentences:
                for clause in re.split(r"[,;:。!?]", sentence):
                    quantities = find_quantities(clause)
                    if len(quantities) != 1:
                        continue
                    quantity = quantities[0]
                    head = clause[:quantity.start].strip()
                    tail = clause[quantity.end:].strip()
                    head = re.sub(r"^(?:其中|据统计|一年来|目前|同时|并|还|累计)", "", head)
                    question = f"{head}多少{_ask_unit(quantity.text)}{tail}"
                    if not 8 <= len(question) <= 32 or len(_CJK.findall(head + tail)) < 5:
                        continue
                    if question.count('"') % 2:
                        continue
                    if question not in seen:
                        seen.add(question)
                        pool.append(question.replace('"', "“", 1).replace('"', "”", 1) + "？")
        return pool

    # ------------------------------------------------------------ caching

    def _save(self, cache_dir: Path, target: Path) -> None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".index-", dir=cache_dir))
        try:
            self.bm25.save(str(tmp / "bm25"), show_progress=False)
            meta = {
                "version": INDEX_VERSION,
                "documents": [d.__dict__ for d in self.documents],
                "passages": [
                    [p.id, p.doc_name, p.doc_title, p.section, p.paragraph, p.index, list(p.sentences)]
                    for p in self.passages
                ],
                "passage_doc": self.passage_doc,
                "sentence_norm": self.sentence_norm,
                "section_norm": self.section_norm,
                "df": self.df,
                "names": self.names,
                "question_pool": self.question_pool,
            }
            with open(tmp / "meta.json", "w", encoding="utf-8") as handle:
                json.dump(meta, handle, ensure_ascii=False, separators=(",", ":"))
            try:
                os.replace(tmp, target)
            except OSError:
                # Another process cached the same index first: use theirs.
                shutil.rmtree(tmp, ignore_errors=True)
            for stale in cache_dir.glob("index-*"):
                if stale != target:
                    shutil.rmtree(stale, ignore_errors=True)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)

    def _load(self, target: Path) -> None:
        import bm25s

        with open(target / "meta.json", encoding="utf-8") as handle:
            meta = json.load(handle)
        if meta.get("version") != INDEX_VERSION:
            raise ValueError("old index")
        self.documents = [DocInfo(**d) for d in meta["documents"]]
        self.passages = [
            Passage(id=p[0], doc_name=p[1], doc_title=p[2], section=p[3], paragraph=p[4], index=p[5], sentences=tuple(p[6]))
            for p in meta["passages"]
        ]
        self.passage_doc = meta["passage_doc"]
        self.sentence_norm = meta["sentence_norm"]
        self.passage_norm = ["".join(s) for s in self.sentence_norm]
        self.section_norm = meta["section_norm"]
        self.title_norm = [normalize_text(self.documents[d].title) for d in self.passage_doc]
        self.df = meta["df"]
        self.names = meta["names"]
        self.question_pool = meta["question_pool"]
        self.segmenter.add_names(self.names)
        self.bm25 = bm25s.BM25.load(str(target / "bm25"), load_corpus=False)
        self._finish()

    def _finish(self) -> None:
        self._by_id = {p.id: n for n, p in enumerate(self.passages)}
        self._corpus_text = "\n".join(self.passage_norm)
        n = max(len(self.passages), 1)
        self._idf_unknown = math.log(1 + (n + 0.5) / 0.5)
        corrections: dict[str, list[str]] = {}
        lexicon_words = set(self.segmenter.lexicon.words)
        for word in set(self.df) | lexicon_words:
            if 3 <= len(word) <= 10 and _CJK.match(word) and not any(c.isdigit() for c in word):
                if word not in self._corpus_text and word not in lexicon_words:
                    continue
                for i in range(len(word)):
                    corrections.setdefault(word[:i] + "?" + word[i + 1:], []).append(word)
                    if len(word) >= 4:
                        corrections.setdefault(word[:i] + word[i + 1:], []).append(word)
        self._corrections = corrections
        # Two-character words, keyed by one character kept in its place
        # (浒苔 under "?苔" and "浒?"), for slips in short words (虎苔).
        pairs: dict[str, set[str]] = {}
        for word in set(self.df) | lexicon_words:
            if len(word) == 2 and all(_CJK.match(c) for c in word) and (word in self._corpus_text or word in lexicon_words):
                pairs.setdefault("?" + word[1], set()).add(word)
                pairs.setdefault(word[0] + "?", set()).add(word)
        self._pairs = {key: sorted(words) for key, words in pairs.items()}
        inner: set[str] = set()
        for word, (_, tag) in self.segmenter.lexicon.words.items():
            if tag != "nr" and len(word) >= 4 and word in self._corpus_text:
                inner.update(word[k:k + 2] for k in range(1, len(word) - 1))
        self._inner_pairs = frozenset(p for p in inner if all(_CJK.match(c) for c in p))

    # ------------------------------------------------------------ queries

    @property
    def size(self) -> int:
        return len(self.passages)

    def passage_number(self, passage_id: str) -> int | None:
        return self._by_id.get(passage_id)

    def idf(self, term: str) -> float | None:
        """IDF of a term over passages; for a term that is no token, the
        passages containing it as a substring stand in; ``None`` when the
        documents do not contain it at all."""
        if term in self._idf_cache:
            return self._idf_cache[term]
        value = self._idf(term)
        if len(self._idf_cache) > 50000:
            self._idf_cache.clear()
        self._idf_cache[term] = value
        return value

    def _idf(self, term: str) -> float | None:
        n = max(len(self.passages), 1)
        df = self.df.get(term)
        if df is None:
            # Two characters found only inside other words (入党 in 纳入党组)
            # are no evidence that the documents speak of them, unless they
            # are part of one of the documents' named things (护苗 in 阳光护苗).
            if term not in self._corpus_text or (len(term) == 2 and term not in self._inner_pairs):
                return None
            df = min(self._corpus_text.count(term), n)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    @property
    def idf_unknown(self) -> float:
        return self._idf_unknown

    def contains(self, text: str) -> bool:
        return text in self._corpus_text

    def in_vocabulary(self, token: str) -> bool:
        return token in self.bm25.vocab_dict

    def words_containing(self, text: str, limit: int = 5) -> list[str]:
        """Index tokens that contain ``text`` (阳光护苗 for 护苗), the
        rarest first; cached."""
        if text in self._containing:
            return self._containing[text]
        found = sorted((w for w in self.df if text in w and w != text), key=lambda w: (self.df[w], w))[:limit]
        if len(self._containing) > 10000:
            self._containing.clear()
        self._containing[text] = found
        return found

    def search(self, tokens: list[str], k: int) -> list[Hit]:
        """Top ``k`` passages by BM25 for the (already expanded) tokens."""
        vocab = self.bm25.vocab_dict
        known = [t for t in tokens if t in vocab]
        if not known or not self.passages:
            return []
        scores = self.bm25.get_scores(known)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [Hit(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def _correct_at(self, text: str, i: int, length: int) -> tuple[str, int] | None:
        """A correction for the word of ``length`` characters that should
        start at ``i``: either ``length`` characters with one wrong, or
        ``length - 1`` characters with one missing.  Returns (word, consumed)."""
        piece = text[i:i + length]
        if len(piece) < length or not all(_CJK.match(c) for c in piece):
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
        if piece in self._corpus_text or self.segmenter.is_dictionary_word(piece):
            return None
        for word, j in list(substituted.items()):
            # A "wrong" first or last character that makes a word with its
            # neighbour outside the piece is no slip (说了什么 is not 说了算么).
            if j == length - 1 and i + j + 2 <= len(text) and self.segmenter.is_dictionary_word(text[i + j:i + j + 2]):
                del substituted[word]
            elif j == 0 and i > 0 and self.segmenter.is_dictionary_word(text[i - 1:i + 1]):
                del substituted[word]
            elif (piece[j] in _NEVER_A_SLIP and j in (0, length - 1)) or self._in_outside_word(text, i, length, i + j):
                del substituted[word]
            elif j == length - 1 and any(text[x:i + j] in self.df for x in range(max(0, i - 4), i)):
                del substituted[word]  # 重大项目 ends before it: 项目引 is no slip for 项目化
            elif j == 0 and any(text[i + 1:y] in self.df for y in range(i + length + 1, min(len(text), i + length + 4) + 1)):
                del substituted[word]
        if missing and (shorter in self.df or self.segmenter.is_dictionary_word(shorter)):
            missing = set()
        if missing and self.segmenter.is_dictionary_word(text[i + length - 2:i + length]):
            missing = set()  # its last character starts the next word (捐款捐给 is 捐款 + 捐给)
        around = text[max(0, i - length):i + 2 * length]
        missing = {w for w in missing if w not in around}
        substituted = {w: j for w, j in substituted.items() if w not in text[max(0, i - length):i + 2 * length]}
        if len(substituted) == 1:
            return next(iter(substituted)), length
        if len(missing) == 1 and not substituted:
            return missing.pop(), length - 1
        return None

    def _other_person(self, word: str, first: str, text: str, at: int) -> bool:
        """王毅 is likely someone else, not a slip for 王宏: a name with a
        common surname is corrected only when a title follows (杨君主席)."""
        return (
            word in self.names and word[0] == first and first in _COMMON_SURNAMES
            and not _TITLE_AFTER_NAME.match(text, at + 2)
        )

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
        others = {t for t in self.segmenter.tokens(rest) if len(t) >= 2 and t in self.df}
        if not others:
            return None
        hits = self.search(list(others), 3)
        scores: dict[str, int] = {}
        for hit in hits:
            for sentence in self.sentence_norm[hit.passage]:
                for word in candidates:
                    if word in sentence:
                        together = sum(1 for t in others if t in sentence)
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
                if (x < start or y > start + length) and y - x >= 2 and text[x:y] in self.df:
                    return True
        return False

    def correct(self, text: str) -> tuple[str, int]:
        """Fix one-character slips in words the documents use (社清民意 →
        社情民意, 小分对 → 小分队, 爱心房 → 爱心房东).  Only words of three
        or more characters are corrected, and never into something that is
        itself a dictionary word."""
        if not self._corrections:
            return text, 0
        fixes = 0
        i = 0
        out = []
        n = len(text)
        while i < n:
            replaced = False
            if _CJK.match(text[i]):
                for length in range(min(11, n - i), 2, -1):
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
        return short, fixes + more

    def _correct_short(self, text: str) -> tuple[str, int]:
        """Fix a slip in a two-character word (虎苔 → 浒苔, 杨君 → 杨军): two
        characters that the segmenter leaves as two lone characters, that
        the documents never write, and that share one character, in its
        place, with exactly one two-character word of the documents."""
        if not self._pairs:
            return text, 0
        words = self.segmenter.words(text)
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
            if not all(_CJK.match(c) for c in piece) or piece in self._corpus_text:
                continue
            if self.segmenter.is_dictionary_word(piece):
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
            if word and not self._other_person(word, first, text, a):
                out = out[:a] + word + out[a + 2:]
                fixes += 1
                continue
            if not unique:
                continue
            if len(unique) == 2 and unique[0][1] != unique[1][1]:
                # Either character kept fits one word: only a person's name
                # against a common word is told apart (彭健 → 彭建, not 保健).
                named = [w for _, w in unique if w in self.names]
                if len(named) != 1:
                    continue
                unique = [(0, named[0])]
            word = unique[0][1]
            if word in text:
                continue
            if self._other_person(word, first, text, a):
                continue
            out = out[:a] + word + out[a + 2:]
            fixes += 1
        return out, fixes


def _ask_unit(quantity_text: str) -> str:
    """The unit part of a shown quantity (1.68亿元 → 亿元, 30余条 → 条)."""
    return re.sub(r"^[近约超过逾]*[\d.]+(?:余|多)?", "", quantity_text).replace("余", "").replace("多", "")
