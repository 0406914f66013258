"""The committed OpenAPI document is the one the code generates."""

import json
from pathlib import Path

from console.simulator.openapi_export import generate

COMMITTED = Path(__file__).resolve().parents[2] / "console" / "contract" / "openapi.json"


def test_committed_document_matches_the_code() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == generate(), (
        "console/contract/openapi.json is stale: run `make openapi` and commit it"
    )


def test_document_is_openapi_3_1_and_public_only() -> None:
    document = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert document["openapi"] == "3.1.0"
    assert all(path.startswith("/v1/") for path in document["paths"])
    for item in document["paths"].values():
        for operation in item.values():
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    assert list(response["content"]) == ["application/problem+json"]


def test_every_mutation_documents_its_idempotency_key() -> None:
    document = json.loads(COMMITTED.read_text(encoding="utf-8"))
    for item in document["paths"].values():
        for method, operation in item.items():
            names = {p["name"] for p in operation.get("parameters", []) if p["in"] == "header"}
            assert ("Idempotency-Key" in names) == (method in {"post", "put"}), operation[
                "operationId"
            ]


def discriminators(node: object) -> list[dict[str, object]]:
    found = []
    if isinstance(node, dict):
        if isinstance(node.get("discriminator"), dict):
            found.append(node["discriminator"])
        for value in node.values():
            found += discriminators(value)
    elif isinstance(node, list):
        for value in node:
            found += discriminators(value)
    return found


def test_each_request_discriminator_value_names_its_own_schema() -> None:
    """Generic tools invert the mapping (schema -> value): a schema named by two values loses
    one, and valid requests are then taken for invalid ones (schemathesis did so with voice).
    Events may share a schema between types: clients read them, tools do not generate them."""
    document = json.loads(COMMITTED.read_text(encoding="utf-8"))
    bodies = [
        operation["requestBody"]
        for item in document["paths"].values()
        for operation in item.values()
        if "requestBody" in operation
    ]
    found = discriminators(bodies)
    assert found, "some request bodies are discriminated unions"
    for discriminator in found:
        mapping = discriminator.get("mapping", {})
        assert isinstance(mapping, dict)
        assert len(set(mapping.values())) == len(mapping), discriminator
