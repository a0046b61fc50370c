"""Settings from the environment and `.env` (names and defaults: ../shared/CONTRACT.md)."""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from storage.backend import StorageUnavailable, check_url

OFFICIAL_API_URL = "https://api.telegram.org"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None
    telegram_api_url: str = OFFICIAL_API_URL
    database_path: Path = Path("data/bot.sqlite3")
    default_timezone: str = "Europe/Moscow"
    digest_time: str = "09:00"
    log_level: str = "INFO"
    fetch_allow_private: bool = False

    # Extensions of the contract (all optional).
    analysis_workers: int = Field(1, ge=1, le=16, description="worker processes that run the NLP")
    max_article_chars: int = Field(100_000, ge=1_000, description="longer texts are refused politely")
    min_article_chars: int = Field(80, ge=1, description="shorter texts are not treated as articles")
    max_queue: int = Field(200, ge=1, description="articles waiting for analysis, over all chats")
    max_queue_per_chat: int = Field(50, ge=1, description="articles one chat may have waiting")
    digest_check_seconds: int = Field(30, ge=1, le=300, description="how often the scheduler checks what is due")
    join_window_seconds: float = Field(1.5, ge=0, le=10, description="consecutive parts of one paste are joined")
    fetch_timeout_seconds: float = Field(10, gt=0, le=60, description="a linked page must arrive within this")
    fetch_max_bytes: int = Field(3_000_000, ge=10_000, description="larger linked pages are refused")

    # Running past one machine (issue 12; the contract's names). Unset: SQLite, long polling and local workers.
    # DATABASE_URL, postgresql://user:password@host:port/database: PostgreSQL instead of the SQLite file.
    database_url: str | None = None
    redis_url: str | None = None
    webhook_base_url: str | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(8080, ge=1, le=65535)
    webhook_secret: SecretStr | None = None
    instance_id: str | None = Field(None, description="this instance's name in leases; default host:port")
    queue_in_flight: int = Field(4, ge=1, le=64, description="jobs one bot instance keeps on Redis at once")
    job_timeout_seconds: int = Field(60, ge=5, le=3600,
                                     description="a job's limit on a worker; a killed worker's job reruns after it")
    lease_seconds: int = Field(30, ge=5, le=600, description="how long an instance's claim on work outlives it")

    @field_validator("redis_url", "webhook_base_url", "instance_id", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_base_url")
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        return value.strip().rstrip("/") if value else value

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _empty_secret_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_chars(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram's rule for secret_token: 1-256 characters A-Z, a-z, 0-9, _ and -.
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
            raise ValueError("WEBHOOK_SECRET must be 1-256 characters: letters, digits, _ and -")
        return value

    @property
    def webhook_url(self) -> str | None:
        return f"{self.webhook_base_url}/webhook" if self.webhook_base_url else None

    def instance_name(self) -> str:
        """Who holds a lease. Stable across restarts of the same instance, so a restarted instance takes its
        own claims back at once instead of waiting for them to expire; distinct between instances on a host."""
        if self.instance_id:
            return self.instance_id
        import socket

        where = str(self.webhook_port) if self.webhook_base_url else "polling"
        return f"{socket.gethostname()}:{where}"

    @field_validator("bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("database_url", mode="before")
    @classmethod
    def _postgres_url(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        value = str(value).strip()
        try:
            check_url(value)
        except StorageUnavailable as exc:
            raise ValueError(str(exc)) from None
        return value

    @property
    def database(self) -> str | Path:
        """Where the storage lives: DATABASE_URL when set, else the SQLite file (what `Storage.open` takes)."""
        return self.database_url or self.database_path

    @field_validator("telegram_api_url", mode="before")
    @classmethod
    def _default_api_url(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return OFFICIAL_API_URL
        return str(value).strip().rstrip("/")

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA time zone {value!r}") from exc
        return value

    @field_validator("digest_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip())
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise ValueError("DIGEST_TIME must be HH:MM, e.g. 09:00")
        return f"{int(match.group(1)):02d}:{match.group(2)}"

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value


def load_settings() -> Settings:
    """The settings, or exit with what is wrong in each of them.

    Only the names and the reasons are printed, never the values: a DATABASE_URL or a token holds a secret.
    """
    try:
        return Settings()
    except ValidationError as exc:
        problems = "\n".join(f"  {'.'.join(str(p) for p in error['loc']).upper()}: {error['msg']}"
                              for error in exc.errors())
        raise SystemExit(f"The settings are not valid (environment or .env):\n{problems}") from None
