"""Typed text made tidy (one line, or paragraphs) and the likeness of two items (character bigrams)."""

from __future__ import annotations

import re

_DROP = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")


def bigrams(text: str) -> set[str]:
    chars = _DROP.sub("", text).lower()
    if len(chars) < 2:
        return set(chars)
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(title_a: str, body_a: str, title_b: str, body_b: str) -> float:
    """Character-bigram Jaccard, the title weighing more than the body."""
    return 0.6 * jaccard(bigrams(title_a), bigrams(title_b)) + 0.4 * jaccard(bigrams(body_a), bigrams(body_b))


def clean_line(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def clean_body(text: str) -> str:
    lines = [line.rstrip() for line in (text or "").strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
