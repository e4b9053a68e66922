"""Typed settings: config.toml defaults, overridden by another file and the environment.

Loaded once at start-up. Secrets (the bot token, API keys) come only from the
environment or a `.env` file, never from config.toml. A wrong value stops the
start with a `ConfigError` that names the key, so the operator sees one clear line.

Environment names are a contract: TELEGRAM_BOT_TOKEN, TELEGRAM_BASE_URL,
TELEGRAM_BASE_FILE_URL, ADMIN_IDS, DATABASE_URL, BOT_CONFIG.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import texts

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_DIR / "config.toml"


class ConfigError(Exception):
    """A configuration value is wrong; `key` names it for the operator."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(texts.CONFIG_ERROR.format(key=key, problem=problem))


class Secret(str):
    """A string that never shows itself in repr() or logs."""

    def __repr__(self) -> str:
        return "Secret('********')" if self else "Secret('')"

    def get(self) -> str:
        return str.__str__(self)


@dataclass(frozen=True)
class RateLimits:
    overall_per_second: float
    per_chat_per_second: float
    admin_error_notice_seconds: float


@dataclass(frozen=True)
class LlmSettings:
    enabled: bool
    base_url: str
    model: str
    api_key: Secret
    timeout_seconds: float


@dataclass(frozen=True)
class QaSettings:
    threshold: float
    documents_dir: Path
    cache_dir: Path
    max_upload_mb: int
    llm: LlmSettings


@dataclass(frozen=True)
class WebSettings:
    enabled: bool
    host: str
    port: int
    webhook_url: str
    webhook_secret: Secret


@dataclass(frozen=True)
class Settings:
    bot_name: str
    committee: str
    timezone: ZoneInfo
    database_url: str
    token: Secret
    base_url: str
    base_file_url: str
    admin_ids: frozenset[int]
    sectors: tuple[str, ...]
    special_committees: tuple[str, ...]
    invite_days: int
    invite_uses: int
    rate_limits: RateLimits
    qa: QaSettings
    web: WebSettings = field(default_factory=lambda: WebSettings(False, "127.0.0.1", 8080, "", Secret("")))
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)

    def section(self, name: str) -> Mapping[str, Any]:
        """A config.toml section for features that read their own keys."""
        return self.raw.get(name, {})


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _read_toml(path: Path, key: str) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(key, texts.CONFIG_FILE_MISSING.format(path=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(key, texts.CONFIG_FILE_BAD.format(path=path, error=exc)) from None


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file; comments and blank lines ignored."""
    if not path.is_file():
        return {}
    from dotenv import dotenv_values

    return {k: v for k, v in dotenv_values(path).items() if v is not None}


def normalize_database_url(url: str, key: str = "DATABASE_URL") -> str:
    """Accept the usual spellings and return an async SQLAlchemy URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    url = url.strip()
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(key, texts.CONFIG_BAD_DB_URL.format(value=url)) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
        database = parsed.database or ""
        if database and database != ":memory:" and not os.path.isabs(database):
            parsed = parsed.set(database=str(PROJECT_DIR / database))
    elif backend in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
        if not parsed.host and not parsed.query.get("host"):
            raise ConfigError(key, texts.CONFIG_BAD_DB_URL.format(value=url))
    else:
        raise ConfigError(key, texts.CONFIG_BAD_DB_URL.format(value=url))
    return parsed.render_as_string(hide_password=False)


def _http_url(value: str, key: str) -> str:
    value = value.strip()
    if not value:
        return ""
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(key, texts.CONFIG_BAD_HTTP_URL.format(value=value))
    return value


def _admin_ids(value: str) -> frozenset[int]:
    ids = set()
    for part in value.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise ConfigError("ADMIN_IDS", texts.CONFIG_BAD_ADMIN_ID.format(value=part))
        ids.add(int(part))
    return frozenset(ids)


def _number(raw: Mapping[str, Any], section: str, key: str, kind: type = float) -> Any:
    value = raw.get(section, {}).get(key)
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{section}.{key}", texts.CONFIG_BAD_NUMBER.format(value=value)) from None
    if number < 0:
        raise ConfigError(f"{section}.{key}", texts.CONFIG_BAD_NUMBER.format(value=value))
    return number


def load_settings(
    environ: Mapping[str, str] | None = None,
    config_path: Path | None = None,
    dotenv_path: Path | None = None,
) -> Settings:
    """Build the settings; raise ConfigError naming the first wrong key."""
    env = dict(read_dotenv(dotenv_path or PROJECT_DIR / ".env"))
    env.update(os.environ if environ is None else environ)

    raw = _read_toml(config_path or DEFAULT_CONFIG, "config.toml")
    if env.get("BOT_CONFIG"):
        raw = _merge(raw, _read_toml(Path(env["BOT_CONFIG"]), "BOT_CONFIG"))

    bot = raw.get("bot", {})
    tz_name = str(bot.get("timezone", "Asia/Shanghai"))
    try:
        timezone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError("bot.timezone", texts.CONFIG_BAD_TIMEZONE.format(value=tz_name)) from None

    db_url = env.get("DATABASE_URL") or raw.get("database", {}).get("url", "")
    db_key = "DATABASE_URL" if env.get("DATABASE_URL") else "database.url"
    database_url = normalize_database_url(db_url, db_key)

    telegram = raw.get("telegram", {})
    base_url = _http_url(env.get("TELEGRAM_BASE_URL") or telegram.get("base_url", ""),
                         "TELEGRAM_BASE_URL")
    base_file_url = _http_url(env.get("TELEGRAM_BASE_FILE_URL") or telegram.get("base_file_url", ""),
                              "TELEGRAM_BASE_FILE_URL")
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if token and (":" not in token or not token.split(":", 1)[0].isdigit()):
        raise ConfigError("TELEGRAM_BOT_TOKEN", texts.CONFIG_BAD_TOKEN)

    reg = raw.get("registration", {})
    sectors = tuple(str(s) for s in reg.get("sectors", ()))
    if not sectors:
        raise ConfigError("registration.sectors", texts.CONFIG_EMPTY_LIST)

    qa = raw.get("qa", {})
    llm = qa.get("llm", {})
    llm_key_env = str(llm.get("api_key_env", "LLM_API_KEY"))
    llm_base = _http_url(str(llm.get("base_url", "")), "qa.llm.base_url")
    threshold = _number(raw, "qa", "threshold")
    if threshold > 1:
        raise ConfigError("qa.threshold", texts.CONFIG_BAD_NUMBER.format(value=threshold))

    web = raw.get("web", {})
    webhook_url = _http_url(str(web.get("webhook_url", "")), "web.webhook_url")
    secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
    if secret and not all(c.isalnum() or c in "_-" for c in secret):
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET", texts.CONFIG_BAD_SECRET)
    if webhook_url and not secret:
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET", texts.CONFIG_SECRET_NEEDED)

    def project_path(value: str) -> Path:
        path = Path(value)
        return path if path.is_absolute() else PROJECT_DIR / path

    return Settings(
        bot_name=str(bot.get("name", "履职助手")),
        committee=str(bot.get("committee", "")),
        timezone=timezone,
        database_url=database_url,
        token=Secret(token),
        base_url=base_url,
        base_file_url=base_file_url,
        admin_ids=_admin_ids(env.get("ADMIN_IDS", "")),
        sectors=sectors,
        special_committees=tuple(str(s) for s in reg.get("special_committees", ())),
        invite_days=_number(raw, "registration", "invite_days", int),
        invite_uses=_number(raw, "registration", "invite_uses", int),
        rate_limits=RateLimits(
            overall_per_second=_number(raw, "rate_limits", "overall_per_second"),
            per_chat_per_second=_number(raw, "rate_limits", "per_chat_per_second"),
            admin_error_notice_seconds=_number(raw, "rate_limits", "admin_error_notice_seconds"),
        ),
        qa=QaSettings(
            threshold=threshold,
            documents_dir=project_path(str(qa.get("documents_dir", "data/knowledge"))),
            cache_dir=project_path(str(qa.get("cache_dir", "var/kb-cache"))),
            max_upload_mb=_number(raw, "qa", "max_upload_mb", int),
            llm=LlmSettings(
                enabled=bool(llm.get("enabled", False)),
                base_url=llm_base,
                model=str(llm.get("model", "")),
                api_key=Secret(env.get(llm_key_env, "")),
                timeout_seconds=float(llm.get("timeout_seconds", 8)),
            ),
        ),
        web=WebSettings(enabled=bool(web.get("enabled", False)) or bool(webhook_url),
                        host=str(web.get("host", "127.0.0.1")), port=_number(raw, "web", "port", int),
                        webhook_url=webhook_url, webhook_secret=Secret(secret)),
        raw=raw,
    )
