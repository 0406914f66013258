"""Every operation the bridge runs, by name: the typed seam between bridge and window (a
failed command says which one failed with one of these, never with a free string)."""

from enum import StrEnum


class OperationName(StrEnum):
    # Shift
    START = "start"
    PRESENCE = "presence"
    ACCEPT = "accept"
    DECLINE = "decline"
    HOLD = "hold"
    END = "end"
    FLAG = "flag"
    RISK_LEVEL = "risk_level"
    CONSENT = "consent"
    WRAP_UP = "wrap_up"
    TRANSFER = "transfer"
    DEBRIEF = "debrief"
    ACKNOWLEDGE = "acknowledge"
    MUNICIPALITIES = "municipalities"
    RESOURCES = "resources"
    SEND = "send"
    REAUTHENTICATE = "reauthenticate"
    SIGN_OUT = "sign_out"
    VOICE = "voice"  # voice mode and softphone (bridge/voice_bridge.py)
    # Contact records and statistics (records_bridge.py)
    CONTACT_FORM = "contact_form"
    STATISTICS = "statistics"
    # Training mode
    TRAINING_SCENARIOS = "training_scenarios"
    TRAINING_START = "training_start"
    TRAINING_CHECK = "training_check"
    TRAINING_STATE = "training_state"
