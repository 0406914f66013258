"""Size limits of contract v1, shared by the client (refuse before sending) and the backend.

Lengths count characters as JSON Schema `maxLength` and Python's `len` do: Unicode code points.
"""

MESSAGE_MAX_CHARS = 4000
"""The longest chat message, in both directions: what a volunteer sends and what a chatter's
message may hold when it arrives. A chat line is a few sentences; 4000 characters is a long
letter (about two printed pages), so no real message is cut, while the backend, the stream and
the transcript stay bounded. Served as `limits.message_max_chars` in GET /v1/meta and as
`maxLength` of `text` in the OpenAPI document."""

NOTE_MAX_CHARS = 500
"""The longest handover or wrap-up note."""
