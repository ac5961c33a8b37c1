"""The ``security`` section of a cluster in an environment file: WAF and L7 DoS protection.

Absent, or with either part absent, that part is off; present (even empty) turns it on
with the library's defaults. The rules (such as needing ``tls_mode: terminate``) are the
library's own ``problems()`` checks, reported with field paths by the loader.
"""

from __future__ import annotations

from collections.abc import Callable

from k8s_api_frontend import (
    DosMode,
    DosProtectionProps,
    EnforcementMode,
    IpException,
    RateThresholds,
    SecurityProps,
    WafPolicyProps,
)
from k8s_api_frontend.dos import (
    DEFAULT_SITE_THRESHOLDS,
    DEFAULT_SOURCE_IP_THRESHOLDS,
    DEFAULT_URL_THRESHOLDS,
)
from k8s_api_frontend.waf import (
    API_SECURITY_TEMPLATE,
    DEFAULT_SERVER_TECHNOLOGIES,
    DEFAULT_SIGNATURE_SETS,
)
from pydantic import BaseModel, ConfigDict, Field, IPvAnyNetwork, StrictInt


class Strict(BaseModel):
    """Same rules as every environment-file section: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class IpExceptionSection(Strict):
    network: IPvAnyNetwork
    description: str = ""


class WafSection(Strict):
    """``security.waf``: present (even empty) turns the WAF on, blocking by default."""

    enforcement_mode: EnforcementMode = EnforcementMode.BLOCKING
    template: str = API_SECURITY_TEMPLATE
    signature_sets: list[str] = Field(default_factory=lambda: [*DEFAULT_SIGNATURE_SETS])
    server_technologies: list[str] = Field(
        default_factory=lambda: [*DEFAULT_SERVER_TECHNOLOGIES]
    )
    openapi_url: str | None = None
    ip_exceptions: list[IpExceptionSection] = Field(default_factory=list)

    def props(self) -> WafPolicyProps:
        return WafPolicyProps(
            enforcement_mode=self.enforcement_mode,
            template=self.template,
            signature_sets=tuple(self.signature_sets),
            server_technologies=tuple(self.server_technologies),
            openapi_url=self.openapi_url,
            ip_exceptions=tuple(
                IpException(e.network, e.description) for e in self.ip_exceptions
            ),
        )


class ThresholdsSection(Strict):
    minimum_tps: StrictInt
    maximum_tps: StrictInt
    tps_increase_percent: StrictInt = 500

    def props(self) -> RateThresholds:
        return RateThresholds(
            self.minimum_tps, self.maximum_tps, self.tps_increase_percent
        )


def _thresholds(defaults: RateThresholds) -> Callable[[], ThresholdsSection]:
    return lambda: ThresholdsSection(
        minimum_tps=defaults.minimum_tps,
        maximum_tps=defaults.maximum_tps,
        tps_increase_percent=defaults.tps_increase_percent,
    )


class DosSection(Strict):
    """``security.dos``: present (even empty) turns L7 DoS protection and logging on."""

    mode: DosMode = DosMode.BLOCKING
    source_ip: ThresholdsSection = Field(
        default_factory=_thresholds(DEFAULT_SOURCE_IP_THRESHOLDS)
    )
    url: ThresholdsSection = Field(default_factory=_thresholds(DEFAULT_URL_THRESHOLDS))
    site: ThresholdsSection = Field(
        default_factory=_thresholds(DEFAULT_SITE_THRESHOLDS)
    )
    escalation_period_seconds: StrictInt = 120

    def props(self) -> DosProtectionProps:
        return DosProtectionProps(
            mode=self.mode,
            source_ip=self.source_ip.props(),
            url=self.url.props(),
            site=self.site.props(),
            escalation_period_seconds=self.escalation_period_seconds,
        )


class SecuritySection(Strict):
    """A cluster's L7 protection; absent, or either part absent, means that part is off."""

    waf: WafSection | None = None
    dos: DosSection | None = None

    def props(self) -> SecurityProps:
        return SecurityProps(
            waf=self.waf.props() if self.waf is not None else None,
            dos=self.dos.props() if self.dos is not None else None,
        )
