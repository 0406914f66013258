"""Thin Qt bridge: re-emits core changes as typed, queued Qt signals (QtCore only)."""
