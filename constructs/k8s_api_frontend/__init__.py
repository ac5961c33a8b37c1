"""CDK for Terraform constructs for a highly available Kubernetes API front end on F5 BIG-IP.

The public API is what this module exports; the provider bindings under ``generated`` are
an implementation detail that travels with the package, so that stacks importing the
library need no ``cdktf get`` of their own.
"""

from importlib.metadata import version

if __name__ != "k8s_api_frontend":
    # jsii's ``constructs`` package extends its path over every ``constructs/`` folder on
    # sys.path, so this package is also reachable as ``constructs.k8s_api_frontend``; a second
    # copy would define classes that fail isinstance checks against the first.
    raise ImportError(f"import k8s_api_frontend, not {__name__}")

from .connection import BigipConnection, bigip_provider
from .dos import (
    DosMode,
    DosProtectionProps,
    L7DosProtection,
    RateThresholds,
    SharedSecurityObjects,
)
from .errors import FrontendError, InvalidPropsError, Problem
from .frontend import ClusterProps, K8sApiFrontend
from .monitor import ApiHealthMonitor, HealthCheck, MonitorKind
from .network import (
    FLOATING_TRAFFIC_GROUP,
    LOCAL_ONLY_TRAFFIC_GROUP,
    Network,
    Route,
    SelfIp,
    VlanInterface,
)
from .pool import ControlPlanePool, LoadBalancingMode, Master
from .security import SecurityLayer, SecurityProps
from .virtual_server import ApiVirtualServer, TlsMode
from .waf import EnforcementMode, IpException, WafPolicyProps, WafProtection

__version__ = version("k8s-api-frontend")

__all__ = [
    "FLOATING_TRAFFIC_GROUP",
    "LOCAL_ONLY_TRAFFIC_GROUP",
    "ApiHealthMonitor",
    "ApiVirtualServer",
    "BigipConnection",
    "ClusterProps",
    "ControlPlanePool",
    "DosMode",
    "DosProtectionProps",
    "EnforcementMode",
    "FrontendError",
    "HealthCheck",
    "InvalidPropsError",
    "IpException",
    "K8sApiFrontend",
    "L7DosProtection",
    "LoadBalancingMode",
    "Master",
    "MonitorKind",
    "Network",
    "Problem",
    "Route",
    "RateThresholds",
    "SecurityLayer",
    "SecurityProps",
    "SelfIp",
    "SharedSecurityObjects",
    "TlsMode",
    "VlanInterface",
    "WafPolicyProps",
    "WafProtection",
    "bigip_provider",
]
