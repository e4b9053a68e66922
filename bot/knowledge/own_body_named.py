"""A question naming a report's own body with more words before it (石桥县经济界别 asked of the 经济界别's own report)
asks another place's body, unless the words only name the level or the committee (市政协经济委员会, 县经济界别):
a bare post in the report (由召集人某某任…) is its own body's, never that other one's.

Used by the answers about holders of posts (post_holders.py); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["is_own_body"]

# The words a member may write before their committee's own body: a level, the committee (市政协, 县政协委员会).
_OWN_PREFIX = re.compile(r"(?:[省市县区]|全国)?(?:政协)?(?:委员会)?")


def is_own_body(asked: str, own: str) -> bool:
    """Whether a body asked (市政协经济委员会, 石桥县经济界别) is the report's own body ``own`` (经济委员会)."""
    return not asked.endswith(own) or _OWN_PREFIX.fullmatch(asked[:len(asked) - len(own)]) is not None
