"""Bad environment files: each exits with status 2, its exact message, and no traceback.

Every case starts from a valid environment (``BASE``), breaks one thing, runs ``main.py``
as a user would, and compares stderr line by line. ``{file}`` stands for the file's path.
"""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from conftest import run_app_in

BASE = {
    "name": "bad",
    "network": {
        "vlan_name": "/Common/k8s",
        "tag": 100,
        "self_ips": [{"name": "k8s-self", "address": "10.1.1.176/24"}],
    },
    "clusters": [
        {
            "name": "k8s-master",
            "vip": "10.1.1.100",
            "masters": [
                {"name": "cp-1", "address": "10.1.1.171"},
                {"name": "cp-2", "address": "10.1.1.172"},
                {"name": "cp-3", "address": "10.1.1.173"},
            ],
        }
    ],
}


def changed(edit):
    """BASE as YAML after ``edit(environment)`` changed a deep copy of it."""
    environment = copy.deepcopy(BASE)
    edit(environment)
    return yaml.safe_dump(environment, sort_keys=False)


def cluster(**values):
    return lambda env: env["clusters"][0].update(values)


def master(index, **values):
    return lambda env: env["clusters"][0]["masters"][index].update(values)


def network(**values):
    return lambda env: env["network"].update(values)


def self_ip(**values):
    return lambda env: env["network"]["self_ips"][0].update(values)


UNREACHABLE = "is on none of the BIG-IP's networks ({nets}); add a self IP on its subnet or a route to it"
ON_LAB = UNREACHABLE.format(nets="10.1.1.0/24")
NAME_RULE = (
    "is not a BIG-IP full path; expected /Partition/name (for example /Common/k8s-master) "
    "where each part starts with a letter, digit or underscore and holds only letters, digits, "
    "'.', '_' and '-', the partition at most 64 characters and the whole path at most 255"
)
LOCKDOWN_RULE = (
    "is not a port-lockdown entry; allowed: 'none', 'all', 'default', or entries such as "
    "'tcp:443' and 'udp:53' (protocol tcp or udp, port 1 to 65535)"
)
TOP_KEYS = "backend, bigip, clusters, name, network"
LB_MODES = (
    "'least-connections-member', 'least-connections-node', 'round-robin', 'ratio-member', "
    "'fastest-node', 'observed-member' or 'predictive-member'"
)

CASES = {
    "empty file": (
        "",
        [
            "{file}: file is empty; an environment needs at least 'network' and 'clusters'"
        ],
    ),
    "only a comment": (
        "# nothing yet\n",
        [
            "{file}: file is empty; an environment needs at least 'network' and 'clusters'"
        ],
    ),
    "not utf-8": (
        b"name: caf\xe9\n",
        ["{file}: not UTF-8 text (byte 9 cannot be decoded); save the file as UTF-8"],
    ),
    "yaml syntax": (
        "network: [unclosed\n",
        [
            "{file}: line 2, column 1: YAML syntax error: expected ',' or ']', but got '<stream end>'"
        ],
    ),
    "tab indentation": (
        "network:\n\tvlan_name: x\n",
        [
            "{file}: line 2, column 1: YAML syntax error: found character '\\t' that cannot start any token"
        ],
    ),
    "duplicate key": (
        "name: a\nname: b\n",
        ["{file}: line 2, column 1: YAML syntax error: duplicate key 'name'"],
    ),
    "top level is a list": (
        "- name: lab\n",
        ["{file}: the top level is a list; an environment file is a mapping of keys"],
    ),
    "top level is text": (
        "hello\n",
        ["{file}: the top level is a str; an environment file is a mapping of keys"],
    ),
    "unknown top-level key": (
        changed(lambda env: env.update(clusterz=[])),
        [f"{{file}}: clusterz: unknown key; allowed keys here: {TOP_KEYS}"],
    ),
    "misspelt master key": (
        changed(lambda env: env["clusters"][0]["masters"][1].update(adress="10.1.1.9")),
        [
            "{file}: clusters[0].masters[1].adress: unknown key; allowed keys here: address, name"
        ],
    ),
    "missing network": (
        changed(lambda env: env.pop("network")),
        ["{file}: network: required field is missing"],
    ),
    "missing vip": (
        changed(lambda env: env["clusters"][0].pop("vip")),
        ["{file}: clusters[0].vip: required field is missing"],
    ),
    "no clusters": (
        changed(lambda env: env.update(clusters=[])),
        [
            "{file}: clusters: List should have at least 1 item after validation, not 0 (got [])"
        ],
    ),
    "bad master address": (
        changed(master(2, address="10.1.1.999")),
        [
            "{file}: clusters[0].masters[2].address: value is not a valid IPv4 or IPv6 address (got '10.1.1.999')"
        ],
    ),
    "bad self ip address": (
        changed(self_ip(address="10.1.1.300/24")),
        [
            "{file}: network.self_ips[0].address: value is not a valid IPv4 or IPv6 interface (got '10.1.1.300/24')"
        ],
    ),
    "vlan tag zero": (
        changed(network(tag=0)),
        [
            "{file}: network.tag: 0 is out of range; allowed: a whole number from 1 to 4094"
        ],
    ),
    "vlan tag too high": (
        changed(network(tag=4095)),
        [
            "{file}: network.tag: 4095 is out of range; allowed: a whole number from 1 to 4094"
        ],
    ),
    "vlan tag not a number": (
        changed(network(tag="hundred")),
        [
            "{file}: network.tag: Input should be a valid integer (got 'hundred'); write a whole number without quotes (YAML reads yes, no, on and off as booleans)"
        ],
    ),
    "mtu too small": (
        changed(network(mtu=100)),
        [
            "{file}: network.mtu: 100 is out of range; allowed: a whole number from 576 to 9198"
        ],
    ),
    "vip port too high": (
        changed(cluster(vip_port=70000)),
        [
            "{file}: clusters[0].vip_port: 70000 is out of range; allowed: a whole number from 1 to 65535"
        ],
    ),
    "api port zero": (
        changed(cluster(api_port=0)),
        [
            "{file}: clusters[0].api_port: 0 is out of range; allowed: a whole number from 1 to 65535"
        ],
    ),
    "no masters": (
        changed(cluster(masters=[])),
        [
            "{file}: clusters[0].masters: no masters; a control-plane pool needs at least one (three for etcd quorum)"
        ],
    ),
    "duplicate master name": (
        changed(master(2, name="cp-1")),
        [
            "{file}: clusters[0].masters[2].name: 'cp-1' is a duplicate master name; it is already used at masters[0].name"
        ],
    ),
    "duplicate master address": (
        changed(master(1, address="10.1.1.171")),
        [
            "{file}: clusters[0].masters[1].address: '10.1.1.171' is a duplicate master address; it is already used at masters[0].address"
        ],
    ),
    "vip is a master": (
        changed(cluster(vip="10.1.1.172")),
        [
            "{file}: clusters[0].vip: '10.1.1.172' is also the address of masters[1]; the VIP must be an address of its own"
        ],
    ),
    "vip is the self ip": (
        changed(cluster(vip="10.1.1.176")),
        [
            "{file}: clusters[0].vip: '10.1.1.176' (the VIP) is also the address of self IP k8s-self; it must be an address of its own"
        ],
    ),
    "vip unreachable": (
        changed(cluster(vip="192.0.2.10")),
        [f"{{file}}: clusters[0].vip: '192.0.2.10' (the VIP) {ON_LAB}"],
    ),
    "master unreachable": (
        changed(master(0, address="10.2.0.5")),
        [
            f"{{file}}: clusters[0].masters[0].address: '10.2.0.5' (master cp-1) {ON_LAB}"
        ],
    ),
    "route gateway off the vlan": (
        changed(
            network(
                routes=[{"name": "r", "network": "10.2.0.0/16", "gateway": "10.9.9.1"}]
            )
        ),
        [f"{{file}}: network.routes[0].gateway: '10.9.9.1' (gateway) {ON_LAB}"],
    ),
    "ipv6 master behind ipv4 vip": (
        changed(master(0, address="2001:db8::5")),
        [
            "{file}: clusters[0].masters[0].address: '2001:db8::5' is not of the same IP version as the VIP '10.1.1.100'; without NAT64 a virtual server only reaches members of its own address family",
            f"{{file}}: clusters[0].masters[0].address: '2001:db8::5' (master cp-1) {ON_LAB}",
        ],
    ),
    "vlan name with a space": (
        changed(network(vlan_name="/Common/k8s vlan")),
        [f"{{file}}: network.vlan_name: '/Common/k8s vlan' {NAME_RULE}"],
    ),
    "master name with a space": (
        changed(master(0, name="cp 1")),
        [f"{{file}}: clusters[0].masters[0].name: '/Common/cp 1' {NAME_RULE}"],
    ),
    "partition name too long": (
        changed(cluster(partition="p" * 65)),
        [
            f"{{file}}: clusters[0].name: '/{'p' * 65}/k8s-master' {NAME_RULE}",
            *(
                f"{{file}}: clusters[0].masters[{i}].name: '/{'p' * 65}/cp-{i + 1}' {NAME_RULE}"
                for i in range(3)
            ),
        ],
    ),
    "monitor timeout not above interval": (
        changed(cluster(health_check={"interval_seconds": 10, "timeout_seconds": 10})),
        [
            "{file}: clusters[0].health_check.timeout_seconds: 10 is not greater than interval_seconds (10); a monitor must allow longer than one interval, usually 3 x interval + 1 (here 31)"
        ],
    ),
    "unknown tls mode": (
        changed(cluster(tls_mode="terminat")),
        [
            "{file}: clusters[0].tls_mode: Input should be 'passthrough' or 'terminate' (got 'terminat')"
        ],
    ),
    "unknown monitor kind": (
        changed(cluster(health_check={"kind": "tcp"})),
        [
            "{file}: clusters[0].health_check.kind: Input should be 'https' or 'icmp' (got 'tcp')"
        ],
    ),
    "unknown load balancing mode": (
        changed(cluster(load_balancing_mode="fastest")),
        [
            f"{{file}}: clusters[0].load_balancing_mode: Input should be {LB_MODES} (got 'fastest')"
        ],
    ),
    "port lockdown service misspelt": (
        changed(self_ip(port_lockdown=["ssh"])),
        [f"{{file}}: network.self_ips[0].port_lockdown[0]: 'ssh' {LOCKDOWN_RULE}"],
    ),
    "port lockdown keyword mixed": (
        changed(self_ip(port_lockdown=["none", "tcp:22"])),
        [
            "{file}: network.self_ips[0].port_lockdown[0]: 'none' mixes a keyword with other entries; 'none', 'all' and 'default' each stand alone"
        ],
    ),
    "stack name with capitals": (
        changed(lambda env: env.update(name="Lab_1")),
        [
            "{file}: name: 'Lab_1' is not a stack name; allowed: lower-case letters, digits and '-', starting with a letter, at most 63 characters"
        ],
    ),
    "verify_tls not a boolean": (
        changed(lambda env: env.update(bigip={"verify_tls": "maybe"})),
        [
            "{file}: bigip.verify_tls: Input should be a valid boolean (got 'maybe'); allowed: true or false, without quotes"
        ],
    ),
    "yes as a port": (
        changed(cluster(vip_port=True)),
        [
            "{file}: clusters[0].vip_port: Input should be a valid integer (got True); write a whole number without quotes (YAML reads yes, no, on and off as booleans)"
        ],
    ),
    "port as quoted text": (
        changed(cluster(vip_port="6443")),
        [
            "{file}: clusters[0].vip_port: Input should be a valid integer (got '6443'); write a whole number without quotes (YAML reads yes, no, on and off as booleans)"
        ],
    ),
    "off as text for verify_tls": (
        changed(lambda env: env.update(bigip={"verify_tls": "off"})),
        [
            "{file}: bigip.verify_tls: Input should be a valid boolean (got 'off'); allowed: true or false, without quotes"
        ],
    ),
    "master is the self ip": (
        changed(master(1, address="10.1.1.176")),
        [
            "{file}: clusters[0].masters[1].address: '10.1.1.176' (master cp-2) is also the address of self IP k8s-self; it must be an address of its own"
        ],
    ),
    "vip is the subnet's broadcast address": (
        changed(cluster(vip="10.1.1.255")),
        [
            "{file}: clusters[0].vip: '10.1.1.255' (the VIP) is the network or broadcast address of 10.1.1.0/24; use a host address"
        ],
    ),
    "password in a backend": (
        changed(lambda env: env.update(backend={"kind": "pg", "password": "hunter2"})),
        [
            "{file}: backend.password: unknown key; allowed keys here: kind, schema_name; secrets never go into environment files: Terraform and the BIG-IP provider read them from environment variables (README: Credentials, State backends)"
        ],
    ),
    "vlan without its tag": (
        changed(lambda env: env["network"].pop("tag")),
        [
            "{file}: network.tag: required to create the VLAN: its 802.1Q tag, 1 to 4094; or set existing: true to use a VLAN that is already on the BIG-IP"
        ],
    ),
    "tag given for an existing vlan": (
        changed(network(existing=True)),
        [
            "{file}: network.tag: tag describes a VLAN created here, and existing: true creates none; remove it, or drop existing to create the VLAN"
        ],
    ),
    "several problems at once": (
        changed(lambda env: (network(tag=0)(env), cluster(vip_port=0)(env))),
        [
            "{file}: network.tag: 0 is out of range; allowed: a whole number from 1 to 4094",
            "{file}: clusters[0].vip_port: 0 is out of range; allowed: a whole number from 1 to 65535",
        ],
    ),
}


def test_the_base_environment_is_valid(tmp_path):
    (tmp_path / "base.yaml").write_text(yaml.safe_dump(BASE))
    result = run_app_in(tmp_path, "base.yaml")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("content", "expected"), CASES.values(), ids=CASES.keys())
def test_bad_file_exits_2_with_its_message(tmp_path, content, expected):
    path = tmp_path / "env.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    result = run_app_in(tmp_path, "env.yaml")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: " + line.format(file="env.yaml") for line in expected
    ]
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "cdktf.out").exists()


def test_path_that_does_not_exist(tmp_path):
    result = run_app_in(tmp_path, "nowhere.yaml")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: nowhere.yaml: no such file or folder; name an environment file (.yaml) or a folder of them"
    ]


def test_folder_without_environment_files(tmp_path):
    (tmp_path / "envs").mkdir()
    (tmp_path / "envs" / "notes.txt").write_text("not an environment")
    result = run_app_in(tmp_path, "envs")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: envs: folder holds no environment files (*.yaml or *.yml)"
    ]


def test_two_environments_with_one_stack_name(tmp_path):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(yaml.safe_dump(BASE))
    result = run_app_in(tmp_path, "a.yaml", "b.yaml")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: b.yaml: name: stack name 'bad' is already produced by a.yaml; give each environment its own name"
    ]


def test_problems_of_every_file_are_reported_together(tmp_path):
    (tmp_path / "a.yaml").write_text("")
    (tmp_path / "b.yaml").write_text(changed(network(tag=0)))
    result = run_app_in(tmp_path, "a.yaml", "b.yaml")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 2


def test_existing_network_creates_no_vlan_and_listens_on_it(tmp_path):
    def existing(environment):
        environment["network"] = {
            "vlan_name": "/Common/shared-data",
            "existing": True,
            "self_ips": [{"name": "shared-self", "address": "10.1.1.176/24"}],
        }

    (tmp_path / "shared.yaml").write_text(changed(existing))
    result = run_app_in(tmp_path, "shared.yaml")
    assert result.returncode == 0, result.stderr
    stack = tmp_path / "cdktf.out" / "stacks" / "bad" / "cdk.tf.json"
    document = json.loads(stack.read_text())
    assert "bigip_net_vlan" not in document["resource"]
    assert "bigip_net_selfip" not in document["resource"]
    (server,) = document["resource"]["bigip_ltm_virtual_server"].values()
    assert server["vlans"] == ["/Common/shared-data"]


def drop_masters_but_the_first(environment):
    del environment["clusters"][0]["masters"][1:]


def test_fewer_than_three_masters_warns_but_synthesizes(tmp_path):
    (tmp_path / "one.yaml").write_text(changed(drop_masters_but_the_first))
    result = run_app_in(tmp_path, "one.yaml")
    assert result.returncode == 0, result.stderr
    warnings = [
        line for line in result.stderr.splitlines() if line.startswith("warning:")
    ]
    assert warnings == [
        "warning: one.yaml: clusters[0].masters: only 1 master(s); production control planes run three or more so that etcd keeps quorum when one fails"
    ]
    assert (tmp_path / "cdktf.out" / "stacks" / "bad" / "cdk.tf.json").exists()
