"""Audio plumbing shared by the console's softphone and the simulator's media server.

Pure Python with no Qt, no client core and no simulator: tone generation, level and pitch
analysis (dsp), and which host addresses WebRTC offers as ICE candidates (ice).
"""
