"""Tunable behaviour of the simulator (defaults model a real router; tests shorten them)."""

from dataclasses import dataclass, field


@dataclass
class SimConfig:
    seed: int = 1
    scenario: str = "quiet"
    offer_timeout_s: float = 20.0
    max_chats: int = 3
    replay_log_size: int = 1000
    ping_interval_s: float = 15.0
    retry_ms: int = 2000
    access_token_ttl_s: float = 900.0
    auth_code_ttl_s: float = 60.0
    auto_approve_login_hint: bool = True
    # Listening beyond loopback (a training room): /_sim and login-hint sign-in need the admin
    # token, and without one they are off (see trust.py). Never sent anywhere, never logged.
    beyond_loopback: bool = False
    admin_token: str | None = field(default=None, repr=False)
    # An external OpenID provider (external.py): /v1/meta names it, the API accepts its JWT
    # access tokens (also DPoP-bound ones) and maps `external_role_claim` to a demo role.
    external_issuer: str | None = None
    external_client_id: str = "helpline-console"
    external_audience: str | None = None  # None: the client id
    external_role_claim: str = "helpline_role"
    external_scopes: tuple[str, ...] = ("openid", "profile", "offline_access")
    transfer_dial_delay_s: float = 0.5
    transfer_answer_delay_s: float = 2.0
    transfer_ring_timeout_s: float = 25.0
    message_delivery_delay_s: float = 0.3
    queue_event_min_interval_s: float = 1.0
    closed_retention_s: float = 600.0
    idempotency_ttl_s: float = 24 * 3600.0
    max_body_bytes: int = 64 * 1024
    arrivals_per_minute: float = 6.0
    # The resource directory's data files (None: the sample in resources/directory).
    directory_folder: str | None = None
    # Voice (simulator/voice.py, simulator/media): phone mode, guaranteed logoff, tones.
    agent_phone_answers_after_s: float = 1.5
    agent_phone_fails: bool = False
    agent_phone_ring_timeout_s: float = 20.0
    stream_gone_logoff_s: float = 60.0
    caller_tone_hz: float = 440.0
    target_tone_hz: float = 660.0
