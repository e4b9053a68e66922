"""A points scheme's rules, as assessment notices write them: one clause a rule, parted by semicolons, each a
condition then its points (个人提案经审查立案的，每件记4分；被评为优秀提案的，另加5分；无故缺席常委会议的，每次扣5分),
and the grades by points (积分在90分以上的，评为“优秀”；积分在60分至74分之间的，评为“基本合格”).  Asked
提案立案一件记几分 / 被全国政协采用加几分 / 缺席一次扣几分, the points of the clause whose condition the question's
words fit best (the item's lead line, 提交提案, read with it) answer, not another clause's figure in the same
sentence; asked 积分要多少才能评优秀, the grade's points (90分以上).

Called by the answerer before the general reading (answer.py ``_read_part``); general Chinese only.
"""

from __future__ import annotations

import re

from .faq_match import chinese_bigrams

__all__ = ["asked_points", "score_rule_answer"]

# Asked the points of a rule: 记几分, 另外加多少分, 扣几分, 一次记多少分 (not a sum: 累计多少分, 合计几分 ask a total).
_ASKS_POINTS = re.compile(r"(?P<verb>记|(?<![累合总共统])计|加|扣|减|得)(?:了)?(?:几|多少)分")
# Asked the points a grade takes: 要多少分才能评优秀, 多少分算合格, 评优秀要多少积分.
_ASKS_GRADE = re.compile(r"(?:几|多少)(?:积)?分.{0,6}?(?:评|算|定为?|才是|才能|能)|评(?:为|上|得上)?.{0,6}?(?:几|多少)(?:积)?分"
                         r"|积分(?:要|得|需要|达到)?(?:几|多少).{0,6}?(?:评|算)")
# A rule: its condition, then the points (每件记4分, 另加5分, 扣20分, 全年累计最高记16分).
_RULE = re.compile(r"(?P<cond>[^;；。]*?)(?:每[\u4e00-\u9fff]{1,3})?(?P<verb>另加|加|记|计|扣|减)(?P<points>\d+(?:\.\d+)?分)")
# A grade by points: 积分在90分以上…评为"优秀", 积分低于60分…评为"不合格".
_GRADE = re.compile(r"(?P<points>\d+分(?:以上|以下|及以上|至\d+分(?:之间)?)|(?:低于|不低于|高于|不足|达到)\d+分)"
                    r"[^;；。]*?评(?:为|定为)?\"(?P<grade>[\u4e00-\u9fff]{2,5})\"")
# Words of the question that ask, not tell the condition.
_ASKING = re.compile(r"(?:一|每)(?:次|件|篇|条|人|个)|另外|另|还|要|能|才|多少|几|分|请问|是|的|吗|呢|[?？]")
# A rule's lead line (3.提交提案): a short numbered line before the rules.
_LEAD = re.compile(r"^(?:\d+[.、]|[(（]\d+[)）])?([\u4e00-\u9fff]{2,12})$")
# A cap asked or told (最多能记, 累计最高记16分, 上限).
_CAPPED = re.compile(r"最多|最高|上限|封顶|至多")
_SAME_VERB = {"记": "记计", "计": "记计", "得": "记计加另加", "加": "加另加", "扣": "扣减", "减": "扣减"}


def asked_points(norm: str) -> str | None:
    """"points" (a rule's) or "grade" (the points a grade takes), or None."""
    if _ASKS_GRADE.search(norm) and re.search(r"评|算|定", norm):
        return "grade"
    return "points" if _ASKS_POINTS.search(norm) else None


def _rules(index):  # noqa: ANN001, ANN202 - a PassageIndex; (p, s, condition, lead, verb, points) of each rule
    found = []
    for p in range(index.size):
        sentences = index.sentence_norm[p]
        for s, sentence in enumerate(sentences):
            rules = list(_RULE.finditer(sentence))
            if len(rules) < 2 and not (rules and s and _LEAD.match(sentences[s - 1])):
                continue  # one figure of points in a plain sentence (人均积分83.6分) is no scheme
            lead = _LEAD.match(sentences[s - 1]).group(1) if s and _LEAD.match(sentences[s - 1]) else ""
            for rule in rules:
                cond = rule.group("cond").split(":")[-1]
                found.append((p, s, cond, lead, rule.group("verb"), rule.group("points")))
    return found


def score_rule_answer(answerer, norm: str):  # noqa: ANN001, ANN201 - an Answerer; a Result or None
    """The points of the rule (or grade) asked, from the clause its words fit best; None when not asked so or no
    clause fits (the general answer reads on)."""
    asked = asked_points(norm)
    if asked is None:
        return None
    index = answerer.index
    if asked == "grade":
        grades = [(p, s, g) for p in range(index.size) for s, sentence in enumerate(index.sentence_norm[p])
                  for g in _GRADE.finditer(sentence)]
        fit = [(len(g.group("grade")), p, s, g.group("points")) for p, s, g in grades if g.group("grade") in norm]
        if not fit:
            return None
        _, p, s, points = max(fit, key=lambda row: row[0])  # 基本合格 asked, not 合格 within it
        return answerer._fact_result("number", points, (p, s), norm)
    verb = _ASKS_POINTS.search(norm).group("verb")
    asked_words = chinese_bigrams(_ASKING.sub(" ", _ASKS_POINTS.sub(" ", norm)))
    if not asked_words:
        return None
    scored = []
    for p, s, cond, lead, told_verb, points in _rules(index):
        if told_verb not in _SAME_VERB[verb]:
            continue
        score = len(asked_words & chinese_bigrams(cond)) + 0.5 * len(asked_words & chinese_bigrams(lead) - chinese_bigrams(cond))
        score += 1 if _CAPPED.search(norm) and _CAPPED.search(cond) else 0  # 最多能记多少分 → 全年累计最高记16分
        scored.append((score, -len(cond), p, s, points))
    if not scored:
        return None
    scored.sort(reverse=True)
    best = scored[0]
    if best[0] < min(2, len(asked_words)) or (len(scored) > 1 and scored[1][0] == best[0] and scored[1][4] != best[4]):
        return None  # the question's words fit no rule, or two rules of other points alike
    return answerer._fact_result("number", best[4], (best[2], best[3]), norm)
