"""Qt-free client core: asyncio runtime on its own thread, HTTP commands, live stream, store."""
