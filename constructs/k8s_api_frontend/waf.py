"""The WAF (BIG-IP Advanced WAF / ASM) policy in front of the Kubernetes API.

BIG-IP does not attach a WAF policy to a virtual server directly: an LTM policy whose rule
enables the WAF policy is listed in the virtual server's ``policies``, and the virtual server
carries the ``websecurity`` and HTTP profiles. That only works when the BIG-IP terminates TLS,
so :class:`~k8s_api_frontend.virtual_server.TlsMode` must be ``TERMINATE``.

See https://clouddocs.f5.com/products/waf-declarative-policy/ for the policy's fields.
"""

from __future__ import annotations

import enum
import ipaddress
import json
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from constructs import Construct

from . import checks, errors, names
from .errors import Problem
from .generated.bigip.waf_policy import (
    WafPolicy,
    WafPolicyIpExceptions,
    WafPolicyPolicyBuilder,
    WafPolicySignaturesSettings,
)

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

API_SECURITY_TEMPLATE = "POLICY_TEMPLATE_API_SECURITY"
SQL_INJECTION_SIGNATURES = "SQL Injection Signatures"
GENERIC_HIGH_ACCURACY_SIGNATURES = "Generic Detection Signatures (High Accuracy)"
DEFAULT_SIGNATURE_SETS = (SQL_INJECTION_SIGNATURES, GENERIC_HIGH_ACCURACY_SIGNATURES)
DEFAULT_SERVER_TECHNOLOGIES = ("Unix/Linux",)

# bigip_waf_policy: "Allowed characters are a-z, A-Z, 0-9, dot, dash (-), colon (:) and
# underscore (_)"; the partition is a separate attribute.
_WAF_POLICY_NAME = re.compile(r"[A-Za-z0-9._:\-]+")


class EnforcementMode(enum.Enum):
    """What the WAF does with a request that violates the policy."""

    BLOCKING = "blocking"
    """Reject it with a block page and a support ID (what the reference lab showed)."""
    TRANSPARENT = "transparent"
    """Log it and let it through: for learning what legitimate API traffic looks like
    before blocking."""


@dataclass(frozen=True)
class IpException:
    """Clients the WAF trusts, such as monitoring probes.

    Requests from ``network`` are never blocked, are taken as legitimate by the policy
    builder, and are ignored by anomaly and IP-reputation checks.

    Args:
        network: Address or subnet of the trusted clients.
        description: Why they are trusted, shown on the BIG-IP. Default: none.
    """

    network: IPNetwork
    description: str = ""


@dataclass(frozen=True)
class WafPolicyProps:
    """Settings of the WAF policy for one cluster's API.

    Args:
        enforcement_mode: Default ``BLOCKING``; ``TRANSPARENT`` only logs (learning).
        template: WAF policy template. Default the API-security template, which suits a
            JSON REST API such as Kubernetes'.
        signature_sets: Attack-signature sets enforced. Default SQL injection and the generic
            high-accuracy set; SQL injection must stay in the list.
        server_technologies: Technologies the policy adds signatures for. Default
            ``Unix/Linux`` (the API server's host).
        openapi_url: URL from which the BIG-IP fetches the cluster's OpenAPI spec, for
            positive security (only documented paths and methods pass). The API server serves
            it at ``/openapi/v2`` and ``/openapi/v3`` to authenticated clients: export it
            (``kubectl get --raw /openapi/v2``) and host it where the BIG-IP can read it.
            Default: none (signatures only).
        ip_exceptions: Trusted clients, such as monitoring. Default: none.
    """

    enforcement_mode: EnforcementMode = EnforcementMode.BLOCKING
    template: str = API_SECURITY_TEMPLATE
    signature_sets: tuple[str, ...] = DEFAULT_SIGNATURE_SETS
    server_technologies: tuple[str, ...] = DEFAULT_SERVER_TECHNOLOGIES
    openapi_url: str | None = None
    ip_exceptions: tuple[IpException, ...] = ()

    def problems(self) -> list[Problem]:
        """Every problem of these settings, with field paths relative to them."""
        problems = []
        if SQL_INJECTION_SIGNATURES not in self.signature_sets:
            message = errors.sql_injection_set_missing(SQL_INJECTION_SIGNATURES)
            problems.append(Problem("signature_sets", message))
        for field, values in (
            ("signature_sets", self.signature_sets),
            ("server_technologies", self.server_technologies),
        ):
            for index, value in enumerate(values):
                if not value.strip():
                    problems.append(Problem(f"{field}[{index}]", errors.EMPTY_NAME))
        problems += checks.unique(
            "signature_sets", "signature set", self.signature_sets
        )
        problems += checks.unique(
            "ip_exceptions",
            "trusted network",
            (item.network for item in self.ip_exceptions),
            "network",
        )
        if not self.template.strip():
            problems.append(Problem("template", errors.EMPTY_NAME))
        if self.openapi_url is not None and not _is_web_url(self.openapi_url):
            problems.append(Problem("openapi_url", errors.bad_url(self.openapi_url)))
        return problems


def _is_web_url(value: str) -> bool:
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


class WafProtection(Construct):
    """A WAF policy and the LTM policy that enables it on a virtual server.

    List :attr:`ltm_policy_name` in the virtual server's ``policies`` and add
    ``/Common/websecurity`` to its profiles. The LTM policy refers to the WAF policy by
    a Terraform reference, so Terraform creates the WAF policy first and deletes it last.

    Args:
        name: Bare name of the WAF policy, e.g. ``k8s-master-waf``; letters, digits, ``.``,
            ``-``, ``:`` and ``_``.
        partition: Partition of both policies. Default ``Common``.
        settings: What the policy enforces. Default: :class:`WafPolicyProps` defaults.
        ltm_policy_name: Bare name of the LTM policy. Default ``<name>-l7``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        partition: str = names.DEFAULT_PARTITION,
        settings: WafPolicyProps | None = None,
        ltm_policy_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        settings = settings or WafPolicyProps()
        ltm_path = names.full_path(ltm_policy_name or f"{name}-l7", partition)
        problems = settings.problems()
        if not _WAF_POLICY_NAME.fullmatch(name):
            problems.append(Problem("name", errors.bad_waf_policy_name(name)))
        problems += names.check_full_path("partition", names.full_path(name, partition))
        problems += names.check_full_path("ltm_policy_name", ltm_path)
        errors.raise_if_any(f"WafProtection {self.node.path}", problems)

        # Imported here: the LTM policy bindings take about 0.1 s to import, which every
        # synth would pay, with or without a WAF.
        from .generated.bigip.ltm_policy import (
            LtmPolicy,
            LtmPolicyRule,
            LtmPolicyRuleAction,
        )

        blocking = settings.enforcement_mode is EnforcementMode.BLOCKING
        self.waf_policy = WafPolicy(
            self,
            "waf-policy",
            name=name,
            partition=partition,
            description="Kubernetes API",
            template_name=settings.template,
            type="security",
            application_language="utf-8",
            enforcement_mode=settings.enforcement_mode.value,
            # Kubernetes paths are case-sensitive; the BIG-IP sees HTTPS only.
            case_insensitive=False,
            protocol_independent=True,
            server_technologies=list(settings.server_technologies),
            signature_sets=[
                _signature_set(set_name) for set_name in settings.signature_sets
            ],
            # Staged signatures only log: a blocking policy enforces them from day one.
            signatures_settings=[
                WafPolicySignaturesSettings(
                    signature_staging=not blocking,
                    placesignatures_in_staging=not blocking,
                )
            ],
            # Suggestions only: automatic learning would change the policy on the device
            # behind Terraform's back.
            policy_builder=[WafPolicyPolicyBuilder(learning_mode="manual")],
            open_api_files=[settings.openapi_url] if settings.openapi_url else None,
            ip_exceptions=[_ip_exception(item) for item in settings.ip_exceptions]
            or None,
        )
        self.ltm_policy = LtmPolicy(
            self,
            "ltm-policy",
            name=ltm_path,
            strategy="first-match",
            requires=["http"],
            controls=["asm"],
            rule=[
                LtmPolicyRule(
                    name="enable-waf",
                    description="Inspect every API request with the WAF policy",
                    action=[
                        LtmPolicyRuleAction(
                            asm=True,
                            enable=True,
                            policy=f"/{partition}/{self.waf_policy.name}",
                        )
                    ],
                )
            ],
        )
        self.waf_policy_name = f"/{partition}/{self.waf_policy.name}"
        self.ltm_policy_name = self.ltm_policy.name
        self.settings = settings


def _signature_set(name: str) -> str:
    """One entry of the provider's ``signature_sets``: a JSON object per set."""
    return json.dumps({"name": name, "alarm": True, "block": True, "learn": True})


def _ip_exception(item: IpException) -> WafPolicyIpExceptions:
    return WafPolicyIpExceptions(
        ip_address=str(item.network.network_address),
        ip_mask=str(item.network.netmask),
        description=item.description or None,
        block_requests="never",
        trustedby_policybuilder=True,
        ignore_anomalies=True,
        ignore_ipreputation=True,
    )
