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
MENU_PLACEHOLDER = "请输入问题，或选择下方功能"

COMING_SOON = "「{feature}」功能即将开放，敬请期待。"
ASK_PROMPT = "请直接输入您想了解的问题，例如：“去年社情民意编报了多少篇？”"
SORRY_ERROR = "抱歉，处理您的消息时出了点问题，我们已记录下来。请稍后再试。"
ADMIN_ERROR_NOTICE = "⚠️ 机器人出错：{error}\n更新 {update_id}，用户 {user_id}，处理器 {handler}。\n（一分钟内的其他错误不再单独提醒）"
UNSUPPORTED_MESSAGE = "抱歉，我暂时只能处理文字消息。请用文字描述您的问题或需求。"
EMPTY_MESSAGE = "消息是空的，请输入文字。"
TOO_LONG_MESSAGE = "消息太长了（{length} 字），请精简到 {limit} 字以内再发。"
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

CLI_CHAT_BANNER = "本地对话模式：未设置 TELEGRAM_BOT_TOKEN，不连接 Telegram。当前身份：{name}（ID {user_id}，{role}）。数据库：{database}"
CLI_CHAT_HINT = "直接输入文字发送；输入数字按下对应按钮；“@as ID 姓名”切换用户；“@advance 10m”快进时间；Ctrl-D 退出。"
CLI_POLLING = "正在通过 {server} 接收消息（长轮询）。按 Ctrl-C 停止。"
CLI_SCRIPT_BAD_LINE = "第 {line} 行无法执行：{reason}"
CLI_NO_SUCH_BUTTON = "找不到按钮“{text}”"
CLI_ROLE_ADMIN = "管理员"
CLI_ROLE_MEMBER = "委员"
CLI_MIGRATED = "数据库已升级到最新版本：{database}"

# --- Registration and members --------------------------------------------------

WELCOME_NEW = (
    "您好！欢迎使用{bot_name}，{committee}委员的履职小帮手。\n"
    "首次使用请先登记信息，只需三步。\n\n"
    "第一步：请输入您的<b>真实姓名</b>。"
)
WELCOME_BACK = "{name}，您好！有什么可以帮您？可以直接提问，或选择下方功能。"
WELCOME_ADMIN = "{name}，您好！您是管理员。发送 /help 查看管理命令。"
RESUME_REGISTRATION = "欢迎回来，我们接着完成注册。"
ASK_NAME = "请输入您的<b>真实姓名</b>（2–20 个字）。"
NAME_INVALID = "姓名需为 2–20 个字，只能包含汉字、字母、间隔号或空格，请重新输入。"
ASK_SECTOR = "第二步：请选择您所在的<b>界别</b>（也可以直接输入界别名称）。"
SECTOR_INVALID = "没有找到这个界别，请点选下方按钮。"
ASK_COMMITTEE = "请选择您所在的<b>专委会</b>；不在专委会的请点“无”。"
COMMITTEE_INVALID = "没有找到这个专委会，请点选下方按钮。"
ASK_PHONE = (
    "第三步（可选）：为方便工作人员联系您，可以点下方“分享手机号”按钮；"
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
    "\n\n<b>管理员命令</b>\n"
    "• /members：委员名单与待审核申请\n"
    "• /invite [次数] [天数]：生成免审核的邀请链接\n"
    "• /promote、/demote 用户ID：设置或取消管理员（也可回复委员名片）\n"
    "• /block、/unblock 用户ID：停用或恢复账号\n"
    "• /review：审核社情民意　• /export：导出社情民意\n"
    "• /newevent、/events：活动与提醒　• /broadcast、/broadcasts：群发通知\n"
    "• /kb、/kb_add、/faq_add、/kb_gaps：知识库与常见问答"
)
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
    "newevent": "新建活动",
    "events": "活动列表",
    "broadcast": "群发通知",
    "broadcasts": "通知回执",
    "kb": "知识库文档",
}

# --- Knowledge Q&A -------------------------------------------------------------

# --- Submissions (社情民意) ------------------------------------------------------

# --- Export and compilation ------------------------------------------------------

# --- Events and reminders ------------------------------------------------------

TIME_EMPTY = "请输入时间，例如“12月3日 14:30”或“明天上午9点”。"
TIME_UNKNOWN = "没看懂这个时间。请按“12月3日 14:30”“2026-12-03 14:30”“12月3日下午2点半”或“下周三 15:00”的格式输入。"
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
NEWEVENT_START_OK = "对，就是这个时间"
NEWEVENT_START_RETYPE = "重新输入"
NEWEVENT_ASK_END = "请输入<b>结束时间</b>（同一天可以只写钟点，如“16:30”）；不需要请点“跳过”。"
NEWEVENT_ASK_PLACE = "请输入<b>活动地点</b>，例如“市政协三楼会议室”。"
NEWEVENT_ASK_AUDIENCE = "请选择<b>参加对象</b>：点“全体委员”，或点选一个或多个专委会、界别（再点一次取消），选好后点“完成”。\n已选：{chosen}\n将通知 <b>{count}</b> 人。"
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
ATTENDANCE_COLUMNS = ("姓名", "界别", "专委会", "回复", "请假事由", "审批", "签到时间")
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
