"""A stack of its own that uses the library: how another team depends on k8s-api-frontend.

The platform team's stack fronts its cluster's API with ``K8sApiFrontend`` and, next to
it, keeps a resource of its own: the API endpoint that kubeconfigs and CI jobs should
use, recorded in state (``terraform_data``) so that other stacks can read it as an output.
It imports only the installed package (``pip install k8s-api-frontend``); no ``cdktf get``
is needed, because the BIG-IP provider bindings travel inside the package.

Run: ``python main.py`` (or ``cdktf synth``), then ``cdktf deploy platform``.
"""

from __future__ import annotations

import ipaddress

from cdktf import App, DataResource, S3Backend, TerraformOutput, TerraformStack
from k8s_api_frontend import (
    BigipConnection,
    ClusterProps,
    K8sApiFrontend,
    Master,
    Network,
    SelfIp,
    bigip_provider,
)

from constructs import Construct

VIP = ipaddress.ip_address("10.20.0.10")
MASTERS = {
    "cp-1": "10.20.0.11",
    "cp-2": "10.20.0.12",
    "cp-3": "10.20.0.13",
}


class PlatformStack(TerraformStack):
    """The platform cluster's API front end, and the endpoint record that goes with it."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        state = S3Backend(
            self,
            bucket="platform-terraform-state",
            key=f"platform/{id}.tfstate",
            region="eu-central-1",
            encrypt=True,
        )
        state.add_override("use_lockfile", True)  # S3-native locking, Terraform 1.10+
        bigip_provider(self, "bigip", BigipConnection())

        network = Network(
            self,
            "network",
            vlan_name="/Common/platform",
            tag=120,
            self_ips=[
                SelfIp("/Common/platform-self", ipaddress.ip_interface("10.20.0.2/24"))
            ],
        )
        cluster = ClusterProps(
            name="platform-api",
            vip=VIP,
            masters=tuple(
                Master(name, ipaddress.ip_address(address))
                for name, address in MASTERS.items()
            ),
        )
        frontend = K8sApiFrontend(self, "api", cluster=cluster, network=network)

        server = f"https://{VIP}:{cluster.vip_port}"
        endpoint = DataResource(
            self,
            "api-endpoint",
            input={"server": server, "virtual_server": frontend.virtual_server.name},
        )
        TerraformOutput(self, "kubeconfig-server", value=endpoint.output)


def main() -> None:
    app = App()
    PlatformStack(app, "platform")
    app.synth()


if __name__ == "__main__":
    main()
