"""Typed settings: config.toml defaults, overridden by another file and the environment.

Loaded once at start-up with pydantic-settings. Sources, weakest first: the bundled
config.toml < the file named in BOT_CONFIG < a `.env` file < the environment.
Secrets (the bot token, API keys) come only from the environment or `.env`, never
from config.toml, and are kept as `SecretStr`. A wrong value stops the start with a
`ConfigError` that names the key, so the operator sees one clear Chinese line.

Environment names are a contract: TELEGRAM_BOT_TOKEN, TELEGRAM_BASE_URL,
TELEGRAM_BASE_FILE_URL, ADMIN_IDS, DATABASE_URL, BOT_CONFIG, TELEGRAM_WEBHOOK_SECRET
and the LLM key named by qa.llm.api_key_env (LLM_API_KEY).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, ClassVar, Mapping
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, SecretStr, ValidationError
from pydantic.dataclasses import dataclass as section
from pydantic_settings import (BaseSettings, EnvSettingsSource, NoDecode, PydanticBaseSettingsSource,
                               SettingsConfigDict, TomlConfigSettingsSource)
from pydantic_settings.sources.utils import parse_env_vars

from bot import texts
from bot.config_errors import ConfigError, problem_of

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_DIR / "config.toml"

__all__ = ["ConfigError", "Secret", "Settings", "load_settings", "normalize_database_url", "read_dotenv"]


class Secret(SecretStr):
    """A SecretStr (never shown in repr() or logs) with the short `get()` older call sites use."""

    def get(self) -> str:
        return self.get_secret_value()


# --- value checks (a ValueError's text becomes the Chinese reason of the one-line error) ---------

def _zone(value: Any) -> ZoneInfo:
    if isinstance(value, ZoneInfo):
        return value
    try:
        return ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(texts.CONFIG_BAD_TIMEZONE.format(value=value)) from None


def _http_url(value: str) -> str:
    value = value.strip()
    parsed = urlparse(value)
    if value and (parsed.scheme not in ("http", "https") or not parsed.netloc):
        raise ValueError(texts.CONFIG_BAD_HTTP_URL.format(value=value))
    return value


def _admin_ids(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    ids = set()
    for part in value.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise ValueError(texts.CONFIG_BAD_ADMIN_ID.format(value=part))
        ids.add(int(part))
    return frozenset(ids)


def _token(value: Secret) -> Secret:
    token = value.get().strip()
    if token and (":" not in token or not token.split(":", 1)[0].isdigit()):
        raise ValueError(texts.CONFIG_BAD_TOKEN)
    return Secret(token)


def _webhook_secret(value: Secret) -> Secret:
    secret = value.get().strip()
    if secret and not all(c.isalnum() or c in "_-" for c in secret):
        raise ValueError(texts.CONFIG_BAD_SECRET)
    return Secret(secret)


def _not_empty(value: tuple) -> tuple:
    if not value:
        raise ValueError(texts.CONFIG_EMPTY_LIST)
    return value


def _durations(values: tuple[str, ...]) -> tuple[str, ...]:
    from bot.clock import parse_duration

    for value in values:
        try:
            parse_duration(value)
        except ValueError:
            raise ValueError(texts.CONFIG_BAD_DURATION.format(value=value)) from None
    return values


def _project_path(value: Path) -> Path:
    return value if value.is_absolute() else PROJECT_DIR / value


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


def _database_url(value: str) -> str:
    try:
        return normalize_database_url(value)
    except ConfigError as exc:  # the key is named by pydantic's error location instead
        raise ValueError(exc.problem) from None


Zone = Annotated[ZoneInfo, BeforeValidator(_zone)]
HttpUrl = Annotated[str, AfterValidator(_http_url)]
DatabaseUrl = Annotated[str, AfterValidator(_database_url)]
ProjectPath = Annotated[Path, AfterValidator(_project_path)]
Count = Annotated[int, Field(ge=0)]
Seconds = Annotated[float, Field(ge=0)]
Names = tuple[str, ...]

# Sections are frozen dataclasses (validated by pydantic) so `dataclasses.replace` works on them.
_SECTION = ConfigDict(extra="ignore", validate_default=True)


@section(frozen=True, config=_SECTION)
class BotSection:
    name: str = "履职助手"
    committee: str = ""
    timezone: Zone = ZoneInfo("Asia/Shanghai")


@section(frozen=True, config=_SECTION)
class DatabaseSection:
    url: DatabaseUrl = "sqlite+aiosqlite:///var/bot.db"


@section(frozen=True, config=_SECTION)
class TelegramSection:
    base_url: HttpUrl = ""
    base_file_url: HttpUrl = ""


@section(frozen=True, config=_SECTION)
class RegistrationSection:
    sectors: Annotated[Names, AfterValidator(_not_empty)] = ()
    special_committees: Names = ()
    invite_days: Count = 7
    invite_uses: Count = 1


@section(frozen=True, config=_SECTION)
class RosterSettings:
    invite_days: Count = 365  # a personal roster link's lifetime (renewed when links are downloaded again)
    bot_username: str = ""  # the bot's @name for links made by the command line (the bot remembers its own)
    max_file_mb: Count = 5


@section(frozen=True, config=_SECTION)
class RateLimits:
    overall_per_second: Seconds = 30
    per_chat_per_second: Seconds = 1
    admin_error_notice_seconds: Seconds = 60


@section(frozen=True, config=_SECTION)
class LlmSettings:
    enabled: bool = False
    base_url: HttpUrl = ""
    model: str = ""
    api_key_env: str = "LLM_API_KEY"
    api_key: Secret = Secret("")  # filled from the variable named by api_key_env
    timeout_seconds: Seconds = 8


@section(frozen=True, config=_SECTION)
class QaSettings:
    threshold: Annotated[float, Field(ge=0, le=1)] = 0.5
    documents_dir: ProjectPath = Path("data/knowledge")
    cache_dir: ProjectPath = Path("var/kb-cache")
    max_upload_mb: Count = 20
    llm: LlmSettings = field(default_factory=LlmSettings)


@section(frozen=True, config=_SECTION)
class SubmissionsSettings:
    categories: Names = ()
    number_prefix: str = "SQMY"
    max_attachments: Count = 5
    max_attachment_mb: Count = 20
    draft_days: Count = 30
    phone_required: bool = True  # false: a member may 跳过 the phone when filing


@section(frozen=True, config=_SECTION)
class RemindersSettings:
    default_offsets: Annotated[Names, AfterValidator(_durations)] = ("1d", "2h")
    checkin_opens_minutes: Count = 30


@section(frozen=True, config=_SECTION)
class BroadcastsSettings:
    progress_seconds: Seconds = 3
    max_retries: Count = 5
    batch_size: Count = 50
    lease_seconds: Seconds = 60
    heartbeat_seconds: Seconds = 10
    max_backoff_seconds: Seconds = 60


@section(frozen=True, config=_SECTION)
class RecordsSettings:
    """The 履职档案's weights (points per fact), its minimums and grades; totals are never stored."""

    attend: dict[str, float] = field(default_factory=lambda: {
        "meeting": 5.0, "study": 5.0, "inspection": 5.0, "survey": 5.0})
    leave_approved: float = 0
    leave: float = 0
    absent: float = 0
    submission: float = 2
    cosign: float = 1
    second: float = 1
    adopted_city: float = 5
    adopted_province: float = 10
    adopted_national: float = 20
    instruction: float = 10
    in_issue: float = 2
    notice_read: float = 0
    question: float = 0
    manual: dict[str, float] = field(default_factory=lambda: {
        "大会发言": 5.0, "提案": 5.0, "培训（全天）": 10.0, "培训（半天）": 5.0, "视察": 5.0, "调研": 5.0,
        "会议": 5.0, "其他": 2.0})
    # Lowest points of each grade, best first; below the last one the member gets `lowest_grade`.
    grades: dict[str, float] = field(default_factory=lambda: {"优秀": 60.0, "称职": 30.0, "基本称职": 15.0})
    lowest_grade: str = "不称职"
    pass_line: float = 30
    min_submissions: Count = 1
    min_attended: Count = 4


@section(frozen=True, config=_SECTION)
class WebSettings:
    enabled: bool = False
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=0, le=65535)] = 8080
    webhook_url: HttpUrl = ""
    webhook_secret: Secret = Secret("")  # from TELEGRAM_WEBHOOK_SECRET
    console_url: HttpUrl = ""  # from WEB_BASE_URL: the admin console is on when it is set
    console_key: Secret = Secret("")  # from WEB_SECRET_KEY: keys the console's session cookie


class _Sources(BaseSettings):
    """What the files and the environment say, validated; `load_settings` assembles `Settings`."""

    model_config = SettingsConfigDict(extra="ignore", case_sensitive=True, env_ignore_empty=True)

    bot: BotSection = BotSection()
    database: DatabaseSection = DatabaseSection()
    telegram: TelegramSection = TelegramSection()
    registration: RegistrationSection  # no default: the sectors must be listed
    rate_limits: RateLimits = RateLimits()
    qa: QaSettings = QaSettings()
    submissions: SubmissionsSettings = SubmissionsSettings()
    reminders: RemindersSettings = RemindersSettings()
    broadcasts: BroadcastsSettings = BroadcastsSettings()
    web: WebSettings = WebSettings()
    roster: RosterSettings = RosterSettings()
    records: RecordsSettings = RecordsSettings()

    token: Annotated[Secret, AfterValidator(_token)] = Field(Secret(""), alias="TELEGRAM_BOT_TOKEN")
    base_url: HttpUrl | None = Field(None, alias="TELEGRAM_BASE_URL")
    base_file_url: HttpUrl | None = Field(None, alias="TELEGRAM_BASE_FILE_URL")
    admin_ids: Annotated[frozenset[int], NoDecode, BeforeValidator(_admin_ids)] = Field(
        frozenset(), alias="ADMIN_IDS")
    database_url: DatabaseUrl | None = Field(None, alias="DATABASE_URL")
    webhook_secret: Annotated[Secret, AfterValidator(_webhook_secret)] = Field(
        Secret(""), alias="TELEGRAM_WEBHOOK_SECRET")
    console_url: HttpUrl | None = Field(None, alias="WEB_BASE_URL")
    console_key: Secret = Field(Secret(""), alias="WEB_SECRET_KEY")

    # Set per load on a throwaway subclass (settings sources are chosen per class).
    files: ClassVar[tuple[Path, ...]] = (DEFAULT_CONFIG,)
    environ: ClassVar[Mapping[str, str]] = {}

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], *_: Any,
                                   **__: Any) -> tuple[PydanticBaseSettingsSource, ...]:
        return (_MappingEnvSource(settings_cls, cls.environ),
                TomlConfigSettingsSource(settings_cls, toml_file=list(cls.files), deep_merge=True))


class _MappingEnvSource(EnvSettingsSource):
    """The environment source, reading a given mapping (os.environ merged with .env, or a test's)."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        self._given = environ
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        return parse_env_vars(self._given, self.case_sensitive, self.env_ignore_empty, self.env_parse_none_str)


@dataclass(frozen=True)
class Settings:
    """Everything the bot is configured with; the flat names are the ones code reads most."""

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
    web: WebSettings = field(default_factory=WebSettings)
    submissions: SubmissionsSettings = field(default_factory=SubmissionsSettings)
    reminders: RemindersSettings = field(default_factory=RemindersSettings)
    broadcasts: BroadcastsSettings = field(default_factory=BroadcastsSettings)
    roster: RosterSettings = field(default_factory=RosterSettings)
    records: RecordsSettings = field(default_factory=RecordsSettings)


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file; comments and blank lines ignored."""
    if not path.is_file():
        return {}
    from dotenv import dotenv_values

    return {k: v for k, v in dotenv_values(path).items() if v is not None}


def _check_toml(path: Path, key: str) -> None:
    """A missing or unreadable file is an error here (the TOML source would skip it silently)."""
    try:
        with path.open("rb") as fh:
            tomllib.load(fh)
    except (FileNotFoundError, IsADirectoryError):
        raise ConfigError(key, texts.CONFIG_FILE_MISSING.format(path=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(key, texts.CONFIG_FILE_BAD.format(path=path, error=exc)) from None
    except OSError as exc:
        raise ConfigError(key, texts.CONFIG_FILE_BAD.format(path=path, error=exc.strerror)) from None


def load_settings(
    environ: Mapping[str, str] | None = None,
    config_path: Path | None = None,
    dotenv_path: Path | None = None,
) -> Settings:
    """Build the settings; raise ConfigError naming the first wrong key."""
    env = dict(read_dotenv(dotenv_path or PROJECT_DIR / ".env"))
    env.update(os.environ if environ is None else environ)

    files = [config_path or DEFAULT_CONFIG]
    _check_toml(files[0], "config.toml")
    if env.get("BOT_CONFIG", "").strip():
        files.append(Path(env["BOT_CONFIG"].strip()))
        _check_toml(files[1], "BOT_CONFIG")

    loader = type("_Loaded", (_Sources,), {"files": tuple(files), "environ": env})
    try:
        raw = loader()
    except ValidationError as exc:
        key, problem = problem_of(exc.errors()[0])
        raise ConfigError(key, problem) from None
    return _assemble(raw, env)


def _assemble(raw: _Sources, env: Mapping[str, str]) -> Settings:
    """Settings from validated sources: the environment wins over the files; cross-key rules."""
    from dataclasses import replace

    web = raw.web
    if web.webhook_url and not raw.webhook_secret:
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET", texts.CONFIG_SECRET_NEEDED)
    web = replace(web, enabled=web.enabled or bool(web.webhook_url), webhook_secret=raw.webhook_secret)
    if raw.console_url:  # the admin console needs the web server and a key for its session cookie
        if not raw.console_key.get().strip():
            raise ConfigError("WEB_SECRET_KEY", texts.CONFIG_CONSOLE_KEY_NEEDED)
        web = replace(web, enabled=True, console_url=raw.console_url.rstrip("/"), console_key=raw.console_key)
    llm = replace(raw.qa.llm, api_key=Secret(env.get(raw.qa.llm.api_key_env, "")))
    return Settings(
        bot_name=raw.bot.name,
        committee=raw.bot.committee,
        timezone=raw.bot.timezone,
        database_url=raw.database_url or raw.database.url,
        token=raw.token,
        base_url=raw.base_url or raw.telegram.base_url,
        base_file_url=raw.base_file_url or raw.telegram.base_file_url,
        admin_ids=raw.admin_ids,
        sectors=raw.registration.sectors,
        special_committees=raw.registration.special_committees,
        invite_days=raw.registration.invite_days,
        invite_uses=raw.registration.invite_uses,
        rate_limits=raw.rate_limits,
        qa=replace(raw.qa, llm=llm),
        web=web,
        submissions=raw.submissions,
        reminders=raw.reminders,
        broadcasts=raw.broadcasts,
        roster=raw.roster,
        records=raw.records,
    )
