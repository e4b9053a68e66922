"""Every sentence a person reads, in one place, in natural Simplified Chinese.

Placeholders use str.format names. Texts that go into HTML messages are HTML:
values a person typed must be escaped (bot.fmt.esc) before formatting.
Sections follow the features: common, configuration, registration and members,
then one section per capability.
"""

# --- Common -----------------------------------------------------------------

MENU_ASK = "提问"
MENU_SUBMIT = "报送社情民意"
MENU_MY = "我的报送"
MENU_SCHEDULE = "活动日程"
MENU_HELP = "帮助"
MENU_RECORD = "我的履职"
MAIN_MENU = ((MENU_ASK, MENU_SUBMIT), (MENU_MY, MENU_SCHEDULE), (MENU_RECORD, MENU_HELP))
MENU_REVIEW = "审核"
MENU_BROADCAST = "发通知"
MENU_EVENTS = "活动"
MENU_EXPORT = "导出"
MENU_MEMBERS = "委员"
# An admin's keyboard: the member's functions, then the admin's tasks (帮助 last, as for members).
ADMIN_MENU = ((MENU_ASK, MENU_SUBMIT), (MENU_MY, MENU_SCHEDULE), (MENU_RECORD,),
              (MENU_REVIEW, MENU_BROADCAST, MENU_EVENTS), (MENU_EXPORT, MENU_MEMBERS, MENU_HELP))
MENU_PLACEHOLDER = "请输入问题，或选择下方功能"

COMING_SOON = "「{feature}」功能即将开放，敬请期待。"
ASK_PROMPT = "请直接输入您想了解的问题，例如：“去年社情民意编报了多少篇？”"
SORRY_ERROR = "抱歉，处理您的消息时出了点问题，我们已记录下来。请稍后再试。"
ADMIN_ERROR_NOTICE = "⚠️ 机器人出错：{error}\n更新 {update_id}，用户 {user_id}，处理器 {handler}。\n（一分钟内的其他错误不再单独提醒）"
UNSUPPORTED_MESSAGE = "抱歉，我暂时只能处理文字消息。请用文字描述您的问题或需求。"
EMPTY_MESSAGE = "消息是空的，请输入文字。"
UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看可以使用的功能。"
NOTHING_TO_CANCEL = "当前没有进行中的操作。"
CANCELLED = "已取消。"
BUTTON_EXPIRED = "这个按钮已失效，请重新操作。"
NOT_ALLOWED = "抱歉，这项操作仅限管理员使用。"
NO_PERMISSION_BUTTON = "您无权进行这项操作。"
NOT_REGISTERED = "您还没有注册。请发送 /start 完成注册后再使用。"
PENDING_APPROVAL = "您的注册申请正在等待工作人员审核，审核通过后即可使用全部功能。"
ACCOUNT_BLOCKED = "您的账号已被停用，如有疑问请联系市政协机关工作人员。"
ACCOUNT_REJECTED = "您的注册申请未获通过，如有疑问请联系市政协机关工作人员。"
YES = "是"
NO = "否"
NONE_CHOICE = "无"
SKIP = "跳过"
DONE = "完成"
CANCEL = "取消"
PREV_PAGE = "上一页"
NEXT_PAGE = "下一页"
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
# Time zones as people name them (times are always shown in the committee's zone).
ZONE_NAMES = {"Asia/Shanghai": "北京时间", "Asia/Chongqing": "北京时间", "Asia/Harbin": "北京时间",
              "Asia/Urumqi": "乌鲁木齐时间", "Asia/Hong_Kong": "香港时间", "Asia/Macau": "澳门时间",
              "Asia/Taipei": "台北时间"}
ZONE_LOCAL = "当地时间"
WHEN_ZONED = "{when}（{zone}）"
# Every scheduled moment is echoed and confirmed before it is scheduled.
TIME_CONFIRM = "确认"
TIME_RETYPE = "重新输入"

# --- Configuration (read by the operator at start-up) -------------------------

CONFIG_ERROR = "配置错误 {key}：{problem}"
CONFIG_FILE_MISSING = "找不到配置文件 {path}"
CONFIG_FILE_BAD = "配置文件 {path} 格式有误：{error}"
CONFIG_BAD_DB_URL = "“{value}”不是可用的数据库地址（支持 sqlite+aiosqlite:/// 和 postgresql+asyncpg://）"
CONFIG_BAD_HTTP_URL = "“{value}”不是有效的 http(s) 地址"
CONFIG_BAD_ADMIN_ID = "“{value}”不是数字形式的 Telegram 用户 ID（多个 ID 用英文逗号分隔）"
CONFIG_BAD_TIMEZONE = "未知时区“{value}”（例如 Asia/Shanghai）"
CONFIG_BAD_TOKEN = "机器人令牌格式不对（应形如 123456:ABC…）"
CONFIG_BAD_NUMBER = "“{value}”不是有效的非负数字"
CONFIG_EMPTY_LIST = "列表不能为空"
CONFIG_BAD_SECRET = "只能包含字母、数字、下划线和连字符（Telegram 的要求）"
CONFIG_SECRET_NEEDED = "设置了 web.webhook_url 时必须同时设置 TELEGRAM_WEBHOOK_SECRET"
# Typed settings (CFG): short reasons for values of the wrong kind.
CONFIG_BAD_INTEGER = "“{value}”不是有效的整数"
CONFIG_TOO_LARGE = "“{value}”太大（最大 {limit}）"
CONFIG_BAD_BOOL = "“{value}”应为 true 或 false"
CONFIG_BAD_TEXT = "“{value}”应为文字（加英文引号）"
CONFIG_BAD_LIST = "“{value}”应为列表，例如 [\"甲\", \"乙\"]"
CONFIG_BAD_SECTION = "应为一个配置节（[节名] 下的若干键）"
CONFIG_BAD_DURATION = "“{value}”不是有效的时长（例如 1d、2h、30m）"
CONFIG_BAD_VALUE = "“{value}”不是有效的值"
CONFIG_MISSING = "缺少这一项"

CLI_CHAT_BANNER = "本地对话模式：未设置 TELEGRAM_BOT_TOKEN，不连接 Telegram。当前身份：{name}（ID {user_id}，{role}）。数据库：{database}"
CLI_CHAT_HINT = "直接输入文字发送；输入数字按下对应按钮；“@as ID 姓名”切换用户；“@advance 10m”快进时间；Ctrl-D 退出。"
CLI_POLLING = "正在通过 {server} 接收消息（长轮询）。按 Ctrl-C 停止。"
CLI_WEBHOOK = "正在通过 webhook 接收消息：{url}。按 Ctrl-C 停止。"
CLI_WEB = "网页服务已启动：http://{host}:{port}（/healthz、/metrics）"
CLI_SCRIPT_BAD_LINE = "第 {line} 行无法执行：{reason}"
CLI_FILE_MISSING = "找不到文件 {path}"
CLI_FILE_SAVED = "{name}（已保存：{path}）"
CLI_CHAT_FILES = "机器人发来的文件保存在：{path}"
CLI_NO_ADMIN_HINT = ("提示：目前还没有管理员，注册申请无人审批。请用 ADMIN_IDS=9001 make run 启动"
                     "（多个用逗号分隔），或用 python run_bot.py chat --as admin 以管理员身份进入。")
CLI_ROLE_ADMIN = "管理员"
CLI_ROLE_MEMBER = "委员"
CLI_MIGRATED = "数据库已升级到最新版本：{database}"

# --- Registration and members --------------------------------------------------

WELCOME_NEW = (
    "您好！欢迎使用{bot_name}，{committee}委员的履职小帮手。\n"
    "首次使用请先登记信息，只需四步。\n\n"
    "第一步：请输入您的<b>真实姓名</b>。"
)
WELCOME_BACK = "{name}，您好！有什么可以帮您？可以直接提问，或选择下方功能。"
WELCOME_ADMIN = "{name}，您好！您是管理员。下方按钮可直接审核、发通知、管理活动、导出和管理委员，点“帮助”查看说明。"
RESUME_REGISTRATION = "欢迎回来，我们接着完成注册。"
ASK_NAME = "请输入您的<b>真实姓名</b>（2–20 个字）。"
NAME_INVALID = "姓名需为 2–20 个字，只能包含汉字、字母、间隔号或空格，请重新输入。"
ASK_SECTOR = "第二步：请选择您所在的<b>界别</b>（也可以直接输入界别名称）。"
SECTOR_INVALID = "没有找到这个界别，请点选下方按钮。"
ASK_COMMITTEE = "第三步：请选择您所在的<b>专委会</b>；不在专委会的请点“无”。"
COMMITTEE_INVALID = "没有找到这个专委会，请点选下方按钮。"
ASK_PHONE = (
    "第四步（可选）：为方便工作人员联系您，可以点下方“分享手机号”按钮；"
    "不愿提供请点“跳过”。手机号只有工作人员能看到。"
)
SHARE_PHONE = "分享手机号"
PHONE_NOT_OWN = "请点“分享手机号”按钮分享您自己的号码，或点“跳过”。"
PHONE_INVALID = "这不是有效的手机号，请点“分享手机号”按钮，或点“跳过”。"
REGISTRATION_SENT = "谢谢，{name}！您的注册信息已提交，工作人员审核后会通知您。"
REGISTRATION_DONE_INVITE = "注册完成，欢迎您，{name}！您已可以使用全部功能。"
ALREADY_PENDING = "您的注册申请已提交，正在等待审核，请耐心等候。"
REGISTRATION_FIELD_CHOSEN = "已选择：{value}"
INVITE_INVALID = "这个邀请链接{reason}。您仍可以完成注册，由工作人员审核通过后使用。"
INVITE_REASON_UNKNOWN = "无效"
INVITE_REASON_EXPIRED = "已过期"
INVITE_REASON_USED = "已被使用完"
INVITE_REASON_REVOKED = "已被撤销"
INVITE_ACCEPTED = "您正在通过邀请链接注册，完成后无需等待审核。"

ADMIN_NEW_REQUEST = (
    "📝 <b>新的注册申请</b>\n"
    "姓名：{name}\n界别：{sector}\n专委会：{committee}\n手机：{phone}\n"
    "Telegram：{tg_name}\n用户ID：{user_id}"
)
APPROVE = "通过"
REJECT = "拒绝"
REQUEST_APPROVED_BY = "\n\n✅ 已由 {admin} 通过"
REQUEST_REJECTED_BY = "\n\n❌ 已由 {admin} 拒绝"
REQUEST_ALREADY_HANDLED = "这份申请已处理过了（当前状态：{status}）。"
MEMBER_APPROVED = "🎉 您的注册已通过审核，欢迎您，{name}！\n可以直接提问，或选择下方功能。发送 /help 查看使用说明。"
MEMBER_REJECTED = "很抱歉，您的注册申请未获通过。如有疑问请联系市政协机关工作人员。"
PENDING_REQUESTS_HEADER = "待审核的注册申请共 {count} 份："

MEMBER_CARD = (
    "👤 <b>{name}</b>（{role}，{status}）\n"
    "界别：{sector}\n专委会：{committee}\n手机：{phone}\n用户ID：{user_id}\n可以接收消息：{reachable}"
)
MEMBERS_SUMMARY = "<b>委员名单</b>\n共 {total} 人：{by_status}"
MEMBERS_BY_SECTOR = "\n\n<b>按界别</b>\n{lines}"
MEMBERS_BY_COMMITTEE = "\n\n<b>按专委会</b>\n{lines}"
MEMBERS_LIST_HEADER = "\n\n<b>名单</b>（第 {page}/{pages} 页；⚠️ 表示尚未打开对话、无法接收消息）\n{lines}"
MEMBERS_LIST_LINE = "{flag}{name}｜{sector}｜{status}｜ID {user_id}"
MEMBERS_EMPTY = "（暂无）"
STATUS_NAMES = {
    "registering": "注册中",
    "pending": "待审核",
    "active": "正常",
    "rejected": "未通过",
    "blocked": "已停用",
}
ROLE_NAMES = {"member": "委员", "admin": "管理员"}
PROMOTE_USAGE = "用法：回复某位委员的名片发送 /promote，或发送 /promote 用户ID。"
DEMOTE_USAGE = "用法：回复某位委员的名片发送 /demote，或发送 /demote 用户ID。"
BLOCK_USAGE = "用法：回复某位委员的名片发送 /block，或发送 /block 用户ID。"
UNBLOCK_USAGE = "用法：发送 /unblock 用户ID。"
MEMBER_NOT_FOUND = "没有找到用户ID为 {user_id} 的委员。"
PROMOTED = "已将 {name} 设为管理员。"
PROMOTED_NOTICE = "您已被设为管理员。发送 /help 查看管理命令。"
DEMOTED = "已取消 {name} 的管理员身份。"
DEMOTED_NOTICE = "您的管理员身份已被取消。"
CANNOT_DEMOTE_CONFIGURED = "{name} 是配置文件（ADMIN_IDS）指定的管理员，不能在这里取消。"
CANNOT_DEMOTE_SELF = "不能取消自己的管理员身份。"
CANNOT_BLOCK_SELF = "不能停用自己的账号。"
CANNOT_BLOCK_ADMIN = "不能停用管理员，请先取消其管理员身份。"
BLOCKED = "已停用 {name} 的账号。"
UNBLOCKED = "已恢复 {name} 的账号。"
ALREADY_ADMIN = "{name} 已经是管理员。"
NOT_ADMIN = "{name} 不是管理员。"
INVITE_CREATED = (
    "🔗 邀请链接已生成（可用 {uses} 次，{expires} 前有效）：\n{link}\n\n"
    "把链接发给委员，对方点开后按提示登记即可，无需再审核。"
)
INVITE_USAGE = "用法：/invite [可用次数] [有效天数]，例如 /invite 5 3 表示可用 5 次、3 天内有效。"

HELP_MEMBER = (
    "<b>{bot_name}能为您做什么</b>\n"
    "• <b>提问</b>：直接输入问题，例如“去年社情民意编报了多少篇？”，我会从市政协的资料里找答案并注明出处。\n"
    "• <b>报送社情民意</b>（/submit）：按步骤填写，随时自动保存草稿。\n"
    "• <b>我的报送</b>（/my）：查看您报送的信息和办理进度。\n"
    "• <b>活动日程</b>（/schedule）：查看学习、视察调研等活动，回复参加或请假。\n"
    "• <b>我的履职</b>（/record）：查看今年的履职情况、积分，以及还需努力的方面。\n"
    "• /cancel：退出正在进行的操作。\n"
    "• /help：查看本说明。"
)
HELP_ADMIN = (
    "\n\n<b>管理员的工作</b>（点下方按钮即可，不必输入命令）\n"
    "• <b>审核社情民意</b>：点“审核”，按状态查看并受理、退回修改、采用，可留言或修改文字。\n"
    "• <b>发通知</b>：点“发通知”，可新建群发通知（按专委会或界别选择对象，可要求回执），或查看通知回执。\n"
    "• <b>活动与提醒</b>：点“活动”，可新建活动，或在活动列表里查看出勤、请假，催促回复、改时间地点。\n"
    "• <b>导出与编报</b>：点“导出”，可导出社情民意（选择期间、状态、类别和格式），"
    "或编报一期《社情民意》。\n"
    "• <b>委员与注册审核</b>：点“委员”（或发送 /members），可查看委员名单和待审核的注册申请，或生成免审核的邀请链接；"
    "设置管理员或停用账号：回复委员名片发送 /promote、/demote、/block 或 /unblock。\n"
    "• <b>履职档案</b>：发送 /records 查看委员履职情况，导出 Excel 或年度通报；/record_add 补记大会发言、纸质提案等。\n"
    "• <b>知识库</b>：发送 /kb_add 后发文件即可导入；/kb 查看文档，/faq_add、/kb_gaps 维护常见问答。"
)
ADMIN_HUB_BROADCAST = "📢 <b>发通知</b>：请选择要做的事。"
ADMIN_HUB_EVENTS = "🗓 <b>活动</b>：请选择要做的事。"
ADMIN_HUB_EXPORT = "📤 <b>导出与编报</b>：请选择要做的事。"
ADMIN_HUB_MEMBERS = "👥 <b>委员</b>：请选择要做的事。"
ADMIN_TASK_BC_NEW = "新建群发通知"
ADMIN_TASK_BC_LIST = "通知回执"
ADMIN_TASK_EV_NEW = "新建活动"
ADMIN_TASK_EV_LIST = "活动列表"
ADMIN_TASK_EXPORT = "导出社情民意"
ADMIN_TASK_IS_NEW = "新建一期《社情民意》"
ADMIN_TASK_IS_LIST = "《社情民意》各期"
ADMIN_TASK_MEMBERS = "委员名单与审核"
ADMIN_TASK_INVITE = "生成邀请链接"
HELP_PENDING = "您的注册申请正在审核中。审核通过后，您可以提问、报送社情民意、查看活动日程。发送 /start 可查看注册进度。"
HELP_UNREGISTERED = "发送 /start 开始注册。注册并经审核后，您可以提问、报送社情民意、查看活动日程。"

COMMANDS_MEMBER = {
    "start": "开始 / 回到主菜单",
    "submit": "报送社情民意",
    "my": "我的报送",
    "schedule": "活动日程",
    "help": "使用说明",
    "cancel": "取消当前操作",
}
COMMANDS_ADMIN = {
    **COMMANDS_MEMBER,
    "members": "委员名单与审核",
    "invite": "生成邀请链接",
    "review": "审核社情民意",
    "export": "导出社情民意",
    "issue_new": "新建一期《社情民意》",
    "issues": "《社情民意》各期",
    "newevent": "新建活动",
    "events": "活动列表",
    "broadcast": "群发通知",
    "broadcasts": "通知回执",
    "kb": "知识库文档",
}

# --- Knowledge Q&A -------------------------------------------------------------

# Answers as the engine (bot/knowledge/answer.py) writes them: plain text, no HTML.
ANSWER_FACT = "答：{fact}"
ANSWER_BASIS = "原文：{sentence}"
ANSWER_SOURCE = "出处：{title} · {section}"
ANSWER_SOURCE_TITLE_ONLY = "出处：{title}"
ANSWER_PART = "{number}. {fact}"
ANSWER_PART_MISSING = "{number}. “{question}”：资料里没有找到。"
ANSWER_FACT_WITH_YEAR = "{fact}（{year}年）"  # the year the figure belongs to, as members ask long after
ANSWER_DATE_WITH_YEAR = "{year}年{fact}"  # a month or day its sentence dates by the report's year: 2021年10月
ANSWER_TOTAL_TO_YEAR = "{fact}（累计，截至{year}年）"  # a running total (本届以来…), not one year's figure
# A figure the document writes in Chinese numerals: its words first, then the Arabic reading
ANSWER_WRITTEN = "{written}（{fact}）"
ANSWER_WRITTEN_WITH_YEAR = "{written}（{fact}，{year}年）"
ANSWER_WRITTEN_TOTAL_TO_YEAR = "{written}（{fact}，累计，截至{year}年）"  # 一千六百余名 since the term began
ANSWER_WRITTEN_DATE_WITH_YEAR = "{written}（{year}年{fact}）"  # 十月二十八日（2022年10月28日）
ANSWER_OTHER_DOCUMENT = "以上按最新的《{title}》作答；《{other}》中记为：{fact}"
# (the report answered from is not the newest: another committee's, newer, also answers)
ANSWER_OTHER_DOCUMENT_NEWER = "以上按《{title}》作答；较新的《{other}》中记为：{fact}"
PERSON_WITH_ROLE = "{name}（{role}）"
PERSON_ROLE_IS = "{name}：{role}"
FAQ_SOURCE = "常见问题"

DECLINED = "抱歉，在已收录的资料里没有找到这个问题的答案。"
DECLINED_SUGGESTIONS = "您可以试着这样问："
DECLINED_SUGGESTION_ITEM = "{number}. {question}"
DECLINED_HANDOFF = "也可以把问题转给机关工作人员，答复后会收入常见问题。"
EMPTY_QUESTION = "请输入您想了解的问题，例如：去年社情民意信息编报了多少篇？"
BYLINE_TEXT = "{name}（文）"
BYLINE_PHOTO = "{name}（图）"


LLM_SYSTEM_PROMPT = (
    "你是青岛市政协的履职助手。只根据给出的资料回答委员的问题，用简洁的中文一两句话作答，"
    "先给出确切的事实（数字带单位、人名带职务、日期），不要编造资料里没有的内容。"
)
LLM_USER_PROMPT = "问题：{question}\n\n资料：\n{passages}\n\n资料中找到的事实：{fact}\n请作答。"
QA_TOO_LONG = "问题有点长（{length} 字）。请用一两句话、{limit} 字以内说出您想了解的事，例如“去年开展了多少次协商议政活动？”"
QA_NOT_UNDERSTOOD = "没看懂您的意思。请用文字说说您想了解什么，例如“去年社情民意编报了多少篇？”"
QA_SOURCE_BUTTON = "查看原文"
QA_UP = "👍"
QA_DOWN = "👎"
QA_FORWARD_BUTTON = "转给工作人员"
QA_THANKS = "谢谢您的反馈！"
QA_THANKS_DOWN = "谢谢反馈，我们会据此改进。需要的话可以点“转给工作人员”。"
QA_SOURCE = "📄 <b>{title}</b> · {section}\n\n{paragraph}"
QA_SOURCE_TITLE_ONLY = "📄 <b>{title}</b>\n\n{paragraph}"
QA_NO_SOURCE = "这条回答没有对应的原文。"
QA_FORWARD_SENT = "已把您的问题转给市政协机关工作人员，他们回复后我会第一时间告诉您。"
QA_ALREADY_FORWARDED = "这个问题已经转给工作人员了，请耐心等候回复。"
QA_FORWARDED_TO_ADMIN = "❓ <b>委员提问待回复</b>\n提问人：{name}（用户ID：{user_id}）\n问题：{question}\n\n点“回复”或直接回复本消息作答。问题编号 #F{forward_id}"
QA_REPLY_BUTTON = "回复"
QA_REPLY_PROMPT = "请输入对“{question}”的回复（发送 /cancel 取消）。"
QA_REPLY_EMPTY = "回复不能为空，请输入文字。"
QA_REPLY_SENT = "已把回复发给 {name}。要把这组问答存为常见问答，请点下方按钮。"
QA_SAVE_FAQ_BUTTON = "存为问答"
QA_FAQ_SAVED = "已存为常见问答（编号 {faq_id}），以后有人问类似问题会直接用这个答案。"
QA_NO_REPLY_YET = "还没有回复，不能存为问答。"
QA_STAFF_REPLY = "💬 <b>工作人员回复了您的问题</b>\n问题：{question}\n\n{reply}"
QA_ROUTE_SCHEDULE = "想看活动安排？请点下方“活动日程”按钮，或发送 /schedule。"
QA_ROUTE_MY = "想查看自己报送的社情民意？请点下方“我的报送”按钮，或发送 /my。"
# Small talk in the Q&A (bot/intent.py): a short friendly reply with what the bot can do.
QA_CAN_DO = "我可以回答关于政协年度工作报告等资料的问题（例如“去年社情民意编报了多少篇？”），帮您报送社情民意、查看自己的报送进度和活动日程。"
QA_SMALL_TALK = {
    "greeting": "您好！" + QA_CAN_DO + "请直接输入问题，或选择下方功能。",
    "thanks": "不客气！还有什么问题，随时问我。",
    "identity": "我是政协委员的履职助手，一个自动回复的机器人。" + QA_CAN_DO,
    "abilities": QA_CAN_DO + "请直接输入问题，或选择下方功能。",
    "goodbye": "再见！有需要随时找我。",
}
KB_LIST_HEADER = "<b>知识库文档</b>（共 {count} 份）"
KB_LIST_LINE = "• {title}（{name}）｜{passages} 段｜{when}"
KB_BUNDLED = "随机器人发布"
KB_REMOVE_BUTTON = "删除 {name}"
KB_REMOVED = "已删除文档 {name}。"
KB_NOT_FOUND = "没有找到这份文档。"
KB_ADD_PROMPT = "请发送要加入知识库的文件（.txt、.md、.docx 或 .pdf，不超过 {limit} MB）。发送 /cancel 取消。"
KB_ADD_NEED_FILE = "请发送一个文件（.txt、.md、.docx 或 .pdf），或发送 /cancel 取消。"
KB_ADDED = "已导入《{title}》（{name}），共 {passages} 段。"
KB_REPLACED = "已导入《{title}》（{name}），共 {passages} 段，替换了之前的同名文档。"
KB_REFUSED = "无法导入 {name}：{reason}。知识库保持不变。"
KB_REFUSE_REASONS = {
    "empty": "文件是空的或没有文字内容",
    "not_text": "文件内容不是可读的文字（可能是图片或已损坏）",
    "encrypted": "文件已加密，请先解除密码保护",
    "too_large": "文件太大",
    "unsupported_type": "只支持 .txt、.md、.docx、.pdf 文件",
}
KB_DOCUMENT_HINT = "收到文件。要把它加入知识库，请重新发送并在说明里写 /kb_add，或先发送 /kb_add 再发文件。"
KB_TOO_BIG = "文件太大（{size} MB），请发送 {limit} MB 以内的文件。"
KB_HELP_ADMIN = "管理知识库：/kb 查看文档，/kb_add 导入文件，/faq_add 问题 | 答案 添加常见问答，/faqs 查看问答，/kb_gaps 查看没答好的问题。"
FAQ_USAGE = "用法：/faq_add 问题 | 答案，例如：/faq_add 委员学习会在哪里开？ | 一般在市政协三楼会议室。"
FAQ_ADDED = "已添加常见问答（编号 {faq_id}）。"
FAQ_LIST_HEADER = "<b>常见问答</b>（共 {count} 条；删除：/faq_del 编号）"
FAQ_LIST_LINE = "{id}. 问：{question}\n   答：{answer}"
FAQ_EMPTY = "还没有常见问答。用 /faq_add 问题 | 答案 添加。"
FAQ_DELETED = "已删除常见问答 {faq_id}。"
FAQ_NOT_FOUND = "没有编号为 {faq_id} 的常见问答。"
GAPS_HEADER = "<b>没答好的问题</b>（未找到答案或被点 👎，按次数排序）"
GAPS_LINE = "{count} 次｜{question}"
GAPS_EMPTY = "目前没有没答好的问题。"
CLI_KB_ADDED = "已导入 {name}：《{title}》，{passages} 段"
CLI_KB_REMOVED = "已删除 {name}"
CLI_KB_NOT_FOUND = "没有找到文档 {name}"
CLI_KB_LIST_LINE = "{name}\t{title}\t{passages} 段\t{when}"
CLI_FAQ_ADDED = "已添加常见问答 {faq_id}"

# --- Submissions (社情民意) ------------------------------------------------------

SUB_STATUS_NAMES = {
    "draft": "草稿",
    "submitted": "已提交",
    "accepted": "已受理",
    "returned": "退回修改",
    "rejected": "未采用",
    "adopted_city": "市政协采用",
    "reported_prov": "报送省政协",
    "reported_nat": "报送全国政协",
    "adopted_prov": "省政协采用",
    "adopted_nat": "全国政协采用",
    "instructed": "领导批示",
    "feedback": "办理反馈",
}
# What the admin's button says for moving an item to that status.
SUB_ACTION_NAMES = {
    "accepted": "受理",
    "returned": "退回修改",
    "rejected": "不予采用",
    "adopted_city": "市政协采用",
    "reported_prov": "报送省政协",
    "reported_nat": "报送全国政协",
    "adopted_prov": "省政协采用",
    "adopted_nat": "全国政协采用",
    "instructed": "记录批示",
    "feedback": "办理反馈",
}
SUB_LEVEL_NAMES = {"city": "市政协", "province": "省政协", "national": "全国政协"}
SUB_FIELD_NAMES = {"title": "标题", "category": "类别", "situation": "情况", "problem": "问题与原因",
                   "suggestion": "意见建议", "files": "附件", "cosign": "联名委员"}

SUB_INTRO = (
    "📝 <b>报送社情民意</b>\n"
    "按市政协的规范，一篇社情民意信息应一事一议，除标题外，正文包括情况、问题与原因、意见建议三部分，"
    "总长约 1500 字以内。每一步都会自动保存草稿，随时可以发送 /cancel 退出，下次接着写。"
)
SUB_ASK_TITLE = "第 1 步：请输入<b>标题</b>（5–40 个字），例如“关于老旧小区加装电梯的建议”。"
SUB_ASK_CATEGORY = "第 2 步：请选择<b>类别</b>。"
SUB_ASK_SITUATION = "第 3 步：请写<b>情况</b>：发生了什么、涉及哪些人和地方（10–2000 字）。"
SUB_ASK_PROBLEM = "第 4 步：请写<b>问题与原因</b>：问题在哪里、为什么会这样（10–2000 字）。"
SUB_ASK_SUGGESTION = "第 5 步：请写<b>意见建议</b>：具体、可操作的建议（10–2000 字）。"
SUB_ASK_FILES = (
    "第 6 步（可选）：如有照片或文件可作为<b>附件</b>发来，最多 {max} 个，每个不超过 {mb} MB。"
    "发完或没有附件请点“完成”。"
)
SUB_PHOTO_WORD = "照片"
SUB_FILE_WORD = "文件"
SUB_FILE_ADDED = "已收到附件 {count}/{max}：{name}。可以继续发送，或点“完成”。"
SUB_FILE_TOO_BIG = "这个文件有 {size} MB，超过了 {mb} MB 的上限，没有保存。请压缩后再发，或点“完成”继续。"
SUB_FILE_LIMIT = "附件最多 {max} 个，已经满了。请点“完成”继续。"
SUB_FILES_EXPECTED = "这一步请发送照片或文件作为附件，或点“完成”继续。"
SUB_ASK_COSIGN = (
    "第 7 步（可选）：如需<b>联名</b>，请输入联名委员的姓名（可以只输入一部分），我来帮您查找。"
    "对方同意后才会列为联名委员。不需要请点“跳过”。"
)
SUB_COSIGN_CHOOSE = "找到以下委员，请点选要邀请联名的一位："
SUB_COSIGN_NOT_FOUND = "没有找到姓名包含“{name}”的委员。请换个写法再试，或点“跳过”。"
SUB_COSIGN_INVITED = "已向 {name} 发出联名邀请，对方同意后会列入联名委员。还可以继续输入姓名邀请，或点“完成”。"
SUB_COSIGN_UNREACHABLE = "已记下 {name}，但对方还没有打开与本机器人的对话，暂时收不到邀请。对方同意前不会列为联名委员。"
SUB_COSIGN_SELF = "不能邀请自己联名。"
SUB_COSIGN_ALREADY = "已经邀请过 {name} 了。"
SUB_COSIGN_TOO_MANY = "联名委员最多 {max} 位。"
SUB_COSIGN_INVITE = (
    "✍️ {author} 委员邀请您联名报送社情民意：\n<b>{title}</b>\n\n{summary}\n\n您是否同意联名？"
)
SUB_COSIGN_AGREE = "同意联名"
SUB_COSIGN_DECLINE = "不同意"
SUB_COSIGN_AGREED_YOU = "您已同意联名《{title}》。"
SUB_COSIGN_DECLINED_YOU = "您已婉拒联名《{title}》。"
SUB_COSIGN_AGREED_AUTHOR = "✅ {name} 已同意联名《{title}》。"
SUB_COSIGN_DECLINED_AUTHOR = "{name} 没有同意联名《{title}》，将不列为联名委员。"
SUB_COSIGN_ANSWERED = "您已经答复过这份邀请了。"
SUB_COSIGN_GONE = "这份社情民意已被作者取消，邀请已失效。"
SUB_ASK_PHONE = "为便于工作人员联系核实，请点下方“分享手机号”按钮，或直接输入您的<b>手机号</b>（只有工作人员能看到）。"
SUB_ASK_PHONE_OPTIONAL = (
    "为便于工作人员联系核实，可以点下方“分享手机号”按钮，或直接输入您的<b>手机号</b>（只有工作人员能看到）；"
    "不愿提供请点“跳过”。"
)
SUB_PHONE_REQUIRED = "报送社情民意需要留下手机号，便于工作人员联系核实。请点下方“分享手机号”按钮，或直接输入手机号。"
SUB_PHONE_NOT_OWN = "请点“分享手机号”按钮分享您自己的号码，或直接输入手机号。"
SUB_PHONE_SAVED = "已记下您的手机号。"
SUB_PHONE_SKIPPED = "好的，不留手机号。"
SUB_ASK_UNIT = "请输入您的<b>工作单位</b>（2–60 个字），会随信息一并报送。"
SUB_PHONE_INVALID = "这不是有效的手机号，请输入 6–15 位数字。"
SUB_UNIT_INVALID = "工作单位需为 2–60 个字，请重新输入。"
SUB_ASK_CHECK = (
    "提交前请确认：\n"
    "☑️ 一事一议，只反映一个问题；\n"
    "☑️ 不涉及信访投诉、诉讼案件、人事问题；\n"
    "☑️ 不涉及国家秘密、个人隐私和商业秘密。"
)
SUB_CHECK_CONFIRM = "确认无误"
SUB_CHECK_COSIGNERS = "\n\n联名情况：\n{lines}"
SUB_CHECK_PENDING_NOTE = "待确认的委员同意后才会列为联名委员。"
SUB_TITLE_INVALID = "标题需为 5–40 个字，您输入的是 {length} 个字，请重新输入。"
SUB_BODY_TOO_SHORT = "这一部分太短了（{length} 字），至少写 10 个字，请补充后再发。"
SUB_BODY_TOO_LONG = "这一部分太长了（{length} 字），每部分不超过 2000 字，请精简后再发。"
SUB_CATEGORY_INVALID = "请点选下方的类别按钮。"
SUB_TEXT_EXPECTED = "这一步需要输入文字，贴纸、语音、位置、图片等都无法识别。"
SUB_BUTTON_EXPECTED = "请点上方消息中的按钮继续。"
SUB_LONG_WARNING = "提示：正文已有 {length} 字，超过了建议的 1500 字。精炼一些更容易被采用，可以在预览时修改。"
SUB_PREVIEW_HEAD = "👀 <b>预览</b>（工作人员看到的就是下面的样子）"
SUB_PREVIEW_FOOT = "正文共 {length} 字{warning}。确认无误请点“{submit}”。"
SUB_PREVIEW_OVER = "，超过建议的 1500 字"
SUB_SUBMIT = "提交"
SUB_RESUBMIT = "重新提交"
SUB_EDIT = "修改"
SUB_HOLD = "暂存"
SUB_DISCARD = "取消"
SUB_EDIT_WHICH = "要修改哪一项？"
SUB_BACK_TO_PREVIEW = "返回预览"
SUB_HELD = "已暂存。下次发送 /submit 或点“报送社情民意”即可接着写。"
SUB_DISCARDED = "已取消，这份草稿已删除。"
SUB_REVISION_LEFT = "已退出修改，{number} 仍是“退回修改”状态，可在“我的报送”中继续修改。"
SUB_DRAFT_EXISTS = "您有一份未完成的草稿《{title}》（上次编辑：{when}）。要接着写，还是重新开始？"
SUB_CONTINUE = "继续"
SUB_RESTART = "重新开始"
SUB_UNTITLED = "未命名"
SUB_RESUMED = "好的，我们接着写。"
SUB_STALE_PREVIEW = "这份预览之后内容或联名情况有了变化，请看最新的预览再提交。"
SUB_ALREADY_FILED = "这份社情民意已经提交过了，编号 {number}，不会重复提交。"
SUB_NOT_EDITABLE = "这份社情民意当前不能修改。"
SUB_FILED = (
    "✅ 已提交！编号 <b>{number}</b>。\n工作人员受理后会通知您，之后每一步进展也会告诉您。"
    "可在“我的报送”（/my）查看。"
)
SUB_RESUBMITTED = "✅ 已重新提交，编号不变：<b>{number}</b>。"
SUB_DUPLICATE_OWN = (
    "⚠️ 您在近一年已报送过相似的信息：\n{items}\n\n请确认不是重复报送。仍要提交请点“仍然提交”。"
)
SUB_SIMILAR_OTHERS = (
    "🔎 近一年已有委员报送过相似的信息：\n{items}\n\n"
    "如果说的是同一件事，可以点“附议”表示支持，不必重复报送；不同的事请点“仍然提交”。"
)
SUB_SIMILAR_LINE = "• {number}《{title}》（{author}，{status}）"
SUB_SECOND_BUTTON = "附议 {number}"
SUB_FILE_ANYWAY = "仍然提交"
SUB_SECONDED = "👍 已附议 {number}《{title}》，您的支持已记录，工作人员会看到。您的草稿已删除。"
SUB_SECONDED_KEEP = "👍 已附议 {number}《{title}》，您的支持已记录，工作人员会看到。"
SUB_SECOND_ALREADY = "您已经附议过 {number} 了。"
SUB_SECOND_OWN = "不能附议自己报送的信息。"
SUB_NOT_FOUND = "没有找到这份社情民意，或您无权查看。"

SUB_CARD = (
    "<b>{title}</b>\n"
    "编号：{number}　状态：{status}\n"
    "类别：{category}\n"
    "报送人：{author}（{unit}）{phone}\n"
    "{lines}"
    "\n<b>一、情况</b>\n{situation}\n\n<b>二、问题与原因</b>\n{problem}\n\n<b>三、意见建议</b>\n{suggestion}"
)
SUB_CARD_PHONE = "，电话 {phone}"
SUB_CARD_COSIGNERS = "联名委员：{names}\n"
SUB_CARD_PENDING_COSIGNERS = "待确认联名：{names}\n"
SUB_CARD_SECONDS = "附议：{count} 人（{names}）\n"
SUB_CARD_ATTACHMENTS = "附件：{count} 个（{names}）\n"
SUB_CARD_EDITED = "\n（工作人员已修改过文字，原稿可查看）"
SUB_NO_NUMBER = "提交后生成"
SUB_HISTORY_HEAD = "\n\n<b>办理记录</b>"
SUB_HISTORY_LINE = "{when}　{status}{note}"
SUB_HISTORY_NOTE = "：{note}"
SUB_HISTORY_INSTRUCTION = "：{leader}批示“{text}”"
SUB_HISTORY_REPLY = "{when}　工作人员留言：{note}"
SUB_HISTORY_EDIT = "{when}　工作人员修改了{field}"
SUB_CURRENT_VALUE = "当前内容：\n{value}"
SUB_CHOSEN = "已选择：{value}"
SUB_ORIGINAL_HEAD = "📄 <b>{number} 原稿</b>（工作人员修改前）\n"

SUB_ADMIN_NEW = "📥 <b>新的社情民意</b>\n"
SUB_ADMIN_RESUBMITTED = "🔁 <b>退回修改后重新提交</b>\n"
SUB_MEMBER_STATUS = "📣 您的社情民意 {number}《{title}》状态更新为：<b>{status}</b>{note}"
SUB_MEMBER_STATUS_NOTE = "\n说明：{note}"
SUB_MEMBER_INSTRUCTION = "\n{leader}批示：{text}"
SUB_MEMBER_RETURNED_HINT = "\n请点下方按钮修改后重新提交，编号不变。"
SUB_MEMBER_REPLY = "💬 关于您的社情民意 {number}《{title}》，工作人员留言：\n{note}"
SUB_REVISE = "修改并重新提交"
SUB_COSIGNER_NEWS = "📣 您联名的社情民意 {number}《{title}》状态更新为：<b>{status}</b>{note}"
SUB_SECONDED_AUTHOR = "👍 {name} 委员附议了您的社情民意 {number}《{title}》。"
SUB_REVISION_INTRO = "您正在修改 {number}。改好后点“重新提交”，编号不变。"

SUB_REVIEW_ASK_NOTE = "将 {number} 设为“{status}”。请输入给委员的说明（会一并通知委员），不需要请点“不附说明”。"
SUB_REVIEW_ASK_INSTRUCTION = "请输入批示，格式为“领导：批示内容”，例如“王市长：请市住建局研究办理”。"
SUB_REVIEW_INSTRUCTION_INVALID = "格式不对。请按“领导：批示内容”输入，领导和内容都不能为空。"
SUB_REVIEW_NO_NOTE = "不附说明"
SUB_CARD_DECIDED = "\n✅ {admin} 已将此件设为“{status}”。"
SUB_REVIEW_DONE = "已将 {number} 设为“{status}”，已通知委员。"
SUB_REVIEW_DONE_UNREACHABLE = "已将 {number} 设为“{status}”。委员暂时无法接收消息，未能通知。"
SUB_REVIEW_NOT_ALLOWED = "{number} 当前是“{current}”，不能设为“{status}”。"
SUB_REVIEW_ASK_REPLY = "请输入要发给委员的留言（{number}）。"
SUB_REVIEW_REPLIED = "留言已记录并发给委员。"
SUB_REVIEW_EDIT_WHICH = "要修改 {number} 的哪一项？委员的原稿会保留。"
SUB_REVIEW_ASK_EDIT = "请输入新的{field}（原文如下，可复制修改）：\n{current}"
SUB_REVIEW_EDITED = "{field}已修改，原稿已保留。"
SUB_REVIEW_NO_ORIGINAL = "这份信息没有被修改过。"
SUB_REVIEW_NOTE_TOO_LONG = "说明太长了（{length} 字），请控制在 1000 字以内。"
SUB_REVIEW_EMPTY = "没有符合条件的社情民意。"
SUB_REVIEW_HEAD = "🗂 <b>社情民意</b>（{filters}）共 {total} 篇，第 {page}/{pages} 页"
SUB_REVIEW_LINE = "{number}《{title}》{author}｜{status}"
SUB_REVIEW_ALL = "全部"
SUB_REVIEW_PERIODS = {"a": "不限时间", "m": "近 30 天", "y": "今年"}
SUB_REVIEW_STATUS_FILTERS = {"all": "全部状态", "submitted": "待受理", "accepted": "已受理",
                             "adopted": "已采用", "returned": "退回修改"}
SUB_REVIEW_USAGE = "用法：/review [状态] [类别] [今年|近30天]，例如 /review 已受理 民生关切。"
# Words /review understands for its periods (bot/submissions/review_filters.py).
SUB_REVIEW_WORDS_YEAR = ("今年", "本年")
SUB_REVIEW_WORDS_RECENT = ("近30天", "30天", "最近30天")
SUB_BTN_REPLY = "留言给委员"
SUB_BTN_EDIT = "修改文字"
SUB_BTN_ORIGINAL = "查看原稿"
SUB_BTN_ATTACHMENTS = "查看附件"
SUB_ATTACHMENT_CAPTION = "{number} 附件：{name}"
SUB_ATTACHMENT_MEMBER_CAPTION = "\n委员说明：{caption}"
SUB_ATTACHMENT_GONE = "附件“{name}”已无法获取。"

SUB_MY_HEAD = (
    "📂 <b>我的报送</b>\n{year} 年：报送 {filed} 篇，市政协采用 {city} 篇，省政协采用 {province} 篇，"
    "全国政协采用 {national} 篇，获领导批示 {instructed} 篇。"
)
SUB_MY_EMPTY = "您还没有报送过社情民意。点“报送社情民意”或发送 /submit 开始写。"
SUB_MY_PAGE = "第 {page}/{pages} 页，点一篇查看详情："
SUB_MY_ITEM = "{number} {title}｜{status}"
SUB_MY_DETAIL_FOOT = "\n附议：{seconds} 人"
SUB_DRAFT_REMINDER = (
    "⏰ 您的社情民意草稿《{title}》已经很久没有编辑了，将于 {when} 自动清除。"
    "要保留请发送 /submit 继续写。"
)
SUB_DRAFT_CLEARED = "您的社情民意草稿《{title}》超过 {days} 天未编辑，已清除。"

# --- Export and compilation ------------------------------------------------------

# Column headers of the XLSX and CSV exports, in column order (bot/export/records.py COLUMNS).
EXPORT_COL_NUMBER = "编号"
EXPORT_COL_FILED_AT = "报送时间"
EXPORT_COL_MEMBER = "反映人"
EXPORT_COL_SECTOR = "界别"
EXPORT_COL_SPECIAL_COMMITTEE = "专委会"
EXPORT_COL_UNIT = "工作单位"
EXPORT_COL_CO_SIGNERS = "联名委员"
EXPORT_COL_CATEGORY = "类别"
EXPORT_COL_TITLE = "标题"
EXPORT_COL_SITUATION = "情况"
EXPORT_COL_PROBLEM = "问题与原因"
EXPORT_COL_SUGGESTION = "意见建议"
EXPORT_COL_CHARACTERS = "字数"
EXPORT_COL_SECONDS = "附议数"
EXPORT_COL_STATUS = "状态"
EXPORT_COL_ADOPTION = "采用级别"
EXPORT_COL_INSTRUCTIONS = "批示"
EXPORT_COL_LAST_NOTE = "最新备注"
EXPORT_COL_ATTACHMENTS = "附件数"
EXPORT_LIST_SEPARATOR = "、"
EXPORT_INSTRUCTION = "{leader}批示：{text}"
EXPORT_INSTRUCTION_SEPARATOR = "；"

EXPORT_SHEET_DATA = "社情民意"
EXPORT_SHEET_SUMMARY = "统计"
EXPORT_SUMMARY_TITLE = "{committee}社情民意信息统计"
EXPORT_SUMMARY_PERIOD = "统计期间：{period}"
EXPORT_SUMMARY_TOTAL = "合计"
EXPORT_SUMMARY_COUNT = "篇数"
EXPORT_SUMMARY_BY_STATUS = "按当前状态"
EXPORT_SUMMARY_BY_LEVEL = "按达到的层级（含之后获批示、有反馈的）"
EXPORT_SUMMARY_BY_CATEGORY = "按类别"
EXPORT_SUMMARY_BY_SECTOR = "按界别"
EXPORT_SUMMARY_BY_MONTH = "按月份"
EXPORT_SUMMARY_MONTH = "{year}年{month:02d}月"
EXPORT_UNKNOWN = "（未填）"

# Periods an admin chooses for an export.
EXPORT_PERIOD_MONTH = "本月"
EXPORT_PERIOD_QUARTER = "本季度"
EXPORT_PERIOD_YEAR = "本年"
EXPORT_PERIOD_ALL = "全部"
EXPORT_PERIOD_LABEL_MONTH = "{year}年{month}月"
EXPORT_PERIOD_LABEL_QUARTER = "{year}年第{quarter}季度"
EXPORT_PERIOD_LABEL_YEAR = "{year}年"
EXPORT_PERIOD_LABEL_ALL = "全部"
EXPORT_PERIOD_LABEL_RANGE = "{start}至{end}"
EXPORT_DATE = "{year}年{month}月{day}日"
EXPORT_PERIOD_BAD = "没看懂这个期间。请选择“本月”“本季度”“本年”“全部”，或输入起止日期，例如：2026-01-01 2026-06-30"
EXPORT_PERIOD_BAD_DATE = "“{value}”不是有效的日期，请按 2026-01-01 的格式输入。"
EXPORT_PERIOD_REVERSED = "开始日期晚于结束日期，请重新输入，例如：2026-01-01 2026-06-30"
EXPORT_STATUS_BAD = "没有“{value}”这个状态。"
# Status filters by level reached (bot/export/statuses.py): an item adopted by the city and later given
# 批示 is still 已采用（市级及以上）. "当前状态：…" selects by the status an item is at now.
EXPORT_REACHED_NAMES = {"adopted_city": "已采用（市级及以上）", "adopted_prov": "已获省政协采用",
                        "adopted_nat": "已获全国政协采用", "instructed": "已获领导批示", "feedback": "已有办理反馈"}
EXPORT_CURRENT_STATUS = "当前状态：{status}"
EXPORT_CATEGORY_BAD = "没有“{value}”这个类别。"
EXPORT_FILENAME = "社情民意_{period}_{stamp}.{ext}"
EXPORT_PROGRESS = "正在导出……已处理 {done} 条{of_total}"
EXPORT_PROGRESS_OF_TOTAL = "，共 {total} 条"
EXPORT_ISSUE_BAD = "“{value}”不是有效的期号，请写成 2026-12（年-期）。"
EXPORT_ISSUE_NOT_FOUND = "没有找到{issue}。"
EXPORT_CLI_DONE = "已导出 {count} 条（{period}）：{path}"
EXPORT_CLI_ISSUE_DONE = "已生成《社情民意》{issue}，共 {count} 篇：{path}"
EXPORT_FORMAT_BAD = "不支持的导出格式“{value}”（可选 xlsx、csv、docx）。"

# The Word compilation (汇编) of submissions.
EXPORT_DOCX_TITLE = "社情民意信息汇编"
EXPORT_DOCX_PERIOD = "期间：{period}"
EXPORT_DOCX_COUNT = "共 {count} 篇"
EXPORT_DOCX_MADE = "{committee}办公厅　{date}编印"
EXPORT_DOCX_NUMBER = "编号：{number}"
EXPORT_DOCX_AUTHOR = "反映人：{name}"
EXPORT_DOCX_AUTHOR_DETAIL = "（{detail}）"
EXPORT_DOCX_CO_SIGNERS = "联名委员：{names}"
EXPORT_DOCX_FILED = "报送日期：{date}"
EXPORT_DOCX_SITUATION = "一、情况"
EXPORT_DOCX_PROBLEM = "二、问题与原因"
EXPORT_DOCX_SUGGESTION = "三、意见建议"
EXPORT_DOCX_PAGE = "第 {page} 页"

# 《社情民意》 issues (编报).
ISSUE_MASTHEAD = "社情民意"
ISSUE_NUMBER = "{year}年第{number}期"
ISSUE_PUBLISHER = "{committee}办公厅编"
ISSUE_TOC = "目　录"
ISSUE_TOC_LINE = "{index}. {title}（{number}）"
ISSUE_REPORT_TO = "报：省政协，全国政协。"
ISSUE_SEND_TO = "送：市委、市人大常委会、市政府领导同志，市政协主席、副主席、秘书长。"
ISSUE_COPIES = "（共印{copies}份）"
ISSUE_FILENAME = "社情民意{year}年第{number}期.docx"
ISSUE_COMPILED_NOTICE = "您报送的社情民意《{title}》（{number}）已编入《社情民意》{issue}。感谢您的履职贡献！"

# /export in the chat (admins).
EXPORT_ASK_PERIOD = ("📤 导出社情民意（第 1 步，共 4 步）\n请选择期间，或直接输入起止日期，"
                     "例如：2026-01-01 2026-06-30")
EXPORT_ASK_STATUS = (
    "期间：{period}\n第 2 步：请选择状态。\n"
    "“已采用（市级及以上）”等按达到的层级筛选，之后获批示、有反馈的也包括在内；"
    "“当前状态：…”只含现在处于该状态的。"
)
EXPORT_ASK_CATEGORY = "状态：{status}\n第 3 步：请选择类别。"
EXPORT_ASK_FORMAT = "类别：{category}\n第 4 步：请选择文件格式。"
EXPORT_CHOICE_ALL = "全部"
EXPORT_FORMAT_NAMES = {"xlsx": "Excel", "csv": "CSV", "docx": "Word"}
EXPORT_CHOSEN = "已选：{value}"
EXPORT_BUTTON_EXPECTED = "请点上面的按钮选择；要重新开始请发送 /export，要退出请发送 /cancel。"
EXPORT_TEXT_EXPECTED = "请输入起止日期（例如：2026-01-01 2026-06-30），或点上面的按钮。"
EXPORT_CAPTION = "导出完成：{period}，共 {count} 条。\n状态：{status}｜类别：{category}｜格式：{format}"
EXPORT_CAPTION_EMPTY = "\n所选范围内没有社情民意，文件中没有条目。"
EXPORT_CANCELLED = "已取消导出。"
EXPORT_CLI_NO_FORMAT = "请用 --format 指定格式（xlsx、csv 或 docx），或让 --out 的文件名以 .xlsx、.csv、.docx 结尾。"
EXPORT_CLI_NO_OUT = "请用 --out 指定输出文件，例如：--out 社情民意.xlsx"
EXPORT_CLI_OUT_DIR = "无法写入“{path}”：所在目录不存在。"
EXPORT_CLI_BAD_ARGS = "参数有误：{detail}"
EXPORT_CLI_USAGE = ("用法：python run_bot.py export --format xlsx|csv|docx [--from 日期] [--to 日期] [--status 状态] "
                    "[--category 类别] --out 文件\n　　或：python run_bot.py export --issue 2026-12 --out 文件")

# 编报 in the chat: /issue_new, /issues, the issue screen (admins).
ISSUE_ASK_NUMBER = ("新建一期《社情民意》。建议期号：<b>{issue}</b>（{year}年已有 {existing} 期）。\n"
                    "点按钮使用建议期号，或输入其他期号，例如：2026年第12期 或 2026-12")
ISSUE_USE_PROPOSED = "使用 {issue}"
ISSUE_NUMBER_EXPECTED = "请输入期号，例如：2026年第12期 或 2026-12，或点上面的按钮使用建议期号。"
ISSUE_EXISTS = "{issue}已经存在。请换一个期号，或用 /issues 打开它。"
ISSUE_CREATED = "已新建《社情民意》{issue}（草稿）。"
ISSUE_STATUS_NAMES = {"draft": "草稿", "published": "已发布"}
ISSUE_SCREEN = "《社情民意》{issue}（{status}）\n{items}"
ISSUE_SCREEN_PUBLISHED = "\n发布时间：{when}"
ISSUE_ITEM_LINE = "{index}. {title}（{number}，{author}）"
ISSUE_NO_ITEMS = "还没有条目。"
ISSUE_ADD_HINT = ("\n\n发送编号即可添加已采用的社情民意（例如 SQMY-2026-0001，可一次发送多个）；"
                  "也可以在审核界面点“编入期刊”。调整好顺序后点“发布”。")
ISSUE_BTN_UP = "{index} 上移"
ISSUE_BTN_DOWN = "{index} 下移"
ISSUE_BTN_REMOVE = "{index} 移除"
ISSUE_BTN_PUBLISH = "发布"
ISSUE_BTN_PROOF = "预览 Word"
ISSUE_BTN_DOCX = "下载 Word"
ISSUE_BTN_CLOSE = "完成"
ISSUE_BTN_CONFIRM = "确认发布"
ISSUE_BTN_BACK = "返回"
ISSUE_ADDED = "已添加 {number}《{title}》，本期共 {count} 篇。"
ISSUE_REMOVED = "已移除 {number}。"
ISSUE_NOT_ADOPTED = "{number} 目前是“{status}”，只有已采用的社情民意才能编入期刊。"
ISSUE_ALREADY_IN = "{number} 已编入{issue}。"
ISSUE_ALREADY_IN_OTHER = "这条社情民意刚刚被编入了其他期刊。"
ISSUE_NUMBER_NOT_FOUND = "没有找到编号为 {number} 的社情民意。"
ISSUE_NOT_DRAFT = "{issue}已经发布，不能再修改。"
ISSUE_NOT_FOUND = "没有找到这一期。"
ISSUE_EMPTY_PUBLISH = "本期还没有条目，不能发布。"
ISSUE_TEXT_EXPECTED = "请发送社情民意编号（例如 SQMY-2026-0001）；编辑完成请点“完成”或发送 /cancel。"
ISSUE_CONFIRM_PUBLISH = "确认发布《社情民意》{issue}？共 {count} 篇。\n发布后将生成 Word 文件，并通知每位作者；条目不能再修改。"
ISSUE_PUBLISHED = "✅ 《社情民意》{issue}已发布，共 {count} 篇；已通知 {told} 位作者。"
ISSUE_PUBLISHED_UNREACHABLE = "\n{count} 位作者无法送达（未打开与本机器人的对话或已屏蔽）：{names}"
ISSUE_DOC_CAPTION = "《社情民意》{issue}，共 {count} 篇。"
ISSUE_PROOF_CAPTION = "《社情民意》{issue}（草稿预览），共 {count} 篇。"
ISSUE_CLOSED = "好的，{issue}已保存为草稿。用 /issues 可以随时打开。"
ISSUE_CANCELLED = "已退出期刊编辑，草稿已保存。"
ISSUE_LIST_HEAD = "《社情民意》各期（点开查看）："
ISSUE_LIST_LINE = "{issue}｜{status}｜{count} 篇"
ISSUE_LIST_EMPTY = "还没有期刊。用 /issue_new 新建一期。"
ISSUE_ADD_BUTTON = "编入期刊"
ISSUE_PICK_FOR_ITEM = "把 {number}《{title}》编入哪一期？"
ISSUE_PICK_LINE = "{issue}（已有 {count} 篇）"
ISSUE_NO_DRAFTS = "还没有草稿期刊。请先用 /issue_new 新建一期，再把这条编入。"
ISSUE_CARD_LINE = "编入期刊：《社情民意》{issue}\n"
ISSUE_HISTORY_LINE = "{when}　编入《社情民意》{issue}"

# --- Events and reminders ------------------------------------------------------

TIME_EMPTY = "请输入时间，例如“12月3日 14:30”或“明天上午9点”。"
TIME_UNKNOWN = "没看懂这个时间。可以写“明天上午9点”“下周三 15:00”“12月3日下午2点半”“2026-12-03 14:30”或“半小时后”。"
TIME_NO_CLOCK = "请同时写明几点，例如“12月3日 14:30”或“12月3日下午2点半”。"
TIME_NO_DATE = "没看懂这个日期，请按“12月31日”或“2026-12-31”的格式输入。"
TIME_BAD_MONTH = "没有{month}月，请检查日期。"
TIME_BAD_DAY = "{month}月没有{day}日，请检查日期。"
TIME_BAD_CLOCK = "钟点不对（小时应在 0–23，分钟在 0–59），请重新输入。"
TIME_IN_PAST = "{when}已经过去了，请输入将来的时间。"
DATE_IN_PAST = "{day}已经过去了，请输入今天或以后的日期。"
OFFSETS_EMPTY = "请输入提醒时间，例如“1天,2小时”或“30分钟”。"
OFFSET_BAD = "“{part}”不是有效的提醒时间，请写成“1天”“2小时”“30分钟”这样的形式（最多提前 30 天）。"

EVENT_KIND_NAMES = {"study": "学习", "inspection": "视察", "survey": "调研", "meeting": "会议"}
REPEAT_NAMES = {"none": "不重复", "weekly": "每周", "monthly": "每月"}
ANSWER_NAMES = {"attend": "参加", "leave": "请假"}
ANSWER_NONE = "未回复"
LEAVE_DECISION_NAMES = {"approved": "已同意", "rejected": "不同意", None: "待审批"}
ATTEND = "参加"
LEAVE = "请假"
CHECK_IN = "签到"
ADD_TO_CALENDAR = "加入日历"
ALL_TO_CALENDAR = "全部加入日历"
APPROVE_LEAVE = "同意"
REJECT_LEAVE = "不同意"

# Creating (/newevent)
NEWEVENT_ASK_KIND = "🗓 <b>新建活动</b>（随时发送 /cancel 退出）\n第一步：请选择活动类型。"
NEWEVENT_KIND_INVALID = "请点选下方的活动类型按钮。"
NEWEVENT_ASK_TITLE = "请输入活动标题（不超过 {limit} 字），例如“十二月理论学习会”。"
NEWEVENT_ASK_START = "请输入<b>开始时间</b>，例如“12月3日 14:30”“2026-12-03 14:30”“12月3日下午2点半”“下周三 15:00”或“10分钟后”。"
NEWEVENT_CONFIRM_START = "开始时间：<b>{when}</b>\n对吗？"
NEWEVENT_CONFIRM_END = "结束时间：<b>{when}</b>\n对吗？"
NEWEVENT_CONFIRM_OFFSETS = "将在以下时间提醒：\n{lines}\n对吗？"
NEWEVENT_OFFSET_LINE = "· 开始前 {offset}：{when}"
NEWEVENT_OFFSET_PASSED = "（已过，不发送）"
NEWEVENT_ASK_END = "请输入<b>结束时间</b>（同一天可以只写钟点，如“16:30”）；不需要请点“跳过”。"
NEWEVENT_ASK_PLACE = "请输入<b>活动地点</b>，例如“市政协三楼会议室”。"
# One audience rule for events and broadcasts (MembersService.audience_in), stated on both pickers.
AUDIENCE_RULE_NOTE = "（“全体委员”指已通过审核的委员，工作人员只有登记为委员时才计入。）"
NEWEVENT_ASK_AUDIENCE = "请选择<b>参加对象</b>：点“全体委员”，或点选一个或多个专委会、界别（再点一次取消），选好后点“完成”。\n已选：{chosen}\n将通知 <b>{count}</b> 人。\n" + AUDIENCE_RULE_NOTE
NEWEVENT_AUDIENCE_ALL = "全体委员"
NEWEVENT_AUDIENCE_NONE = "（尚未选择）"
NEWEVENT_AUDIENCE_EMPTY = "请至少选择一个对象（全体委员、专委会或界别）。"
NEWEVENT_ASK_OFFSETS = "<b>提醒时间</b>：默认在开始前 {default} 提醒。点“使用默认”，或输入新的提醒时间，例如“1天,2小时,30分钟”或“1分钟”。"
NEWEVENT_USE_DEFAULT = "使用默认"
NEWEVENT_ASK_REPEAT = "是否<b>重复</b>？"
NEWEVENT_ASK_UNTIL = "请输入重复的<b>截止日期</b>，例如“12月31日”。"
NEWEVENT_PREVIEW = "请确认活动信息：\n\n{card}\n参加对象：{audience}（{count} 人）\n提醒：开始前 {offsets}\n重复：{repeat}"
NEWEVENT_PREVIEW_SERIES = "\n共 {count} 次，首次 {first}，末次 {last}"
NEWEVENT_PUBLISH = "发布"
NEWEVENT_PUBLISHED = "✅ 活动已发布，已通知 {count} 位委员。发送 /events 查看回复情况。"
NEWEVENT_PUBLISHED_SERIES = "✅ 已发布 {occurrences} 次活动，已通知 {count} 位委员。发送 /events 查看回复情况。"
NEWEVENT_CANCELLED = "已取消新建活动，草稿未保存。"
NEWEVENT_NEEDS_TEXT = "请用文字回答这一步。"
NEWEVENT_USE_BUTTONS = "请点选上方的按钮。"
NEWEVENT_STALE = "这一步已经过去了，请按最新的提示操作。"
EVENT_TITLE_INVALID = "标题不能为空，也不能超过 {limit} 字，请重新输入。"
EVENT_PLACE_INVALID = "地点不能为空，也不能超过 {limit} 字，请重新输入。"
EVENT_END_BEFORE_START = "结束时间必须晚于开始时间，请重新输入。"
EVENT_BAD_KIND = "活动类型只能是学习、视察、调研或会议。"
EVENT_BAD_REPEAT = "重复方式只能是不重复、每周或每月。"
EVENT_REPEAT_UNTIL_INVALID = "重复的截止日期不能早于首次活动的日期。"
EVENT_UNKNOWN_GROUP = "没有这个专委会或界别：{name}"
EVENT_NO_AUDIENCE = "请选择参加对象。"

# Cards
EVENT_CARD = "<b>【{kind}】{title}</b>\n🕐 时间：{when}\n📍 地点：{place}"
EVENT_CARD_END = "–{end}"
EVENT_SERIES_NOTE = "\n🔁 {repeat}一次，共 {count} 次"
EVENT_MY_ANSWER = "\n您的回复：<b>{answer}</b>"
EVENT_MY_LEAVE = "\n您的回复：<b>请假</b>（事由：{reason}；{decision}）"
EVENT_CHECKED_IN = "\n✅ 已签到（{time}）"
NOTICE_NEW_EVENT = "📢 <b>活动通知</b>\n{card}\n\n请点下方按钮回复是否参加。"
REMINDER_TEXT = "⏰ <b>活动提醒</b>：{left}后开始\n{card}"
REMINDER_NUDGE = "🔔 您还没有回复是否参加以下活动，请点下方按钮回复：\n{card}"
NOTICE_CHANGED = "📝 <b>活动有变更</b>，请以此为准：\n{card}"
NOTICE_NEW_EVENT_ANSWERED = "📢 <b>活动通知</b>\n{card}"
REMINDER_NUDGE_ANSWERED = "🔔 <b>活动提醒</b>\n{card}"
REMINDER_YOU_ATTEND = "\n\n✅ 您已报名参加。如有变化，可点下方“请假”。"
REMINDER_YOU_LEAVE = "\n\n您已请假（{decision}）。如能参加，可点下方“参加”。"
NOTICE_CANCELLED = "❌ <b>活动已取消</b>：\n{card}"

# Admins' view
EVENTS_EMPTY = "近期没有活动。发送 /newevent 新建。"
EVENTS_HEADER = "<b>近期活动</b>（参加 / 请假 / 未回复）"
EVENTS_LINE = "{n}. 【{kind}】{title}\n    {when}｜{place}\n    参加 {attend} · 请假 {leave} · 未回复 {none}"
EVENTS_OPEN = "{n}. {title}"
EVENT_ADMIN_CARD = "{card}\n👥 参加 {attend} · 请假 {leave} · 未回复 {none} · 已签到 {checked}"
EVENT_ADMIN_CANCELLED = "\n❌ 此活动已取消"
EVENT_BTN_ATTENDANCE = "出席名单"
EVENT_BTN_EXPORT = "导出签到表"
EVENT_BTN_NUDGE = "提醒未回复"
EVENT_BTN_TIME = "修改时间"
EVENT_BTN_PLACE = "修改地点"
EVENT_BTN_CANCEL = "取消活动"
EVENT_CANCEL_CONFIRM = "确定取消「{title}」吗？所有受邀委员都会收到取消通知。"
EVENT_CANCEL_YES = "确定取消"
EVENT_CANCEL_NO = "不取消"
EVENT_CANCELLED_DONE = "已取消「{title}」，已通知 {count} 位委员，未发出的提醒不再发送。"
EVENT_ASK_NEW_TIME = "请输入新的开始时间（例如“12月3日 14:30”）。结束时间会随之顺延。"
EVENT_CONFIRM_NEW_TIME = "新的开始时间：<b>{when}</b>\n对吗？确认后将通知受邀委员，并按新时间重新安排提醒。"
EVENT_TIME_CONFIRM_STALE = "这个时间已不在等待确认，请重新点“改时间”。"
EVENT_ASK_NEW_PLACE = "请输入新的活动地点。"
EVENT_TIME_CHANGED = "已改到 {when}，已通知受邀委员，提醒已按新时间重新安排。"
EVENT_PLACE_CHANGED = "地点已改为“{place}”，已通知受邀委员。"
EVENT_NUDGED = "已向 {count} 位未回复的委员发出提醒。"
EVENT_NUDGE_NONE = "所有委员都已回复，无需提醒。"
ATTENDANCE_HEADER = "<b>出席名单</b>：{title}"
ATTENDANCE_ATTEND = "\n\n<b>参加（{count}）</b>\n{lines}"
ATTENDANCE_LEAVE = "\n\n<b>请假（{count}）</b>\n{lines}"
ATTENDANCE_NONE = "\n\n<b>未回复（{count}）</b>\n{lines}"
ATTENDANCE_CHECKED = "\n\n<b>已签到（{count}）</b>\n{lines}"
ATTENDANCE_LEAVE_LINE = "{name}：{reason}（{decision}）"
ATTENDANCE_EMPTY = "（无）"
ATTENDANCE_SHEET = "签到表"
ATTENDANCE_COLUMNS = ("姓名", "界别", "专委会", "回复", "请假事由", "审批", "签到时间", "签名")
ATTENDANCE_TITLE = "签到表：{title}（{kind}）　时间：{when}　地点：{place}"
ATTENDANCE_FILENAME = "签到表_{title}_{date}.xlsx"
ATTENDANCE_FILE_CAPTION = "「{title}」签到表"

# Members
SCHEDULE_EMPTY = "近期没有需要您参加的活动。"
SCHEDULE_HEADER = "<b>您近期的活动</b>（点下方按钮打开）"
SCHEDULE_LINE = "{n}. 【{kind}】{title}\n    {when}｜{place}\n    您的回复：{answer}"
ANSWER_SAVED_ATTEND = "已登记：您将参加「{title}」。开始前可以随时更改。"
ASK_LEAVE_REASON = "请简要说明请假事由（必填，{limit} 字以内），或发送 /cancel 放弃："
LEAVE_REASON_REQUIRED = "请假需要填写事由，请简要说明。"
LEAVE_REASON_TOO_LONG = "事由请控制在 {limit} 字以内。"
LEAVE_SENT = "已提交请假（事由：{reason}），组织者审批后会通知您。开始前可以改为参加。"
LEAVE_CANCELLED = "已放弃请假，您的回复没有改变。"
LEAVE_REQUEST_TO_ORGANISER = "🙋 <b>请假申请</b>\n{name}（{sector}）申请不参加：\n{card}\n事由：{reason}"
LEAVE_WITHDRAWN_TO_ORGANISER = "ℹ️ {name} 已撤回对「{title}」的请假，改为参加。"
LEAVE_DECIDED_BY = "\n\n{decision}（{admin}）"
LEAVE_DECIDED_SHORT = "{name}的请假：{decision}"
LEAVE_ALREADY_DECIDED = "这份请假已处理过，或委员已改为参加。"
LEAVE_APPROVED_NOTICE = "✅ 您对「{title}」（{when}）的请假已获同意。"
LEAVE_REJECTED_NOTICE = "⚠️ 您对「{title}」（{when}）的请假未获同意，请尽量安排参加；如有困难请联系组织者。"
EVENT_NOT_FOR_YOU = "这个活动不在您的日程里。"
EVENT_IS_CANCELLED = "这个活动已取消。"
EVENT_ENDED = "这个活动已经结束了。"
EVENT_ANSWER_CLOSED = "活动已经开始，不能再更改回复了。"
EVENT_ALREADY_STARTED = "活动已经开始，不能再修改了。"
CHECKIN_OK = "✅ 签到成功：「{title}」，{time}。"
CHECKIN_ALREADY = "您已经签到过了。"
CHECKIN_EARLY = "签到将于 {opens} 开放（开始前 {minutes} 分钟）。"
CHECKIN_CLOSED = "活动已结束，签到已关闭。"
ICS_CAPTION = "把这个文件用手机打开，即可加入日历。"
ICS_EMPTY = "近期没有可加入日历的活动。"

# Import (run_bot.py events import)
IMPORT_MISSING_COLUMN = "缺少必需的列“{column}”"
IMPORT_ROW_ERROR = "第 {row} 行“{column}”：{problem}"
IMPORT_REQUIRED = "不能为空"
IMPORT_BAD_ORGANISER = "“{value}”不是管理员（请填管理员的 Telegram 用户ID 或姓名）"
IMPORT_BAD_FILE = "无法读取文件 {path}：{error}"
IMPORT_NOTHING_DONE = "共 {count} 处错误，没有导入任何活动。"
IMPORT_DONE = "已导入 {events} 个活动，已安排通知 {notices} 条。"
IMPORT_EMPTY = "文件里没有活动。"

# --- Broadcasts ------------------------------------------------------------------

BC_NOTICE = "📢 <b>通知</b>\n\n{body}"
BC_NOTICE_MEDIA = "📢 <b>通知</b>\n\n{body}"
BC_READ_BUTTON = "已阅"
BC_READ_THANKS = "已确认已阅，谢谢！"
BC_READ_ALREADY = "您已确认过已阅。"
BC_READ_NOT_YOURS = "这条通知不是发给您的。"
BC_READ_PREVIEW = "这是预览，委员收到后点此确认已阅。"
BC_READ_MARK = "\n\n✅ 已阅"
BC_REMINDER = "⏰ <b>提醒</b>：您有一条通知尚未确认已阅：\n「{title}」\n请查看该通知并点击下方“已阅”。"

BC_ASK_CONTENT = (
    "📢 <b>群发通知</b>\n第一步：请发送通知内容。\n"
    "可以是一段文字（加粗、链接等格式会保留），也可以是一张图片或一个文件（可附说明文字）。\n"
    "随时发送 /cancel 取消。"
)
BC_CONTENT_INVALID = "请发送文字、图片或文件作为通知内容。"
BC_CONTENT_TOO_LONG = "内容太长了，请精简到 {limit} 字以内。"
BC_ASK_AUDIENCE = (
    "第二步：请选择<b>发送对象</b>（专委会、界别可多选），选好后点“下一步”。\n\n"
    "当前选择：{label}\n收件人：<b>{count}</b> 人{unreachable}\n" + AUDIENCE_RULE_NOTE
)
BC_UNREACHABLE_NOTE = "\n其中 {count} 人暂时无法接收（未打开与机器人的对话或已屏蔽机器人）：{names}"
BC_ALL = "全体委员"
# --- audience rule (one rule for events and broadcasts; MembersService.audience) ---
# 全体委员 = every approved, unblocked 委员; staff (admins) count only if they registered as 委员.
BC_ONLY_ME = "仅发给我"
BC_NOBODY = "（尚未选择）"
BC_UNREAD_AUDIENCE = "未读委员"
BC_NEXT = "下一步"
BC_AUDIENCE_EMPTY = "还没有选择发送对象，或所选范围内没有委员，请重新选择。"
BC_ASK_RECEIPT = "第三步：是否需要委员<b>确认已阅</b>（回执）？"
BC_RECEIPT_YES = "需要回执"
BC_RECEIPT_NO = "不需要"
BC_PREVIEW_INTRO = "第四步：预览。下面就是委员将收到的样子："
BC_PREVIEW_CONFIRM = (
    "以上是预览。\n发送对象：{label}，共 <b>{count}</b> 人{unreachable}；回执：{receipt}。\n"
    "请选择立即发送、定时发送，或取消。"
)
BC_SEND_NOW = "立即发送"
BC_SEND_LATER = "定时发送"
BC_ASK_TIME = "请输入发送时间，例如 <code>2026-12-03 14:30</code>、<code>12月3日 14:30</code> 或 <code>明天 9:00</code>（{zone}）。也可以写“半小时后”“明早9点”。"
BC_TIME_INVALID = "没看懂这个时间。请按“2026-12-03 14:30”或“12月3日 14:30”的格式输入。"
BC_CONFIRM_TIME = "发送时间：<b>{when}</b>\n对吗？"
BC_SCHEDULED = "⏰ 已定时：将于 <b>{when}</b> 发送给 {label}（按当时的名单，约 {count} 人）。可用 /broadcasts 查看或取消。"
BC_DISCARDED = "已取消，这条通知不会发送。"
BC_NOT_TEXT_STEP = "请点选上方按钮继续，或发送 /cancel 取消。"

BC_PROGRESS = (
    "📤 <b>通知发送中</b>「{title}」\n"
    "已发送 {sent} / {total} · 失败 {failed} · 无法送达 {unreachable} · 预计剩余 {eta}"
)
BC_PROGRESS_PAUSED = "⏸ <b>通知已暂停</b>「{title}」\n已发送 {sent} / {total} · 失败 {failed} · 无法送达 {unreachable} · 待发 {left}"
BC_PROGRESS_DONE = "✅ <b>通知发送完毕</b>「{title}」\n已发送 {sent} / {total} · 失败 {failed} · 无法送达 {unreachable}"
BC_PROGRESS_CANCELLED = "⛔ <b>通知已取消</b>「{title}」\n已发送 {sent} / {total} · 失败 {failed} · 无法送达 {unreachable} · 未发 {left}"
BC_ETA_SECONDS = "{s} 秒"
BC_ETA_MINUTES = "{m} 分 {s} 秒"
BC_ETA_HOURS = "{h} 小时 {m} 分"
BC_PAUSE = "暂停"
BC_RESUME = "继续"
BC_CANCEL = "取消发送"
BC_DOWNLOAD = "下载明细"
BC_PAUSED = "已暂停。"
BC_RESUMED = "已继续发送。"
BC_CANCELLED_TOAST = "已取消发送。"
BC_CONTROL_TOO_LATE = "这条通知现在是“{status}”状态，不能这样操作。"

BC_REPORT = (
    "📊 <b>发送报告</b>「{title}」\n"
    "发送对象：{label}，共 {total} 人\n"
    "✅ 已送达 {sent} 人\n"
    "🚫 无法送达 {unreachable} 人{unreachable_names}\n"
    "❌ 发送失败 {failed} 人{failed_lines}{left_line}"
)
BC_REPORT_NAMES = "：{names}"
BC_REPORT_FAILURE = "\n　• {name}：{reason}"
BC_REPORT_LEFT = "\n⛔ 已取消，未发送 {left} 人"
BC_XLSX_CAPTION = "通知「{title}」的发送明细"
BC_XLSX_FILENAME = "通知{id}发送明细.xlsx"
BC_XLSX_SHEET = "发送明细"
BC_XLSX_HEADER = ("姓名", "用户ID", "界别", "专委会", "结果", "尝试次数", "发送时间", "已阅时间", "原因")
BC_STATE_NAMES = {"pending": "待发送", "claimed": "发送中", "sent": "已送达", "unreachable": "无法送达",
                  "failed": "失败"}
BC_STATUS_NAMES = {"draft": "草稿", "scheduled": "已定时", "sending": "发送中", "paused": "已暂停",
                   "cancelled": "已取消", "done": "已完成"}
BC_KIND_NAMES = {"text": "文字通知", "photo": "图片通知", "document": "文件通知", "reminder": "提醒"}
BC_WHY_NOT_STARTED = "未打开与机器人的对话"
BC_WHY_BLOCKED = "已屏蔽机器人"

BC_LIST_HEADER = "📋 <b>最近的通知</b>（共 {count} 条，最新的在最后）"
BC_LIST_EMPTY = "还没有发过通知。发送 /broadcast 新建一条。"
BC_LIST_ITEM = "<b>#{id}</b>「{title}」\n{status}{when} · 发送对象：{label}{counts}"
BC_LIST_COUNTS = "\n送达 {sent} / {total}{read}"
BC_LIST_READ = " · 已阅 {read} / {sent}"
BC_LIST_NO_RECEIPT = " · 无需回执"
BC_LIST_SCHEDULED_AT = "（{when}）"
BC_UNREAD_BUTTON = "未读名单"
BC_REMIND_BUTTON = "提醒未读"
BC_CANCEL_SCHEDULED = "取消定时"
BC_UNREAD_LIST = "「{title}」尚未确认已阅的 {count} 人：\n{names}"
BC_ALL_READ = "所有收到通知的委员都已确认已阅。"
BC_NO_RECEIPT = "这条通知没有要求回执。"
BC_REMIND_STARTED = "正在提醒 {count} 位未读委员。"

# --- operator's side: start failures (issue 14) ---
START_TOKEN_REFUSED = "启动失败：Telegram 不接受 TELEGRAM_BOT_TOKEN 中的令牌（{reason}），请检查令牌。"
START_WEBHOOK_REFUSED = "启动失败：Telegram 拒绝设置 webhook {url}（{reason}），请检查 web.webhook_url 是否为公网可达的 https 地址。"
START_TELEGRAM_REFUSED = "启动失败：Telegram 服务器 {server} 拒绝了请求（{reason}）。"
START_TELEGRAM_UNREACHABLE = "启动失败：无法连接 Telegram 服务器 {server}（{reason}），请检查网络或 TELEGRAM_BASE_URL。"
START_WEB_FAILED = "启动失败：网页服务无法在 {host}:{port} 上启动（{reason}），请检查 web.host 和 web.port。"
# --- Roster (委员名册) ---
ROSTER_BAD_TYPE = "只能导入 .xlsx 或 .csv 文件"
ROSTER_DAMAGED = "文件已损坏，或不是有效的表格文件"
ROSTER_UNREADABLE = "无法读取名册文件（{reason}），没有导入任何内容。请发送 .xlsx 或 .csv 文件，第一行为列名：姓名、界别、专委会、手机、单位、职务。"
ROSTER_EMPTY = "名册文件里没有委员。"
ROSTER_BAD_NAME = "姓名应为 2–20 个汉字或字母"
ROSTER_BAD_SECTOR = "“{value}”不是本会的界别名称"
ROSTER_BAD_COMMITTEE = "“{value}”不是本会的专委会名称"
ROSTER_BAD_PHONE = "“{value}”不是有效的手机号"
ROSTER_TOO_LONG = "不能超过 {limit} 个字"
ROSTER_DUPLICATE_PHONE = "与第 {row} 行的手机号重复"
ROSTER_DUPLICATE_NAME = "与第 {row} 行是同一界别的同名委员，请填写手机号加以区分"
ROSTER_SAME_PERSON = "与第 {row} 行对应名册中的同一位委员（{name}）"
ROSTER_IMPORT_PROMPT = "请发送委员名册文件（.xlsx 或 .csv）。第一行为列名：姓名、界别（必填），专委会、手机、单位、职务（选填），顺序不限。再次导入时按手机号（无手机号按姓名＋界别）更新，不会重复添加。发送 /cancel 取消。"
ROSTER_IMPORT_NEED_FILE = "请以文件形式发送名册（.xlsx 或 .csv），或发送 /cancel 取消。"
ROSTER_TOO_BIG = "文件太大（{size} MB），名册文件不能超过 {limit} MB。"
ROSTER_IMPORT_DONE = "✅ 名册导入完成：新增 {added} 人，更新 {updated} 人，未变 {unchanged} 人。"
ROSTER_IMPORT_FAILED = "❌ 名册有 {count} 处问题，没有导入任何内容。请改正后重新发送：\n{lines}"
ROSTER_IMPORT_MORE = "……另有 {more} 处问题"
ROSTER_LINKS_SHEET = "邀请链接"
ROSTER_LINKS_HEADER = ("姓名", "手机", "链接")
ROSTER_LINKS_FILENAME = "委员邀请链接_{stamp}.xlsx"
ROSTER_LINKS_CAPTION = "{count} 位尚未加入的委员的专属邀请链接。请通过短信或微信发给本人：打开链接即可加入，无需审核；每个链接只能使用一次。"
ROSTER_LINKS_NONE = "名册里的委员都已加入，没有需要发送的邀请链接。"
ROSTER_EXPORT_SHEET = "委员名册"
ROSTER_EXPORT_HEADER = ("姓名", "界别", "专委会", "手机", "单位", "职务", "状态", "加入时间", "能否送达", "来源",
                        "Telegram用户ID")
ROSTER_EXPORT_FILENAME = "委员名册_{stamp}.xlsx"
ROSTER_EXPORT_CAPTION = "委员名册：已加入 {joined} 人，未加入 {not_joined} 人，待审核 {pending} 人，已停用 {blocked} 人。"
ROSTER_STATE_NAMES = {"joined": "已加入", "not_joined": "未加入", "pending": "待审核", "blocked": "已停用"}
ROSTER_REACH_OK = "可送达"
ROSTER_REACH_BLOCKED = "已屏蔽机器人（无法送达）"
ROSTER_REACH_NOT_STARTED = "未打开对话（无法送达）"
ROSTER_REACH_NONE = "—"
ROSTER_ON_LIST = "名册"
ROSTER_OFF_LIST = "名册外"
ROSTER_COUNTS = "📋 <b>委员名册</b>（名册 {total} 人）\n已加入 {joined} · 未加入 {not_joined} · 待审核 {pending} · 已停用 {blocked}{unjoined}{blocked_bot}\n\n"
ROSTER_COUNTS_UNJOINED = "\n未加入按专委会：{groups}（点“未加入名单”看姓名）"
ROSTER_COUNTS_BLOCKED_BOT = "\n⚠️ 已屏蔽机器人（无法送达）{count} 人"
ROSTER_NO_ROSTER = "📋 还没有导入委员名册（发送 /members_import 导入）。\n\n"
ROSTER_BUTTON_UNJOINED = "未加入名单"
ROSTER_BUTTON_LINKS = "下载邀请链接"
ROSTER_BUTTON_EXPORT = "导出名册"
ROSTER_UNJOINED_HEADER = "📋 <b>未加入的委员</b>（共 {count} 人，按专委会和界别）"
ROSTER_UNJOINED_COMMITTEE = "\n<b>【{committee}】</b>"
ROSTER_UNJOINED_NO_COMMITTEE = "未分专委会"
ROSTER_UNJOINED_SECTOR = "{sector}（{count}）：{names}"
ROSTER_UNJOINED_NONE = "名册里的委员都已加入。"
ROSTER_BOUND = "欢迎您，{name}委员！您已通过专属邀请链接加入{committee}的{bot_name}，无需等待审核。\n界别：{sector}　专委会：{special_committee}\n如信息有误，请联系市政协机关工作人员。"
ROSTER_BOUND_ALREADY = "您已经通过专属邀请链接加入，无需再次打开。"
ROSTER_LINK_INVALID = "这个专属邀请链接{reason}，请联系市政协机关工作人员重新获取。"
ROSTER_LINK_TAKEN = "这个邀请链接已被其他账号使用。如果这是您的专属链接，请联系市政协机关工作人员。"
ROSTER_ALREADY_BOUND = "您的账号已与名册中的“{name}”对应，不能再使用其他委员的邀请链接。"
ROSTER_MATCH_FULL = "\n📋 名册匹配：{name}（{sector}，{committee}），单位：{unit}，职务：{title}——姓名、手机与名册一致"
ROSTER_MATCH_NAME = "\n📋 名册中有同名委员：{name}（{sector}，{committee}），名册手机：{phone}——手机不一致，请核对"
ROSTER_MATCH_PHONE = "\n📋 名册中此手机号属于：{name}（{sector}，{committee}）——姓名不一致，请核对"
ROSTER_MATCH_NONE = "\n📋 名册中没有与此姓名和手机对应的委员"
ROSTER_CLI_NOTHING_DONE = "共 {count} 处问题，没有导入任何内容。"
ROSTER_CLI_LINKS_DONE = "已导出 {count} 个邀请链接：{path}"
ROSTER_CLI_NO_USERNAME = "不知道机器人的用户名：请用 --bot-username 指定，或在 config.toml 的 roster.bot_username 填写（机器人在对话中生成链接时也会记下）。"
ROSTER_CLI_EXPORT_DONE = "已导出名册 {count} 人（已加入 {joined}，未加入 {not_joined}，待审核 {pending}，已停用 {blocked}）：{path}"
ROSTER_CLI_BAD_OUT = "无法写入 {path}：{error}"
ROSTER_REGISTER_INSTEAD = "\n您也可以发送 /start 按步骤注册，由工作人员审核。"
COMMANDS_ADMIN["members_import"] = "导入委员名册"
ADMIN_TASK_ROSTER_IMPORT = "导入委员名册"
# --- admin console (issue 14: /web and the pages under /admin/) ---
CONFIG_CONSOLE_KEY_NEEDED = "设置了 WEB_BASE_URL（开启管理台）时必须同时设置 WEB_SECRET_KEY（会话密钥，任意一串足够长的随机字符）"
CONSOLE_OFF = "管理台未开启：请运维人员设置 WEB_BASE_URL 和 WEB_SECRET_KEY 后重启机器人。"
CONSOLE_LINK = ("🖥 <b>管理台登录链接</b>\n{url}\n\n"
                "链接 {minutes} 分钟内有效，只能使用一次，请勿转发他人。在电脑或手机浏览器中打开，点“进入管理台”即可。")
CONSOLE_LINK_UNKNOWN = "这个登录链接无效。请在机器人中重新发送 /web 获取新链接。"
CONSOLE_LINK_USED = "这个登录链接已经用过了。请在机器人中重新发送 /web 获取新链接。"
CONSOLE_LINK_EXPIRED = "这个登录链接已过期（有效期 10 分钟）。请在机器人中重新发送 /web 获取新链接。"
CONSOLE_NOT_ADMIN = "您已不是管理员，无法进入管理台。"
CLI_WEB_FAILED = "网页服务无法在 {host}:{port} 启动（{reason}），管理台不可用；请换一个 web.port 后重试。"
CLI_CONSOLE = "管理台：{url}/admin/（管理员在机器人中发送 /web 获取登录链接）"
COMMANDS_ADMIN["web"] = "获取管理台登录链接"  # without the console, /web says how to turn it on
# Everything the console's pages show, by key (the templates read them as t.KEY).
CONSOLE = {
    "title": "履职助手管理台",
    "nav_overview": "概览", "nav_submissions": "社情民意", "nav_events": "活动", "nav_broadcasts": "通知",
    "nav_members": "委员", "nav_knowledge": "知识库", "logout": "退出",
    "logged_in_as": "{name}（管理员）",
    "welcome": "欢迎，{name}。",
    "logged_out": "您已退出管理台。需要时请在机器人中发送 /web 获取新的登录链接。",
    "login_needed_title": "请先登录",
    "login_needed": "管理台不用密码登录：请在 Telegram 中向机器人发送 /web，机器人会回复一个 10 分钟内有效的一次性链接，"
                    "用浏览器打开它并点“进入管理台”。只有管理员能获取链接；会话 8 小时后需要重新登录。",
    "login_title": "进入管理台",
    "login_text": "这是您用 /web 获取的一次性登录链接。点下面的按钮进入管理台（链接随即失效）。",
    "login_button": "进入管理台",
    "csrf_refused": "表单已过期或来源不明，请刷新页面后重试。",
    "not_found": "找不到这项内容，可能已被删除。",
    "back_home": "返回概览",
    "members_by_status": "委员（按状态）",
    "month_by_status": "本月提交的社情民意（按当前状态）",
    "chart_title": "近六个月每周提交的社情民意",
    "chart_total": "共 {count} 件",
    "chart_bar": "{day}起的一周：{count} 件",
    "upcoming": "即将举行的活动",
    "recent_broadcasts": "最近的通知",
    "top_gaps": "未能回答最多的问题",
    "times": "{count} 次",
    "none": "暂无",
    "filter_from": "起始日期", "filter_to": "截止日期", "filter_status": "状态或已达级别", "filter_category": "类别",
    "filter_sector": "界别", "filter_committee": "专委会", "filter_text": "关键词", "filter_any": "不限",
    "filter_button": "筛选", "filter_clear": "清除筛选",
    "bad_date": "{field}“{value}”不是有效日期，请按 2026-01-31 的格式填写。",
    "bad_range": "截止日期早于起始日期，请检查筛选条件。",
    "bad_choice": "没有“{value}”这个选项。",
    "found": "共 {total} 件，第 {page}/{pages} 页",
    "export": "按当前筛选导出：",
    "prev": "上一页", "next": "下一页",
    "col_number": "编号", "col_title": "标题", "col_author": "提交人", "col_category": "类别",
    "col_status": "状态", "col_filed": "提交时间", "col_name": "姓名", "col_sector": "界别",
    "col_committee": "专委会", "col_role": "角色", "col_actions": "操作", "col_phone": "手机",
    "col_when": "时间", "col_place": "地点", "col_kind": "类型", "col_counts": "参加 / 请假 / 未回复 / 签到",
    "empty": "没有符合条件的记录。",
    "author": "提交人", "unit": "单位", "phone": "手机", "cosigners": "联名", "seconders": "附议",
    "attachments": "附件", "history": "办理记录", "history_line": "{actor}：{from_status} → {to_status}",
    "change_status": "更改状态", "note": "说明（会告诉提交人，可不填）", "change_button": "确定更改",
    "no_next": "当前状态下没有可以转入的状态。",
    "instruct": "批示", "leader": "批示领导", "instruction": "批示内容", "instruct_button": "记录批示",
    "reply": "回复提交人", "reply_button": "发送回复",
    "status_changed": "已改为“{status}”。", "instructed": "批示已记录。", "replied": "回复已保存。",
    "member_told": "提交人将收到机器人通知。", "member_not_told": "提交人目前无法接收机器人消息，未能通知。",
    "upcoming_events": "即将举行", "past_events": "已经开始或结束", "attendance_export": "下载签到表（XLSX）",
    "attend_list": "参加", "leave_list": "请假", "none_list": "未回复", "checked_list": "已签到",
    "approve": "同意", "reject": "不同意", "leave_reason": "事由",
    "leave_approved": "已同意{name}的请假，对方会收到通知。", "leave_rejected": "已不同意{name}的请假，对方会收到通知。",
    "leave_already": "这条请假已经审批过了。",
    "bc_counts": "送达 {sent} / {total} · 已阅 {read} · 失败 {failed} · 无法送达 {unreachable}",
    "bc_unread": "未读名单", "bc_remind": "提醒未读", "bc_all_read": "所有收到通知的委员都已确认已阅。",
    "bc_no_receipt": "这条通知没有要求回执。", "bc_failures": "失败与无法送达",
    "members_total": "共 {total} 人",
    "member_actions": {"approve": "通过", "reject": "拒绝", "block": "停用", "unblock": "恢复",
                       "promote": "设为管理员", "demote": "取消管理员"},
    "member_done": "已对{name}执行“{action}”。",
    "documents": "文档", "upload": "上传文档", "upload_button": "上传", "remove": "删除", "bundled": "内置",
    "passages": "{count} 段",
    "upload_missing": "请先选择要上传的文件。", "upload_too_large": "文件超过 {mb} MB，无法上传。",
    "document_added": "已导入“{name}”，共 {passages} 段。", "document_removed": "文档已删除。",
    "faqs": "常见问题（问答对）", "question": "问题", "answer": "答案", "add_faq": "添加问答", "save": "保存",
    "faq_added": "问答已添加。", "faq_edited": "问答已修改。", "faq_removed": "问答已删除。",
    "handed": "转给工作人员的问题", "declined": "机器人未能回答的问题", "reply_sent": "已回复：",
    "forward_replied": "回复已发出，委员会收到机器人消息。",
    "confirm": "确定吗？",
}
# --- 履职档案 (duty record) ---
COMMANDS_MEMBER["record"] = "我的履职档案"
COMMANDS_ADMIN.update({"record": "我的履职档案", "records": "委员履职档案与导出", "record_add": "添加履职记录"})
RECORD_THIS_YEAR = "今年"
RECORD_YEAR = "{year}年"
RECORD_MISSING_NO_SUBMISSION = "{when}还没有报送社情民意"
RECORD_MISSING_SUBMISSIONS = "{when}报送社情民意 {n} 篇，至少应报送 {min} 篇"
RECORD_MISSING_ATTENDED = "{when}参加活动 {n} 次，至少应参加 {min} 次"
RECORD_MISSING_POINTS = "积分 {points} 分，低于合格线 {line} 分"
RECORD_OUTCOME_NAMES = {"attended": "参加", "leave_approved": "请假（已批准）", "leave": "请假（未批准）",
                        "absent": "缺席", "read": "已阅", "unread": "未阅"}
RECORD_OUTCOME_SHORT = {"attended": "参加", "leave": "请假", "absent": "缺席"}
RECORD_ADOPTION_NAMES = {"adopted_city": "市政协采用", "adopted_prov": "省政协采用", "adopted_nat": "全国政协采用",
                         "instructed": "领导批示"}
RECORD_CATEGORY_NAMES = {"submission": "报送社情民意", "cosign": "联名", "second": "附议", "issue": "编入《社情民意》",
                         "notice": "通知回执", "question": "转交工作人员的问题"}
RECORD_MANUAL_MARK = "记录 #{id}"
RECORD_BAD_DATE = "“{text}”不是有效的日期，请写成 2026-03-05 或 3月5日。"
RECORD_DATE_AHEAD = "“{text}”还没有到，履职记录只能记已经发生的事。"
RECORD_BAD_YEAR = "没有 {year} 年的履职档案。"
RECORD_BAD_KIND = "没有“{kind}”这种履职记录类型。可用的类型：{kinds}"
RECORD_NOTE_TOO_LONG = "备注最多 {limit} 字，现在是 {length} 字。"
RECORD_FILENAMES = {"xlsx": "{year}年委员履职档案.xlsx", "docx": "{year}年度委员履职情况通报.docx",
                    "member": "{name}{year}年度履职档案.docx"}
RECORD_NO_COMMITTEE = "未分专委会"
RECORD_XLSX_HEAD = ("姓名", "界别", "专委会", "工作单位")
RECORD_XLSX_EVENT_COLUMN = "{kind}{outcome}"
RECORD_XLSX_READ_RATIO = "已阅率"
RECORD_XLSX_TAIL = ("参加活动合计", "请假合计", "缺席合计", "报送社情民意", "联名", "附议", "市政协采用", "省政协采用",
                    "全国政协采用", "领导批示", "编入《社情民意》", "需回执通知", "已阅", RECORD_XLSX_READ_RATIO,
                    "转交问题", "其他履职记录", "积分", "等级", "未达要求")
RECORD_XLSX_SUMMARY_SHEET = "履职汇总"
RECORD_XLSX_DETAIL_SHEET = "明细"
RECORD_XLSX_RULES_SHEET = "积分规则"
RECORD_XLSX_DETAIL_COLUMNS = ("姓名", "界别", "专委会", "日期", "类别", "内容", "结果", "积分")
RECORD_RULES_HEADER = ("项目", "分值")
RECORD_RULE_ATTEND = "参加{kind}（每次）"
RECORD_RULE_NAMES = {"leave_approved": "请假（已批准）", "leave": "请假（未批准）", "absent": "缺席",
                     "submission": "报送社情民意（每篇）", "cosign": "联名（每篇）", "second": "附议（每篇）",
                     "adopted_city": "市政协采用", "adopted_province": "省政协采用", "adopted_national": "全国政协采用",
                     "instruction": "领导批示（每次）", "in_issue": "编入《社情民意》", "notice_read": "通知已阅（每条）",
                     "question": "转交工作人员的问题（每个）"}
RECORD_RULE_MANUAL = "{kind}（手工记录）"
RECORD_RULE_GRADE = "{grade}（不低于）"
RECORD_RULE_PASS_LINE = "合格线（积分）"
RECORD_RULE_MIN_SUBMISSIONS = "每年至少报送社情民意（篇）"
RECORD_RULE_MIN_ATTENDED = "每年至少参加活动（次）"
RECORD_REPORT_TITLE = "{year}年度委员履职情况通报"
RECORD_REPORT_SCOPE = "（{scope}）"
RECORD_REPORT_COUNT = "共 {count} 位委员"
RECORD_REPORT_OVERALL = "一、总体情况"
RECORD_REPORT_OVERALL_TEXT = ("{year}年，{count} 位委员共参加各类活动 {attended} 人次，请假 {leave} 人次，缺席 {absent} 人次；"
                              "报送社情民意 {submissions} 篇，被采用 {adopted} 篇次，获领导批示 {instructions} 次；"
                              "其他履职记录 {manual} 项。委员平均积分 {average} 分。")
RECORD_REPORT_GRADES = "等级分布：{grades}。"
RECORD_REPORT_GRADE_ITEM = "{grade} {n} 人"
RECORD_REPORT_BY_COMMITTEE = "二、各专委会履职情况"
RECORD_REPORT_COMMITTEE_LINE = "{committee}（{count} 人，平均积分 {average} 分）"
RECORD_REPORT_COLUMNS = ("序号", "姓名", "界别", "参加活动", "请假", "缺席", "社情民意", "采用", "批示", "积分", "等级")
RECORD_REPORT_TOP = "三、积分排名前 {n} 位的委员"
RECORD_REPORT_BELOW = "四、未达到履职基本要求的委员"
RECORD_REPORT_BELOW_COLUMNS = ("序号", "姓名", "专委会", "积分", "未达要求")
RECORD_REPORT_NONE_BELOW = "全体委员均达到履职基本要求。"
RECORD_MEMBER_DOC_TITLE = "{year}年度委员履职档案"
RECORD_MEMBER_DOC_INFO = ("姓名", "界别", "专委会", "工作单位")
RECORD_MEMBER_DOC_SUMMARY = "一、履职情况"
RECORD_MEMBER_DOC_COUNTS = ("参加活动", "请假", "缺席", "社情民意", "联名/附议", "采用", "批示", "编入期刊", "通知已阅率",
                            "其他记录")
RECORD_MEMBER_DOC_POINTS = "全年积分 {points} 分，等级：{grade}。"
RECORD_MEMBER_DOC_ENTRIES = "二、履职明细"

RECORD_ROUTE_HINT = "想看自己的履职情况？请点下方“我的履职”按钮，或发送 /record。"
RECORD_SUMMARY = ("📒 <b>{year}年履职档案</b>（{name}）\n"
                  "参加活动 {attended} 次{by_kind} · 请假 {leave} · 缺席 {absent}\n"
                  "社情民意：报送 {submissions} 篇 · 联名 {cosigned} · 附议 {seconded}\n"
                  "采用：市政协 {city} · 省政协 {province} · 全国政协 {national} · 领导批示 {instructions}\n"
                  "编入《社情民意》{in_issue} 篇 · 通知已阅 {read} · 转交问题 {questions}\n"
                  "其他履职记录 {manual} 项\n"
                  "积分 <b>{points}</b> 分 · 等级：{grade}")
RECORD_BY_KIND = "（{parts}）"
RECORD_READ = "{read}/{sent}"
RECORD_READ_NONE = "—"
RECORD_MISSING_HEADER = "\n\n还需努力："
RECORD_MISSING_LINE = "\n• {text}"
RECORD_ALL_MET = "\n\n✅ 已达到委员会的履职基本要求。"
RECORD_BTN_ENTRIES = "履职明细"
RECORD_BTN_DOCX = "下载档案"
RECORD_BTN_YEAR = "{year}年"
RECORD_BTN_BACK = "返回概况"
RECORD_BTN_OLDER = "更早 ›"
RECORD_BTN_NEWER = "‹ 较新"
RECORD_ENTRIES_HEADER = "📒 <b>{year}年履职明细</b>（{name}，第 {page}/{pages} 页，共 {count} 条）"
RECORD_ENTRIES_EMPTY = "📒 {year}年还没有履职记录。"
RECORD_ENTRY_LINE = "\n{day} {kind}{title}{result}{points}"
RECORD_ENTRY_TITLE = "「{title}」"
RECORD_ENTRY_RESULT = " · {result}"
RECORD_ENTRY_POINTS = " <b>+{points}</b>"
RECORD_MEMBER_DOC_CAPTION = "{name}的{year}年度履职档案"
RECORD_NOT_FOUND = "没有找到这位委员的履职档案。"

RECORDS_OVERVIEW = ("📊 <b>{year}年委员履职情况</b>\n委员 {count} 人 · 平均积分 {average} 分\n{grades}\n"
                    "未达到基本要求 {below} 人")
RECORDS_GRADE_ITEM = "{grade} {n}"
RECORDS_USAGE = ("\n\n查看某位委员：/records 姓名\n添加履职记录：/record_add 姓名或用户ID 日期 类型 备注\n"
                 "更正：/record_fix 记录号 日期|类型|备注 新内容　删除：/record_del 记录号\n类型：{kinds}")
RECORDS_BTN_XLSX = "导出 Excel"
RECORDS_BTN_DOCX = "导出通报（Word）"
RECORDS_WORKING = "正在生成，请稍候……"
RECORDS_XLSX_CAPTION = "{year}年委员履职档案（{count} 人）"
RECORDS_DOCX_CAPTION = "{year}年度委员履职情况通报（{count} 人）"
RECORDS_PICK_MEMBER = "找到多位委员，请选择："
RECORDS_NO_MEMBER = "没有找到“{query}”。"
RECORDS_MEMBER_BUTTON = "{name}（{detail}）"
RECORD_ADD_USAGE = ("添加履职记录：/record_add 姓名或用户ID 日期 类型 备注\n例如：/record_add 李四 2026-03-05 大会发言 "
                    "在全会上作大会发言\n类型：{kinds}")
RECORD_ADD_AMBIGUOUS = "有多位委员叫“{query}”，请改用用户ID：\n{names}"
RECORD_ADD_AMBIGUOUS_LINE = "{name}（用户ID {tid}，{detail}）"
RECORD_ENTRY_VIEW = ("记录 #{id}：{name}\n{day} {kind}（{points} 分）\n备注：{note}\n"
                     "录入：{created_by}，{created_at}{updated}")
RECORD_ENTRY_UPDATED = "\n更正：{by}，{at}（保留更正前的版本 {versions} 个）"
RECORD_ENTRY_DELETED = "\n（已删除，不再计入档案）"
RECORD_ADDED = "✅ 已添加。\n"
RECORD_FIXED = "✅ 已更正。\n"
RECORD_FIX_USAGE = "更正履职记录：/record_fix 记录号 日期|类型|备注 新内容\n例如：/record_fix 12 备注 在全会上作书面发言"
RECORD_DEL_USAGE = "删除履职记录：/record_del 记录号"
RECORD_ENTRY_NOT_FOUND = "没有记录 #{id}。"
RECORD_FIELD_NAMES = {"日期": "day", "类型": "kind", "备注": "note"}
RECORDS_CLI_DONE = "已导出 {year} 年 {count} 位委员的履职档案：{path}"
RECORDS_CLI_MEMBER_DONE = "已导出{name}的 {year} 年履职档案：{path}"
RECORDS_CLI_BAD_OUT = "无法写入：{path} 所在的文件夹不存在。"
RECORDS_CLI_BAD_FORMAT = "格式“{value}”不可用，请用 xlsx 或 docx。"
RECORDS_CLI_NO_MEMBER = "没有找到委员 {member}（请用 Telegram 用户ID，或 #记录号）。"
# --- 问卷调查 (polls and surveys) ---
POLL_WORD = "投票"
SURVEY_WORD = "问卷"
POLL_ASK_QUESTION = "请输入<b>投票问题</b>（不超过 255 字）。\n随时发送 /cancel 可放弃。"
SURVEY_ASK_TITLE = "请输入<b>问卷标题</b>（不超过 255 字）。\n随时发送 /cancel 可放弃。"
POLL_QUESTION_INVALID = "问题不能为空，且不超过 {limit} 字，请重新输入。"
POLL_ASK_OPTIONS = "请输入<b>选项</b>，2 至 10 个，每行一个（或在一行内用 | 分隔）。例如：\n上午\n下午\n都可以"
POLL_OPTIONS_COUNT = "选项需要 {low} 至 {high} 个，每行一个，请重新输入。"
POLL_OPTION_TOO_LONG = "每个选项不超过 {limit} 字，请重新输入。"
POLL_OPTIONS_REPEATED = "有重复的选项，请重新输入。"
POLL_ASK_MODE = "请选择作答方式："
POLL_SINGLE = "单选"
POLL_MULTI = "多选"
POLL_ASK_NAMING = "请选择实名还是匿名："
POLL_NAMED = "实名"
POLL_ANON = "匿名"
POLL_NAMED_NOTE = "实名：工作人员可以看到每位委员的回答。"
POLL_ANON_NOTE_POLL = "匿名：本助手只统计各选项的票数，无法知道谁投了什么，也无法知道谁还没有投票。"
POLL_ANON_NOTE_SURVEY = ("匿名：答案保存时不带委员身份，任何人（包括工作人员）都无法把答案与个人对应；"
                         "只另外记录谁已经答完，以便提醒未答的委员。")
POLL_ASK_AUDIENCE = ("请选择<b>发送对象</b>：点“全体委员”或“仅发给我”，或点选一个或多个专委会、界别（再点一次取消），"
                     "选好后点“下一步”。\n当前选择：{label}\n收件人：<b>{count}</b> 人（其中 {unreachable} 人无法送达）\n"
                     + AUDIENCE_RULE_NOTE)
POLL_AUDIENCE_EMPTY = "所选范围内没有委员，请重新选择。"
POLL_ASK_DEADLINE = "请输入<b>截止时间</b>（{zone}），例如“12月3日 18:00”“明天下午5点”“3天后”；不需要截止时间请点下面的按钮。"
POLL_NO_DEADLINE_BUTTON = "不设截止时间"
POLL_CONFIRM_DEADLINE = "截止时间：{when}\n确认吗？到时将自动结束并把结果发给您。"
POLL_NO_DEADLINE = "未设截止时间"
POLL_DEADLINE_LINE = "\n请在 {when} 前作答。"
POLL_PREVIEW = "<b>预览</b>（{kind}）\n<b>{title}</b>\n{body}\n{mode}\n{naming}\n截止时间：{deadline}"
POLL_PREVIEW_AUDIENCE = "\n发送对象：{label}，共 <b>{count}</b> 人（其中 {unreachable} 人无法送达）\n确认无误后点“发送”。"
POLL_SEND = "发送"
POLL_SENT = "{kind}已开始发送：{count} 人将收到（{unreachable} 人无法送达）。发送 /polls 查看结果。"
POLL_DISCARDED = "已放弃，未发送。"
POLL_TEXT_PLEASE = "请发送文字。"
POLL_USE_BUTTONS = "请点上面的按钮继续，或发送 /cancel 放弃。"
SURVEY_KIND_NAMES = {"single": "单选题", "multi": "多选题", "rating": "评分题（1–5分）", "text": "填空题"}
SURVEY_ASK_QUESTIONS = ("问卷《{title}》的题目：\n{questions}\n\n点下面的题型添加一道题；也可以直接发送 Excel 文件"
                        "（第一行为表头，每行一题：题型、题目、选项（用 | 分隔））。题目添加完后点“题目已添加完”。")
SURVEY_NO_QUESTIONS_YET = "（还没有题目）"
SURVEY_QUESTION_LINE = "{number}. 【{kind}】{text}{options}"
SURVEY_QUESTIONS_DONE = "题目已添加完"
SURVEY_ASK_CHOICE_TEXT = "请输入{kind}：第一行是题目，下面每行一个选项（2 至 10 个）；也可以写在一行里，用 | 分隔，如“题目|选项一|选项二”。"
SURVEY_ASK_PLAIN_TEXT = "请输入{kind}的题目。"
SURVEY_PICK_KIND_FIRST = "请先点选题型，再输入题目。"
SURVEY_NO_QUESTIONS = "问卷还没有题目，请先添加至少一道题。"
SURVEY_TOO_MANY = "一份问卷最多 {limit} 道题。"
SURVEY_IMPORTED = "已导入，问卷现有 {count} 道题。"
SURVEY_IMPORT_UNREADABLE = "无法读取这个文件，请发送 .xlsx 格式的 Excel 文件。"
SURVEY_IMPORT_BAD_KIND = "第 {row} 行“题型”不正确，应为：{kinds}。没有导入任何题目。"
SURVEY_IMPORT_BAD_TEXT = "第 {row} 行“题目”为空或超过 255 字。没有导入任何题目。"
SURVEY_IMPORT_ROW = "第 {row} 行“选项”：{reason}没有导入任何题目。"
SURVEY_IMPORT_EMPTY = "文件里没有题目（第一行为表头，从第二行起每行一题）。"
POLL_STATUS_NAMES = {"open": "进行中", "closed": "已结束"}
POLL_LIST_EMPTY = "还没有发出过投票或问卷。发送 /poll 发起投票，/survey 发起问卷。"
POLL_LIST_HEAD = "最近的 {count} 项投票和问卷："
POLL_LIST_ITEM = "#{id} {kind}《{title}》{status}，已答 {responded} / {total} 人"
POLL_OPEN_ITEM = "查看 #{id}"
POLL_RESULTS_HEAD = "<b>{kind} #{id}《{title}》</b>\n状态：{status}｜{naming}｜截止：{deadline}\n已答 <b>{responded}</b> / {total} 人"
POLL_RESULTS_QUESTION = "\n<b>第{number}题</b> {text}（{answers} 人作答）"
POLL_RESULTS_OPTION = "{number}. {option}：{count} 票（{percent}%）"
POLL_RESULTS_TEXT = "· {who}{text}"
POLL_RESULTS_MORE_TEXTS = "……另有 {count} 条，请导出查看。"
POLL_NON_RESPONDERS = "\n未作答（{count} 人）：{names}"
POLL_ALL_ANSWERED = "\n所有能收到的委员都已作答。"
POLL_ANON_NO_NON_RESPONDERS = "\n匿名投票只统计票数，无法知道谁还没有投票。"
POLL_UNREACHABLE = "无法送达（{count} 人，未启用本助手或已屏蔽）：{names}"
POLL_VIEW_BUTTON = "查看结果"
POLL_EXPORT_BUTTON = "导出Excel"
POLL_REMIND_BUTTON = "提醒未答"
POLL_CLOSE_BUTTON = "关闭"
POLL_CHART_CAPTION = "《{title}》结果图（图中数字为选项序号）\n{legend}"
POLL_REMINDED = "已提醒 {count} 位未作答的委员。"
POLL_REMIND_TOO_SOON = "每小时最多提醒一次，请 {minutes} 分钟后再试。"
POLL_ANON_NO_REMIND = "匿名投票无法知道谁还没有投票，因此不能提醒未答的委员。"
POLL_ALREADY_CLOSED = "这项投票或问卷已经结束了。"
POLL_CLOSED_TOAST = "已关闭，结果将发给您。"
POLL_CLOSED_NOTICE = "📊 投票或问卷已结束，结果如下："
POLL_EXPORTED = "《{title}》的结果已导出。"
POLL_REMINDER = "提醒：您还没有参加投票《{title}》，请在上面收到的投票中选择。{deadline}"
SURVEY_REMINDER = "提醒：您还没有填写问卷《{title}》，点下面的按钮开始填写。{deadline}"
SURVEY_INVITE = "📋 请填写问卷《{title}》，共 {count} 道题。\n{note}{deadline}"
SURVEY_START = "开始填写"
SURVEY_QUESTION_HEAD = "《{title}》第 {number} / {total} 题（{kind}）\n<b>{text}</b>"
SURVEY_RATING_HINT = "请点 1 到 5 分（5 分最高）。"
SURVEY_TEXT_HINT = "请直接输入您的回答（不超过 {limit} 字）。"
SURVEY_TEXT_GIVEN = "您之前的回答：{text}（输入新的回答可以修改）"
SURVEY_NEXT = "下一题"
SURVEY_BACK = "上一题"
SURVEY_SUBMIT = "提交"
SURVEY_CONFIRM = "《{title}》的 {total} 道题都已作答。点“提交”完成，或点“上一题”修改。"
SURVEY_THANKS = "问卷已提交，感谢您的参与！{note}"
SURVEY_THANKS_ANON = "本问卷为匿名，您的答案不会与您的身份关联。"
SURVEY_PICK_ONE = "请至少选择一项。"
SURVEY_TEXT_EMPTY = "回答不能为空，请输入文字。"
SURVEY_TEXT_TOO_LONG = "回答不超过 {limit} 字，您输入了 {length} 字，请精简后重新发送。"
SURVEY_CLOSED = "这份问卷已经结束了，感谢您的关注。"
SURVEY_ALREADY_DONE = "您已经提交过这份问卷了，感谢参与。"
SURVEY_NOT_YOURS = "这份问卷不是发给您的。"
SURVEY_USE_BUTTONS = "请点按钮作答，或发送 /cancel 暂时离开。"
SURVEY_LEFT = "已离开问卷，已填的答案未保存。需要时点邀请消息里的“开始填写”重新作答。"
POLL_XLSX_SHEET = "第{number}题"
POLL_XLSX_COUNT_HEADER = ("选项", "人数", "占比")
POLL_XLSX_MEMBER_HEADER = ("姓名", "回答")
POLL_XLSX_TEXTS = "回答"
POLL_XLSX_NON_SHEET = "未作答"
POLL_XLSX_NAME = "姓名"
POLL_CLI_EXPORTED = "已导出 #{id}《{title}》（已答 {responded} / {total} 人）：{path}"
POLL_CLI_NOT_FOUND = "没有编号为 {id} 的已发出的投票或问卷。"
POLL_CLI_NO_FOLDER = "输出文件夹不存在：{folder}"
POLL_RESULTS_MEAN = "平均 {mean} 分"
POLL_RESULTS_CUT = "……（结果较长，完整内容请点“导出Excel”查看）"
ADMIN_TASK_POLL_NEW = "发起投票"
ADMIN_TASK_SURVEY_NEW = "发起问卷"
ADMIN_TASK_POLL_LIST = "投票与问卷结果"
COMMANDS_ADMIN = {**COMMANDS_ADMIN, "poll": "发起投票", "survey": "发起问卷", "polls": "投票与问卷结果"}

# --- Q&A that generalises (issue 11) ---
QA_ALSO_IN_LEAD = "{here}：{fact}；{where}：{other}"  # two documents disagree, the question named neither
QA_PLACE_REPORT = "{place}政协的报告"
QA_ANOTHER_REPORT = "另一份报告"

# --- Suggested questions after a declined one (issue 11, suggestions) ---
QA_SUGGESTION_NAMED = "{committee}{year}{question}"  # 南渚区政协 + 2025年 + 常委会组建多少个监督小组
QA_SUGGESTION_WORK = "在{item}方面做了哪些工作？"  # a section heading's work item: 在强化理论武装方面…
QA_SUGGESTION_WORK_IN = "{item}，做了哪些工作？"  # a heading that says where itself: 在“三述”中固本强基，…
QA_SECTION_PATH_JOIN = " · "  # 查看原文: 一、过去一年的工作 · （四）民主监督聚焦重点，监督实效持续增强

# --- Q&A: meetings, dates and report heads (issue 11, events) ---
QA_ALSO_MORE = "；{where}：{other}"  # a third (fourth …) document's differing answer after QA_ALSO_IN_LEAD
QA_OTHER_REPORTS = "其余各项分别出自：{titles}"  # the titles of the other reports a first line names
QA_REPORT_TITLE = "《{title}》"
