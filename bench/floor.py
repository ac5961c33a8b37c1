"""The floor: the benchmark's workloads synthesized with the generated bindings alone.

No environment files, no checks, no constructs of the library: each stack creates the same
Terraform resources, with the same attributes and references, straight from the provider
bindings. What the app costs above this is the price of its checks and constructs.

Usage: ``python bench/floor.py ENVIRONMENTS MASTERS OUTDIR`` (ENVIRONMENTS may be 0: an
empty app, which measures the start-up of Python, jsii and cdktf).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workload import CLUSTER, SELF_IP, TAG, VIP, VLAN, Workload  # noqa: E402

from stacks.node_runtime import use_bundled_node  # noqa: E402

use_bundled_node()

from cdktf import App, LocalBackend, TerraformStack  # noqa: E402
from k8s_api_frontend.generated.bigip.ltm_monitor import LtmMonitor  # noqa: E402
from k8s_api_frontend.generated.bigip.ltm_node import LtmNode  # noqa: E402
from k8s_api_frontend.generated.bigip.ltm_pool import LtmPool  # noqa: E402
from k8s_api_frontend.generated.bigip.ltm_pool_attachment import (  # noqa: E402
    LtmPoolAttachment,
)
from k8s_api_frontend.generated.bigip.ltm_virtual_server import (  # noqa: E402
    LtmVirtualServer,
)
from k8s_api_frontend.generated.bigip.net_selfip import NetSelfip  # noqa: E402
from k8s_api_frontend.generated.bigip.net_vlan import (  # noqa: E402
    NetVlan,
    NetVlanInterfaces,
)
from k8s_api_frontend.generated.bigip.provider import BigipProvider  # noqa: E402

SEND = "GET /readyz HTTP/1.1\r\nHost: kubernetes.default\r\nConnection: close\r\n\r\n"
RECEIVE = "^HTTP/1\\.[01] 200[\\s\\S]*ok"


def bare_stack(app: App, name: str, workload: Workload) -> None:
    stack = TerraformStack(app, name)
    LocalBackend(stack, path=f"../../../terraform.{name}.tfstate")
    BigipProvider(stack, "bigip", validate_certs_disable=False)
    vlan = NetVlan(
        stack,
        "vlan",
        name=VLAN,
        tag=TAG,
        interfaces=[NetVlanInterfaces(vlanport="1.1", tagged=False)],
    )
    NetSelfip(
        stack,
        "self-ip",
        name="/Common/k8s-self",
        ip=SELF_IP,
        vlan=vlan.name,
        traffic_group="/Common/traffic-group-local-only",
        port_lockdown=["none"],
    )
    monitor = LtmMonitor(
        stack,
        "monitor",
        name=f"/Common/{CLUSTER}-https",
        parent="/Common/https",
        interval=5,
        timeout=16,
        send=SEND,
        receive=RECEIVE,
    )
    pool = LtmPool(
        stack,
        "pool",
        name=f"/Common/{CLUSTER}",
        load_balancing_mode="least-connections-member",
        monitors=[monitor.name],
        allow_snat="yes",
        allow_nat="yes",
    )
    for master, address in workload.masters_of_cluster():
        node = LtmNode(
            stack, f"node-{master}", name=f"/Common/{master}", address=address
        )
        LtmPoolAttachment(
            stack,
            f"attachment-{master}",
            pool=pool.name,
            node_attribute=f"{node.name}:6443",
        )
    LtmVirtualServer(
        stack,
        "virtual-server",
        name=f"/Common/{CLUSTER}-vs",
        destination=VIP,
        port=6443,
        mask="255.255.255.255",
        source="0.0.0.0/0",
        ip_protocol="tcp",
        pool=pool.name,
        source_address_translation="automap",
        translate_address="enabled",
        translate_port="enabled",
        profiles=["/Common/tcp"],
        vlans=[vlan.name],
        vlans_enabled=True,
    )


def main(argv: list[str]) -> int:
    environments, masters, outdir = int(argv[0]), int(argv[1]), argv[2]
    workload = Workload(environments, masters)
    app = App(outdir=outdir)
    for name in workload.stack_names():
        bare_stack(app, name, workload)
    app.synth()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
