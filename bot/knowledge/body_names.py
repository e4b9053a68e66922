"""A body's name across the posts written before people's names (used by people.find_people).

- 和 inside an agency's name: 委员、县发展和改革局副局长某某 is one post of one body (县发展和改革局), as
  governments name their 局, 厅, 委 and 办 (县文化和旅游局, 市住房和城乡建设局); the words after 和 then
  carry no level of their own (县长甲和县财政局局长乙 joins two people).
- A body written once for two posts: 某委员会主任甲兼任…，副主任乙负责… — the 副主任 is that committee's, as a
  report elides the body it has just named.  Only the person right before, in the same sentence, lends it,
  and only to a bare post of the same kind (主任 → 副主任, 主席 → 副主席, 组长 → 副组长).
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["AGENCY_AFTER_AND", "elided_bodies"]

# A government agency's name going on after 和 (县文化和旅游局): no level of its own before it.
AGENCY_AFTER_AND = r"(?![省市县区乡镇])[\u4e00-\u9fff]{1,6}?(?:局|厅|委|办)"

# A post written bare, with the kind it is of (副主任 is of 主任), and a qualifier before it (常务副主任).
_BARE = re.compile(r"^(?:常务|专职|兼职|驻会)?(副?)(主任|主席|书记|组长|召集人|秘书长|部长|局长|会长|理事长|院长|校长|主委)$")
# A body's name written before a post of that kind: two characters at least, ending as bodies do.
_BODY_END = r"(?:委员会|专委会|政协|委|会|局|办|部|组|院|校|中心|小组|党组|支部|协会|学会|商会)"


def elided_bodies(people: list, sentence: str) -> list:
    """``people`` (sorted by where they stand), each bare post completed by the body the person right
    before them holds a post of the same kind in (主任甲…，副主任乙 → 乙 is that body's 副主任)."""
    result = list(people)
    for n in range(1, len(result)):
        person, before = result[n], result[n - 1]
        bare = _BARE.match(person.role or "")
        if not bare or not before.role or re.search(r"[。；;]", sentence[before.end:person.start]):
            continue
        first = before.role.split("、")[0]
        told = re.match(rf"^(?P<body>[\u4e00-\u9fff]{{1,20}}?{_BODY_END})(?:常务|专职|兼职|驻会)?副?{bare.group(2)}$", first)
        if told:
            result[n] = replace(person, role=told.group("body") + person.role)
    return result
