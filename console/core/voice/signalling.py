"""WHIP-style signalling for the softphone (RFC 9725 shapes): POST the SDP offer as
application/sdp, get 201 with the answer and a Location, DELETE it to end the session."""

import httpx

from console.contract.voice import SDP_MEDIA_TYPE
from console.core.api import TokenSource, json_body
from console.core.errors import CoreError, ErrorKind, error_from_problem
from console.core.transport import connection_failure

PATH = "/v1/me/media-session"


class MediaSignalling:
    """Used on the core loop only."""

    def __init__(self, client: httpx.AsyncClient, tokens: TokenSource) -> None:
        self._client = client
        self._tokens = tokens

    async def _request(
        self, method: str, path: str, content: bytes | None = None
    ) -> httpx.Response:
        what = f"{method} {path}"
        headers = {"Authorization": f"Bearer {await self._tokens.access_token()}"}
        if content is not None:
            headers["Content-Type"] = SDP_MEDIA_TYPE
        try:
            response = await self._client.request(method, path, content=content, headers=headers)
            if response.status_code == 401:
                headers["Authorization"] = f"Bearer {await self._tokens.refresh()}"
                response = await self._client.request(
                    method, path, content=content, headers=headers
                )
        except httpx.TransportError as error:
            raise connection_failure(error, what) from error
        if response.status_code >= 400:
            raise error_from_problem(response.status_code, json_body(response), what)
        return response

    async def open(self, offer_sdp: str) -> tuple[str, str]:
        """Returns (Location of the session, SDP answer)."""
        response = await self._request("POST", PATH, offer_sdp.encode())
        location = response.headers.get("location", "")
        if response.status_code != 201 or not location.startswith(PATH + "/"):
            raise CoreError(ErrorKind.SERVER, f"POST {PATH}: answer does not fit the contract")
        return location, response.text

    async def close(self, location: str) -> None:
        await self._request("DELETE", location)
