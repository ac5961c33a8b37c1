"""The sizes the benchmark synthesizes, as plain data shared by the app and the floor.

Every environment is one BIG-IP with one VLAN and self IP and one cluster; the masters sit
on a /16 so that 500 of them fit on the self IP's subnet.
"""

from __future__ import annotations

from dataclasses import dataclass

SELF_IP = "10.0.255.250/16"
VIP = "10.0.255.100"
VLAN = "/Common/k8s-data"
TAG = 100
CLUSTER = "k8s-master"


@dataclass(frozen=True)
class Workload:
    """``environments`` environment files, each with one cluster of ``masters`` masters."""

    environments: int
    masters: int

    @property
    def label(self) -> str:
        return f"{self.environments} env x {self.masters} masters"

    def stack_names(self) -> list[str]:
        return [f"env-{index:03d}" for index in range(self.environments)]

    def masters_of_cluster(self) -> list[tuple[str, str]]:
        """(name, address) of each master: 10.0.0.1 upwards, 250 addresses per /24."""
        return [
            (f"{CLUSTER}-{k + 1}", f"10.0.{k // 250}.{k % 250 + 1}")
            for k in range(self.masters)
        ]

    def environment_file(self, stack_name: str) -> dict:
        """The environment file of one stack, as the app reads it."""
        return {
            "name": stack_name,
            "network": {
                "vlan_name": VLAN,
                "tag": TAG,
                "interfaces": [{"name": "1.1"}],
                "self_ips": [{"name": "k8s-self", "address": SELF_IP}],
            },
            "clusters": [
                {
                    "name": CLUSTER,
                    "vip": VIP,
                    "masters": [
                        {"name": name, "address": address}
                        for name, address in self.masters_of_cluster()
                    ],
                }
            ],
        }
