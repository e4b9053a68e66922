"""A share asked of a deed (立案的比例是多少, 委员出勤比例, 提案者满意的占比) where the report writes that deed's rate
as one word (立案率92.7%, 出勤率96.5%, 满意率97.2%): members say 比例 / 占比 / 比重 / 百分比, reports write …率.
The question is read with the rate word (立案的比例 → 立案率), so it weighs as the report's word does and the
sentence giving that rate comes first, not another share of the same deed's items (集体提案占立案总数的18.0%).
The share of several deeds joined (已经解决或采纳的占比) is that set's, as the report tells it (…的（A类）150件，占65.8%).

Only where the loaded documents write the rate word (a share of a thing, 集体提案占比, has no 提案率 to find).
General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["rate_named"]

# Two characters of a deed or a state, then the share asked of it (立案的比例, 出勤比例, 满意的占比, 采纳的百分比);
# not the last of deeds joined (已经解决或采纳的占比: the share of that set, told as 占67.6%, not the 采纳率).
_SHARE_OF_DEED = re.compile(r"(?<![或和及与、])([\u4e00-\u9fff]{2})的?(?:比例|占比|比重|百分比)")


def rate_named(norm: str, index) -> str:  # noqa: ANN001 - the PassageIndex
    """The normalised question with a share of a deed named by the rate word the documents write."""
    if "比" not in norm:
        return norm

    def as_rate(match: re.Match) -> str:
        word = match.group(1) + "率"
        return word if index.in_vocabulary(word) or index.idf(word) is not None else match.group(0)

    return _SHARE_OF_DEED.sub(as_rate, norm)
