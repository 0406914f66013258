"""A second volunteer on the same simulator, driven over the contract (synchronous, for GUI
tests): it signs in like any client, goes available, accepts and reads what it was given."""

import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.simkit import REDIRECT_URI, pkce_pair


class SecondVolunteer:
    def __init__(self, url: str, user: str = "demo-sami") -> None:
        self.client = httpx.Client(base_url=url, timeout=10)
        verifier, challenge = pkce_pair()
        response = self.client.get(
            "/oauth/authorize",
            params={
                "response_type": "code",
                "client_id": "helpline-console",
                "redirect_uri": REDIRECT_URI,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
                "state": "s",
                "login_hint": user,
            },
        )
        code = parse_qs(urlsplit(response.headers["location"]).query)["code"][0]
        tokens = self.client.post(
            "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": REDIRECT_URI,
                "client_id": "helpline-console",
                "code_verifier": verifier,
            },
        ).json()
        self.headers = {"Authorization": f"Bearer {tokens['access_token']}"}

    def get(self, path: str) -> Any:
        response = self.client.get(path, headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()

    def command(self, method: str, path: str, body: Any = None) -> Any:
        headers = {**self.headers, "Idempotency-Key": str(uuid.uuid4())}
        response = self.client.request(method, path, json=body, headers=headers)
        assert response.status_code < 300, response.text
        return response.json() if response.content else None

    def available(self) -> None:
        self.command("PUT", "/v1/me/presence", {"presence": "available"})

    def offers(self) -> list[dict[str, Any]]:
        offers: list[dict[str, Any]] = self.get("/v1/snapshot")["offers"]
        return offers

    def accept_offer(self) -> dict[str, Any]:
        offer = self.offers()[0]
        accepted: dict[str, Any] = self.command("POST", f"/v1/offers/{offer['id']}/accept")
        return accepted

    def close(self) -> None:
        self.client.close()
