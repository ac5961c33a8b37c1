"""The benchmark's workloads built with the library's constructs, without the app.

The same resources as ``main.py`` makes from environment files, but from props built in
code: no YAML, no pydantic. Set against the floor, this is what the constructs cost;
set against the app, what reading and checking environment files costs.

Usage: ``python bench/library.py ENVIRONMENTS MASTERS OUTDIR``.
"""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workload import CLUSTER, SELF_IP, TAG, VIP, VLAN, Workload  # noqa: E402

from stacks.node_runtime import use_bundled_node  # noqa: E402

use_bundled_node()

from cdktf import App, LocalBackend, TerraformStack  # noqa: E402
from k8s_api_frontend import (  # noqa: E402
    BigipConnection,
    ClusterProps,
    K8sApiFrontend,
    Master,
    Network,
    SelfIp,
    VlanInterface,
    bigip_provider,
)


def library_stack(app: App, name: str, workload: Workload) -> None:
    stack = TerraformStack(app, name)
    LocalBackend(stack, path=f"../../../terraform.{name}.tfstate")
    bigip_provider(stack, "bigip", BigipConnection())
    network = Network(
        stack,
        "network",
        vlan_name=VLAN,
        tag=TAG,
        interfaces=[VlanInterface("1.1")],
        self_ips=[SelfIp("k8s-self", ipaddress.ip_interface(SELF_IP))],
    )
    masters = tuple(
        Master(master, ipaddress.ip_address(address))
        for master, address in workload.masters_of_cluster()
    )
    cluster = ClusterProps(name=CLUSTER, vip=ipaddress.ip_address(VIP), masters=masters)
    K8sApiFrontend(stack, CLUSTER, cluster=cluster, network=network)


def main(argv: list[str]) -> int:
    environments, masters, outdir = int(argv[0]), int(argv[1]), argv[2]
    workload = Workload(environments, masters)
    app = App(outdir=outdir)
    for name in workload.stack_names():
        library_stack(app, name, workload)
    app.synth()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
