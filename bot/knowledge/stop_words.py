"""The words of a question that carry no content: particles, pronouns, question words,
politeness, and the light verbs members use in place of the documents' verbs.  General
Chinese, not any document's words; the question's analysis (question.py) and the splitting
of its words into terms (question_terms.py) leave them out.
"""

from __future__ import annotations

# Words that carry no content: particles, pronouns, question words, politeness and light verbs members use in place of the documents' verbs (and 起来, their complement: 搞起来).
STOP_WORDS = frozenset(
    """的 了 是 吗 呢 吧 啊 呀 么 嘛 哦 嗯 啦 哈 呐 咧 喔 着 过 得 地 之 其 所 而 且 并 与 和 及 或 跟 同 及其 以及 还有 还 又 也 都 就 才 再 只
    我 你 您 他 她 它 我们 你们 他们 她们 咱们 咱 大家 自己 本人 人家 这 那 这个 那个 这些 那些 这里 那里 此 该 本 其中 哪 哪个 哪些 哪1个 哪一个 啥 什么 怎么 怎样 怎么样 如何 为什么 为何 为啥 多少 几 几个 谁 哪位 哪里 哪儿 吗 没有 有没有 是否 是不是 是什么 有什么 干什么 做什么 什么样 啥样 全称 全名 每个 每1个
    请问 请 问 问问 问一下 一下 想 想问 想知道 知道 了解 告诉 告诉我 帮 帮我 给我 麻烦 能 能否 可以 可不可以 会 要 需要 应该 该 得 必须 想要
    已经 曾经 一共 总共 共 总计 合计 一起 大概 大约 大致 左右 到底 究竟 具体 具体地 详细 简单 说说 讲讲 介绍 介绍一下 说一下 讲一下 聊聊 呢 列举 分别 各 各自 各是 各有 分别是 原来 原先 本来 起初 最后 最终 后来
    有 在 从 到 对 向 为 于 以 被 把 给 让 使 比 由 按 按照 关于 通过 随着 当 当时 时候 时 以来 以后 之后 之前 现在 如今 期间 中 里 里面 当中 之中 上 下 内 外 前 后
    起来 做 干 弄 搞 办 整 去 来 上去 下去 进 拿 弄了 做了 干了 搞了 办了 整了 去了 来了 共有 一共有 总共有 有过 算 算是 称为 叫 叫做 指 指的是 是指 就是 都是 主要 主要是 哪儿 多 少 很 最 更 非常 挺 比较 特别 之类 等 等等 方面 情况 相关 有关
    名字 题目 标题 书名 包括 包含 涵盖 内容 意思 含义 定义 概念 解释 成为 那句话 这句话 句话 话 说 说的 讲 讲的 提到 表示 那段话 这段话 是指什么 什么意思 叫什么 叫啥 名称 称作
    那会儿 那时 那时候 这会儿 那阵子 那阵 那段时间 这段时间 初期 早期 之初 那个 这个 哪个 们 大伙 大伙儿 咱们的 那次 这次 那回 这回 那场 这场 那位 这位 那名 这名 这份 那份 这篇 那篇
    干嘛 干嘛的 干啥 干啥的 干什么的 做什么的 是干嘛的 是啥 啥意思 咋回事 怎么回事 咋样 咋 咋的 有啥 是个啥 啥事 为了啥 啥玩意
    哪条 哪件 哪项 哪篇 哪次 哪场 哪种 那条 这条 那项 这项 那家 这家 除了 还是 文中 那种 这种 那类 这类 各种 各种各样 因为 由于 是从 会上 百分之 啊 哎 唉 喂 嗨 嘿 呃 额 嗯嗯 好的 好 谢谢 多谢 感谢您 麻烦你 请教 一个 1个 个 些 点 一点 1点 东西 事 事情 这件事 那件事 回事 样 样子 吗啊 呗 嘞 嘛呢""".split()
)

__all__ = ["STOP_WORDS"]
