"""A question's words as weighted terms: lone characters merged into the documents' words
(护 苗 → 护苗), noun suffixes joined (紧密 型 → 紧密型), long unknown words cut into known pieces,
and each term weighed by the index (idf), with its equivalents, and marked when it names an
entity (a place, a body, a person) or a named campaign.  Used by question.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import ORG_SUFFIXES, is_organisation_of_place, is_place
from .segment import Lexicon, Segmenter
from .stop_words import STOP_WORDS
from .vocabulary import join_noun_suffixes
from .wording import added_forms, collective_forms, counted_deed, passive_forms
from .kind_named import names_of_kind


@dataclass
class Term:
    text: str
    weight: float
    equivalents: tuple[str, ...]
    entity: bool
    known: bool
    parts: tuple[str, ...] = ()  # dictionary words inside a long term
    named: bool = False  # a named campaign, platform or event (倾听与商量)


def resplit_before_single(words: list[str], index) -> list[str]:
    """A word that swallowed the head of the next one, leaving it a lone character (岚溪文史 委 of
    岚溪 + 文史委, where 岚溪文史 is a name the documents quote): split again where the first half is
    a word of the documents' index, the second with the lone character is written in them, and the
    whole with the lone character is not."""
    out = list(words)
    for n in range(len(out) - 1):
        word, single = out[n], out[n + 1]
        if len(word) < 3 or len(single) != 1 or single in STOP_WORDS or index.idf(word + single) is not None \
                or word not in getattr(index, "quoted_words", ()):
            continue  # a word of general Chinese or of the domain (主席会议 开) is whole: only a quoted name is cut
        for cut in range(2, len(word) - 1):
            if index.in_vocabulary(word[:cut]) and index.idf(word[cut:] + single) is not None:
                out[n], out[n + 1] = word[:cut], word[cut:] + single
                break
    return out


def merge_singles(words: list[str], index) -> list[str]:
    """Lone characters that together are a word, or a piece of a word, the
    documents use (护 苗 → 护苗 of 阳光护苗, 金 茂 湾 → 金茂湾) are one word."""
    words = resplit_before_single(words, index)
    merged: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and len(words[j]) == 1 and words[j] not in STOP_WORDS:
            j += 1
        if j - i >= 2:
            # The longest run of lone characters, from the left, that the documents know.
            k = i
            while k < j:
                for end in range(j, k + 1, -1):
                    if index.idf("".join(words[k:end])) is not None:
                        merged.append("".join(words[k:end]))
                        k = end
                        break
                else:
                    merged.append(words[k])
                    k += 1
            i = j
            continue
        merged.append(words[i])
        i += 1
    return merged


def join_verbatim(words: list[str], text: str, index) -> list[str]:
    """A lone noun suffix joins the word before it, written so as in a document (vocabulary.join_noun_suffixes)."""
    if getattr(index, "contains", None) is None:
        return words
    return join_noun_suffixes(words, text, index.idf, STOP_WORDS)


# A one-character level of place before a post or body (村支书, 镇干部): the place's, written apart in the documents.
_LEVEL_PREFIX = "村镇乡县市区省"
# Bodies each level has its own of (省政协 is not the 市政协 a report names): the level stays part of the word.
_BODIES_OF_A_LEVEL = ("政协", "政府", "人大", "党委", "纪委", "委")


def _told(word: str, segmenter: Segmenter, index) -> bool:
    return any(index.idf(e) is not None for e in segmenter.lexicon.equivalents(word) | {word})


def known_pieces(word: str, segmenter: Segmenter, index) -> list[str]:
    if len(word) < 3 or index.idf(word) is not None:
        return []
    if any(index.idf(e) is not None for e in segmenter.lexicon.equivalents(word)):
        return []
    pieces = [p for p in segmenter.tokens(word) if p != word and len(p) >= 2]
    rest = word[1:]
    if word[0] in _LEVEL_PREFIX and rest in pieces and _told(rest, segmenter, index) and index.idf(word[0]) is not None \
            and not rest.endswith(_BODIES_OF_A_LEVEL):
        return [word[0], rest]  # 村支书: the village's 支书, written 村党支部书记 (支书 for 支部书记: its equivalents)
    covered = set()
    for piece in pieces:
        if index.idf(piece) is None:
            return []
        start = word.find(piece)
        covered.update(range(start, start + len(piece)))
    return pieces if len(covered) == len(word) else []


def make_term(word: str, lexicon: Lexicon, segmenter: Segmenter, index) -> Term:
    # 书 asked, 书籍 written: a bare noun stands for its collective form (wording.py).
    collective = collective_forms(word, index.idf)
    deed = counted_deed(word, index.idf)  # 发行量 asked, 全年发行2.1万册 written (wording.py)
    corpus = getattr(index, "corpus_text", None)  # (a test's index may lack it)
    added = added_forms(word, corpus) if corpus is not None else ()  # 新会员 → 新发展会员
    passive = passive_forms(word, index.idf)  # 受表彰 asked, 给予表彰 written (wording.py)
    kind = names_of_kind(word, getattr(index, "quoted_words", ()))  # 报纸 asked, "某某报" written (kind_named.py)
    equivalents = tuple(sorted(lexicon.equivalents(word) | set(collective) | set(deed) | set(added) | set(passive) | set(kind),
                               key=lambda e: (-len(e), e)))  # longest first; ties by the string, not the hash seed
    idf = index.idf(word)
    known = idf is not None
    contracted = getattr(index, "contracted", None)  # (an index of tests' own may have none)
    if not known and contracted is not None and (full := contracted(word)) is not None:
        equivalents = (full,) + equivalents  # 公务车 asked, 公务用车 written: the documents' word (contracted.py)
    if not known:
        alternatives = [index.idf(e) for e in equivalents if e != word]
        alternatives = [a for a in alternatives if a is not None]
        if alternatives:
            idf, known = min(alternatives), True
    elif not index.in_vocabulary(word):
        # Only a piece of the documents' words (书 inside 图书馆), while its collective form is a word
        # of theirs (书籍): the collective word's weight, not the piece's, which nearly every passage holds.
        as_words = [index.idf(e) for e in collective if index.in_vocabulary(e)]
        idf = max([idf] + [a for a in as_words if a is not None])
    if idf is None:
        idf = index.idf_unknown
        if len(word) == 1:
            idf *= 0.35
    elif len(word) == 1:
        idf *= 0.6
    parts: tuple[str, ...] = ()
    if len(word) >= 3:
        parts = tuple(p for p in segmenter.tokens(word) if p != word and len(p) >= 2)
    entity = (
        lexicon.is_entity(word) or word in index.names or is_place(word) or is_organisation_of_place(word)
        or (not known and word.endswith(ORG_SUFFIXES))
    )
    # A named campaign, platform or event: so tagged in the general list, or set in quotation marks by a document.
    named = known and (lexicon.tag(word) == "nz" or word in getattr(index, "quoted_words", ()))
    return Term(word, idf, equivalents, entity, known, parts, named)


__all__ = ["Term", "make_term", "known_pieces", "merge_singles", "join_verbatim", "join_single_characters", "unknown_words"]


def join_single_characters(words: list[str], index) -> list[str]:
    """A noun the lexicon does not know is cut into characters (普惠托育点 → 普, 惠, 托, 育, 点): the longest run of
    them opening the words that the documents write verbatim is one word again (the thing a count asks of), where
    the characters end the question (the whole noun), not a word qualifying the next one nor a verb (用上了); a run
    closing the words after a word of their own (联系 微 信 群) likewise."""
    if getattr(index, "contains", None) is None or not words:
        return words
    if len(words[0]) != 1:
        # 联系 微 信 群: a run closing the words after a qualifier of its own (联系) is the noun it qualifies.
        first = len(words)
        while first > 1 and len(words[first - 1]) == 1 and "\u4e00" <= words[first - 1] <= "\u9fff" \
                and words[first - 1] not in "了过着":
            first -= 1
        return words[:first] + join_single_characters(words[first:], index) if len(words) - first >= 2 else words
    run = 0
    while run < len(words) and len(words[run]) == 1 and "\u4e00" <= words[run] <= "\u9fff" and words[run] not in "了过着":
        run += 1
    if run < len(words):
        return words  # 老 旧 街区: they qualify the word after them; 用 上 了: a verb, 了 after it
    for k in range(run, 1, -1):
        if index.contains("".join(words[:k])):
            return ["".join(words[:k])] + words[k:]
    return words


def unknown_words(terms: list[Term], norm: str) -> list[str]:
    """The words of a question the documents never use: unknown terms of two characters or more, and a run of
    unknown lone characters written together in the question (劝 辞 of 后来被劝辞了吗: a verb the segmenter
    cut apart because no document writes it)."""
    words = [t.text for t in terms if not t.known and len(t.text) >= 2]
    run = ""
    for term in terms + [None]:
        if term is not None and not term.known and len(term.text) == 1 and (run + term.text) in norm:
            run += term.text
            continue
        if len(run) >= 2:
            words.append(run)
        run = term.text if term is not None and not term.known and len(term.text) == 1 else ""
    return words


# Verbs of putting into words (怎么概括, 如何表述): the report's own wording answers how it is put, though it never
# writes the verb.
_WORDING = re.compile(r"概括|归纳|总结|表述|表达|描述|形容|称呼|定义|解释|理解|评价|提法|说法")


def deed_untold_after_how(norm: str, how_end: int, unknown: list[str]) -> bool:
    """Whether the deed asked right after how (怎么收费, 如何报销) is a word the documents never use (``unknown``):
    how it is done is not theirs to tell, unless it is asked how a thing is put into words (怎么概括) or how it is
    made up (是咋构成的, 是怎么分工的: 的 after the verb; a report tells its parts in words of its own)."""
    return any(norm.startswith(word, how_end) and not _WORDING.search(word) and not norm.startswith("的", how_end + len(word))
               for word in unknown)
