"""The who-reading of ``FactReader`` (reading.py): which person in a passage holds the post or did the
deed asked (谁牵头, 主席叫什么), with their post as the document words it, and where a named person
works.  ``self.index``, ``self.segmenter``, ``self._occurrences`` and ``self._closeness`` are the reader's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import texts
from .facts import clause_bounds
from .people import find_people
from .ranked_lists import top_person
from .clause_asked import holder_of_clause_asked
from .term_match import term_strength
from .name_asked import SURNAME_ASKED
from .listed_people import asked_posts, fellow_people, fellows_role, run_role
from .person_posts import asks_a_post, post_doubt, role_told, tenure_bonus
from .post_as_holder import post_holding, post_taken_up
from .owner_named import named_as_owner
from .post_words import holds
from .recipient_told import recipient_of
from .doers import ASKS_RECIPIENT, PRONOUN, asks_endorser, asks_occupation, doer_of, workplace_in
from .told import agent_bonus, body_leader_bonus, role_names_asked
from .question import QuestionAnalysis
from .frames import NOT_A_PLACE

_RECIPIENT_RE = re.compile(ASKS_RECIPIENT)
_SPEECH_RE = re.compile(r"介绍|说|讲|表示|谈|提到|指出|透露")

_ASKS_A_PERSON = re.compile(r"哪位|哪1位|哪一位|哪个人|哪1个人|什么人|何人|哪些人")  # 谁 may be a body (谁发起的)
_ASKS_WHO_HOLDS = re.compile(r"谁|哪位|叫什么|叫啥|姓名|名字")  # who holds a post (主席叫啥)
# The deed a who-question asks right after 谁 (谁报送的, 是谁汇报的), and words telling the first of a ranking.
_DEED_OF_WHO = re.compile(r"谁(?:来|去)?([\u4e00-\u9fff]{2})")
_RANKED_FIRST = re.compile(r"首位|最多|第1|第一|之首|榜首")


def _quoted_or_said(question: str, sentence: str, beside: str, people) -> bool:  # noqa: ANN001 - Person objects
    """Whether a person of the sentence ``beside`` the one answering may be its speaker or doer: the answering
    sentence quotes (the speaker named after it, or before it), someone beside it speaks (某某介绍, 他说), or does
    the deed asked right after their name (谁汇报的 → 主任某某作汇报; 谁报送得最多 → 某某个人报送8条，居首位)."""
    if '"' in sentence or any(_SPEECH_RE.search(beside[x.end:x.end + 4]) for x in people):
        return True
    deed = _DEED_OF_WHO.search(question)
    return any((deed and deed.group(1) in beside[x.end:x.end + 8])
               or ("最" in question and _RANKED_FIRST.search(beside[x.end:x.end + 16])) for x in people)


# A body of a place's level (市政协, 省政协, 县委): the place's name may be written right before it (配合昀州市政协).
_LEVEL_FIRST = "省市县区州"
_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
# Characters that end the words before a body rather than name a place (委员到市委党校, 报送给县政协, 向市政协).
_NO_PLACE_CHARS = re.compile(r"[到在的对向为与和给被把从于赴是了及等由将就共各全本该我员会]")


def _with_place_before(sentence: str, organisation: tuple[int, int, str], is_word) -> tuple[int, int, str]:
    """The organisation with the two-character place name written right before its level (配合昀州市政协 →
    昀州市政协, as the document names it), where those characters are no word of the dictionary (配合市政协,
    全市政协: none), nor a word that names no place (frames.NOT_A_PLACE), nor hold a character that ends the
    words before a body (委员到市委党校)."""
    start, end, word = organisation
    stem = sentence[max(start - 2, 0):start]
    if word[0] not in _LEVEL_FIRST or not _HAN.fullmatch(stem) or is_word(stem) or NOT_A_PLACE.match(stem) \
            or _NO_PLACE_CHARS.search(stem):
        return organisation
    return start - 2, end, stem + word


class PersonReading:
    """Who holds a post or did a deed, in one sentence of a passage (a mixin of ``FactReader``)."""

    def _people(self, sentence: str):
        return find_people(sentence, self.index.names)

    def _fit_person(self, q: QuestionAnalysis, p: int, s: int, sentence: str):
        sentences = self.index.sentence_norm[p]
        if not q.names and asks_a_post(q.norm) and (taken := post_taken_up(sentence, self.index.names)):
            return 1.0, taken, None, 1.0  # 离任委员聘的是啥职务 → the posts they take up (post_as_holder.py)
        doer = doer_of(q.norm, q.terms, sentence, sentences[s - 1] if s else "", q.names)
        if doer == PRONOUN and not self._people(sentence) and s > 0 and self._people(sentences[s - 1]):
            return 0.9, self._people(sentences[s - 1])[-1].name, s - 1, 1.0  # 他 is the one named just before
        if doer and doer != PRONOUN:
            return 1.0, doer, None, 1.0  # 谁提的 / 谁建的 / 谁遴选的: the proposer, builder or body the sentence writes
        if asks_endorser(q.norm):  # no endorsement of it here: the next sentence may open with one (某某作出批示)
            following = sentences[s + 1] if s + 1 < len(sentences) else ""
            later = doer_of(q.norm, q.terms, following, sentence, q.names) if following else None
            return (1.0, later, s + 1, 1.0) if later and later != PRONOUN else (0.0, "", None, 0.0)
        if _RECIPIENT_RE.search(q.norm):
            if told := recipient_of(q.norm, sentence):
                return 1.0, told, None, 1.0  # 退回给谁 → 承办单位 of 退回承办单位重新办理 (recipient_told.py)
            # To whom (捐给了谁): who or what stands after 向/给 near the terms.
            spans = self._occurrences(q, sentence)
            found = []
            for word, (_, tag) in self.segmenter.lexicon.words.items():
                if tag in ("nt", "nr") and word in sentence:
                    for match in re.finditer(r"(?:向|给)((?:[\u4e00-\u9fff]{2,3}?[省市区县]|[省市区县])?" + re.escape(word) + ")", sentence):
                        found.append((match.start(1), match.end(1), match.group(1)))
            if found:
                start, end, word = max(found, key=lambda f: (self._closeness(q, spans, f[0], f[1], sentence), f[1] - f[0]))
                return 1.0, word, None, self._closeness(q, spans, start, end, sentence)
        if q.role_words and _ASKS_WHO_HOLDS.search(q.norm) and (
                held := post_holding(sentence, asked_posts(q.norm, q.role_words), self.index.names)):
            return 1.0, texts.PERSON_WITH_ROLE.format(name=held[0], role=held[1]), None, 1.0  # 由市委书记任组长 (post_as_holder.py)
        # The speaker of a quotation is often named in the next sentence.
        for offset, penalty in ((0, 1.0), (1, 0.8), (-1, 0.7)):
            k = s + offset
            if not 0 <= k < len(sentences):
                continue
            people = self._people(sentences[k])
            if not people:
                continue
            if offset and not any(x.name in q.norm for x in people) and not _quoted_or_said(q.norm, sentence, sentences[k], people):
                continue  # 最早的1张是1912年拍摄的南门旧影。摄影家某某将其珍藏的底片捐赠…: another deed's doer
            # The question's names, and a name it writes inside a thing's name (谁给"闵某委员工作室"授的牌).
            names = [*q.names, *(x.name for x in people if x.name not in q.names and x.name in q.norm)]
            asked_about = [x for x in people if x.name in names]
            others = [x for x in people if x.name not in names]
            if others and asked_about and named_as_owner(q.norm, names):
                asked_about = []  # 郜某那件提案是谁督办的: another person of this sentence (owner_named.py)
            elif not others and asked_about and named_as_owner(q.norm, names):
                continue  # only the owner named here: the deed's doer is in another sentence
            if asked_about and (not others or not q.role_words or not _ASKS_WHO_HOLDS.search(q.norm)):
                # Asked about a named person (王宏是谁): their role, where the
                # text gives one; a mention without a role is a weak answer.
                person = max(asked_about, key=lambda x: len(x.role))
                if not person.role and (before := run_role(sentences[k], people, person)):
                    person = replace(person, role=before)  # 副会长甲某、乙某: 乙某 holds it too (listed_people.py)
                penalty *= post_doubt(q.norm, q.names, person)  # person_posts.py: 以前担任…, 在县委担任…
                person = replace(person, role=role_told(q.norm, person))  # 调任了什么职务: the post moved to
                if person.role and person.role in q.norm and len(person.role) <= 3:
                    # 马志强委员的企业叫什么 → "委员" only repeats the question: it tells nothing asked.
                    return 0.2 * penalty, texts.PERSON_ROLE_IS.format(name=person.name, role=person.role), None, 0.0
                if person.role:
                    return penalty, texts.PERSON_ROLE_IS.format(name=person.name, role=person.role), None if offset == 0 else k, 0.5
                if not others or not q.role_words:
                    return 0.3 * penalty, person.name, None if offset == 0 else k, 0.0
            if q.names and asks_occupation(q.norm):
                continue  # 某某委员是干什么的: what the one named does, never another person of the sentence
            candidates = others or people
            spans = self._occurrences(q, sentences[k])

            def score(person):
                value = (self._closeness(q, spans, person.start, person.end, sentences[k])  # its clause, and its item
                         + self._closeness(q, spans, person.start, person.end, sentences[k], ";。!?")) / 2  # (…;…由孟某督办)
                for word in asked_posts(q.norm, q.role_words):  # 专职副主任 asked: its holder over a 兼职 one
                    # holds: a 副召集人 does not hold the 召集人 asked (two of one surname side by side).
                    if (person.role.endswith(word) or word in person.role) and holds(person.role, word):
                        value += 0.5 + 0.1 * len(word)
                value += tenure_bonus(q.norm, q.role_words, person, bool(q.years or q.year_offsets))  # 原来的主任
                value += body_leader_bonus(q.norm, person.role)  # 县委领导: 县委副书记, not 县政协副主席
                value += role_names_asked(q.terms, q.role_words, person.role)  # 农业和农村委员会主任孟某, not 经济…主任冯某
                surname = SURNAME_ASKED.search(q.norm)  # 姓赵的副主席: the one of that surname
                value += 0.5 if surname and person.name.startswith(surname.group(1)) else 0.0
                return value + agent_bonus(q.norm, q.terms, sentences[k], person.end)  # 顾立文督办, not 唐晓东提出的

            person = max(candidates, key=score)
            name = person.name
            follower = next((x for x in people if x.start == person.end + 1 and sentences[k][person.end] == "、"), None)
            leader = next((x for x in people if x.end + 1 == person.start and sentences[k][x.end] == "、"), None)
            fellows = fellow_people(sentences[k], people, person, asked_posts(q.norm, q.role_words))
            fellows = holder_of_clause_asked(sentences[k], fellows, lambda text: sum(  # 乙局评议组组长 (clause_asked.py)
                t.weight * term_strength(self.index, t, text) for t in q.terms if t.text not in q.role_words))
            person = fellows[0] if len(fellows) == 1 else person
            if len(fellows) > 1:  # 副召集人刘某(…)和副召集人孙某(…); 分别是…赵某和…杜某: all of them (listed_people.py)
                name = "、".join(x.name for x in fellows)
                person = replace(person, role=fellows_role(sentences[k], fellows, asked_posts(q.norm, q.role_words)))
            elif follower:
                name = f"{person.name}、{follower.name}"
            elif leader:
                name = f"{leader.name}、{person.name}"
                person = leader if leader.role else person
            fact = texts.PERSON_WITH_ROLE.format(name=name, role=person.role) if person.role else name
            asked_post = [w for w in q.role_words if w not in ("委员", "文", "成员")]
            if asked_post and _ASKS_WHO_HOLDS.search(q.norm) and not any(
                holds(person.role, w) or holds(sentences[k][person.end:person.end + 4], w) for w in asked_post
            ):
                penalty *= 0.3  # asks who holds a post this person does not hold (全国政协主席 → 张国俊, 委员)
            penalty *= post_doubt(q.norm, q.names, person)  # 钟某之前是什么职务: not 施某's post
            surname = SURNAME_ASKED.search(q.norm)
            if surname and not person.name.startswith(surname.group(1)):
                penalty *= 0.3  # 姓赵的副主席 asked, nobody of that surname here
            return penalty, fact, None if offset == 0 else k, min(1.0, score(person))
        if top := top_person(q.norm, sentence, getattr(self.index.segmenter, "word_frequency", None)):
            return 1.0, top, None, 1.0  # 报送量最多的是某某委员: a name the ranking asked gives, read nowhere else (ranked_lists.py)
        if q.role_words:
            return 0.0, "", None, 0.0  # asks who holds a post; nobody here does
        # Who said or told of it: the speaker may open the next paragraph
        # (阳光护苗是谁介绍的 → “……”刘明辉介绍).
        following = p + 1
        index = self.index
        if (
            _SPEECH_RE.search(q.norm) and following < index.size
            and index.passage_doc[following] == index.passage_doc[p] and index.section_norm[following] == index.section_norm[p]
        ):
            for k, text in enumerate(index.sentence_norm[following][:2]):
                speakers = [x for x in self._people(text) if _SPEECH_RE.search(text, x.end, x.end + 4)]
                if speakers:
                    person = speakers[0]
                    fact = texts.PERSON_WITH_ROLE.format(name=person.name, role=person.role) if person.role else person.name
                    return 0.8, fact, (following, k), 0.3
        if _ASKS_A_PERSON.search(q.norm):
            return 0.0, "", None, 0.0  # 哪位市领导出席: a person is asked, no body answers
        # No person: an organisation may be the one who did it (谁发起的 → 青岛市政协).
        spans = self._occurrences(q, sentence)
        organisations = []
        for word, (_, tag) in self.segmenter.lexicon.words.items():
            if tag == "nt" and word in sentence and not any(word in t.equivalents for t in q.terms):
                start = sentence.find(word)
                if not any(a <= start < b for a, b, *_ in organisations):
                    organisations.append((start, start + len(word), word))
        organisations = [o for o in organisations if not any(o is not x and x[0] <= o[0] and o[1] <= x[1] for x in organisations)]
        organisations = [_with_place_before(sentence, o, self.segmenter.is_dictionary_word) for o in organisations]
        if organisations:
            start, end, word = max(organisations, key=lambda o: self._closeness(q, spans, o[0], o[1], sentence))
            a, b = clause_bounds(sentence, start)
            together = sorted(o for o in organisations if a <= o[0] < b)
            return 0.8, "、".join(o[2] for o in together), None, 0.3
        return 0.6, "", None, 0.0

    def _workplace(self, q: QuestionAnalysis, p: int, sentence: str):
        """Where a named person works, as their post names it (fit, fact, extra sentence, closeness), or None."""
        told = workplace_in(q.norm, q.names, sentence, self.index, p, self._people)
        return ((1.0, told[1], None, 1.0) if told[0] is None else (0.9, told[1], told[0], 1.0)) if told else None
