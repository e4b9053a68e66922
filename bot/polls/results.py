"""Results of a poll or survey: counts and percentages per option, free texts, who has not answered,
the bar chart (PNG, matplotlib's Agg backend) and the XLSX export (a sheet per question).

Only admins see them (checked here too). An anonymous quick poll is counted from Telegram's
tallies of its copies, which name no one; so who has not answered it cannot be known. The chart
labels bars by option number (no CJK font is assumed on the machine): the caption carries the legend.
"""

from __future__ import annotations

import io

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.errors import NotFound
from bot.export.cells import append_row
from bot.polls.compose import PollBase
from bot.polls.models import LIST_LIMIT, SINGLE, TEXT, Question, QuestionResult, Results
from storage.queries import polls as q


def _name(m, telegram_id: int) -> str:  # noqa: ANN001
    return (m.name or m.tg_name) if m else str(telegram_id)


class Reporting(PollBase):
    async def results(self, admin_tid: int | None, poll_id: int) -> Results:
        """`admin_tid` None only for the sender's own results notice and the CLI (no person acting)."""
        if admin_tid is not None:
            await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            p = await q.get(s, poll_id)
            if p is None or p.status not in ("open", "closed"):
                raise NotFound(poll_id)
            return await self._results(s, p)

    async def _results(self, s: AsyncSession, p) -> Results:  # noqa: ANN001
        view = await self._view(s, p)
        people = await q.recipients_with_members(s, p.id)
        names = {r.telegram_id: _name(m, r.telegram_id) for r, m in people}
        unreachable = tuple(names[r.telegram_id] for r, _ in people if not r.can_receive)
        if view.is_survey:
            rows = await q.survey_answers(s, p.id)
            questions = []
            for question in view.questions:
                answers = [(resp, a) for resp, a in rows if a.question_id == question.id]
                questions.append(self._question_result(question, answers, names))
            responded = await q.answered_count(s, p.id)
            non = tuple(names[r.telegram_id] for r, _ in people if r.answered_at is None and r.can_receive)
            return Results(view, len(people), responded, tuple(questions), non, unreachable)
        question = Question(0, 1, "multi" if view.multiple else SINGLE, view.title, view.options)
        counts = [0] * len(view.options)
        if view.anonymous:
            tallies = await q.tallies(s, p.id)
            for t in tallies:
                for i, c in enumerate(t.counts[:len(counts)]):
                    counts[i] += int(c)
            responded = sum(1 for t in tallies if t.voters > 0)
            return Results(view, len(people), responded,
                           (QuestionResult(question, tuple(counts), responded),), None, unreachable)
        by_member = []
        for r, m in people:
            if r.choice:
                for i in r.choice:
                    counts[i] += 1
                by_member.append((names[r.telegram_id], "、".join(view.options[i] for i in r.choice)))
        responded = len(by_member)
        non = tuple(names[r.telegram_id] for r, _ in people if not r.choice and r.can_receive)
        return Results(view, len(people), responded,
                       (QuestionResult(question, tuple(counts), responded, (), tuple(by_member)),), non, unreachable)

    @staticmethod
    def _question_result(question: Question, answers: list, names: dict[int, str]) -> QuestionResult:  # noqa: ANN001
        counts = [0] * len(question.choices)
        texts_given, by_member = [], []
        for resp, a in answers:
            who = names.get(resp.telegram_id, str(resp.telegram_id)) if resp.telegram_id is not None else None
            if question.kind == TEXT:
                texts_given.append(a.text or "")
                if who:
                    by_member.append((who, a.text or ""))
                continue
            for i in a.choice or []:
                if 0 <= i < len(counts):
                    counts[i] += 1
            if who:
                by_member.append((who, "、".join(question.choices[i] for i in a.choice or [] if 0 <= i < len(counts))))
        return QuestionResult(question, tuple(counts), len(answers), tuple(texts_given), tuple(by_member))

    async def recent(self, admin_tid: int, limit: int = LIST_LIMIT) -> list[Results]:
        """/polls: the latest polls and surveys with responded / recipients."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            return [await self._results(s, p) for p in await q.recent(s, limit)]

    # --- files -----------------------------------------------------------------------------------------

    @staticmethod
    def chart_png(results: Results) -> bytes | None:
        """One horizontal bar chart per question with choices; None when there is none (all free text)."""
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure
        from matplotlib.ticker import MaxNLocator

        charted = [r for r in results.questions if r.question.choices]
        if not charted:
            return None
        fig = Figure(figsize=(6, 1.2 + 0.45 * sum(len(r.counts) + 1 for r in charted)), dpi=100)
        axes = fig.subplots(len(charted), 1, squeeze=False)
        for number, (ax, r) in enumerate(zip(axes[:, 0], charted), start=1):
            labels = [f"Q{number}.{i + 1}" if len(charted) > 1 else str(i + 1) for i in range(len(r.counts))]
            ax.barh(labels[::-1], list(r.counts)[::-1], color="#c0392b")
            for y, (c, i) in enumerate(zip(list(r.counts)[::-1], range(len(r.counts) - 1, -1, -1))):
                ax.text(c, y, f" {c} ({r.percent(i):.0f}%)", va="center", fontsize=8)
            ax.set_xlim(0, max(max(r.counts, default=0), 1) * 1.3)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts of people
            ax.tick_params(labelsize=8)
        fig.tight_layout()
        out = io.BytesIO()
        fig.savefig(out, format="png")
        return out.getvalue()

    def results_xlsx(self, results: Results) -> bytes:
        """A sheet per question: the counts and percentages, then (named) who answered what; a sheet of
        who has not answered."""
        from openpyxl import Workbook

        wb = Workbook()
        wb.remove(wb.active)
        for number, r in enumerate(results.questions, start=1):
            ws = wb.create_sheet(texts.POLL_XLSX_SHEET.format(number=number))
            append_row(ws, [r.question.text])
            if r.question.choices:
                append_row(ws, list(texts.POLL_XLSX_COUNT_HEADER))
                for i, choice in enumerate(r.question.choices):
                    append_row(ws, [choice, r.counts[i], f"{r.percent(i):.1f}%"])
            if r.question.kind == TEXT and not r.by_member:
                append_row(ws, [texts.POLL_XLSX_TEXTS])
                for t in r.texts:
                    append_row(ws, [t])
            if r.by_member:
                append_row(ws, [])
                append_row(ws, list(texts.POLL_XLSX_MEMBER_HEADER))
                for who, answer in r.by_member:
                    append_row(ws, [who, answer])
            ws.column_dimensions["A"].width = 30
            ws.column_dimensions["B"].width = 40
        ws = wb.create_sheet(texts.POLL_XLSX_NON_SHEET)
        if results.non_responders is None:
            append_row(ws, [texts.POLL_ANON_NO_NON_RESPONDERS])
        else:
            append_row(ws, [texts.POLL_XLSX_NAME])
            for name in results.non_responders:
                append_row(ws, [name])
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()
