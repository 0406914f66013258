"""Helpline Console: desktop console for Norway's mental-health helplines."""

import sys

__version__ = "0.1.0"

# httpx imports its command-line client on `import httpx` (click, and rich and pygments where
# installed): 60-90 ms of every start for a tool the console never runs. httpx falls back
# cleanly when that import fails, and this makes it fail; upstream discussion and a pending
# fix: encode/httpx#3547. `httpx.main` is then a stub that says the CLI is not installed.
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
