"""A figure as its document writes it.

Facts are read from normalised sentences, where 十月二十八日 has become 10月28日 and
近三百篇 近300篇 (``normalize.convert_numerals``).  A member compares the answer with the
document, so the answer shows the figure in the document's own words: this module finds
the span of the written sentence that a normalised fact was read from, by matching the
fact's shape with each number free to be written in Arabic or Chinese numerals and
checking that every number has the same value.

Not for choosing a fact (``reading.py``) nor for the answer's wording (``rendering.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .normalize import PUNCTUATION_FOLDED, chinese_to_number, normalize_text
from .doc_passages import doc_passages

__all__ = ["written_form", "grouped_form", "names_as_written", "place_as_written", "report_places_written"]

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Each folded punctuation mark with the shapes normalising folded into it (- ← — – ―).
_FOLDED: dict[str, str] = {}
for _shape, _folded in PUNCTUATION_FOLDED.items():
    _FOLDED[_folded] = _FOLDED.get(_folded, "") + _shape
_CHINESE = "零〇一二两三四五六七八九十百千"
_CHINESE_RUN = f"[{_CHINESE}]+(?:万[{_CHINESE}]+)?(?:点[零〇一二三四五六七八九]+)?"
# Grouped by thousands (1,350 or 1，350) or plain.
_ARABIC_RUN = r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+(?:[.．][0-9０-９]+)?"
_SEPARATOR = re.compile(r"[,，]")
# A number is matched whole: 二月六日 inside 十二月六日 is not the 2月6日 of a fact.
# A dot before a number in Chinese numerals closes a list's number (6．二〇二三年七月上旬), no decimal point.
_NO_DIGIT_BEFORE = f"(?<![{_CHINESE}万0-9０-９])(?:(?<![.．])|(?=[{_CHINESE}]))"
_NO_DIGIT_AFTER = f"(?![{_CHINESE}0-9０-９])"
# The pieces of a composed fact (周海鸥：…委员、市第1人民医院副院长): each is looked up on its own.
_PIECES = re.compile(r"((?:[:：、，（）()；;\s]|(?<!\d),|,(?!\d))+)")


def _literal(text: str) -> str:
    """A pattern for the normalised text between numbers: each character, or the
    full-width shape that normalising turned into it (％ for %), or a punctuation shape it
    folded into it (— for -: 1月8日—10日)."""
    out = []
    for char in text:
        wide = chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else ""
        shapes = char + wide + _FOLDED.get(char, "")
        out.append(f"[{re.escape(shapes)}]" if len(shapes) > 1 else re.escape(char))
    return "".join(out)


def _value(run: str) -> float | None:
    if re.fullmatch(_ARABIC_RUN, run):
        return float(_SEPARATOR.sub("", unicodedata.normalize("NFKC", run)).replace("．", "."))
    return chinese_to_number(run)


def written_form(fact: str, sentences: list[str]) -> str | None:
    """The fact as the written sentences put it, when they put a number of it in Chinese
    numerals (10月28日 → 十月二十八日, 近300篇 → 近三百篇); ``None`` when they write it as
    the fact does (or it is not found), so Arabic figures are shown as they are."""
    # The first place the sentences write it: in Chinese numerals, shown so; in Arabic, as the fact shows it
    # (or grouped: ``grouped_form``).
    written, chinese = next(_forms(fact, sentences), (None, False))
    return written if chinese else None


def grouped_form(fact: str, sentences: list[str]) -> str | None:
    """The fact with its numbers grouped by thousands as the sentences write them (1350亩 →
    1,350亩), or with the dash, quote or full-width shapes they write (1月8日-10日 → 1月8日—10日);
    ``None`` when they write it as the fact does."""
    # grouped (1,350亩) or punctuated (1月8日—10日) as written
    return next((written for written, chinese in _forms(fact, sentences) if not chinese and written != fact), None)


def _forms(fact: str, sentences: list[str]):  # noqa: ANN202 - an iterator of (str, bool)
    """Each place the sentences write the fact with the same values, in order: the words written
    there, and whether a number of them is in Chinese numerals."""
    numbers = _NUMBER.findall(fact)
    if not numbers:
        return
    compiled = _pattern(fact)
    for sentence in sentences:
        for match in compiled.finditer(sentence):
            runs = match.groups()
            if all(_value(run) == float(number) for run, number in zip(runs, numbers)):
                yield match.group(0), any(run[0] in _CHINESE for run in runs)


@lru_cache(maxsize=4096)
def _pattern(fact: str) -> re.Pattern:
    """The fact's shape with every number free to be written either way; compiled once per
    fact (building it costs more than matching it against the answer's sentences)."""
    numbers = _NUMBER.findall(fact)
    pieces = _NUMBER.split(fact)
    pattern = _NO_DIGIT_BEFORE if fact[0].isdigit() else ""
    for n, piece in enumerate(pieces):
        pattern += _literal(piece)
        if n < len(numbers):
            pattern += f"({_CHINESE_RUN}|{_ARABIC_RUN})"
    if fact[-1].isdigit():
        pattern += _NO_DIGIT_AFTER
    return re.compile(pattern, re.IGNORECASE)


def names_as_written(fact: str, texts: list[str]) -> str | None:
    """The fact with each of its pieces holding a number written as the texts write it, when they
    put it in Chinese numerals: a name or a post is shown as written (市第1人民医院 → 市第一人民医院,
    政协第11届…第5次会议 → 政协第十一届…第五次会议). ``None`` when no piece is written so."""
    if not _NUMBER.search(fact):
        return None
    pieces = _PIECES.split(fact)
    changed = False
    for n, piece in enumerate(pieces):
        if n % 2 or not _NUMBER.search(piece):
            continue
        written = written_form(piece, texts)
        if written is not None:
            pieces[n], changed = written, True
    return "".join(pieces) if changed else None


def place_as_written(place: str, texts: list[str]) -> str:
    """A place's name (normalised: a rare simplified character such as 濛 folds into 蒙) as the texts (a document's
    title, its first lines) write it: the first span of its length that normalises to it; the name itself when none."""
    if any(place in text for text in texts):
        return place  # written as normalised (most places): no span to look for
    size = len(place)
    for text in texts:
        for start in range(len(text) - size + 1):
            span = text[start:start + size]
            if span == place or normalize_text(span) == place:
                return span
    return place


# A frame's places are learned from its document's title and first lines (frames.learn_frame): looked up as written there.
_OPENING_PASSAGES = 3


def report_places_written(index, doc: int) -> dict[str, str]:  # noqa: ANN001 - a PassageIndex
    """Each place of report ``doc``'s frame (normalised) → as the report writes it in its title and first paragraphs;
    read once per report and kept on the index (answers name reports beside each other; suggestions name them too)."""
    kept = index.__dict__.setdefault("_places_written", {})
    if doc not in kept:
        passages = doc_passages(index, doc)
        texts = [index.passages[passages[0]].doc_title] + [
            index.passages[p].paragraph for p in passages[:_OPENING_PASSAGES]] if passages else []
        kept[doc] = {place: place_as_written(place, texts) for place in index.frames[doc].places}
    return kept[doc]
