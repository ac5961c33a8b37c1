"""Environment descriptions built in code, and their synthesized stacks, for the tests."""

from __future__ import annotations

import copy
import json

from cdktf import Testing

from stacks.environment import Environment
from stacks.frontend_stack import FrontendStack


def masters(prefix: str, first_address: int, count: int = 3) -> list[dict]:
    return [
        {"name": f"{prefix}-{k + 1}", "address": f"10.1.1.{first_address + k}"}
        for k in range(count)
    ]


def single_device(*clusters: dict) -> dict:
    """An environment file's content: one BIG-IP on the lab VLAN, the given clusters."""
    return {
        "name": "many",
        "network": {
            "vlan_name": "/Common/k8s-data",
            "tag": 4094,
            "self_ips": [{"name": "k8s-self", "address": "10.1.1.176/24"}],
        },
        "clusters": list(clusters),
    }


def cluster(name: str, vip: str, cluster_masters: list[dict]) -> dict:
    return {"name": name, "vip": vip, "masters": cluster_masters}


def ha_pair(*clusters: dict) -> dict:
    """An HA pair on the lab VLAN: each device's own self IP and one floating."""
    return {
        "name": "pair",
        "bigip": {
            "device_group": "/Common/failover-group",
            "devices": [
                {"name": "bigip-a", "address": "192.0.2.11"},
                {"name": "bigip-b", "address": "192.0.2.12"},
            ],
        },
        "network": {
            "vlan_name": "/Common/k8s-data",
            "tag": 4094,
            "self_ips": [
                {"name": "self-a", "address": "10.1.1.177/24", "device": "bigip-a"},
                {"name": "self-b", "address": "10.1.1.178/24", "device": "bigip-b"},
                {
                    "name": "float",
                    "address": "10.1.1.176/24",
                    "traffic_group": "/Common/traffic-group-1",
                },
            ],
        },
        "clusters": list(clusters),
    }


def changed(data: dict, change) -> dict:
    """A deep copy of ``data`` with ``change(copy)`` applied."""
    copied = copy.deepcopy(data)
    change(copied)
    return copied


def problems_of(data: dict) -> list[str]:
    return [str(p) for p in Environment.model_validate(data).problems()]


def synth_environment(data: dict) -> dict:
    """The stack of one environment, synthesized with validations, as parsed JSON."""
    environment = Environment.model_validate(data)
    assert environment.problems() == []
    stack = FrontendStack(Testing.app(), data["name"], environment)
    return json.loads(Testing.synth(stack, run_validations=True))


def resource_bodies(document: dict) -> dict[str, dict]:
    """Every resource as ``type.id`` -> body."""
    return {
        f"{kind}.{name}": body
        for kind, items in document.get("resource", {}).items()
        for name, body in items.items()
    }
