"""One Terraform stack per environment: a BIG-IP, its network and the clusters it fronts."""

from __future__ import annotations

from cdktf import TerraformStack
from k8s_api_frontend import K8sApiFrontend, Network, bigip_provider
from k8s_api_frontend.dos import SharedSecurityObjects

from constructs import Construct

from .backends import add_backend
from .environment import Environment


class FrontendStack(TerraformStack):
    """The Kubernetes API front ends of one environment file."""

    def __init__(self, scope: Construct, id: str, environment: Environment) -> None:
        super().__init__(scope, id)
        add_backend(self, id, environment.backend)

        if environment.bigip.devices:
            # Imported here: single-device stacks, the common case, never load HA code.
            from .ha_stack import ha_pair, place_on_devices

            self.ha_pair = ha_pair(self, environment)
        else:
            bigip_provider(self, "bigip", environment.bigip.connection())
        network = environment.network
        self.network = Network(
            self,
            "network",
            vlan_name=network.vlan_name,
            tag=network.tag,
            interfaces=environment.interfaces(),
            self_ips=environment.self_ips_on(environment.active_device),
            routes=environment.routes(),
            mtu=network.mtu,
            existing=network.existing,
        )
        clusters = Construct(self, "clusters")
        self.frontends = {
            cluster.name: K8sApiFrontend(
                clusters, cluster.name, cluster=cluster.props(), network=self.network
            )
            for cluster in environment.clusters
        }
        if environment.bigip.devices:
            # The WAF/DoS layer's AS3 declaration sits at the stack's top, beside clusters.
            shared = self.node.try_find_child(SharedSecurityObjects.ID)
            synchronized = [self.network, clusters, *([shared] if shared else [])]
            self.peer_networks = place_on_devices(
                self, self.ha_pair, environment, synchronized
            )
