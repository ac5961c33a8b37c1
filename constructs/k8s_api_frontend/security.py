"""The security layer of one cluster's front end: WAF and L7 DoS protection, both optional.

Both inspect HTTP requests, so both need the BIG-IP to terminate TLS. Asking for either
with ``TlsMode.PASSTHROUGH`` is an error rather than a silent no-op: with passthrough the
BIG-IP only sees encrypted TCP.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdktf import ITerraformDependable

from constructs import Construct

from . import errors, names
from .dos import DosProtectionProps, L7DosProtection, as3_name_problems
from .errors import Problem
from .virtual_server import WEBSECURITY_PROFILE, TlsMode
from .waf import WafPolicyProps, WafProtection


@dataclass(frozen=True)
class SecurityProps:
    """Which L7 protections a cluster's virtual server gets.

    Args:
        waf: WAF policy settings. Default: none (no WAF).
        dos: L7 DoS protection and security logging. Default: none (no DoS protection).
    """

    waf: WafPolicyProps | None = None
    dos: DosProtectionProps | None = None

    def problems(self, tls_mode: TlsMode) -> list[Problem]:
        """Problems of these settings for a virtual server in ``tls_mode``."""
        problems = []
        for field, settings, feature in (
            ("waf", self.waf, "a WAF policy"),
            ("dos", self.dos, "L7 DoS protection"),
        ):
            if settings is None:
                continue
            if tls_mode is TlsMode.PASSTHROUGH:
                message = errors.needs_http_visibility(feature)
                problems.append(Problem(field, message))
            problems += [p.under(field) for p in settings.problems()]
        return problems

    def name_problems(self, name: str) -> list[Problem]:
        """Problems of a cluster name as the base of the security objects' names."""
        if self.dos is None:
            return []
        return as3_name_problems("name", f"{name}-security-log")


class SecurityLayer(Construct):
    """The WAF and DoS objects of one cluster, and what its virtual server must list.

    Args:
        name: The cluster's base name; the WAF policy is ``<name>-waf``, its LTM policy
            ``<name>-waf-l7``, the DoS and log profiles ``/Common/Shared/<name>-dos`` and
            ``/Common/Shared/<name>-security-log``.
        props: What to build.
        partition: Partition of the WAF and LTM policies. Default ``Common``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        props: SecurityProps,
        partition: str = names.DEFAULT_PARTITION,
    ) -> None:
        super().__init__(scope, id)

        self.waf = (
            WafProtection(
                self, "waf", name=f"{name}-waf", partition=partition, settings=props.waf
            )
            if props.waf is not None
            else None
        )
        self.dos = (
            L7DosProtection(self, "dos", name=name, settings=props.dos)
            if props.dos is not None
            else None
        )

    @property
    def profiles(self) -> list[str]:
        """Profiles for both sides of the virtual server, besides TCP and HTTP."""
        found = [WEBSECURITY_PROFILE] if self.waf else []
        return found + ([self.dos.dos_profile] if self.dos else [])

    @property
    def policies(self) -> list[str]:
        return [self.waf.ltm_policy_name] if self.waf else []

    @property
    def security_log_profiles(self) -> list[str]:
        return [self.dos.log_profile] if self.dos else []

    @property
    def depends_on(self) -> list[ITerraformDependable]:
        """What the virtual server names by plain path: the AS3 declaration."""
        return [self.dos.declaration] if self.dos else []
