"""The optional LLM: used when enabled and answering; the extractive answer on any failure."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

from aiohttp import web

from bot.llm import LlmPhraser
from bot.services import Services
from tests.conftest import make_settings


async def fake_endpoint(behaviour: str):
    seen: list[dict] = []

    async def completions(request: web.Request) -> web.Response:
        seen.append(await request.json())
        if behaviour == "error":
            return web.Response(status=500)
        if behaviour == "slow":
            await asyncio.sleep(2)
        return web.json_response({"choices": [{"message": {"content": "2020年共编报社情民意信息926篇。"}}]})

    app = web.Application()
    app.router.add_post("/v1/chat/completions", completions)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/v1", seen


async def qa_with_llm(sqlite_url: str, base_url: str, timeout: float = 1.0):
    settings = make_settings(sqlite_url, LLM_API_KEY="sk-test")
    llm = replace(settings.qa.llm, enabled=True, base_url=base_url, timeout_seconds=timeout)
    settings = replace(settings, qa=replace(settings.qa, llm=llm))
    return Services.build(settings)


async def test_enabled_llm_phrases_the_answer_and_keeps_the_citation(sqlite_url):
    runner, url, seen = await fake_endpoint("ok")
    services = await qa_with_llm(sqlite_url, url)
    try:
        answer = await services.qa.answer("去年社情民意编报了多少篇")
        assert answer.text.startswith("2020年共编报社情民意信息926篇。")
        assert "出处：" in answer.text
        prompt = json.dumps(seen[0], ensure_ascii=False)
        assert "926" in prompt and seen[0]["messages"][0]["role"] == "system"
    finally:
        await services.close()
        await runner.cleanup()


async def test_llm_errors_and_timeouts_fall_back_to_the_extractive_answer(sqlite_url):
    for behaviour in ("error", "slow"):
        runner, url, _ = await fake_endpoint(behaviour)
        services = await qa_with_llm(sqlite_url, url, timeout=0.5)
        try:
            answer = await services.qa.answer("去年社情民意编报了多少篇")
            assert answer.text.startswith("答：926篇"), behaviour
        finally:
            await services.close()
            await runner.cleanup()


async def test_declined_questions_never_reach_the_llm(sqlite_url):
    runner, url, seen = await fake_endpoint("ok")
    services = await qa_with_llm(sqlite_url, url)
    try:
        answer = await services.qa.answer("明天青岛天气怎么样")
        assert not answer.answered and seen == []
    finally:
        await services.close()
        await runner.cleanup()


def test_disabled_by_default(sqlite_url):
    assert not LlmPhraser(make_settings(sqlite_url).qa.llm).enabled
