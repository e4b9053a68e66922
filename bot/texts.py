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
    "当前选择：{label}\n收件人：<b>{count}</b> 人{unreachable}"
)
BC_UNREACHABLE_NOTE = "\n其中 {count} 人暂时无法接收（未打开与机器人的对话或已屏蔽机器人）：{names}"
BC_ALL = "全体委员"
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
BC_ASK_TIME = "请输入发送时间，例如 <code>2026-12-03 14:30</code>、<code>12月3日 14:30</code> 或 <code>明天 9:00</code>（{zone}时间）。"
BC_TIME_INVALID = "没看懂这个时间。请按“2026-12-03 14:30”或“12月3日 14:30”的格式输入。"
BC_TIME_PAST = "这个时间已经过去了，请输入一个将来的时间。"
BC_SCHEDULED = "⏰ 已定时：将于 <b>{when}</b> 发送给 {label}（按当时的名单，约 {count} 人）。可用 /broadcasts 查看或取消。"
BC_DISCARDED = "已取消，这条通知不会发送。"
BC_NOT_TEXT_STEP = "请点选上方按钮继续，或发送 /cancel 取消。"
BC_STARTED = "开始发送：共 {total} 人。"

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
