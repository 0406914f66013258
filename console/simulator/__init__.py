"""The embedded routing simulator: a faithful implementation of routing contract v1."""
