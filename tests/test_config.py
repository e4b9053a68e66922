"""Configuration: defaults, environment overrides, and errors that name their key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
