"""The Bot API over aiohttp's client: PTB's request interface on the HTTP library the web side uses.

PTB's default transport (HTTPXRequest) cost most of an update once the bookkeeping was
group-committed: with many updates in flight, httpcore's pool looks at every connection on
each request and on each release, and each look asks the socket whether it is readable (a
poll). Measured on the fake Bot API over HTTP in one process (so client and server CPU
together), a sendMessage cost 1.9 ms of CPU one at a time and 3.8 ms with 64 in flight;
through aiohttp's connector 0.8–0.9 ms either way. PTB documents `BaseRequest` as the place
for another networking backend; this one keeps HTTPXRequest's defaults (timeouts of 5 s,
1 s to get a connection, 256 connections) and its error mapping: a timeout is TimedOut,
any other failure to talk to the server is NetworkError, and what the server answered is
left to PTB (`BaseRequest` turns the status and body into results or errors).

aiohttp has no write timeout of its own: a request's body is handed to the socket's buffer,
and the read timeout bounds the wait for the answer, so a stalled upload ends as TimedOut too.

The environment (HTTPS_PROXY and friends, NO_PROXY, ~/.netrc) is honoured as httpx honoured it,
but read once per server rather than on every call: aiohttp's `trust_env` re-reads it for each
request in two worker-thread hops (the proxy, then the netrc login), which was a fifth to a
third of the CPU of a button press over HTTP (two calls each; py-spy on `bench/updates` (b)).
As with httpx, which reads it when its client is made, a change takes effect at the next start.
"""

from __future__ import annotations

import asyncio
from typing import NamedTuple
from urllib.parse import urlencode

import aiohttp
from aiohttp.helpers import BasicAuth, basicauth_from_netrc, get_env_proxy_for_url, netrc_from_env
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from telegram._utils.defaultvalue import DefaultValue
from yarl import URL

FORM_URLENCODED = "application/x-www-form-urlencoded"


class Route(NamedTuple):
    """How to reach one server, as aiohttp's `trust_env` would decide it from the environment."""

    proxy: URL | None
    proxy_auth: BasicAuth | None
    auth: BasicAuth | None  # the server's own login in ~/.netrc (None for Telegram, normally)


def route_from_env(url: URL) -> Route:
    """The proxy (with its login) and the netrc login aiohttp's `trust_env` would use for `url`."""
    try:
        proxy, proxy_auth = get_env_proxy_for_url(url)
    except LookupError:  # no proxy for this scheme, or NO_PROXY names the host
        proxy, proxy_auth = None, None
    try:
        auth = basicauth_from_netrc(netrc_from_env(), url.host) if url.host else None
    except LookupError:
        auth = None
    return Route(proxy, proxy_auth, auth)


class AiohttpRequest(BaseRequest):
    """One aiohttp ClientSession (and its connection pool) per PTB request channel."""

    def __init__(self, connection_pool_size: int = 256, read_timeout: float | None = 5.0,
                 connect_timeout: float | None = 5.0, pool_timeout: float | None = 1.0,
                 media_read_timeout: float | None = 20.0) -> None:
        self.pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self.connect_timeout = connect_timeout
        self.pool_timeout = pool_timeout
        self.media_read_timeout = media_read_timeout  # an upload: the body takes a while to go out
        self._session: aiohttp.ClientSession | None = None
        self._routes: dict[str, Route] = {}  # "scheme://host:port" -> how to reach it, read once

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            # No trust_env: the environment is read once per server (`_route`), not per call.
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.pool_size),
                headers={"User-Agent": self.USER_AGENT})
            self._routes = {}

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def _route(self, url: str) -> Route:
        """The environment's proxy and login for the server of `url`, read (off the loop) the first time."""
        scheme, _, rest = url.partition("://")
        origin = scheme + "://" + rest.split("/", 1)[0]
        route = self._routes.get(origin)
        if route is None:  # a file read and a scan of the environment: in a thread, as aiohttp does
            route = self._routes[origin] = await asyncio.to_thread(route_from_env, URL(origin))
        return route

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout=BaseRequest.DEFAULT_NONE, write_timeout=BaseRequest.DEFAULT_NONE,  # noqa: ANN001
                         connect_timeout=BaseRequest.DEFAULT_NONE,  # noqa: ANN001
                         pool_timeout=BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:  # noqa: ANN001
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else None
        if isinstance(read_timeout, DefaultValue):
            read_timeout = self._read_timeout if not files else self.media_read_timeout
        if isinstance(connect_timeout, DefaultValue):
            connect_timeout = self.connect_timeout
        if isinstance(pool_timeout, DefaultValue):
            pool_timeout = self.pool_timeout
        # `connect` bounds waiting for a pooled connection plus opening one, as httpx's pool + connect.
        waiting = None if pool_timeout is None or connect_timeout is None else pool_timeout + connect_timeout
        timeout = aiohttp.ClientTimeout(total=None, connect=waiting, sock_connect=connect_timeout,
                                        sock_read=read_timeout)
        data: aiohttp.FormData | aiohttp.BytesPayload | None = None
        if not files and fields is not None:
            # The urlencoded body aiohttp would make of the dict, made directly: given a dict, aiohttp
            # first fails to find a payload type for it (an exception a call), then builds a FormData.
            data = aiohttp.BytesPayload(urlencode(fields).encode(), content_type=FORM_URLENCODED)
        elif files:
            data = aiohttp.FormData()
            for name, value in (fields or {}).items():
                data.add_field(name, value)
            for name, (filename, content, mimetype) in files.items():
                data.add_field(name, content, filename=filename, content_type=mimetype)
        route = await self._route(url)
        try:
            async with self._session.request(method, url, data=data, timeout=timeout, proxy=route.proxy,
                                             proxy_auth=route.proxy_auth, auth=route.auth) as response:
                return response.status, await response.read()
        except asyncio.TimeoutError as exc:  # aiohttp's own timeouts are TimeoutErrors too
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{exc.__class__.__name__}: {exc}") from exc
