"""Declining by reason an answer that only touches what is asked: the chosen sentence names the
person, post or party a question is about, but tells nothing of what it asks of them.

- A named person (县政协副主席吴俊分管哪方面工作, 罗志强在哪个单位工作) must be named in the sentence
  (or referred to, 他 / 她), and the question's other words
  (分管, 单位 …, not the post written with the name) must stand where the sentence speaks of that
  person — the clause naming them or the one it runs on into (X在会上讲话，强调…); a sentence that
  only lists them among those present (吴俊出席会议并讲话) tells no duty, workplace or proposal.
- A post as the subject (提案交办会上县长讲了啥): someone in the sentence must hold it (a 副县长
  holds no 县长's post).
- Which units or departments (哪几个单位办的, 哪个部门牵头): the sentence must name so many bodies
  (…局, …委员会, …公司), not only speak of them in general (承办单位, 有关部门); several, when several
  are asked (哪几个, 哪些).
- Which committee (哪个专委会牵头): the sentence must name one by its own words, not the committees at large
  (各专门委员会).
- A party as the subject (九三学社…支社提了几件集体提案): the sentence must name that party, not only
  the parties together (各民主党派…41件).
- A count of what a named meeting did (教育数字化研讨会提出了多少条建议): the amount's paragraph (or its
  heading) must speak of that meeting, not only the paragraph next to it.  Whose amount a clause
  counts is read with the amount (counted_others.py).

General Chinese only (how posts and parties are written); no document's words.  Used by the checks.
"""

from __future__ import annotations

import re

from .doers import asks_workplace, workplace_of
from .event_kinds import held_as_act
from .facts import clause_bounds
from .people import find_people
from .normalize import find_all
from .question import KIND_NUMBER, KIND_WHAT, KIND_WHERE, QuestionAnalysis
from .title_brackets import title_with_brackets
from .titles import persons_work_quoted
from .post_words import holds

__all__ = ["ANAPHOR", "touched_doubt"]

# Posts a question may make its subject (县长讲了啥, 主席强调了什么): one person holds each.  Not 委员,
# 成员, 常委 … of whom there are many, nor words naming no post.
_HEAD_POSTS = ("主席", "书记", "县长", "市长", "区长", "镇长", "乡长", "主任", "部长", "局长", "秘书长",
               "召集人", "组长", "院长", "校长", "会长", "理事长", "馆长", "社长", "站长", "所长", "行长",
               "台长", "团长", "厂长", "总编辑")
# The eight democratic parties, by their short and full names (general Chinese), and 无党派.
PARTIES = (("民革", "中国国民党革命委员会"), ("民盟", "中国民主同盟"), ("民建", "中国民主建国会"),
            ("民进", "中国民主促进会"), ("农工党", "中国农工民主党", "农工民主党"), ("致公党", "中国致公党"),
            ("九三学社",), ("台盟", "台湾民主自治同盟"))
_SENTENCE_END = "。!?！？"
# Characters that make 民 the end of a common word (农民, 居民, 人民 …), not the start of a party's name.
_BEFORE_MIN = frozenset("农居市村人公网移渔牧灾难贫军选股藏船烟侨")
# Which unit or department is asked, one (哪个) or several (哪几个, 哪些).
_ASKS_UNIT = re.compile(r"(?:(哪几个|哪几家|哪些)|哪个|哪家|哪一个|哪1个|什么)(?:单位|部门)")
# How the name of a body ends (general Chinese): 县农业局, 提案委员会, 县发改委, 市第一中学, 青岛日报社, 市政协, 县植保站,
# 市金融办, 县慈善总会, 区消防救援大队, 市妇联.
# Not the common words ending so (格局, 大局, 全部, 干部, 常委 …).
_BODY_NAME_END = re.compile(r"委员会|常委会|(?<![格布结大开残])局|(?<![常编])委(?!员)|(?<![全内干局外细])部(?![门分署位])|"
                            r"办公室|法院|检察院|医院|学院|研究院|设计院|规划院|科学院|卫生院|研究所|事务所|派出所|大学|中学|小学|学校|党校|"
                            r"中心|公司|集团|银行|厅|馆|(?<!网)站(?!长|起|在)|协会|商会|联合会|工商联|政府|政协|人大|党委|支社|支部|总支|"
                            r"报社|出版社|通讯社|合作社|电视台|电台|总会|红十字会|基金会|研究会|促进会|大队|支队|"
                            # people's bodies by their short names (市妇联, 市青联, 县科协), an institute by its head (某保健院副院长)
                            r"(?<=[^关互串][妇青侨文残])联|(?<=[科作])协(?!会|商|调|助|议|同|作|办)|院(?=副?院长)|"
                            # an office by its short name (市金融办, 县扶贫办), not a verb of doing (举办, 承办, 督办, 交办)
                            r"(?<![举主承创开督交协操代包查法兴申筹合领联分转催会接共试首再来去要可好难])办(?![理公法事学好成结件复了过])")
# Words before such an ending that name no body but bodies in general (承办单位, 有关部门, 各专门委员会).
_GENERAL_BEFORE = ("各", "有关", "相关", "承办", "协办", "主办", "职能", "责任", "主管", "其他", "专门", "该", "本")
# What separates the bodies of a list (市人力资源和社会保障局、市城市管理局; 市政协与青岛日报社).
# Which committee asked (哪个专委会牵头, 哪个委员会负责): a committee named by its own words (社会和法制委员会) answers,
# not the committees at large (各专门委员会, 有关委员会).
_ASKS_COMMITTEE = re.compile(r"哪(?:个|些|几个|一个|1个)?(?:专委会|专门委员会|委员会)")
_COMMITTEE_NAMED = re.compile(r"(?:委员会|专委会)")
_BETWEEN_BODIES = re.compile(r"[、，,；;。:：!?\"“”（）()]|和|与|及|同|跟|会同")
_FACTOR = 0.4
# Bodies by their short names, listed and then counted as such (邀请县发改、人社、交通等9个部门负责人).
_LISTED_BODIES = re.compile(r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})等\d+(?:个|家)(?:部门|单位)")
# What someone said is asked (说了什么, 讲了啥) and told: a verb of saying with what follows, or a quote.
_ASKS_SAID = re.compile(r"(?:说|讲|谈|表示|强调|指出|提到|提出)了?些?(?:什么|啥|哪些)")
# A verb of saying written after a name, in its clause or the next (某某在回应时说, 某某表示, 某某强调): what they said follows.
_SAYS = re.compile(r"说|表示|强调|指出|认为|介绍|建议|要求|提出|谈到|讲话")
_TELLS_SAID = re.compile(r"(?:说|表示|强调|指出|提到|提出|认为|介绍)[:：,，]?[\"“]|[\"“][^\"”]{6,}")
# Things told by a quoted title (a proposal, a report, a book, a reading note …), and such a title.
_TITLED = re.compile(r"提案|建议|议案|报告|课题|题目|主题|名字|名称|书|文章|作品|项目|心得|笔记|论文")
_QUOTED = re.compile(r'"[^"]{2,40}"')  # a title in the normalised text (《…》 and “…” are written "…")
# Kinds of meeting (general Chinese), each held on its own occasion: 研讨会, 座谈会, 协商会 …
_MEETING = re.compile(r"[\u4e00-\u9fff]{2}(研讨会|座谈会|协商会|交流会|推进会|报告会|恳谈会|联席会|现场会|通报会|见面会|论坛|培训班)")


def touched_doubt(q: QuestionAnalysis, kind: str, shown: str, paragraph: str = "") -> float:
    """How much less to trust an answer whose sentence names who the question is about but tells
    nothing of what it asks of them (``paragraph``: the answer's paragraph with its heading)."""
    factor = 1.0
    if kind == KIND_NUMBER and paragraph and _meeting_elsewhere(q, paragraph):
        factor *= _FACTOR
    if kind in (KIND_WHAT, KIND_WHERE) and _person_untold(q, shown):
        factor *= _FACTOR
    if kind in (KIND_WHAT, KIND_WHERE) and _post_unheld(q, shown):
        factor *= _FACTOR
    if kind in (KIND_WHAT, KIND_WHERE) and _units_unnamed(q, shown):
        factor *= _FACTOR
    if kind in (KIND_WHAT, KIND_WHERE) and _committee_unnamed(q, shown):
        factor *= _FACTOR  # 哪个专委会牵头 asked, 各专门委员会要… told
    if _party_unnamed(q, shown):
        factor *= _FACTOR
    return factor


def _meeting_elsewhere(q: QuestionAnalysis, paragraph: str) -> bool:
    """Whether a count asks what a named meeting did (its name before 多少 / 几) and the paragraph
    of the amount speaks of no such meeting (nor of its act: 1次协商 is a 协商会, event_kinds.py)."""
    asked = re.search(r"多少|几", q.norm)
    meeting = _MEETING.search(q.norm, 0, asked.start()) if asked else None
    return bool(meeting) and meeting.group(1) not in paragraph and not held_as_act(meeting.group(1), paragraph)


# Words standing for a person named before (他, 她, 这位教授, 该委员): a sentence with one may speak of them unnamed.
ANAPHOR = re.compile(r"[他她]|这位|该(?:委员|同志)")
# A clause opening with the passive, an adverb or a verb of receiving has no subject of its own: it goes on about the
# one the clause before named (general Chinese).
_RUN_ON = re.compile(r"被|并|还|又|先后|随后|连续|多次|荣获|获得|获评|受到|得到")


def _person_untold(q: QuestionAnalysis, shown: str) -> bool:
    """Whether each person the question names stands in the sentence with none of the question's
    other words (its post and the name excluded) in their clause or the one after it."""
    named = [name for name in q.names if name in shown]
    if q.names and not named and not ANAPHOR.search(shown):
        return True  # 汤明在座谈会上讲了什么: a sentence of the meeting that never names him
    if not named or len(named) < len(q.names):
        return False
    if workplace_of(q.norm, q.names, find_people(shown, q.names), shown):
        return False  # 郑晓梅在哪里教书: her post (县第二中学语文教师) names where she works
    if asks_workplace(q.norm, q.names):
        return True  # 罗某在哪个单位工作: no post written with his name names a body
    if "界别" in q.norm and any(re.search(re.escape(name) + r"[(（][^()（）]*?界[,，、)）]", shown) for name in named):
        return False  # 沈某是哪个界别的: 沈某(农业界,…) names it in the brackets beside the name
    if persons_work_quoted(q, shown):
        return False  # 某某获奖论文题目是啥: 某某撰写的"…" quotes their work, however the sentence calls it (titles.py)
    described = _describing(q)
    asked = [t for t in q.terms if t.text not in q.names and t not in described and len(t.text) >= 2]
    if not asked and _ASKS_SAID.search(q.norm):
        # 某某在会上讲了什么, nothing else asked: a line naming them (出席:某某) tells nothing they said.
        return not any(_SAYS.search(shown, at, clause_bounds(shown, min(clause_bounds(shown, at)[1] + 1, len(shown) - 1))[1])
                       for name in named for at in find_all(shown, name))
    if not asked:
        return False  # 陈晓峰是干什么的: nothing asked but who they are
    for name in named:
        for at in find_all(shown, name):
            a, b = title_with_brackets(shown, at) or clause_bounds(shown, at)  # "…"(执笔:某某): the title's clause
            if b < len(shown) and shown[b] not in _SENTENCE_END:
                b = clause_bounds(shown, b + 1)[1]
            # A clause opening with the person's pronoun goes on about them, and so does the one after it
            # (他去年报送信息21条,其中"…"被采用; 某某说。这位校长提交的"…").
            while b + 1 < len(shown):
                if ANAPHOR.match(shown, b + 1):
                    b = clause_bounds(shown, b + 1)[1]
                elif shown[b] not in _SENTENCE_END and ANAPHOR.match(shown, clause_bounds(shown, b - 1)[0]):
                    b = clause_bounds(shown, b + 1)[1]
                elif shown[b] not in _SENTENCE_END and _RUN_ON.match(shown, b + 1):
                    b = clause_bounds(shown, b + 1)[1]  # …在武汉连续工作53天,被省卫生健康委授予"…"称号: no subject of its own
                else:
                    break
            if any(e in shown[a:b] for t in asked for e in t.equivalents):
                return False
            if _ASKS_SAID.search(q.norm) and _TELLS_SAID.search(shown, a, b):
                return False  # 王宏在座谈会上说了什么: what he said follows his name, the meeting before it
            if any(_TITLED.search(t.text) for t in asked) and _QUOTED.search(shown, a, b):
                return False  # 张三提的建议是什么: the title quoted in his clause (提出"关于…")
    return True


def _describing(q: QuestionAnalysis) -> list:
    """The terms written with a name that say who the person is (县政协 副 主席 吴俊, 周明远 委员)."""
    found = []
    for name in q.names:
        for start in find_all(q.norm, name):
            end = start
            while end > 0:
                before = next((t for t in q.terms if t.text != name and q.norm.endswith(t.text, 0, end)), None)
                if before is None:
                    break
                found.append(before)
                end -= len(before.text)
            after = start + len(name)
            following = next((t for t in q.terms if q.norm.startswith(t.text, after) and t.text in q.role_words), None)
            if following is not None:
                found.append(following)
    return found


def _post_unheld(q: QuestionAnalysis, shown: str) -> bool:
    """Whether the question's subject is a post (县长讲了啥) no one in the sentence holds."""
    if q.names:
        return False
    # 主席会议, 主任会议 are bodies, not their holders; 城市长效, 进行长期 hold no 市长 or 行长.
    posts = [w for w in _HEAD_POSTS if w in q.role_words and re.search(rf"{w}(?!会议|[效期远久足度])", q.norm)]
    return bool(posts) and not all(holds(shown, f"副{w}" if f"副{w}" in q.norm else w) for w in posts)


def _units_unnamed(q: QuestionAnalysis, shown: str) -> bool:
    """Whether the question asks which unit or units, and the sentence names fewer bodies than asked:
    each stretch between separators naming a body counts once (县政协提案委员会 is one)."""
    asked = _ASKS_UNIT.search(q.norm)
    if asked is None:
        return False
    named = sum(any(m.start() >= 2 and not part[:m.start()].endswith(_GENERAL_BEFORE)
                    for m in _BODY_NAME_END.finditer(part))
                for part in _BETWEEN_BODIES.split(shown))
    listed = max((m.group(1).count("、") + 1 for m in _LISTED_BODIES.finditer(shown)), default=0)
    return max(named, listed) < (2 if asked.group(1) else 1)


def _committee_unnamed(q: QuestionAnalysis, shown: str) -> bool:
    """Whether the question asks which committee and the sentence names none by its own words, only the
    committees at large (各专门委员会)."""
    if not _ASKS_COMMITTEE.search(q.norm):
        return False
    return not any(m.start() >= 2 and not shown[:m.start()].endswith(_GENERAL_BEFORE)
                   for m in _COMMITTEE_NAMED.finditer(shown))


def _party_unnamed(q: QuestionAnalysis, shown: str) -> bool:
    """Whether the question names a party the sentence does not."""
    asked = [forms for forms in PARTIES if any(_names_party(f, q.norm) for f in forms)]
    return bool(asked) and not all(any(f in shown for f in forms) for forms in asked)


def _names_party(form: str, text: str) -> bool:
    """Whether a party's name stands in a text as such: 民建 of 农民建房, 民进 of 居民进行 are none."""
    return any(not (form.startswith("民") and text[at - 1:at] in _BEFORE_MIN) for at in find_all(text, form))
