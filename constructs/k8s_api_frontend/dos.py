"""Application (L7) DoS protection and security logging for the Kubernetes API.

The BIG-IP provider has no DoS-profile or security-log-profile resource, so both are
declared with AS3 (``bigip_as3``) in ``/Common/Shared``, where any virtual server can use
them. AS3 owns a tenant's content whole: a second declaration of ``/Common/Shared`` would
remove the first one's objects. So each stack has exactly one declaration,
:class:`SharedSecurityObjects`, and every cluster adds its profiles to it.

See https://clouddocs.f5.com/products/extensions/f5-appsvcs-extension/latest/refguide/schema-reference.html
(``DOS_Profile``, ``Security_Log_Profile``).
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import dataclass, field
from typing import Any

from cdktf import TerraformStack

from constructs import Construct

from . import checks, errors
from .errors import Problem
from .generated.bigip.as3 import As3

AS3_SCHEMA_VERSION = "3.56.0"
SHARED_TENANT = "Common"
SHARED_APPLICATION = "Shared"
LOCAL_DB_PUBLISHER = "/Common/local-db-publisher"
MAX_TPS = 4294967295

_AS3_NAME = re.compile(r"[A-Za-z][0-9A-Za-z_.\-]{0,189}")


class DosMode(enum.Enum):
    """What the BIG-IP does when rate-based detection finds an attack."""

    BLOCKING = "blocking"
    """Rate-limit the attacking sources and attacked URLs (what the reference lab showed:
    806 of 1000 flood requests rejected)."""
    TRANSPARENT = "transparent"
    """Only report attacks: for measuring normal API rates before blocking."""


@dataclass(frozen=True)
class RateThresholds:
    """When an entity (a source IP, a URL, the whole site) counts as under attack.

    It does when its rate reaches ``minimum_tps`` and has grown by ``tps_increase_percent``
    over its hourly average, or whenever it reaches ``maximum_tps``.

    Args:
        minimum_tps: Requests per second below which nothing is an attack.
        maximum_tps: Requests per second that are always an attack.
        tps_increase_percent: Growth over the hourly average, in percent. Default 500.
    """

    minimum_tps: int
    maximum_tps: int
    tps_increase_percent: int = 500

    def problems(self) -> list[Problem]:
        problems = checks.in_range("minimum_tps", self.minimum_tps, 0, MAX_TPS)
        problems += checks.in_range("maximum_tps", self.maximum_tps, 0, MAX_TPS)
        problems += checks.in_range(
            "tps_increase_percent", self.tps_increase_percent, 0, MAX_TPS
        )
        if not problems and self.minimum_tps > self.maximum_tps:
            message = errors.out_of_order(
                "minimum_tps", self.minimum_tps, "maximum_tps", self.maximum_tps
            )
            problems.append(Problem("minimum_tps", message))
        return problems

    def as3(self) -> dict[str, Any]:
        return {
            "minimumTps": self.minimum_tps,
            "tpsIncreaseRate": self.tps_increase_percent,
            "maximumTps": self.maximum_tps,
        }


# client-go clients default to 5 requests/s (burst 10); the controller manager to 20
# (burst 30) and the scheduler to 50 (burst 100), and one master runs both: 200/s from one
# address is more than a healthy node sends.
DEFAULT_SOURCE_IP_THRESHOLDS = RateThresholds(minimum_tps=40, maximum_tps=200)
DEFAULT_URL_THRESHOLDS = RateThresholds(minimum_tps=200, maximum_tps=1000)
DEFAULT_SITE_THRESHOLDS = RateThresholds(minimum_tps=2000, maximum_tps=10000)


@dataclass(frozen=True)
class DosProtectionProps:
    """Rate-based L7 DoS detection for one cluster's API.

    Client-side challenges (JavaScript, CAPTCHA) stay off: kubectl, kubelets and controllers
    are not browsers and would fail them. Heavy-URL detection stays off too: it judges URLs
    by latency, and API watches are long-lived by design.

    Args:
        mode: Default ``BLOCKING``; ``TRANSPARENT`` only reports.
        source_ip: Thresholds per client address. Default 40 to 200 requests/s.
        url: Thresholds per URL. Default 200 to 1000 requests/s.
        site: Thresholds for the whole API. Default 2000 to 10000 requests/s.
        escalation_period_seconds: Time in each mitigation step before the next, 1 to 3600.
            Default 120.
    """

    mode: DosMode = DosMode.BLOCKING
    source_ip: RateThresholds = field(
        default_factory=lambda: DEFAULT_SOURCE_IP_THRESHOLDS
    )
    url: RateThresholds = field(default_factory=lambda: DEFAULT_URL_THRESHOLDS)
    site: RateThresholds = field(default_factory=lambda: DEFAULT_SITE_THRESHOLDS)
    escalation_period_seconds: int = 120

    def problems(self) -> list[Problem]:
        """Every problem of these settings, with field paths relative to them."""
        problems = checks.in_range(
            "escalation_period_seconds", self.escalation_period_seconds, 1, 3600
        )
        for name in ("source_ip", "url", "site"):
            problems += [p.under(name) for p in getattr(self, name).problems()]
        return problems

    def dos_profile(self, remark: str) -> dict[str, Any]:
        """The AS3 ``DOS_Profile`` with only its application sub-profile."""
        mitigation = {
            "rateLimitingEnabled": True,
            "clientSideDefenseEnabled": False,
            "captchaChallengeEnabled": False,
        }
        return {
            "class": "DOS_Profile",
            "remark": remark,
            "application": {
                "heavyURLProtection": {"automaticDetectionEnabled": False},
                "rateBasedDetection": {
                    "operationMode": self.mode.value,
                    "thresholdsMode": "manual",
                    "escalationPeriod": self.escalation_period_seconds,
                    "sourceIP": {**self.source_ip.as3(), **mitigation},
                    "url": {
                        **self.url.as3(),
                        **mitigation,
                        "heavyURLProtectionEnabled": False,
                    },
                    "site": {**self.site.as3(), **mitigation},
                },
            },
        }


def security_log_profile(remark: str) -> dict[str, Any]:
    """AS3 ``Security_Log_Profile``: WAF violations and L7 DoS attacks, kept on the box.

    Illegal requests go to local storage (the BIG-IP's event logs) and DoS attacks to the
    local database publisher, which feeds the DoS reports.
    """
    return {
        "class": "Security_Log_Profile",
        "remark": remark,
        "application": {
            "localStorage": True,
            "responseLogging": "none",
            "storageFilter": {"requestType": "illegal"},
        },
        "dosApplication": {"localPublisher": {"bigip": LOCAL_DB_PUBLISHER}},
    }


class SharedSecurityObjects(Construct):
    """The stack's single AS3 declaration of ``/Common/Shared``.

    Get it with :meth:`of`; never create a second one in a stack. The declaration is
    applied with a tenant filter, so AS3 touches no tenant but ``Common``. It still owns
    ``/Common/Shared`` whole: objects other tools declared there with AS3 are removed.

    Removing a cluster's profiles from a declaration whose virtual server still uses them
    fails on the BIG-IP (a profile in use cannot be deleted), and Terraform updates the
    declaration before the virtual servers that depend on it: drop the profiles from the
    virtual server in a targeted apply first.
    """

    ID = "shared-security-objects"

    @classmethod
    def of(cls, scope: Construct) -> SharedSecurityObjects:
        """The declaration of ``scope``'s stack, created on first use."""
        stack = TerraformStack.of(scope)
        existing = stack.node.try_find_child(cls.ID)
        if isinstance(existing, SharedSecurityObjects):
            return existing
        return cls(stack, cls.ID)

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._objects: dict[str, dict[str, Any]] = {}
        self.resource = As3(
            self,
            "declaration",
            as3_json=self._as3_json(),
            tenant_filter=SHARED_TENANT,
        )

    def add(self, name: str, body: dict[str, Any]) -> str:
        """Declare one object in ``/Common/Shared``; return its full path."""
        if name in self._objects:
            raise errors.InvalidPropsError(
                f"SharedSecurityObjects {self.node.path}",
                [Problem("name", errors.shared_object_taken(name))],
            )
        self._objects[name] = body
        self.resource.as3_json = self._as3_json()
        return f"/{SHARED_TENANT}/{SHARED_APPLICATION}/{name}"

    def declaration(self) -> dict[str, Any]:
        """The ADC declaration (what AS3's schema describes)."""
        return {
            "class": "ADC",
            "schemaVersion": AS3_SCHEMA_VERSION,
            "id": "k8s-api-frontend-shared-security",
            "label": "Kubernetes API front end security objects",
            SHARED_TENANT: {
                "class": "Tenant",
                SHARED_APPLICATION: {
                    "class": "Application",
                    "template": "shared",
                    **self._objects,
                },
            },
        }

    def _as3_json(self) -> str:
        request = {
            "class": "AS3",
            "action": "deploy",
            "persist": True,
            "declaration": self.declaration(),
        }
        return json.dumps(request, indent=2, sort_keys=True)


def as3_name_problems(field_name: str, value: str) -> list[Problem]:
    if _AS3_NAME.fullmatch(value):
        return []
    return [Problem(field_name, errors.bad_as3_name(value))]


class L7DosProtection(Construct):
    """A DoS profile and a security log profile for one cluster, in ``/Common/Shared``.

    Add :attr:`dos_profile` to the virtual server's ``profiles`` and :attr:`log_profile` to
    its ``security_log_profiles``, and make the virtual server depend on
    :attr:`declaration` (AS3 paths are plain strings, not Terraform references), so that it
    is created after the profiles exist and deleted before they go.

    Args:
        name: Base name; the profiles are ``<name>-dos`` and ``<name>-security-log``.
        settings: Detection settings. Default: :class:`DosProtectionProps` defaults.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        settings: DosProtectionProps | None = None,
    ) -> None:
        super().__init__(scope, id)
        settings = settings or DosProtectionProps()
        dos_name, log_name = f"{name}-dos", f"{name}-security-log"
        problems = settings.problems()
        problems += as3_name_problems("name", log_name)
        errors.raise_if_any(f"L7DosProtection {self.node.path}", problems)

        shared = SharedSecurityObjects.of(self)
        remark = f"Kubernetes API {name}"
        self.dos_profile = shared.add(dos_name, settings.dos_profile(remark))
        self.log_profile = shared.add(log_name, security_log_profile(remark))
        self.declaration = shared.resource
        self.settings = settings
