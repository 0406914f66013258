"""Helpers shared by tests in every directory (no Qt here: the core tests run without it)."""

from console.simulator.config import SimConfig


def quiet_config(**overrides: object) -> SimConfig:
    """A simulator where nothing happens unless a test makes it happen."""
    config = SimConfig(scenario="quiet", transfer_dial_delay_s=0.05, transfer_answer_delay_s=0.2)
    for name, value in overrides.items():
        setattr(config, name, value)
    return config
