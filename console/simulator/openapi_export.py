"""Print the public OpenAPI document of contract v1 (committed as console/contract/openapi.json)."""

import json

from console.simulator.app import build_openapi, create_app
from console.simulator.config import SimConfig
from console.simulator.runtime import Simulator


def generate() -> str:
    app = create_app(Simulator.create(SimConfig()))
    return json.dumps(build_openapi(app), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(generate(), end="")
