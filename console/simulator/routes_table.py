"""Which methods each public path allows, read from the OpenAPI document itself."""

import re
from collections.abc import Callable
from functools import cached_property
from typing import Any


class RouteTable:
    def __init__(self, openapi: Callable[[], dict[str, Any]]) -> None:
        self._openapi = openapi

    @cached_property
    def _patterns(self) -> list[tuple[re.Pattern[str], frozenset[str]]]:
        table = []
        for template, item in self._openapi().get("paths", {}).items():
            pattern = re.compile("^" + re.sub(r"\{[^/]+\}", "[^/]+", template) + "$")
            table.append((pattern, frozenset(method.upper() for method in item)))
        return table

    def allowed(self, path: str) -> frozenset[str]:
        methods: set[str] = set()
        for pattern, verbs in self._patterns:
            if pattern.match(path):
                methods |= verbs
        return frozenset(methods)
