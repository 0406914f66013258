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
