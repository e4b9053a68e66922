"""Whether a question asks an outcome (成果有哪些, 有什么成效) or only names or counts one on the way to what it asks
(成果数据库叫啥, 选几项协商成果, 批示过的成果多久内反馈): read by frames.question_mode, for which only an outcome
asked makes a question one of results."""

from __future__ import annotations

import re

__all__ = ["OUTCOME_NOUNS", "outcome_not_asked"]

OUTCOME_NOUNS = re.compile(r"结论|结果|成效|效果|成果")
# A made thing's name asked (成果数据库叫啥, 成效展的名称是什么): 成果, 成效 … are then words of the name, no outcome asked.
_ASKS_A_NAME = re.compile(r"叫(?:什么|啥)|(?:名称|名字|题目|标题)(?:是|叫)?(?:什么|啥)|(?:什么|啥)(?:名称|名字|题目|标题)")
# An outcome noun the question asks of (成果有哪些, 有什么成效, 成果?), not one it counts (选几项协商成果) or only names
# on the way to what it asks (批示过的成果多久内反馈).
_OUTCOME_ASKED = re.compile(rf"(?:{OUTCOME_NOUNS.pattern})[\u4e00-\u9fff]{{0,3}}?(?:什么|哪些|哪几|如何|怎么|怎样|咋|啥)|(?:什么|哪些|哪几|啥)"
                            rf"[\u4e00-\u9fff]{{0,2}}(?:{OUTCOME_NOUNS.pattern})|(?<!几)(?<!多少)(?<![几少][项个条件份])(?<![几少][项个条件份][\u4e00-\u9fff])"
                            rf"(?<![几少][项个条件份][\u4e00-\u9fff]{{2}})(?:{OUTCOME_NOUNS.pattern})[?!。]*$")


def outcome_not_asked(norm: str) -> bool:
    """Whether the outcome noun of question ``norm`` is a word of a name asked or a thing counted or named, no
    outcome asked of."""
    return bool(_ASKS_A_NAME.search(norm)) or not _OUTCOME_ASKED.search(norm)
