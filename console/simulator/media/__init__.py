"""The simulator as a media server: softphone sessions (aiortc), and every simulated caller
and transfer target as a tone source and a listening ear. Nothing heard is stored beyond the
last second of levels, and nothing is written anywhere."""
