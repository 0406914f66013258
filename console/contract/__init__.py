"""Routing contract v1: the models shared by the client and the simulator.

Pure data: no Qt, no HTTP. Resource models are lenient (unknown fields are ignored) so a newer
backend never breaks an older console; request bodies are strict so the simulator rejects
anything the contract does not allow.
"""

API_VERSION = "1.0"
