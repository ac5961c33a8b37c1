"""How Terraform reaches a BIG-IP: the provider configuration, without any secret in it.

The provider reads ``BIGIP_HOST``, ``BIGIP_USER`` and ``BIGIP_PASSWORD`` (and ``BIGIP_PORT``)
from the environment when its block leaves them out, so the synthesized JSON never holds
credentials. Certificate validation is turned on here: the provider's own default is off.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from .generated.bigip.provider import BigipProvider


@dataclass(frozen=True)
class BigipConnection:
    """Options for talking to one BIG-IP's management API.

    Args:
        verify_tls: Validate the management certificate. Default True; turn it off only for
            a lab with a self-signed certificate.
        trusted_ca_file: PEM file of the CA that signed the management certificate, on the
            machine that runs Terraform. Default: the system's trusted CAs.
        address: Management host name or address. Default: ``BIGIP_HOST`` from the
            environment. Set it when one stack talks to several devices (an HA pair).
        alias: Provider alias, for stacks with more than one BIG-IP. Default: none.
    """

    verify_tls: bool = True
    trusted_ca_file: str | None = None
    address: str | None = None
    alias: str | None = None


def bigip_provider(
    scope: Construct, id: str, connection: BigipConnection
) -> BigipProvider:
    """Configure the BIG-IP provider in ``scope`` with credentials left to the environment."""
    return BigipProvider(
        scope,
        id,
        address=connection.address,
        alias=connection.alias,
        validate_certs_disable=not connection.verify_tls,
        trusted_cert_path=connection.trusted_ca_file,
    )
