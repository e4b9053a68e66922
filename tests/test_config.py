"""Configuration: defaults, environment overrides, and errors that name their key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.config import ConfigError, load_settings

NO_DOTENV = Path("/nonexistent/.env")
ROOT = Path(__file__).resolve().parent.parent


def settings(**env: str):
    return load_settings(environ=env, dotenv_path=NO_DOTENV)


def test_defaults_come_from_config_toml():
    s = settings()
    assert s.timezone.key == "Asia/Shanghai"
    assert s.database_url.startswith("sqlite+aiosqlite:///") and s.database_url.endswith("var/bot.db")
    assert "经济界" in s.sectors and "提案委员会" in s.special_committees
    assert not s.token and s.admin_ids == frozenset()


def test_environment_overrides():
    s = settings(ADMIN_IDS="1, 2,3", DATABASE_URL="postgresql://u@db:5432/x",
                 TELEGRAM_BASE_URL="http://127.0.0.1:8081/bot", TELEGRAM_BOT_TOKEN="123:abc")
    assert s.admin_ids == {1, 2, 3}
    assert s.database_url == "postgresql+asyncpg://u@db:5432/x"
    assert s.base_url == "http://127.0.0.1:8081/bot"
    assert "abc" not in repr(s)


@pytest.mark.parametrize("env,key", [
    ({"ADMIN_IDS": "12,abc"}, "ADMIN_IDS"),
    ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
    ({"DATABASE_URL": "not a url"}, "DATABASE_URL"),
    ({"TELEGRAM_BASE_URL": "ftp://x"}, "TELEGRAM_BASE_URL"),
    ({"TELEGRAM_BOT_TOKEN": "nocolon"}, "TELEGRAM_BOT_TOKEN"),
])
def test_a_wrong_value_names_its_key(env, key):
    with pytest.raises(ConfigError) as info:
        settings(**env)
    assert info.value.key == key and key in str(info.value)


def test_unknown_timezone_in_another_config(tmp_path):
    other = tmp_path / "other.toml"
    other.write_text('[bot]\ntimezone = "Mars/Olympus"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        settings(BOT_CONFIG=str(other))
    assert info.value.key == "bot.timezone"


def test_bot_config_overrides_single_keys(tmp_path):
    other = tmp_path / "other.toml"
    other.write_text('[bot]\nname = "测试助手"\n', encoding="utf-8")
    s = settings(BOT_CONFIG=str(other))
    assert s.bot_name == "测试助手" and s.timezone.key == "Asia/Shanghai"


def test_start_stops_with_one_line_naming_the_key(tmp_path):
    result = subprocess.run([sys.executable, "run_bot.py", "db", "upgrade"], cwd=ROOT, capture_output=True,
                            text=True, env={"ADMIN_IDS": "x1", "PATH": "/usr/bin:/bin"}, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ADMIN_IDS" in lines[0]


def other_config(tmp_path, body: str) -> str:
    path = tmp_path / "other.toml"
    path.write_text(body, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("body,key,words", [
    ('[web]\nport = "abc"\n', "web.port", "整数"),
    ('[web]\nport = 99999\n', "web.port", "65535"),
    ('[web]\nenabled = "maybe"\n', "web.enabled", "true"),
    ('[rate_limits]\noverall_per_second = -1\n', "rate_limits.overall_per_second", "非负"),
    ('[qa]\nthreshold = 2\n', "qa.threshold", "2"),
    ('[qa.llm]\ntimeout_seconds = "soon"\n', "qa.llm.timeout_seconds", "soon"),
    ('[qa.llm]\nbase_url = "nope"\n', "qa.llm.base_url", "http"),
    ('[bot]\nname = 5\n', "bot.name", "文字"),
    ('[bot]\ntimezone = "Asia/Nowhere"\n', "bot.timezone", "时区"),
    ('[registration]\nsectors = []\n', "registration.sectors", "不能为空"),
    ('[registration]\nsectors = "经济界"\n', "registration.sectors", "列表"),
    ('[submissions]\nmax_attachments = 1.5\n', "submissions.max_attachments", "整数"),
    ('[reminders]\ndefault_offsets = ["1x"]\n', "reminders.default_offsets", "时长"),
    ('[broadcasts]\nbatch_size = -5\n', "broadcasts.batch_size", "非负"),
    ('[database]\nurl = "mysql://x"\n', "database.url", "数据库"),
    ('bot = 3\n', "bot", "配置节"),
    ('[web]\nwebhook_url = "https://example.org/telegram/webhook"\n', "TELEGRAM_WEBHOOK_SECRET", "web.webhook_url"),
])
def test_a_wrong_file_value_names_its_key_and_says_why(tmp_path, body, key, words):
    with pytest.raises(ConfigError) as info:
        settings(BOT_CONFIG=other_config(tmp_path, body))
    assert info.value.key == key and words in info.value.problem
    assert str(info.value).startswith(f"配置错误 {key}：") and "\n" not in str(info.value)


@pytest.mark.parametrize("env,key", [
    ({"ADMIN_IDS": "1,2;x"}, "ADMIN_IDS"),
    ({"ADMIN_IDS": "1.5"}, "ADMIN_IDS"),
    ({"TELEGRAM_BASE_FILE_URL": "file:///x"}, "TELEGRAM_BASE_FILE_URL"),
    ({"TELEGRAM_WEBHOOK_SECRET": "has space"}, "TELEGRAM_WEBHOOK_SECRET"),
    ({"BOT_CONFIG": "/nonexistent/other.toml"}, "BOT_CONFIG"),
])
def test_a_wrong_environment_value_names_its_variable(env, key):
    with pytest.raises(ConfigError) as info:
        settings(**env)
    assert info.value.key == key


def test_a_broken_bot_config_file_names_bot_config(tmp_path):
    with pytest.raises(ConfigError) as info:
        settings(BOT_CONFIG=other_config(tmp_path, "[bot\n"))
    assert info.value.key == "BOT_CONFIG" and "格式有误" in info.value.problem


def test_typed_sections_merge_key_by_key(tmp_path):
    s = settings(BOT_CONFIG=other_config(tmp_path, "[broadcasts]\nbatch_size = 7\n[reminders]\n"
                                                   "default_offsets = [\"30m\"]\n[web]\nport = \"9090\"\n"))
    assert s.broadcasts.batch_size == 7 and s.broadcasts.max_retries == 5  # the rest from config.toml
    assert s.reminders.default_offsets == ("30m",) and s.reminders.checkin_opens_minutes == 30
    assert s.web.port == 9090 and s.web.host == "127.0.0.1"
    assert s.submissions.number_prefix == "SQMY" and "其他" in s.submissions.categories
    assert s.qa.documents_dir.is_absolute() and s.rate_limits.overall_per_second == 30
    assert not hasattr(s, "section")


def test_empty_environment_values_fall_back_to_the_files():
    s = settings(DATABASE_URL="", TELEGRAM_BASE_URL="", ADMIN_IDS="", TELEGRAM_BOT_TOKEN="")
    assert s.database_url.endswith("var/bot.db") and s.base_url == "" and not s.token


def test_secrets_are_secretstr_and_never_shown(tmp_path):
    s = settings(TELEGRAM_BOT_TOKEN="123:tok-en", MY_KEY="llm-key", TELEGRAM_WEBHOOK_SECRET="hook_1",
                 BOT_CONFIG=other_config(tmp_path, '[qa.llm]\napi_key_env = "MY_KEY"\n'))
    for secret, value in ((s.token, "123:tok-en"), (s.qa.llm.api_key, "llm-key"), (s.web.webhook_secret, "hook_1")):
        assert isinstance(secret, SecretStr) and secret.get_secret_value() == value == secret.get()
    assert not any(v in repr(s) for v in ("tok-en", "llm-key", "hook_1"))


def test_dotenv_is_read_and_the_environment_wins(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text("# local\nADMIN_IDS=5\nDATABASE_URL=postgresql://u@db/x\n", encoding="utf-8")
    s = load_settings(environ={"ADMIN_IDS": "6"}, dotenv_path=dotenv)
    assert s.admin_ids == {6} and s.database_url == "postgresql+asyncpg://u@db/x"


@pytest.mark.parametrize("env,key", [
    ({"BOT_CONFIG": "/nonexistent/other.toml"}, "BOT_CONFIG"),
    ({"TELEGRAM_BOT_TOKEN": "nocolon"}, "TELEGRAM_BOT_TOKEN"),
])
def test_other_wrong_starts_stop_with_exit_code_2(env, key):
    result = subprocess.run([sys.executable, "run_bot.py", "db", "upgrade"], cwd=ROOT, capture_output=True,
                            text=True, env={**env, "PATH": "/usr/bin:/bin"}, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"配置错误 {key}：")
