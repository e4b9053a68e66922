"""A sentence that only names the person, post or party asked about, telling nothing of what is
asked of them, is no answer: declined by reason (bot/knowledge/touched.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协柏岩县委员会关于2020年提案工作情况的报告

一、提案提交和审查

2020年，县政协共收到提案205件，经审查立案186件。其中，各民主党派县委员会提交集体提案23件，委员个人提案163件。

从提交时间看，大会期间提交171件，闭会期间提交34件，闭会期间提交的提案多围绕防汛、疫情防控等时效性问题。

二、重点提案督办

二〇二〇年四月八日，县政协召开提案交办会，县委副书记孙立平、副县长韩雪、县政协副主席钱文博出席会议并讲话。

4月20日，县政协召开乡村振兴座谈会，县政协副主席钱文博在会上说："要让农民的钱袋子鼓起来。"

6月18日，县政协召开民营经济发展座谈会。在座谈会上，县委书记方立新说："要把民营企业的困难当成自己的困难。"县政协副主席汤明出席会议。

县长郑宏达督办"关于改善城区交通秩序的提案"。县政协副主席钱文博分管提案工作，牵头督办"关于推进垃圾分类的提案"。

委员许家明提出的"关于发展林下经济的提案"，得到县林业局的积极采纳。委员冯晓东建言"推进城乡公交一体化"，得到县交通运输局采纳。县第一中学数学教师、委员沈丽华提出的"关于减轻学生课业负担的提案"被列为重点提案。

三、提案办理

各承办单位高度重视提案办理工作，186件立案提案全部办结，按时答复率100%。对提案人表示不满意的3件提案，县政协提案委员会及时与承办单位沟通，督促重新办理。

5月11日至14日，县政协组织提案委员会委员分3个组，对8件重点提案的办理情况进行集中视察督办，深入项目现场、企业和村组实地察看，召开座谈会5场，提出意见建议21条。

县政协组织委员到青石镇、白沙乡视察农村饮水工程。全县9个乡镇均建立了委员联络组。

县政协对县交通运输局、县市场监管局两个部门开展民主评议。

全年共收到社情民意信息420条，向省政协报送信息56条，其中被全国政协采用3条、被省政协采用17条。有关信息获县委、县政府主要领导批示12件次。

开展"书香政协"委员读书活动，全年组织读书分享会9场，邀请专家学者参加导读。年底，县政协评选出"读书之星"15名。

组织开展"清风监督行"活动，围绕农村供水等3个专题进行监督性视察，提出意见建议46条。

推荐28名委员担任县直部门特约监督员。开展行风评议，共发放调查问卷800份，听取群众意见建议130余条。

十月，县政协举办"乡村产业振兴"研讨会，邀请省内专家4人作报告，参加委员和企业代表60人。

助力县农村电商发展。委员就农村电商、冷链物流等提出建议11条，推动县商务局新建冷链仓储中心2个。关于完善基层医疗服务的提案，推动全县建成社区卫生服务站34个。关于规范旅游停车的提案，推动全县8个景区停车场完成扩容。关于保护白鹭湖湿地的提案，推动白鹭湖湿地完成退耕还湿860亩，白鹭湖湿地被列入省级湿地公园名录。全县茶园面积达8.4万亩。

县政协提案委员会全年召开全体会议5次，专题研究提案审查和重点提案遴选。提案委员会坚持在每次常委会议上通报提案工作进展。

县政协书画院建设由县委宣传部牵头推进，年内完成展厅布置。

县政协全年举办提案业务培训班2期，培训委员152人次。提案委员会主任范志刚多次深入界别活动组，与委员交流提案选题和撰写方法。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("baiyan.txt", _REPORT.split("\n", 1)[0], "2020", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("baiyan"))


def test_a_person_only_listed_as_present_tells_no_duty_nor_proposal(kb):
    assert kb.answer("县委副书记孙立平督办了哪件提案").answered is False
    assert kb.answer("副县长韩雪分管哪方面工作").answered is False
    assert "提案工作" in first_line(kb, "钱文博副主席分管什么工作")
    assert "垃圾分类" in first_line(kb, "钱文博牵头督办的是什么提案")
    assert "钱袋子" in first_line(kb, "钱文博在乡村振兴座谈会上说了什么")  # the meeting before his name
    assert kb.answer("汤明在民营经济发展座谈会上讲了什么").answered is False  # only 方立新's words, not naming him


def test_a_person_named_with_a_proposal_tells_no_workplace(kb):
    assert kb.answer("许家明在什么单位工作").answered is False  # 县林业局 adopted his proposal
    assert "林下经济" in first_line(kb, "委员许家明提了什么提案")
    assert "县第一中学" in first_line(kb, "沈丽华在哪个单位工作")  # her post names it
    assert "城乡公交一体化" in first_line(kb, "冯晓东提了什么建议")  # quoted in his clause


def test_a_post_asked_is_held_by_someone_in_the_sentence(kb):
    assert kb.answer("交办会上县长讲话的内容是什么").answered is False  # only a 副县长 spoke there
    assert "交通秩序" in first_line(kb, "县长督办了哪件提案")


def test_one_party_asked_is_not_answered_by_all_parties_total(kb):
    assert kb.answer("九三学社提交了多少件集体提案").answered is False
    assert "23件" in first_line(kb, "各民主党派提交了多少件集体提案")


def test_a_kind_asked_is_named_not_only_spoken_of(kb):
    assert kb.answer("不满意的那3件提案是哪几个单位办的").answered is False  # 承办单位, in general
    assert "县市场监管局" in first_line(kb, "县政协对哪些部门开展了民主评议")
    assert "县委宣传部" in first_line(kb, "书画院建设由哪个部门牵头")
    assert kb.answer("立案提案是哪些部门办结的").answered is False  # 全部办结 names none, 提案委员会 is one
    assert kb.answer("5月集中视察督办去了哪几个乡镇").answered is False  # 村组, no town named
    assert "青石镇" in first_line(kb, "视察农村饮水工程去了哪几个乡镇")


def test_a_person_asked_of_is_given_the_post_not_a_body_beginning_with_it(kb):
    assert kb.answer("范志刚是哪个界的委员").answered is False  # 提案委员会主任 is no 委员 of a 界别


def test_a_count_is_of_the_subject_asked(kb):
    assert kb.answer("社情民意信息被县委县政府采用了多少条").answered is False  # 全国政协, 省政协 adopted them
    assert "17条" in first_line(kb, "社情民意信息被省政协采用了多少条")
    assert kb.answer("参加读书活动的委员有多少人").answered is False  # 15 were singled out
    assert "15名" in first_line(kb, "评选出多少名读书之星")
    assert kb.answer("特约监督员反映了多少条意见").answered is False  # heard from the public
    assert "130余条" in first_line(kb, "行风评议听取了多少条群众意见建议")
    assert kb.answer("特约监督员提出了多少条意见").answered is False  # the inspections' 46条 are not theirs
    assert "46条" in first_line(kb, "监督性视察提出了多少条意见建议")
    assert kb.answer("乡村产业振兴研讨会提出了多少条建议").answered is False  # the next paragraph's 11条
    assert "60人" in first_line(kb, "乡村产业振兴研讨会参加委员和企业代表多少人")
    assert kb.answer("社区一共有多少个").answered is False  # 34 health stations in them
    assert "34个" in first_line(kb, "全县建成社区卫生服务站多少个")
    assert kb.answer("景区一共有多少个").answered is False  # 8 car parks of scenic spots
    assert kb.answer("县政协开了几次常委会议").answered is False  # the committee's plenary meetings
    assert "5次" in first_line(kb, "提案委员会开了几次全体会议")
    assert kb.answer("闭会期间提交的提案立案了多少件").answered is False  # submitted, not registered
    assert "34件" in first_line(kb, "闭会期间提交的提案有多少件")
    assert kb.answer("白鹭湖湿地公园面积有多大").answered is False  # 860亩 restored, no size
    assert "8.4万亩" in first_line(kb, "全县茶园面积有多大")


_LISTED = """政协枫堰县委员会2023年工作纪实

一、服务企业

组织"政企面对面"恳谈会2场，邀请县商务、应急、税务等7个部门负责人与企业家面对面交流。
"""


def test_bodies_listed_by_short_names_then_counted_are_named(tmp_path):
    kb = KnowledgeBase([SourceDocument("fengyan4.txt", "政协枫堰县委员会2023年工作纪实", "2023", _LISTED)], tmp_path)
    line = first_line(kb, "恳谈会请了哪些部门")
    assert all(body in line for body in ("县商务", "应急", "税务"))


_MEETING_LONGER = """枫堰县政协2023年界别工作总结

一、参政议政

全年参加县政协双周协商座谈会4次，分别围绕"托育服务""县城停车""农村寄递"建言献策，本界别委员作发言9人次。

县政协组织委员开展视察活动11次，提出意见建议47条。
"""


def test_a_meeting_kind_asked_short_is_told_in_full(tmp_path):
    kb = KnowledgeBase([SourceDocument("fengyan14.txt", "枫堰县政协2023年界别工作总结", "2023", _MEETING_LONGER)], tmp_path)
    assert first_line(kb, "双周协商会上界别委员发言多少人次").startswith("答：9人次")  # a 协商座谈会 is a 协商会
