"""Every Chinese sentence the knowledge Q&A shows a member.

Plain text, no HTML.  Kept in one place so that they can move to
``bot/texts.py`` with the rest of the bot's wording.
"""

ANSWER_FACT = "答：{fact}"
ANSWER_BASIS = "原文：{sentence}"
ANSWER_SOURCE = "出处：{title} · {section}"
ANSWER_SOURCE_TITLE_ONLY = "出处：{title}"
ANSWER_PART = "{number}. {fact}"
ANSWER_PART_MISSING = "{number}. “{question}”：资料里没有找到。"
PERSON_WITH_ROLE = "{name}（{role}）"
PERSON_ROLE_IS = "{name}：{role}"
FAQ_SOURCE = "常见问题"

DECLINED = "抱歉，在市政协的资料里没有找到这个问题的答案。"
DECLINED_SUGGESTIONS = "您可以试着这样问："
DECLINED_SUGGESTION_ITEM = "{number}. {question}"
DECLINED_HANDOFF = "也可以把问题转给机关工作人员，答复后会收入常见问题。"
EMPTY_QUESTION = "请输入您想了解的问题，例如：去年社情民意信息编报了多少篇？"
BYLINE_TEXT = "{name}（文）"
BYLINE_PHOTO = "{name}（图）"
