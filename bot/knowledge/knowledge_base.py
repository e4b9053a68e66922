"""The knowledge base the rest of the bot talks to: documents in, answers
out.  Wires the segmenter, the cached index and the answerer together.

Not for Telegram, storage or rendering beyond the answer's own text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from bot import texts
from .answer import Answer, Answerer, AnswerSettings, FaqPair
from .each_alone import EachAlone
from .documents import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, DocumentError, SourceDocument, load_document
from .index import PassageIndex
from .segment import Segmenter

__all__ = ["KnowledgeBase", "KnowledgeSettings", "DocumentStats", "SkippedFile"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KnowledgeSettings:
    threshold: float = 0.5
    faq_threshold: float = 0.72
    top_k: int = 30
    suggestion_count: int = 3
    max_document_bytes: int = DEFAULT_MAX_BYTES

    def answer_settings(self) -> AnswerSettings:
        return AnswerSettings(self.threshold, self.faq_threshold, self.top_k, self.suggestion_count)


@dataclass(frozen=True)
class DocumentStats:
    name: str
    title: str
    passages: int


@dataclass(frozen=True)
class SkippedFile:
    name: str
    reason: str


class KnowledgeBase:
    """Answers questions from a set of documents; the index is cached in
    ``cache_dir`` and rebuilt when the documents change."""

    def __init__(
        self,
        documents: Sequence[SourceDocument],
        cache_dir: Path | str,
        settings: KnowledgeSettings | None = None,
        skipped: Sequence[SkippedFile] = (),
    ) -> None:
        self.settings = settings or KnowledgeSettings()
        self.cache_dir = Path(cache_dir)
        self.documents = list(documents)
        self.skipped = tuple(skipped)
        self.segmenter = Segmenter(self.cache_dir)
        self.index = PassageIndex.open(self.documents, self.cache_dir, self.segmenter)
        self.answerer = Answerer(self.index, self.settings.answer_settings())
        if EachAlone.applies(self.documents):
            self.answerer.each_alone = EachAlone(self.documents, self.index, self.cache_dir, self.settings.answer_settings())

    @classmethod
    def from_directory(
        cls, directory: Path | str, cache_dir: Path | str, settings: KnowledgeSettings | None = None
    ) -> "KnowledgeBase":
        """Load every supported file in ``directory`` (sorted by name);
        files that cannot be read are skipped, logged and listed in
        ``skipped``."""
        settings = settings or KnowledgeSettings()
        documents, skipped = [], []
        for path in sorted(Path(directory).iterdir()):
            if not path.is_file() or path.name.startswith("."):
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            try:
                documents.append(load_document(path, settings.max_document_bytes))
            except DocumentError as error:
                log.warning("knowledge document %s skipped: %s", path.name, error)
                skipped.append(SkippedFile(path.name, error.reason))
        return cls(documents, cache_dir, settings, skipped)

    def warm_up(self) -> "KnowledgeBase":
        """Learn now what the first questions would otherwise wait for (a second or more on a
        thousand documents); a long-running bot calls it once after loading."""
        self.answerer.warm_up()
        if self.answerer.each_alone is not None:
            self.answerer.each_alone.warm_up()
        return self

    def answer(self, question: str, faqs: Sequence[FaqPair] = ()) -> Answer:
        return self.answerer.answer(question, faqs)

    def passage(self, passage_id: str) -> tuple[str, str, str] | None:
        """(document title, section path, paragraph) of a passage, for a "查看原文"
        view (the section path is the title when the passage stands under no
        heading); ``None`` for an unknown or stale id."""
        number = self.index.passage_number(passage_id)
        if number is None:
            return None
        passage = self.index.passages[number]
        path = texts.QA_SECTION_PATH_JOIN.join(self.index.section_path(number)) or passage.doc_title
        return passage.doc_title, path, passage.paragraph

    def passage_sentences(self, passage_id: str) -> tuple[str, ...]:
        """The sentences of a passage as written (empty for an unknown id)."""
        number = self.index.passage_number(passage_id)
        return () if number is None else tuple(self.index.passages[number].sentences)

    def document_stats(self) -> list[DocumentStats]:
        counts: dict[str, int] = {}
        for passage in self.index.passages:
            counts[passage.doc_name] = counts.get(passage.doc_name, 0) + 1
        return [DocumentStats(d.name, d.title, counts.get(d.name, 0)) for d in self.documents]
