"""The refresh token in the OS keychain, through keyring, and only in a keychain that actually
protects it: the fail, null and plaintext backends are refused (the volunteer can still sign in,
just without "remember me").

A module of its own so that keyring (which looks up its backends when imported) loads only when
a sign-in is to be remembered, not on every start.
"""

import keyring
import keyring.backend
import keyring.errors

from console.core.errors import CoreError, ErrorKind

SERVICE = "helpline-console"


def is_safe_backend(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__.lower()
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    if "plaintext" in name or "uncrypted" in name:
        return False
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return bool(chained) and is_safe_backend(chained[0])
    return True


class KeyringTokenStore:
    """Refresh tokens in the OS keyring: built on the GUI thread by the composition root; the
    Authenticator calls `load`, `save` and `delete` on a worker thread (`asyncio.to_thread`), as
    a keyring may block.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()
        if not is_safe_backend(self._backend):
            raise CoreError(
                ErrorKind.KEYRING_REFUSED,
                f"keyring backend {type(self._backend).__name__} does not protect secrets",
            )

    @property
    def backend_name(self) -> str:
        return type(self._backend).__name__

    def load(self, account: str) -> str | None:
        try:
            return self._backend.get_password(SERVICE, account)
        except keyring.errors.KeyringError as error:
            raise CoreError(ErrorKind.KEYRING_REFUSED, "keychain read failed") from error

    def save(self, account: str, secret: str) -> None:
        try:
            self._backend.set_password(SERVICE, account, secret)
        except keyring.errors.KeyringError as error:
            raise CoreError(ErrorKind.KEYRING_REFUSED, "keychain write failed") from error

    def delete(self, account: str) -> None:
        try:
            self._backend.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as error:
            raise CoreError(ErrorKind.KEYRING_REFUSED, "keychain delete failed") from error
