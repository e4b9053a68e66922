"""办 ends an agency's short name (政府办, 发改办) but starts verbs too (办结, 办理, 办复): before such a verb it
ends no name, so 上年办结率 is never read as the short form of 上半年举办 a report writes (上半年举办…)."""

from __future__ import annotations

from bot.knowledge.agencies import agency_stems, expand_agency_short_forms

_CORPUS = "上半年举办培训班2期。县发展和改革办公室牵头。区住房和城乡建设局局长到会。"


def test_ban_before_a_verb_ends_no_agency_name():
    stems = agency_stems(_CORPUS)
    assert expand_agency_short_forms("上年办结率多少", _CORPUS, stems) == "上年办结率多少"
    assert expand_agency_short_forms("去年办理了几件", _CORPUS, stems) == "去年办理了几件"


def test_an_agency_short_form_is_still_named_in_full():
    stems = agency_stems(_CORPUS)
    assert expand_agency_short_forms("住建局局长是谁", _CORPUS, stems) == "住房和城乡建设局局长是谁"
