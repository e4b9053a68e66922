"""Declining by reason a question a neighbouring sentence seems to answer (a plan paper with its review):
another event's part of a sentence, another event kind's item, a month's or one event's amount for a sum,
members who did a thing for the membership, a committee the
sentence does not tell, a surname's holder, a duty the sentence does not give."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

PLAN = """政协鄌城市委员会2025年度协商工作计划

（2025年1月20日政协鄌城市第九届委员会第十次主席会议讨论通过）

一、2024年协商工作回顾

2024年，市政协全年组织开展各类协商活动40场。全年召开双周协商座谈会6次，议题分别为社区养老服务、乡村饮水提质、背街小巷整治、中小学食堂管理、城市夜间经济、旧城区停车管理。另外，关于旧城区停车管理的座谈会在10月召开，推动新增公共停车泊位1500余个。

5月，由经济委员会牵头召开“优化县域物流体系”专题协商会，推动新建乡镇物流站点12个；9月，由文化文史和学习委员会牵头召开“擦亮古镇文旅名片”专题协商会，形成意见建议21条。

依托“鄌城议事”平台开展网络议政1次，围绕“生活垃圾分类”议题，吸引委员和群众参与2800余人次。

全市建成委员工作室30个，“鄌城议事”平台注册委员312名，覆盖率达95%。

界别协商分别由经济界、农业界、教育界和特邀界别开展，形成界别协商报告4份。

根据市委要求，10月围绕“创建文明城市”开展协商，提出建议12条，相关意见均得到市委、市政府采纳。

二、2025年协商议题安排

2024年11月起，市政协办公室广泛征集协商议题，共收到议题建议150条。

（一）全体会议协商

市政协九届四次会议期间，委员将列席市人大会议开幕会，围绕政府工作报告开展全体会议协商。

（二）双周协商座谈会

1.老旧小区消防安全治理——3月，社会和法制委员会牵头；配合单位：市公安局消防救援支队、市住房和城乡建设局。

2.居家养老服务提升——4月，教科卫体委员会牵头；配合单位：市民政局、市卫生健康委。

（三）提案办理协商

从九届三次会议立案提案中遴选重点提案8件左右，由市政协主席、副主席分别领衔督办。对于办理难度较大的重点提案，可邀请市政府分管副市长参加协商，其中涉及停车设施的提案，拟请副市长戢晓川到会听取意见。

（四）远程协商

12月开展远程协商1次，主会场设在市政协协商会客厅。

三、时间安排

全年安排协商活动30项。其中，6月安排的协商活动最为集中，包括专题协商会1场和界别协商1次；5月次之，安排专题议政性常委会议1次和提案办理协商1场。
"""


def _kb(tmp_path):
    return KnowledgeBase([document_from_text("tangcheng.txt", PLAN)], tmp_path)


def _first_line(kb, question):
    answer = kb.answer(question)
    return answer.answered, answer.text.split("\n", 1)[0]


def test_another_events_part_of_a_sentence_is_declined(tmp_path):
    kb = _kb(tmp_path)
    answered, line = _first_line(kb, "去年擦亮古镇文旅名片专题协商会提了几条建议")
    assert answered and "21条" in line
    assert not kb.answer("去年优化县域物流体系专题协商会提了几条建议").answered  # the 21条 are the next part's
    answered, line = _first_line(kb, "去年旧城区停车管理座谈会几月份开的")
    assert answered and "10月" in line
    assert not kb.answer("去年乡村饮水提质双周座谈几月份开的").answered  # 10月 is another meeting's
    answered, line = _first_line(kb, "去年生活垃圾分类网络议政有多少人参与")
    assert answered and "2800余人次" in line
    assert not kb.answer("去年停车难网络议政有多少人参与").answered  # that 网络议政 had another topic


def test_another_event_kinds_item_is_declined(tmp_path):
    kb = _kb(tmp_path)
    answered, line = _first_line(kb, "今年老旧小区消防安全治理双周座谈几月开")
    assert answered and "3月" in line
    # The item under （一）双周协商座谈会 is no 对口协商, though the committee and agency match.
    assert not kb.answer("今年社法委跟市公安局对口协商啥时候").answered


def test_a_part_for_the_sum_or_the_membership_is_declined(tmp_path):
    kb = _kb(tmp_path)
    assert not kb.answer("今年一共开几次常委会议").answered  # 1次 is May's
    assert not kb.answer("市政协委员总共有多少名").answered  # 312名 registered on a platform


def test_a_committee_untold_is_declined(tmp_path):
    kb = _kb(tmp_path)
    assert not kb.answer("去年创建文明城市那次协商哪个委牵头").answered  # 市委 asked for it: no committee led
    answered, line = _first_line(kb, "去年擦亮古镇文旅名片专题协商会哪个委牵头")
    assert answered and "文化文史和学习委员会" in line


def test_a_surname_or_duty_untold_is_declined(tmp_path):
    kb = _kb(tmp_path)
    assert not kb.answer("昝副市长是谁").answered  # the 副市长 named is 戢晓川
    assert not kb.answer("戢副市长分管哪些工作").answered  # 分管副市长 names a post, no duty of his
    answered, line = _first_line(kb, "远程协商主会场设在哪")
    assert answered and "协商会客厅" in line


def test_items_asked_of_a_count_are_declined(tmp_path):
    kb = _kb(tmp_path)
    assert not kb.answer("今年重点提案具体是哪几件").answered  # only 8件左右 is told


def test_people_asked_of_a_sentence_naming_none_is_declined(tmp_path):
    kb = _kb(tmp_path)
    assert not kb.answer("今年大会发言具体安排哪些委员").answered  # 委员将列席… names no one

