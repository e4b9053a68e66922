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
MAIN_MENU = ((MENU_ASK, MENU_SUBMIT), (MENU_MY, MENU_SCHEDULE), (MENU_HELP,))
MENU_REVIEW = "审核"
MENU_BROADCAST = "发通知"
MENU_EVENTS = "活动"
MENU_EXPORT = "导出"
MENU_MEMBERS = "委员"
# An admin's keyboard: the member's functions, then the admin's tasks (帮助 last, as for members).
ADMIN_MENU = ((MENU_ASK, MENU_SUBMIT), (MENU_MY, MENU_SCHEDULE),
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
ANSWER_OTHER_DOCUMENT = "以上按最新的《{title}》作答；《{other}》中记为：{fact}"
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
KB_ADDED = "已导入《{title}》（{name}），共 {passages} 段。同名文档已被替换。"
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


# --- Q&A that generalises (issue 11) ---
QA_ALSO_IN_LEAD = "{here}：{fact}；{where}：{other}"  # two documents disagree, the question named neither
QA_PLACE_REPORT = "{place}政协的报告"
QA_ANOTHER_REPORT = "另一份报告"
