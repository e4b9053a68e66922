"""The plain values of answering: what a caller gets (``Answer`` with its
``Source``), what it may pass in (``FaqPair``, ``AnswerSettings``), and the
``Result`` the answerer works on before it is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Source", "Answer", "FaqPair", "AnswerSettings", "Result"]


@dataclass(frozen=True)
class Source:
    document: str
    section: str
    text: str


@dataclass(frozen=True)
class Answer:
    answered: bool
    text: str
    fact: str
    sentence: str
    sources: tuple[Source, ...]
    confidence: float
    passage_id: str | None
    kind: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class FaqPair:
    """A question and answer curated by the committee's staff."""

    id: str | int
    question: str
    answer: str


@dataclass(frozen=True)
class AnswerSettings:
    threshold: float = 0.5  # below this confidence the answerer declines
    faq_threshold: float = 0.72  # similarity at which an FAQ pair wins
    top_k: int = 30  # passages taken from BM25 for close reading
    suggestion_count: int = 3


@dataclass
class Result:
    """An answer being made: the fact, where it stands, how sure."""

    answered: bool
    confidence: float
    kind: str
    fact: str = ""
    passage: int | None = None
    sentence: int | None = None
    extra_sentence: int | None = None
    extra: tuple[int, int] | None = None  # (passage, sentence) shown too
    question: str = ""
    also: "Result | None" = None  # another document's differing answer, told beside the newest one's
    fit: float = 1.0  # how well its sentence holds the kind of fact asked (the counted thing itself: 1.0)
    closeness: float = 0.0  # how near the question's words stand to the fact in its sentence

    def chain(self) -> list["Result"]:
        """This answer and each other document's told beside it (``also``), in order."""
        links, link = [], self
        while link is not None:
            links.append(link)
            link = link.also
        return links
