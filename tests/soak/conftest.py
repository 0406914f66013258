"""The soak drives the same console as the GUI tests."""

import pytest

from tests.ui.conftest import console

__all__ = ["console"]

pytestmark = pytest.mark.qt
