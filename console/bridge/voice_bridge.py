"""The Qt face of the shift's voice: mode, softphone status, mute and volume.

Threads: the GUI thread constructs it, calls its methods and receives its signals; the core
thread runs the VoiceService's coroutines and only posts status to the session bridge's
mailbox (the callback bound here, on the GUI thread).
"""

import concurrent.futures
import contextlib
import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from console.bridge.operation_names import OperationName
from console.bridge.session_bridge import SessionBridge
from console.contract.voice import VoiceMode
from console.core.runtime import CoreRuntime
from console.core.voice.devices import AudioDevices
from console.core.voice.service import VoiceService
from console.core.voice.softphone import SoftphoneStatus

log = logging.getLogger(__name__)


class VoiceBridge(QObject):
    """See the module doc for which thread calls what.

    Constructed and called on the GUI thread, where its signals are emitted; the VoiceService's
    coroutines run on the core thread.
    """

    statusChanged = Signal(object)  # SoftphoneStatus
    modeChanged = Signal(str, str)  # mode, phone number (the widget masks it)
    levelChanged = Signal(float)  # microphone level in dBFS, every 100 ms while metering

    def __init__(
        self,
        runtime: CoreRuntime,
        bridge: SessionBridge,
        devices: Callable[[], AudioDevices],
        mode: str,
        phone_number: str | None,
        parent: QObject | None = None,
        input_id: str | None = None,
        output_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._runtime = runtime
        self._bridge = bridge
        self.mode = VoiceMode(mode)
        self.phone_number = phone_number
        self.input_id, self.output_id = input_id, output_id
        self.status = SoftphoneStatus()
        post = bridge.mailbox.postbox.post
        self.devices = devices
        self.service = VoiceService(
            bridge.session,
            devices,
            on_status=functools.partial(post, self._emit_status),
            on_level=functools.partial(post, self.levelChanged.emit),
        )
        bridge.started.connect(self._begin)

    def _emit_status(self, status: SoftphoneStatus) -> None:
        self.status = status
        self.statusChanged.emit(status)

    def _begin(self, _meta: object = None) -> None:
        self.choose(self.mode.value, self.phone_number, self.input_id, self.output_id)

    def choose(
        self,
        mode: str,
        phone_number: str | None,
        input_id: str | None = None,
        output_id: str | None = None,
    ) -> None:
        """Between calls: where the volunteer hears calls from now on."""
        self.mode = VoiceMode(mode)
        self.phone_number = phone_number if self.mode is VoiceMode.PHONE else None
        self.input_id, self.output_id = input_id, output_id
        begin = self.service.begin(self.mode, self.phone_number, input_id, output_id)
        self._bridge.runner.run(OperationName.VOICE, begin)
        self.modeChanged.emit(self.mode.value, self.phone_number or "")

    def set_muted(self, muted: bool) -> None:
        phone = self.service.phone
        if phone is not None:
            self._runtime.loop.call_soon_threadsafe(phone.set_muted, muted)

    def set_volume(self, volume: float) -> None:
        phone = self.service.phone
        if phone is not None:
            self._runtime.loop.call_soon_threadsafe(phone.set_volume, volume)

    def set_metering(self, metering: bool) -> None:
        """The mic test meter is shown (True) or gone: `levelChanged` flows only while shown."""
        if self._runtime.running:  # a dialog may close after the core has stopped (quit)
            self._runtime.loop.call_soon_threadsafe(self.service.set_metering, metering)

    def use_devices(self, input_id: str | None, output_id: str | None) -> None:
        self.input_id, self.output_id = input_id, output_id
        self._bridge.runner.run(OperationName.VOICE, self.service.use_devices(input_id, output_id))

    def retry(self) -> None:
        """After a media failure: open the session again."""
        self.choose(self.mode.value, self.phone_number, self.input_id, self.output_id)

    def shutdown(self) -> None:
        """A clean quit: close the media session, log a phone off (before the shift closes)."""
        if not self._runtime.running:
            return
        future = self._runtime.submit(self.service.quit())
        with contextlib.suppress(concurrent.futures.TimeoutError, Exception):
            future.result(timeout=5)
