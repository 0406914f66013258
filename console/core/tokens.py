"""Where the refresh token lives: the OS keychain (core/keychain.py), or nowhere.

The access token stays in memory only. Keychain calls may block on an unlock prompt, so the
core runs every store's calls on a worker thread.
"""

from typing import Protocol


class TokenStore(Protocol):
    """Where a refresh token is kept: the Authenticator calls it on a worker thread
    (`asyncio.to_thread`), so an implementation may block.
    """

    def load(self, account: str) -> str | None: ...
    def save(self, account: str, secret: str) -> None: ...
    def delete(self, account: str) -> None: ...


class MemoryTokenStore:
    """No persistence: the sign-in ends with the process.

    The Authenticator calls it on a worker thread (`asyncio.to_thread`).
    """

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    def load(self, account: str) -> str | None:
        return self._secrets.get(account)

    def save(self, account: str, secret: str) -> None:
        self._secrets[account] = secret

    def delete(self, account: str) -> None:
        self._secrets.pop(account, None)
