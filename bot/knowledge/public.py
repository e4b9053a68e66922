"""Knowledge Q&A: documents → passages → index → answers.

The public surface: ``KnowledgeBase`` (load, answer, passage, stats), the
plain values ``Answer``, ``Source``, ``FaqPair``, ``SourceDocument``,
``DocumentError``, and ``run_ask`` for the command line.
"""

from .answer import Answer, AnswerSettings, Answerer, FaqPair, Source
from .documents import DocumentError, Passage, SourceDocument, load_document
from .knowledge_base import DocumentStats, KnowledgeBase, KnowledgeSettings

__all__ = [
    "Answer", "AnswerSettings", "Answerer", "FaqPair", "Source",
    "DocumentError", "Passage", "SourceDocument", "load_document",
    "DocumentStats", "KnowledgeBase", "KnowledgeSettings",
]
