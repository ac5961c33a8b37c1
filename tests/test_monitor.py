import pytest
from conftest import only, synth
from k8s_api_frontend import (
    ApiHealthMonitor,
    HealthCheck,
    InvalidPropsError,
    MonitorKind,
)


def test_default_is_an_https_readyz_check(stack):
    ApiHealthMonitor(stack, "monitor", name="k8s-https")
    monitor = only(synth(stack), "bigip_ltm_monitor")
    assert monitor["name"] == "/Common/k8s-https"
    assert monitor["parent"] == "/Common/https"
    assert monitor["send"].startswith("GET /readyz HTTP/1.1\r\n")
    assert monitor["send"].endswith("\r\n\r\n")
    assert monitor["receive"] == r"^HTTP/1\.[01] 200[\s\S]*ok"


def test_timeout_defaults_to_three_intervals_plus_one(stack):
    ApiHealthMonitor(
        stack, "monitor", name="m", health_check=HealthCheck(interval_seconds=10)
    )
    monitor = only(synth(stack), "bigip_ltm_monitor")
    assert (monitor["interval"], monitor["timeout"]) == (10, 31)


def test_icmp_is_available_but_sends_nothing(stack):
    check = HealthCheck(kind=MonitorKind.ICMP)
    ApiHealthMonitor(stack, "monitor", name="m", health_check=check)
    monitor = only(synth(stack), "bigip_ltm_monitor")
    assert monitor["parent"] == "/Common/gateway_icmp"
    assert "send" not in monitor and "receive" not in monitor


def test_expected_body_is_matched_literally(stack):
    check = HealthCheck(path="/livez", expected_body="ok.")
    ApiHealthMonitor(stack, "monitor", name="m", health_check=check)
    monitor = only(synth(stack), "bigip_ltm_monitor")
    assert monitor["send"].startswith("GET /livez ")
    assert monitor["receive"].endswith(r"ok\.")


@pytest.mark.parametrize(
    ("check", "field", "fragment"),
    [
        (
            HealthCheck(interval_seconds=5, timeout_seconds=5),
            "timeout_seconds",
            "not greater",
        ),
        (HealthCheck(interval_seconds=0), "interval_seconds", "from 1 to 86400"),
        (HealthCheck(path="readyz"), "path", "must start with '/'"),
        (HealthCheck(expected_status=99), "expected_status", "from 100 to 599"),
        (HealthCheck(expected_body="o\nk"), "expected_body", "one line"),
    ],
)
def test_bad_health_check_is_rejected_naming_the_field(stack, check, field, fragment):
    with pytest.raises(InvalidPropsError) as raised:
        ApiHealthMonitor(stack, "monitor", name="m", health_check=check)
    assert [p.field for p in raised.value.problems] == [field]
    assert fragment in str(raised.value)
