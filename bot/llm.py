"""Optional phrasing of an answer by an LLM (any OpenAI-compatible chat-completions endpoint).

Off by default ([qa.llm] enabled = false). When on, the extractive answer's
passages are given to the model with an instruction to answer only from them;
the citations of the extractive answer are kept under the model's text. On a
timeout, an error or an empty reply the extractive answer is used unchanged:
nothing depends on the model.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from bot import texts
from bot.config import LlmSettings

log = logging.getLogger(__name__)


class LlmPhraser:
    def __init__(self, settings: LlmSettings) -> None:
        self.settings = settings

    @property
    def enabled(self) -> bool:
        return self.settings.enabled and bool(self.settings.base_url)

    async def phrase(self, question: str, answer):  # noqa: ANN001, ANN201
        """The answer with its text written by the model, or the answer unchanged."""
        if not self.enabled or not answer.answered or not answer.sources or answer.kind == "faq":
            return answer
        passages = "\n\n".join(f"[{i}] {s.document} · {s.section}\n{s.text}" for i, s in enumerate(answer.sources, 1))
        body = {
            "model": self.settings.model,
            "temperature": 0.1,
            "messages": [
                {"role": "system", "content": texts.LLM_SYSTEM_PROMPT},
                {"role": "user", "content": texts.LLM_USER_PROMPT.format(question=question, passages=passages,
                                                                         fact=answer.fact)},
            ],
        }
        headers = {"Authorization": f"Bearer {self.settings.api_key.get()}"} if self.settings.api_key else {}
        url = self.settings.base_url.rstrip("/") + "/chat/completions"
        import aiohttp  # ~6 MB of RSS: loaded when an LLM is configured and first asked, not at start

        try:
            timeout = aiohttp.ClientTimeout(total=self.settings.timeout_seconds)
            async with aiohttp.ClientSession(timeout=timeout) as session:
                async with session.post(url, json=body, headers=headers) as response:
                    response.raise_for_status()
                    data = await response.json()
            content = (data["choices"][0]["message"]["content"] or "").strip()
        except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, IndexError, TypeError, ValueError) as exc:
            log.warning("LLM phrasing failed, using the extractive answer: %s", type(exc).__name__)
            return answer
        if not content:
            return answer
        citation = texts.ANSWER_SOURCE.format(title=answer.sources[0].document, section=answer.sources[0].section)
        return replace(answer, text=f"{content}\n{citation}")
