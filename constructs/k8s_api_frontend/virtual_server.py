"""The virtual server clients reach the Kubernetes API on."""

from __future__ import annotations

import enum
import ipaddress
from collections.abc import Sequence

from cdktf import ITerraformDependable

from constructs import Construct

from . import checks, errors, names
from .generated.bigip.ltm_virtual_server import LtmVirtualServer
from .pool import DEFAULT_API_PORT, IPAddress

TCP_PROFILE = "/Common/tcp"
HTTP_PROFILE = "/Common/http"
CLIENT_SSL_PROFILE = "/Common/clientssl"
SERVER_SSL_PROFILE = "/Common/serverssl"
WEBSECURITY_PROFILE = "/Common/websecurity"


class TlsMode(enum.Enum):
    """Where TLS ends, which decides what the BIG-IP can see and what auth still works."""

    PASSTHROUGH = "passthrough"
    """TCP only: the API server terminates TLS, so client-certificate authentication (the
    usual admin kubeconfig) keeps working, and the BIG-IP cannot inspect requests."""
    TERMINATE = "terminate"
    """Client-side and server-side SSL plus HTTP: the BIG-IP decrypts, so a WAF and L7 DoS
    protection can inspect requests. Client certificates end at the BIG-IP and never reach
    the API server; clients must authenticate with tokens (or an authenticating proxy)."""


def profile_context_problems(
    profiles: Sequence[str],
    tls_mode: TlsMode,
    client_ssl_profile: str,
    server_ssl_profile: str,
) -> list[errors.Problem]:
    """Extra profiles that the virtual server's TLS mode and contexts cannot take.

    TCP and, with ``TERMINATE``, HTTP are added here already; SSL profiles belong to one
    side each (client or server), not to both; and HTTP or web security on a passthrough
    server would have the BIG-IP parse encrypted bytes as HTTP.
    """
    problems = []
    for index, profile in enumerate(profiles):
        field = f"profiles[{index}]"
        if profile == TCP_PROFILE or (
            profile == HTTP_PROFILE and tls_mode is TlsMode.TERMINATE
        ):
            problems.append(
                errors.Problem(field, errors.profile_added_already(profile))
            )
        elif tls_mode is TlsMode.PASSTHROUGH and profile in (
            HTTP_PROFILE,
            WEBSECURITY_PROFILE,
        ):
            message = errors.needs_http_visibility(f"the {profile} profile")
            problems.append(errors.Problem(field, message))
        elif profile in (client_ssl_profile, server_ssl_profile):
            problems.append(
                errors.Problem(field, errors.ssl_profile_in_profiles(profile))
            )
    return problems


class ApiVirtualServer(Construct):
    """A virtual server on ``VIP:port`` that spreads API connections over the pool.

    SNAT automap makes return traffic from the masters come back through the BIG-IP even
    when the masters' default route points elsewhere.

    Args:
        name: Full path or bare name of the virtual server.
        vip: The virtual address clients use. It must be in the API server certificate's
            SANs (passthrough) or the client-side certificate (terminate), so that clients
            can keep certificate verification on.
        pool: Full path of the pool (or a reference to one).
        port: Listening port. Default 6443.
        tls_mode: ``PASSTHROUGH`` (default) or ``TERMINATE``; see :class:`TlsMode`.
        client_ssl_profile: Client-side SSL profile with the certificate clients see, used
            with ``TERMINATE``. Default ``/Common/clientssl`` (a self-signed certificate:
            replace it for production).
        server_ssl_profile: Server-side SSL profile used with ``TERMINATE``.
            Default ``/Common/serverssl``.
        source: Client addresses accepted, in CIDR form. Default: any address of the VIP's
            family.
        vlans: Restrict the virtual server to these VLANs. Default: all VLANs.
        profiles: Further profiles for both sides (for example ``websecurity``, a DoS
            profile). Default: none.
        policies: LTM policies (for example one enabling a WAF policy). Default: none.
        security_log_profiles: Security logging profiles. Default: none.
        depends_on: Resources to create before the virtual server and delete after it,
            for objects it names by plain path rather than by reference (AS3 profiles).
            Default: none.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        vip: IPAddress,
        pool: str,
        port: int = DEFAULT_API_PORT,
        tls_mode: TlsMode = TlsMode.PASSTHROUGH,
        client_ssl_profile: str = CLIENT_SSL_PROFILE,
        server_ssl_profile: str = SERVER_SSL_PROFILE,
        source: str | None = None,
        vlans: Sequence[str] = (),
        profiles: Sequence[str] = (),
        policies: Sequence[str] = (),
        security_log_profiles: Sequence[str] = (),
        depends_on: Sequence[ITerraformDependable] = (),
    ) -> None:
        super().__init__(scope, id)
        path = names.full_path(name)
        problems = names.check_full_path("name", path) + checks.port("port", port)
        named = {
            "pool": [pool],
            "client_ssl_profile": [client_ssl_profile],
            "server_ssl_profile": [server_ssl_profile],
            "vlans": vlans,
            "profiles": profiles,
            "policies": policies,
            "security_log_profiles": security_log_profiles,
        }
        for field, values in named.items():
            for value in values:
                if not checks.is_token(value):
                    problems += names.check_full_path(field, value)
        problems += profile_context_problems(
            profiles, tls_mode, client_ssl_profile, server_ssl_profile
        )
        errors.raise_if_any(self, problems)

        any_source = "0.0.0.0/0" if vip.version == 4 else "::/0"
        terminate = tls_mode is TlsMode.TERMINATE
        self.resource = LtmVirtualServer(
            self,
            "virtual-server",
            name=path,
            destination=str(vip),
            port=port,
            mask=str(ipaddress.ip_network((vip, vip.max_prefixlen)).netmask),
            source=source or any_source,
            ip_protocol="tcp",
            pool=pool,
            source_address_translation="automap",
            translate_address="enabled",
            translate_port="enabled",
            profiles=[TCP_PROFILE, *([HTTP_PROFILE] if terminate else []), *profiles],
            client_profiles=[client_ssl_profile] if terminate else None,
            server_profiles=[server_ssl_profile] if terminate else None,
            policies=list(policies) or None,
            security_log_profiles=list(security_log_profiles) or None,
            vlans=list(vlans) or None,
            vlans_enabled=True if vlans else None,
            depends_on=list(depends_on) or None,
        )
        self.name = self.resource.name
