"""Health monitor for the Kubernetes API servers."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from constructs import Construct

from . import checks, errors, names
from .errors import Problem
from .generated.bigip.ltm_monitor import LtmMonitor


class MonitorKind(enum.Enum):
    """How the BIG-IP decides that a master can take API traffic."""

    HTTPS = "https"
    """Ask the API server itself (``GET /readyz``): healthy only when it serves."""
    ICMP = "icmp"
    """Ping the host, as the reference lab did: up even when the API server is not."""


_PARENTS = {
    MonitorKind.HTTPS: "/Common/https",
    MonitorKind.ICMP: "/Common/gateway_icmp",
}


@dataclass(frozen=True)
class HealthCheck:
    """What the monitor asks and how often.

    Kubernetes serves ``/readyz`` (also ``/livez`` and ``/healthz``) to anonymous clients by
    default, answering ``200`` with the body ``ok`` once the API server can serve requests;
    see https://kubernetes.io/docs/reference/using-api/health-checks/.

    Args:
        kind: HTTPS (default) or ICMP. ICMP only proves that the host answers pings.
        path: Request path for HTTPS. Default ``/readyz``.
        interval_seconds: Seconds between probes. Default 5.
        timeout_seconds: Seconds without a good answer before the master is marked down.
            Default ``3 * interval_seconds + 1`` (16 s for 5 s), BIG-IP's usual ratio:
            three missed probes take a master out.
        expected_status: HTTP status of a healthy answer. Default 200.
        expected_body: Text a healthy answer's body holds. Default ``ok``.
        host_header: Host header sent with the probe. Default ``kubernetes.default``; the API
            server does not route by host, but HTTP/1.1 requires the header.
    """

    kind: MonitorKind = MonitorKind.HTTPS
    path: str = "/readyz"
    interval_seconds: int = 5
    timeout_seconds: int | None = None
    expected_status: int = 200
    expected_body: str = "ok"
    host_header: str = "kubernetes.default"

    @property
    def effective_timeout_seconds(self) -> int:
        if self.timeout_seconds is not None:
            return self.timeout_seconds
        return 3 * self.interval_seconds + 1

    def problems(self) -> list[Problem]:
        problems = checks.in_range("interval_seconds", self.interval_seconds, 1, 86400)
        if self.timeout_seconds is not None:
            problems += checks.in_range(
                "timeout_seconds", self.timeout_seconds, 1, 86400
            )
        if not problems and self.effective_timeout_seconds <= self.interval_seconds:
            message = errors.timeout_not_above_interval(
                self.effective_timeout_seconds, self.interval_seconds
            )
            problems.append(Problem("timeout_seconds", message))
        if not self.path.startswith("/") or any(c.isspace() for c in self.path):
            problems.append(Problem("path", errors.bad_http_path(self.path)))
        problems += checks.in_range("expected_status", self.expected_status, 100, 599)
        for field in ("expected_body", "host_header"):
            value = getattr(self, field)
            if "\r" in value or "\n" in value:
                problems.append(Problem(field, errors.not_single_line(value)))
        return problems

    @property
    def send(self) -> str:
        """The raw HTTP request the monitor writes to the API server."""
        return (
            f"GET {self.path} HTTP/1.1\r\nHost: {self.host_header}\r\n"
            "Connection: close\r\n\r\n"
        )

    @property
    def receive(self) -> str:
        """Regular expression a healthy response matches: the status line, then the body."""
        body = re.escape(self.expected_body)
        return f"^HTTP/1\\.[01] {self.expected_status}[\\s\\S]*{body}"


class ApiHealthMonitor(Construct):
    """An LTM monitor that marks a master down when its API server stops serving.

    Args:
        name: Full path or bare name of the monitor.
        health_check: What to probe and how often. Default: ``HealthCheck()``, an HTTPS
            ``GET /readyz`` every 5 s expecting ``200`` and ``ok``, 16 s timeout.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        health_check: HealthCheck = HealthCheck(),
    ) -> None:
        super().__init__(scope, id)
        path = names.full_path(name)
        problems = names.check_full_path("name", path) + health_check.problems()
        errors.raise_if_any(self, problems)

        https = health_check.kind is MonitorKind.HTTPS
        self.resource = LtmMonitor(
            self,
            "monitor",
            name=path,
            parent=_PARENTS[health_check.kind],
            interval=health_check.interval_seconds,
            timeout=health_check.effective_timeout_seconds,
            send=health_check.send if https else None,
            receive=health_check.receive if https else None,
        )
        self.name = self.resource.name
