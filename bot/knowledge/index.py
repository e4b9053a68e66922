"""The searchable form of the documents: passages, their normalised
sentences, BM25 (bm25s) over passages, term statistics, the people named in
the documents, and a pool of questions the documents can answer (the
spelling corrector built from them is in ``spelling.py``).

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

from .agencies import agency_stems, expand_agency_short_forms
from .category_names import expand_category_short_forms
from .contracted import contracted_from, contraction_table
from .documents import Passage, SourceDocument, split_passages
from .field_lines import item_heading
from .first_person import as_author, report_author
from .paper_plans import looks_back
from .frames import DocFrame, learn_frame
from .heads import DocHead, learn_head
from .normalize import normalize_text
from .people import find_person_names
from .postings import Postings
from .segment import DOMAIN_WORDS_PATH, SYNONYMS_PATH, Segmenter
from .series_items import series_lead
from .spelling import SpellingCorrector
from .suggestions import Origin, is_heading_line, make_pool
from .vocabulary import each_sampled, body_names, body_qualifiers, expand_body_short_forms, learn_places, learn_quoted, learn_short_names, learn_words

__all__ = ["INDEX_VERSION", "PassageIndex", "DocInfo", "Hit"]

# Bump when the way passages are split, normalised or tokenised changes.
INDEX_VERSION = "qa-index-14"
_OPENING = 6  # how many of a report's first sentences may name its writer (first_person.py)
# No cap on the whole shelf: each document is sampled on its own (vocabulary.each_sampled).
_SHELF_CHARS = 10 ** 12

_CJK = re.compile(r"[\u4e00-\u9fff]")
# A short form general Chinese uses this often (常委, 市委, 党委) is a word of its own, no body's short name.
_COMMON_WORD = 100
@dataclass(frozen=True)
class DocInfo:
    name: str
    title: str
    year: int | None
    key: str

# A letter and a kind word (a类, b级: the segmenter cuts them apart) is a label the documents use
# wherever they write it, even inside brackets: （A类）142件.
_LETTER_GRADE = re.compile(r"[a-z][类级档等型]")


@dataclass(frozen=True)
class Hit:
    passage: int
    score: float


def _content_key(documents: list[SourceDocument]) -> str:
    """Hash of what the index is made from: the documents, the word lists and the code that reads them.  Every
    module and word list of the package counts, not a list of some: names, facts and suggestions are learned at
    build time by modules all over it (people.py, posts.py …), and a list kept by hand went stale."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    here = Path(__file__).resolve().parent
    for path in sorted([*here.glob("*.py"), *here.glob("*.txt"), DOMAIN_WORDS_PATH, SYNONYMS_PATH]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
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
        self.authors: list[str] = []  # per document: the writer of a report written in the first person, else "" (first_person.py)
        self.learned_words: list[str] = []  # new words found in the documents at kb add (vocabulary.py)
        self.quoted_words: list[str] = []  # of them, the names the documents set in quotation marks
        self.question_pool: list[str] = []  # questions to suggest (suggestions.py)
        self.question_origins: list[Origin] = []  # where each was made from, to check it is answered with that
        self._contexts: dict[int, str] = {}  # each passage's context, as asked (context)
        self.frames: list[DocFrame] = []  # per document: its years and places (frames.py)
        self.home_places: set[str] = set()
        self.heads: list[DocHead] = []  # per document: who delivered it, when, at which meeting (heads.py)
        self.short_names: list[tuple[str, str]] = []  # (提案委, 提案委员会): declared by the documents
        self._body_qualifiers: list[str] = []
        self._bodies: list[tuple[str, list[str]]] | None = None
        self._agency_stems: dict[str, set[str]] | None = None
        self.bm25: Postings | None = None
        # The bm25s index built in this process, until it is cached; built: True when built now, False when loaded from cache.
        self._retriever, self.key, self.built = None, "", False
        self._by_id: dict[str, int] = {}
        self.corpus_text, self._contained = "", {}  # the whole text; whether it contains a text, as asked (contains)
        self.speller: SpellingCorrector | None = None
        self._inner_pairs: frozenset[str] = frozenset()
        self._corrected: tuple[object, dict[str, tuple[str, int]]] = (None, {})  # the speller's answers by question
        self._containing: dict[str, list[str]] = {}
        self._contractions: dict[str, frozenset[str]] | None = None  # built at the first word asked short (contracted)
        self._idf_unknown = 1.0
        self._untitled: str | None = None  # the corpus without quoted names (_uses_as_word)
        self._idf_cache: dict[str, float | None] = {}

    # ------------------------------------------------------------ building

    @staticmethod
    def is_cached(documents: list[SourceDocument], cache_dir: Path) -> bool:
        """Whether `open` would load these documents' index from the cache rather than build it."""
        return (Path(cache_dir) / f"index-{_content_key(documents)}" / "meta.json").exists()

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
        # New words are read from each report's own first characters (a huge one is sampled), never from the shelf's
        # first characters only: a report loaded last learns its names (柘川, 榆峡) as the first one does.
        written_of: list[list[str]] = []  # each report's sentences as written: quotation marks keep their shapes
        norm_of: list[list[str]] = []  # …and normalised
        for doc_number, document in enumerate(documents):
            written_of.append([])
            norm_of.append([])
            self.documents.append(DocInfo(document.name, document.title, document.year, document.key))
            title_norm = normalize_text(document.title)
            passages = split_passages(document, self.segmenter.word_frequency)
            normalised = [[normalize_text(s) for s in passage.sentences] for passage in passages]
            author = report_author(title_norm, [s for sentences in normalised[:_OPENING] for s in sentences][:_OPENING],
                                   [s for sentences in normalised for s in sentences], self.segmenter.word_frequency)
            self.authors.append(author or "")
            if author:  # 本人 / 我 of one person's own report is its author (first_person.py)
                names.add(author)
                normalised = [[as_author(s, author) for s in sentences] for sentences in normalised]
            for passage, sentences in zip(passages, normalised):
                written_of[-1].extend(passage.sentences)
                norm_of[-1].extend(sentences)
                for sentence in sentences:
                    names |= find_person_names(sentence, self.segmenter.word_frequency)
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
        self.quoted_words = learn_quoted(each_sampled(written_of), self.segmenter.is_dictionary_word,
                                         normalize=normalize_text, max_chars=_SHELF_CHARS)
        self.learned_words = sorted(set(learn_words(
            each_sampled(norm_of), self.segmenter.words, self.segmenter.is_dictionary_word,
            max_chars=_SHELF_CHARS)) | set(self.quoted_words) | set(learn_places(each_sampled(norm_of), self.segmenter.is_dictionary_word)))
        self.segmenter.add_words(self.learned_words)

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
        self._contractions = None
        retriever = bm25s.BM25()
        retriever.index(corpus_tokens or [[""]], show_progress=False)
        self._retriever = retriever  # saved to the cache by bm25s; the answers read the postings
        self.bm25 = Postings.from_bm25s(retriever)
        self._finish()
        self.question_pool, self.question_origins = make_pool(self)  # names committees and years: after the frames

    # ------------------------------------------------------------ caching

    def _save(self, cache_dir: Path, target: Path) -> None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".index-", dir=cache_dir))
        try:
            self._retriever.save(str(tmp / "bm25"), show_progress=False)
            self._retriever = None
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
                "authors": self.authors,
                "learned_words": self.learned_words,
                "quoted_words": self.quoted_words,
                "question_pool": self.question_pool,
                "question_origins": [origin.to_list() for origin in self.question_origins],
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
        self._contractions = None
        self.names = meta["names"]
        self.authors = meta["authors"]
        self.question_pool = meta["question_pool"]
        self.question_origins = [Origin.from_list(row) for row in meta["question_origins"]]
        self.segmenter.add_names(self.names)
        self.learned_words = meta["learned_words"]
        self.quoted_words = meta["quoted_words"]
        self.segmenter.add_words(self.learned_words)
        self.bm25 = Postings.load(target / "bm25")
        self._finish()

    def _finish(self) -> None:
        self._by_id = {p.id: n for n, p in enumerate(self.passages)}
        self.corpus_text, self._contained = "\n".join(self.passage_norm), {}
        self._learn_frames()
        self._learn_heads()
        self._learn_bodies()
        n = max(len(self.passages), 1)
        self._idf_unknown = math.log(1 + (n + 0.5) / 0.5)
        inner: set[str] = set()
        own_words = [w for w, (_, tag) in self.segmenter.lexicon.words.items() if tag != "nr"] + self.learned_words
        for word in own_words:
            if len(word) >= 4 and word in self.corpus_text:
                inner.update(word[k:k + 2] for k in range(1, len(word) - 1))
        self._inner_pairs = frozenset(p for p in inner if all(_CJK.match(c) for c in p))
        self.speller = SpellingCorrector(self)

    def correct(self, text: str) -> tuple[str, int]:
        """The question with one-character slips in the documents' words fixed, and how many (asked of one
        question up to three times: the answer, the reports read alone and the slips they count)."""
        if self._corrected[0] is not self.speller:
            self._corrected = (self.speller, {})
        found = self._corrected[1].get(text)
        if found is None:
            if len(self._corrected[1]) > 1000:
                self._corrected[1].clear()
            found = self._corrected[1][text] = self.speller.correct(text)
        return found

    def _learn_frames(self) -> None:
        openings: dict[int, str] = {}
        for number, doc in enumerate(self.passage_doc):
            if len(openings.get(doc, "")) < 300:
                # Paragraphs kept apart: "…第三次会议上" and "县政协副主席 吴建国" are two lines, not "议上县政协".
                # A dateline under the title (2023年1月5日 《某某日报》第3版) is read as the heading of the first
                # passages: it comes before their text, so the day the article was published frames it, not a
                # day its first paragraphs tell (2022年1月10日 a meeting was held).
                heading = self.section_norm[number]
                head = heading + "\n" if heading not in openings.get(doc, "") and heading != self.title_norm[number] else ""
                openings[doc] = openings.get(doc, "") + head + self.passage_norm[number] + "\n"
        closings = {doc: self.passage_norm[number] for number, doc in enumerate(self.passage_doc)}  # its last line
        reviewing = {doc for number, doc in enumerate(self.passage_doc) if looks_back(self.section_norm[number])}
        self.frames = [learn_frame(info.year, normalize_text(info.title), openings.get(doc, ""), closings.get(doc, ""),
                                   doc in reviewing) for doc, info in enumerate(self.documents)]
        self.home_places = {place for frame in self.frames for place in frame.places}
        # A committee's place is one word in a question (芦溪市政协…), however rarely its text writes it
        # for the word learner to find: split (芦 溪), it would leave 市政协 behind as a word never told.
        self.segmenter.add_words(sorted(self.home_places))

    def _learn_bodies(self) -> None:
        """Short names the documents declare stand for their full names; the bodies they name
        before 委员会 are kept for questions that shorten them (vocabulary.py)."""
        sentences = [s for sentences in self.sentence_norm for s in sentences]
        self.short_names = learn_short_names(sentences)
        self.segmenter.add_equivalents(self.short_names)
        self._body_qualifiers = body_qualifiers(sentences)
        self._bodies = None
        self._agency_stems = None

    def warm_up(self) -> None:
        """Make now what the first questions would otherwise make (the short-named bodies, the
        characters by reading, numpy's views of a large index)."""
        if self._bodies is None:
            self._bodies = body_names(self._body_qualifiers, self.segmenter.words)
        self._agencies()
        self.speller.sound_table()
        self.bm25.warm_up()

    def expand_short_forms(self, text: str) -> str:
        """The question with a 委员会 the documents name in full named so (经委会 → 经济委员会), an
        agency (文广旅局 → 文化广电旅游局: agencies.py) and a category (民生方面 → 民生保障方面)."""
        text = expand_agency_short_forms(text, self.corpus_text, self._agencies())
        text = expand_category_short_forms(text, self.corpus_text)  # 民生方面 → 民生保障方面 (category_names.py)
        if not re.search(r"委(?!员)|领域|方面", text):
            return text
        if self._bodies is None:
            self._bodies = body_names(self._body_qualifiers, self.segmenter.words)
        return expand_body_short_forms(text, self._bodies, self.segmenter.words, self._uses_as_word)

    def _agencies(self) -> dict[str, set[str]]:
        """What the documents write before 局/厅/办 (agencies.py): a scan of the whole corpus, made once."""
        if self._agency_stems is None:
            self._agency_stems = agency_stems(self.corpus_text)
        return self._agency_stems

    def _uses_as_word(self, form: str) -> bool:
        """Whether the documents (outside a name in quotation marks or 《》, normalised to "…":
        《人资环委学习参考》 names a publication, and 人资环委 is still the 人口资源环境委员会) or general
        Chinese use ``form`` as a word of its own."""
        if self._untitled is None:
            self._untitled = re.sub(r'"[^"\n]{0,40}"', "", self.corpus_text)
        return form in self._untitled or self.segmenter.word_frequency(form) >= _COMMON_WORD

    def _learn_heads(self) -> None:
        lines: dict[int, list[tuple[int, int, str]]] = {doc: [] for doc in range(len(self.documents))}
        for number, doc in enumerate(self.passage_doc):
            if self.section_norm[number] == self.title_norm[number] and len(lines[doc]) < 6:
                lines[doc].extend((number, s, text) for s, text in enumerate(self.sentence_norm[number]))
        last = {doc: number for number, doc in enumerate(self.passage_doc)}  # each document's last passage: its 落款
        closing = {doc: [(p, s, text) for s, text in enumerate(self.sentence_norm[p])] for doc, p in last.items()}
        self.heads = [learn_head(normalize_text(info.title), lines[doc], self.segmenter.word_frequency, closing.get(doc, ()),
                                 frozenset(self.names))
                      for doc, info in enumerate(self.documents)]

    # ------------------------------------------------------------ queries

    @property
    def size(self) -> int:
        return len(self.passages)

    def passage_number(self, passage_id: str) -> int | None:
        return self._by_id.get(passage_id)

    def section_path(self, p: int) -> list[str]:
        """The headings a passage stands under, as written: its section and, when a
        numbered line standing alone above it in that section heads a part of it
        (（四）民主监督聚焦重点…), that line too."""
        passage = self.passages[p]
        path = [passage.section] if passage.section != passage.doc_title else []
        for q in range(p - 1, -1, -1):
            if self.passage_doc[q] != self.passage_doc[p] or self.section_norm[q] != self.section_norm[p]:
                break
            if is_heading_line(self.sentence_norm[q]):
                path.append(self.passages[q].sentences[0])
                break
        return path

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
            # (The cheap test of the pair first: the other scans the whole text.)
            if (len(term) == 2 and term not in self._inner_pairs and not _LETTER_GRADE.fullmatch(term)) \
                    or term not in self.corpus_text:
                return None
            df = min(self.corpus_text.count(term), n)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    @property
    def idf_unknown(self) -> float:
        return self._idf_unknown

    def contains(self, text: str) -> bool:  # kept (emptied with the text): a word absent scans megabytes on a shelf
        found = self._contained[text] if text in self._contained else text in self.corpus_text
        return self._contained.setdefault(text, found) if len(self._contained) < 1 << 16 else found

    def context(self, p: int) -> str:
        """Passage ``p``'s paragraph, heading, title, the paragraphs either side under the same heading (and a series'
        lead before its items), a line each: what a question's words may be told in around a sentence.  Made once per
        passage (the answerer asks it of every passage it scores, for every question, of every report read alone)."""
        found = self._contexts.get(p)
        if found is None:
            parts = [self.passage_norm[p], self.section_norm[p], self.title_norm[p], item_heading(self, p)]  # field_lines
            doc = self.passage_doc[p]
            for q in (p - 1, p + 1):  # (a sub-heading after the paragraph heads the next ones, not this one)
                if 0 <= q < self.size and self.passage_doc[q] == doc and self.section_norm[q] == self.section_norm[p] \
                        and not (q > p and is_heading_line(self.sentence_norm[q])):
                    parts.append(self.passage_norm[q])
            if (lead := series_lead(self, p)) is not None:  # 第3期… two paragraphs past the series' name (series_items.py)
                parts.append(self.passage_norm[lead])
            found = self._contexts[p] = "\n".join(parts)
        return found

    def in_vocabulary(self, token: str) -> bool:
        return token in self.bm25.vocab_dict

    def contracted(self, word: str) -> str | None:
        """The one document word ``word`` is short of by one inner character (公务车 → 公务用车), or None
        (contracted.py); its table is built once, at the first word asked."""
        if self._contractions is None:
            self._contractions = contraction_table(self.df)
        return contracted_from(word, table=self._contractions)

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

    def search(self, tokens: list[str], k: int, docs: set[int] | None = None) -> list[Hit]:
        """Top ``k`` passages by BM25 for the (already expanded) tokens; only
        those of the documents ``docs`` when given."""
        vocab = self.bm25.vocab_dict
        known = [t for t in tokens if t in vocab]
        if not known or not self.passages:
            return []
        scores = self.bm25.scores(known)
        if docs is not None:
            scores = {p: score for p, score in scores.items() if self.passage_doc[p] in docs}
        # The highest first; equal scores by passage order (numpy's partition left their order open).
        # Only scores up to the k-th highest can be in the top: a plain sort of the floats finds it,
        # far cheaper than ordering thousands of (score, passage) pairs by a key.
        items = scores.items()
        if len(scores) > k:
            cutoff = sorted(scores.values(), reverse=True)[k - 1]
            items = [item for item in items if item[1] >= cutoff]
        top = sorted(items, key=lambda item: (-item[1], item[0]))[:k]
        return [Hit(p, score) for p, score in top if score > 0]
