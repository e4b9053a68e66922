"""Chinese word segmentation for the knowledge base, and the word lists that
go with it: the domain dictionary, the synonym groups, the unit classes and
the relative-year words (``domain_words.txt``, ``synonyms.txt``).

One private ``jieba.Tokenizer`` is set up lazily, once per process, without
log noise, its word table (wordtable.py) in a directory we own (never a
shared /tmp path).
Not for ranking or answering: this module only turns text into tokens.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .normalize import normalize_text

__all__ = ["Lexicon", "Segmenter", "load_lexicon", "DOMAIN_WORDS_PATH", "SYNONYMS_PATH"]

_HERE = Path(__file__).resolve().parent
DOMAIN_WORDS_PATH = _HERE / "domain_words.txt"
SYNONYMS_PATH = _HERE / "synonyms.txt"

_TOKEN_OK = re.compile(r"[0-9a-z\u3400-\u9fff]")
_ENTITY_TAGS = ("nr", "ns", "nt")


@dataclass(frozen=True)
class Lexicon:
    """The word lists, normalised."""

    words: dict[str, tuple[int, str]]  # word -> (freq, tag)
    synonyms: dict[str, frozenset[str]]  # word -> every equivalent (itself included)
    units: dict[str, str]  # unit word -> unit class
    relative_years: dict[str, int | None]  # word -> offset (None: carries no year)
    phrases: tuple[str, ...] = field(default=())  # multi-char entries to add to jieba

    def tag(self, word: str) -> str | None:
        entry = self.words.get(word)
        return entry[1] if entry else None

    def is_entity(self, word: str) -> bool:
        return self.tag(word) in _ENTITY_TAGS

    def equivalents(self, word: str) -> frozenset[str]:
        return self.synonyms.get(word, frozenset((word,)))


def _read_lines(path: Path) -> list[str]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


@lru_cache(maxsize=4)
def load_lexicon(domain_path: Path = DOMAIN_WORDS_PATH, synonyms_path: Path = SYNONYMS_PATH) -> Lexicon:
    """Read and normalise the shipped word lists (cached per process)."""
    words: dict[str, tuple[int, str]] = {}
    for line in _read_lines(domain_path):
        parts = line.split()
        word = normalize_text(parts[0])
        freq = int(parts[1]) if len(parts) > 1 else 1000
        tag = parts[2] if len(parts) > 2 else "n"
        words[word] = (freq, tag)

    groups: list[list[str]] = []
    units: dict[str, str] = {}
    relative: dict[str, int | None] = {}
    section = ""
    for line in _read_lines(synonyms_path):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if section == "synonyms":
            groups.append([normalize_text(w) for w in line.split()])
        elif section == "units":
            cls, *members = [normalize_text(w) for w in line.split()]
            for unit in members:
                units.setdefault(unit, cls)
        elif section == "relative_years":
            word, _, value = (p.strip() for p in line.partition("="))
            relative[normalize_text(word)] = None if value == "any" else int(value)

    synonyms: dict[str, set[str]] = {}
    for group in groups:
        for word in group:
            synonyms.setdefault(word, {word}).update(group)
    phrases = {w for g in groups for w in g if len(w) >= 2}
    phrases.update(w for w in relative if len(w) >= 2)
    return Lexicon(
        words=words,
        synonyms={w: frozenset(s) for w, s in synonyms.items()},
        units=units,
        relative_years=relative,
        phrases=tuple(sorted(phrases)),
    )


# Cuts kept per segmenter (a few MB at most).
_CUTS_KEPT = 50_000

class Segmenter:
    """Splits normalised text into search tokens (jieba, search mode).

    Thread-safe lazy initialisation: the first call loads jieba's dictionary
    (from its cache file in ``cache_dir`` when present) and the domain words.
    """

    def __init__(self, cache_dir: Path, lexicon: Lexicon | None = None) -> None:
        self.cache_dir = Path(cache_dir)
        self.lexicon = lexicon or load_lexicon()
        self._tokenizer = None
        self._lock = threading.Lock()
        self._extra: set[str] = set()
        self._learned: set[str] = set()
        # What the dictionary counted each taught word before it was taught (general_frequency).
        self._untaught: dict[str, int] = {}
        # Cuts already made, by mode and text: answering a question cuts the same sentences of the
        # documents again and again. Emptied whenever a word is taught (the cuts may change).
        self._cuts: dict[tuple[bool, str], tuple[str, ...]] = {}

    def _ensure(self):
        if self._tokenizer is not None:
            return self._tokenizer
        with self._lock:
            if self._tokenizer is None:
                from .wordtable import import_jieba, new_tokenizer

                import_jieba().setLogLevel(logging.WARNING)
                self.cache_dir.mkdir(parents=True, exist_ok=True)
                # jieba's table as a mapped trie (wordtable.py), not its 53 MB dict
                tokenizer = new_tokenizer(self.cache_dir)
                # Never lower jieba's own frequency for a word it knows: that
                # would make it split common words (去年 → 去 / 年).
                for word, (freq, tag) in self.lexicon.words.items():
                    tokenizer.add_word(word, max(freq, tokenizer.FREQ.get(word) or 0), tag)
                for phrase in self.lexicon.phrases:
                    if not tokenizer.FREQ.get(phrase):
                        tokenizer.add_word(phrase, 500)
                for word in self._extra:
                    self._untaught.setdefault(word, tokenizer.FREQ.get(word) or 0)
                    tokenizer.add_word(word, 2000, "nr")
                for word in self._learned:
                    self._untaught.setdefault(word, tokenizer.FREQ.get(word) or 0)
                    tokenizer.add_word(word, 2000, "nz")
                self._tokenizer = tokenizer
        return self._tokenizer

    def add_names(self, names) -> None:
        """Teach the segmenter person names found in the documents."""
        new = {n for n in names if n and n not in self._extra}
        if not new:
            return
        self._extra.update(new)
        self._cuts.clear()
        if self._tokenizer is not None:
            for name in new:
                self._untaught.setdefault(name, self._tokenizer.FREQ.get(name) or 0)
                self._tokenizer.add_word(name, 2000, "nr")

    def add_words(self, words) -> None:
        """Teach the segmenter new words learned from the documents (vocabulary.py)."""
        new = {w for w in words if w and w not in self._learned}
        if not new:
            return
        self._learned.update(new)
        self._cuts.clear()
        if self._tokenizer is not None:
            for word in new:
                self._untaught.setdefault(word, self._tokenizer.FREQ.get(word) or 0)
                self._tokenizer.add_word(word, 2000, "nz")

    def add_equivalents(self, pairs) -> None:
        """Teach the segmenter short names the documents declare (提案委员会（以下简称提案委）):
        each stands for its full name and the reverse, in this segmenter's lexicon only."""
        synonyms = dict(self.lexicon.synonyms)
        for short, full in pairs:
            group = synonyms.get(full, frozenset((full,))) | synonyms.get(short, frozenset((short,))) | {short, full}
            for word in group:
                synonyms[word] = frozenset(group)
        if pairs:
            self.lexicon = replace(self.lexicon, synonyms=synonyms)
            self.add_words(short for short, _ in pairs)

    def word_frequency(self, word: str) -> int:
        """How often jieba's general dictionary counts ``word`` (0 when unknown)."""
        return self._ensure().FREQ.get(word) or 0

    def general_frequency(self, word: str) -> int:
        """``word_frequency`` as it was before the documents taught the segmenter their names and words: the
        count names are read by (people.find_person_names).  A name the index found and taught (2000) is no
        dictionary word that would hide it when a sentence is read for names again at question time."""
        tokenizer = self._ensure()
        return self._untaught[word] if word in self._untaught else tokenizer.FREQ.get(word) or 0

    def is_dictionary_word(self, word: str) -> bool:
        """Whether jieba (or the domain list) knows ``word`` as a word."""
        return bool(self._ensure().FREQ.get(word))

    def tokens(self, normalized: str) -> list[str]:
        """Search tokens of an already normalised text: words and, for long
        words, the dictionary words inside them (社情民意信息 → 社情, 民意,
        社情民意, 信息, 社情民意信息)."""
        return list(self._cut(True, normalized))

    def words(self, normalized: str) -> list[str]:
        """Plain segmentation (no sub-words), punctuation dropped."""
        return list(self._cut(False, normalized))

    def _cut(self, search: bool, normalized: str) -> tuple[str, ...]:
        found = self._cuts.get((search, normalized))
        if found is None:
            tokenizer = self._ensure()
            cut = tokenizer.cut_for_search(normalized, HMM=False) if search else tokenizer.cut(normalized, HMM=False)
            found = tuple(t for t in cut if _TOKEN_OK.search(t))
            if len(self._cuts) >= _CUTS_KEPT:
                self._cuts.clear()  # a bound on memory; the next questions fill it again
            self._cuts[(search, normalized)] = found
        return found
