"""Class docstrings say which thread calls what (issue #21).

The window runs on the GUI thread, the core on its own asyncio thread, the softphone's audio
on PortAudio's callback thread, and the bridge's mailbox carries work between them. A class
whose docstring does not say which of them calls it invites a cross-thread call that works in
a test and fails on a volunteer's PC. This test reads the source with `ast` (it imports
nothing, so it needs no Qt) and names every class in console/ui, console/bridge and
console/core whose docstring names no thread.

Exempt: immutable values, which any thread may read and no thread changes, so a thread
sentence would add nothing:
- enums (`Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`),
- frozen dataclasses (`@dataclass(frozen=True)`),
- pydantic models (`BaseModel`: validated wire data) and `NamedTuple`s,
- exceptions (a builtin exception, or a class in these packages derived from one).

Not exempt: Protocols (they are the seams between layers, and which thread calls them is the
contract a fake must keep) and mutable dataclasses (someone changes them; the docstring says who).
"""

import ast
import builtins
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("console/ui", "console/bridge", "console/core")

THREAD_NAMED = re.compile(r"\b(GUI|core|any|worker|audio|no) thread\b", re.IGNORECASE)
VALUE_BASES = {"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "BaseModel", "NamedTuple"}


def _base_name(base: ast.expr) -> str:
    """`enum.StrEnum` and `StrEnum` both give `StrEnum`; `Generic[T]` gives `Generic`."""
    if isinstance(base, ast.Subscript):
        base = base.value
    if isinstance(base, ast.Attribute):
        return base.attr
    return base.id if isinstance(base, ast.Name) else ""


def _is_frozen_dataclass(node: ast.ClassDef) -> bool:
    for decorator in node.decorator_list:
        if not isinstance(decorator, ast.Call) or _base_name(decorator.func) != "dataclass":
            continue
        for keyword in decorator.keywords:
            if keyword.arg == "frozen" and isinstance(keyword.value, ast.Constant):
                return keyword.value.value is True
    return False


def _is_builtin_exception(name: str) -> bool:
    candidate = getattr(builtins, name, None)
    return isinstance(candidate, type) and issubclass(candidate, BaseException)


def checked_classes() -> dict[str, ast.ClassDef]:
    """Every class in the checked packages, nested ones too, keyed by `path:Name`."""
    classes: dict[str, ast.ClassDef] = {}
    for folder in CHECKED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            relative = path.relative_to(ROOT).as_posix()
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    classes[f"{relative}:{node.name}"] = node
    return classes


def exempt_names(classes: dict[str, ast.ClassDef]) -> set[str]:
    """Names of the immutable value classes, following bases defined in the checked packages."""
    by_name = {node.name: node for node in classes.values()}
    exempt: set[str] = set()

    def is_value(node: ast.ClassDef, seen: frozenset[str]) -> bool:
        if _is_frozen_dataclass(node):
            return True
        for base in map(_base_name, node.bases):
            if base in VALUE_BASES or _is_builtin_exception(base):
                return True
            parent = by_name.get(base)
            if parent is not None and base not in seen and is_value(parent, seen | {base}):
                return True
        return False

    for node in classes.values():
        if is_value(node, frozenset({node.name})):
            exempt.add(node.name)
    return exempt


def classes_without_a_thread() -> list[str]:
    classes = checked_classes()
    exempt = exempt_names(classes)
    return sorted(
        key
        for key, node in classes.items()
        if node.name not in exempt and not THREAD_NAMED.search(ast.get_docstring(node) or "")
    )


def test_every_class_docstring_names_the_threads_that_call_it() -> None:
    missing = classes_without_a_thread()
    assert missing == [], (
        "say in the class docstring which thread calls it ('GUI thread', 'core thread', "
        "'any thread', 'worker thread', 'audio thread' or 'no thread'): " + ", ".join(missing)
    )


def test_the_walk_sees_the_packages_and_the_exemptions_hold() -> None:
    """The check can fail: it sees real classes, and exempts only immutable values."""
    classes = checked_classes()
    exempt = exempt_names(classes)
    assert "console/ui/main_window.py:MainWindow" in classes
    assert "console/core/runtime.py:CoreRuntime" in classes
    # An enum, a frozen dataclass, a pydantic model and an exception derived in the package.
    assert {"Page", "Change", "DiscoveryDocument", "MessageTooLong"} <= exempt
    # A Protocol, a mutable dataclass and a widget are checked.
    assert {"TransferCommands", "Backoff", "ContactPanel"}.isdisjoint(exempt)


def test_a_docstring_without_a_thread_is_named() -> None:
    source = (
        "class Quiet:\n"
        "    '''Does things.'''\n"
        "class Said:\n"
        "    '''Created and called on the GUI thread only.'''\n"
    )
    nodes = [node for node in ast.parse(source).body if isinstance(node, ast.ClassDef)]
    named = [node.name for node in nodes if not THREAD_NAMED.search(ast.get_docstring(node) or "")]
    assert named == ["Quiet"]
