"""The console's voice path: the shift's softphone (WebRTC over aiortc) and audio devices.

Runs on the core loop like the rest of the core; no Qt. Nothing heard or said is recorded or
written: audio flows from the device to the network and back, and only levels are kept.
"""
