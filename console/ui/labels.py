"""Translated names for the contract's vocabularies, and icons that do not rely on colour.

Every function translates at call time, so a live language switch only needs a re-render.
"""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

from console.contract.enums import (
    AgeGroup,
    Channel,
    OutcomeCode,
    Presence,
    RoutingState,
    TransferFailure,
    TransferState,
)
from console.core.connection import Phase
from console.core.errors import CoreError, ErrorKind


def presence_label(presence: Presence) -> str:
    return {
        Presence.AVAILABLE: QCoreApplication.translate("Labels", "Available"),
        Presence.BUSY: QCoreApplication.translate("Labels", "Busy"),
        Presence.BREAK: QCoreApplication.translate("Labels", "On break"),
        Presence.OFFLINE: QCoreApplication.translate("Labels", "Offline"),
    }[presence]


def routing_label(state: RoutingState) -> str:
    return {
        RoutingState.IDLE: QCoreApplication.translate("Labels", "Waiting for contacts"),
        RoutingState.OFFERED: QCoreApplication.translate("Labels", "Contact offered"),
        RoutingState.ENGAGED: QCoreApplication.translate("Labels", "In a contact"),
        RoutingState.WRAP_UP: QCoreApplication.translate("Labels", "Wrapping up"),
        RoutingState.NOT_RESPONDING: QCoreApplication.translate(
            "Labels", "Not responding: you missed an offer, so no new contacts come to you"
        ),
    }[state]


def routing_label_short(state: RoutingState) -> str:
    return {
        RoutingState.IDLE: QCoreApplication.translate("Labels", "Idle"),
        RoutingState.OFFERED: QCoreApplication.translate("Labels", "Offered"),
        RoutingState.ENGAGED: QCoreApplication.translate("Labels", "In contact"),
        RoutingState.WRAP_UP: QCoreApplication.translate("Labels", "Wrap-up"),
        RoutingState.NOT_RESPONDING: QCoreApplication.translate("Labels", "Not responding"),
    }[state]


def channel_label(channel: Channel) -> str:
    if channel is Channel.VOICE:
        return QCoreApplication.translate("Labels", "Call")
    return QCoreApplication.translate("Labels", "Chat")


def age_group_label(age_group: AgeGroup) -> str:
    return {
        AgeGroup.CHILD_YOUTH: QCoreApplication.translate("Labels", "Child/youth"),
        AgeGroup.ADULT: QCoreApplication.translate("Labels", "Adult"),
        AgeGroup.UNKNOWN: QCoreApplication.translate("Labels", "Age unknown"),
    }[age_group]


def language_label(code: str) -> str:
    names = {
        "se": QCoreApplication.translate("Labels", "Northern Sámi"),
        "smj": QCoreApplication.translate("Labels", "Lule Sámi"),
        "sma": QCoreApplication.translate("Labels", "South Sámi"),
        "nb": QCoreApplication.translate("Labels", "Norwegian (bokmål)"),
        "nn": QCoreApplication.translate("Labels", "Norwegian (nynorsk)"),
        "en": QCoreApplication.translate("Labels", "English"),
    }
    return names.get(code, code)


def outcome_label(outcome: OutcomeCode) -> str:
    return {
        OutcomeCode.SUPPORTED: QCoreApplication.translate("Labels", "Talked and supported"),
        OutcomeCode.REFERRED: QCoreApplication.translate("Labels", "Referred to another service"),
        OutcomeCode.TRANSFERRED: QCoreApplication.translate("Labels", "Transferred"),
        OutcomeCode.SILENT: QCoreApplication.translate("Labels", "Silent contact"),
        OutcomeCode.ABANDONED: QCoreApplication.translate("Labels", "Ended before talking"),
        OutcomeCode.MISUSE: QCoreApplication.translate("Labels", "Misuse of the line"),
        OutcomeCode.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[outcome]


def transfer_state_label(state: TransferState) -> str:
    return {
        TransferState.INITIATING: QCoreApplication.translate("Labels", "Calling…"),
        TransferState.RINGING: QCoreApplication.translate("Labels", "Ringing…"),
        TransferState.CONSULTING: QCoreApplication.translate("Labels", "Connected: consulting"),
        TransferState.COMPLETED: QCoreApplication.translate("Labels", "Transferred"),
        TransferState.CANCELED: QCoreApplication.translate("Labels", "Cancelled: caller is back"),
        TransferState.FAILED: QCoreApplication.translate("Labels", "Transfer failed"),
        TransferState.ABANDONED: QCoreApplication.translate("Labels", "The caller hung up"),
    }[state]


def transfer_failure_label(reason: TransferFailure | None) -> str:
    return {
        TransferFailure.BUSY: QCoreApplication.translate("Labels", "The line was busy."),
        TransferFailure.NO_ANSWER: QCoreApplication.translate("Labels", "Nobody answered."),
        TransferFailure.TIMEOUT: QCoreApplication.translate(
            "Labels", "The call could not be set up."
        ),
        TransferFailure.REJECTED: QCoreApplication.translate("Labels", "The service declined."),
        None: QCoreApplication.translate("Labels", "The transfer did not go through."),
    }[reason]


def connection_label(phase: Phase) -> str:
    return {
        Phase.CONNECTING: QCoreApplication.translate("Labels", "Connecting…"),
        Phase.LIVE: QCoreApplication.translate("Labels", "Connected"),
        Phase.RECONNECTING: QCoreApplication.translate("Labels", "Connection lost. Reconnecting…"),
        Phase.OFFLINE: QCoreApplication.translate("Labels", "Offline: please sign in again"),
    }[phase]


def offline_reason() -> str:
    """Tooltip of an action that waits for the connection."""
    return QCoreApplication.translate("Labels", "Not available while the connection is down.")


def error_message(error: object) -> str:
    """A short, translated sentence for any failure; never a traceback."""
    kind = error.kind if isinstance(error, CoreError) else ErrorKind.SERVER
    return {
        ErrorKind.OFFLINE: QCoreApplication.translate(
            "Errors", "No connection to the routing service."
        ),
        ErrorKind.TIMEOUT: QCoreApplication.translate(
            "Errors", "The routing service did not answer in time."
        ),
        ErrorKind.UNAVAILABLE: QCoreApplication.translate(
            "Errors", "The routing service is busy. Try again in a moment."
        ),
        ErrorKind.SIGN_IN_REQUIRED: QCoreApplication.translate(
            "Errors", "Your sign-in has ended. Please sign in again."
        ),
        ErrorKind.FORBIDDEN: QCoreApplication.translate(
            "Errors", "You do not have access to this."
        ),
        ErrorKind.NOT_FOUND: QCoreApplication.translate(
            "Errors", "This contact or offer is no longer there."
        ),
        ErrorKind.CONFLICT: QCoreApplication.translate("Errors", "That is not possible right now."),
        ErrorKind.INVALID: QCoreApplication.translate(
            "Errors", "The routing service did not accept this."
        ),
        ErrorKind.SERVER: QCoreApplication.translate(
            "Errors", "Something went wrong in the routing service."
        ),
        ErrorKind.INSECURE_BACKEND: QCoreApplication.translate(
            "Errors", "This routing service address is not secure (https is required)."
        ),
        ErrorKind.UNTRUSTED_CERTIFICATE: QCoreApplication.translate(
            "Errors",
            "The routing service's certificate is not trusted (expired, self-signed or for "
            "another address). The console will not connect: tell your IT department.",
        ),
        ErrorKind.KEYRING_REFUSED: QCoreApplication.translate(
            "Errors", "This computer has no safe place to remember your sign-in."
        ),
        ErrorKind.SIGN_IN_FAILED: QCoreApplication.translate("Errors", "Sign-in did not complete."),
        ErrorKind.PROVIDER_UNREACHABLE: QCoreApplication.translate(
            "Errors",
            "The sign-in service cannot be reached. Check the connection and try again.",
        ),
        ErrorKind.PROVIDER_MISCONFIGURED: QCoreApplication.translate(
            "Errors",
            "The sign-in service is not set up the way the routing service says. "
            "Tell your IT department.",
        ),
        ErrorKind.PROVIDER_NOT_ALLOWED: QCoreApplication.translate(
            "Errors",
            "This routing service uses a sign-in service your organisation has not approved. "
            "Tell your IT department.",
        ),
        ErrorKind.ID_TOKEN_INVALID: QCoreApplication.translate(
            "Errors",
            "The sign-in could not be verified. Check that this computer's date and time are "
            "right, then try again; if it happens again, tell your IT department.",
        ),
        ErrorKind.SIGN_IN_TAMPERED: QCoreApplication.translate(
            "Errors",
            "The sign-in answer did not match this sign-in and was refused. Close other sign-in "
            "pages and try again.",
        ),
    }[kind]


_ICON_CACHE: dict[AgeGroup, QIcon] = {}


def age_group_icon(age_group: AgeGroup) -> QIcon:
    """A shape per age group (triangle, square, circled ?), so colour is never the only cue."""
    cached = _ICON_CACHE.get(age_group)
    if cached is not None:
        return cached
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    if age_group is AgeGroup.CHILD_YOUTH:
        painter.setBrush(QColor("#7b3fa0"))
        painter.drawPolygon(QPolygonF([QPointF(16, 2), QPointF(30, 29), QPointF(2, 29)]))
    elif age_group is AgeGroup.ADULT:
        painter.setBrush(QColor("#1f5f8b"))
        painter.drawRect(QRectF(4, 4, 24, 24))
    else:
        painter.setBrush(QColor("#5c5c5c"))
        painter.drawEllipse(QRectF(2, 2, 28, 28))
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(20)
        painter.setFont(font)
        painter.drawText(QRectF(2, 2, 28, 28), Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    icon = QIcon(pixmap)
    _ICON_CACHE[age_group] = icon
    return icon
