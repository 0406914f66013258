"""Helpline Console: desktop console for Norway's mental-health helplines."""

__version__ = "0.1.0"
