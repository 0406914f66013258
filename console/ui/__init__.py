"""Widgets. They never touch the network: everything comes through the bridge."""
