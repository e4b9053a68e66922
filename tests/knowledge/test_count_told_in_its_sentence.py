"""A count whose figure stands in a sentence that tells it, though not beside the counted word in
the plain way: a later clause opened by 被 / 获 goes on counting what the sentence counted first
(报送社情民意信息64篇，…；被全国政协采用3篇); things listed before 等 are those asked where the
counted noun stands beside the amount (考察了湿地公园、…等6个点位); an amount of the asked kind is
chosen before one the reader would refuse (重点企业12家, not 60余家企业); a title quoted with a short
form (《人资环委工作简讯》) is the one the sentence quotes; 篇次 is kept as the text writes it.
On a report of our own; the near misses stay declined."""

from __future__ import annotations

import pytest

from bot.knowledge.carried_counts import carried_count
from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协云岭市人口资源环境委员会2022年工作总结

2022年，市政协人口资源环境委员会在市政协党组领导下，围绕中心、服务大局，各项工作取得新成效。现将一年来的工作总结如下。

一、加强学习，提升履职能力

专委会坚持集中学习制度，全年组织集中学习10次。编印"人资环委工作简讯"8期，向委员推送学习资料，委员交流文章共收集到46篇。

二、深入调查研究

4月18日至20日，副主任林嘉树带领部分委员共19人赴邻省学习考察，先后考察了湿地公园、污水处理厂、垃圾焚烧发电厂等6个点位，与当地政协开展座谈交流。

9月，专委会就"推进工业绿色转型"开展调研，实地走访化工、印染、造纸等重点企业12家，书面调研60余家企业，召开座谈会5场。

三、做好信息工作

全年收到委员来信20篇，编发信息专报9篇，被省政协采用2篇。今年共报送社情民意信息64篇，比上年增加7篇，被市政协采用38篇，采用率59.4%；被省政协采用6篇，被全国政协采用3篇；获市领导批示14篇次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunling.txt", _REPORT)], tmp_path_factory.mktemp("yunling"))


def test_a_clause_opened_by_bei_counts_what_the_sentence_counted_first(kb):
    assert first_line(kb, "被全国政协采用了几篇社情民意信息？").startswith("答：3篇")
    assert first_line(kb, "社情民意信息获市领导批示多少篇次？").startswith("答：14篇次")


def test_an_amount_of_another_thing_between_breaks_the_chain(kb):
    sentence = "全年收到委员来信20篇,编发信息专报9篇,被省政协采用2篇"
    adopted = find_quantities(sentence)[-1]
    assert not carried_count(("委员来信",), sentence, adopted)  # 9篇 counts 信息专报
    assert carried_count(("信息专报",), sentence, adopted)
    assert not kb.answer("被省政协采用了几篇委员来信？").answered


def test_things_listed_before_deng_are_those_asked_when_the_counted_noun_follows(kb):
    assert first_line(kb, "在邻省考察了几个点位？").startswith("答：6个")
    assert not kb.answer("在邻省考察了几个湿地公园？").answered  # one of those listed: not counted alone


def test_the_amount_of_the_qualified_kind_asked_is_chosen(kb):
    assert first_line(kb, "绿色转型调研实地走访了多少家重点企业？").startswith("答：12家")
    assert first_line(kb, "绿色转型调研书面调研了多少家企业？").startswith("答：60余家")


def test_a_quoted_title_with_a_short_form_is_the_one_the_sentence_quotes(kb):
    assert first_line(kb, "《人资环委工作简讯》编印了几期？").startswith("答：8期")
    assert not kb.answer("《人资环委调研专报》编印了几期？").answered
