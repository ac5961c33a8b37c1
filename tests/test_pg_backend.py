"""The ``pg`` backend against a real PostgreSQL server, with real ``terraform apply`` runs.

The server comes from Debian's ``postgresql`` package (``.ci/run`` installs it) and runs on
127.0.0.1 for this session only. Each run keeps the ``terraform`` block that the product
synthesizes for a ``pg`` backend, backend included. The BIG-IP provider cannot be installed
on these machines, so its pin is dropped from that block, and the provider block and the
BIG-IP resources are replaced by ``terraform_data`` resources: they are built into
Terraform (1.4+) and keep only state. Terraform runs offline
(``offline_terraform``): its CLI configuration forbids every provider download, and nothing
needs one.

What it shows: two environments keep separate state (a schema each); a second apply while
another holds the lock fails with a lock error and writes nothing; state written before a
failed run survives it; the connection string and its password stay in the environment.
"""

from __future__ import annotations

import json
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from lab_environment import synth_lab
from offline_terraform import missing, require_terraform, terraform, terraform_env
from postgres_server import PostgresServer, postgres_bin_dir, server_user_missing

LOCK_ERROR = "Error acquiring the state lock"


@pytest.fixture(scope="session")
def postgres():
    require_terraform()
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        missing(
            "PostgreSQL server programs (initdb, pg_ctl) are not installed "
            "(apt-get install -y postgresql)"
        )
    if server_user_missing():
        missing("running as root, and there is no 'postgres' user to run the server as")
    server = PostgresServer(bin_dir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_terraform_env(postgres, tmp_path_factory):
    folder = tmp_path_factory.mktemp("terraform-home")
    return terraform_env(folder, PG_CONN_STR=postgres.conn_str)


class Workdir:
    """One environment's synthesized ``terraform`` block with state-only resources."""

    def __init__(self, root: Path, stack_name: str, env: dict):
        self.path = root / stack_name
        self.path.mkdir(parents=True)
        self.env = env
        document = synth_lab({"kind": "pg"}, name=stack_name)
        self.terraform_block = dict(document["terraform"])
        # The BIG-IP provider cannot be installed here; everything else is kept.
        del self.terraform_block["required_providers"]

    def write(self, resources: dict) -> None:
        """Write ``cdk.tf.json`` with these ``terraform_data`` resources."""
        document: dict = {"terraform": self.terraform_block}
        if resources:
            document["resource"] = {"terraform_data": resources}
        (self.path / "cdk.tf.json").write_text(json.dumps(document, indent=2))

    def terraform(self, *arguments: str) -> subprocess.CompletedProcess:
        return terraform(self.path, self.env, *arguments)

    def apply(self, *arguments: str) -> subprocess.CompletedProcess:
        return self.terraform("apply", "-auto-approve", *arguments)

    def init(self) -> None:
        result = self.terraform("init")
        assert result.returncode == 0, result.stderr

    def state(self) -> dict:
        """The state as the backend holds it now."""
        result = self.terraform("state", "pull")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def inputs(self) -> dict[str, str]:
        """Each ``terraform_data`` resource's input, by name, from the backend's state."""
        return {
            r["name"]: r["instances"][0]["attributes"]["input"]["value"]
            for r in self.state()["resources"]
        }


def marker(value: str) -> dict:
    return {"input": value}


@pytest.fixture
def workdirs(tmp_path, pg_terraform_env, postgres):
    """A factory of initialized working folders, one per stack name; state starts empty."""

    def make(stack_name: str) -> Workdir:
        workdir = Workdir(tmp_path, stack_name, pg_terraform_env)
        workdir.write({})
        workdir.init()
        return workdir

    yield make
    schemas = postgres.psql(
        "SELECT schema_name FROM information_schema.schemata "
        "WHERE schema_name IN ('lab', 'prod_eu')"
    )
    for schema in schemas.split():
        postgres.psql(f"DROP SCHEMA {schema} CASCADE")


@contextmanager
def lock_held_by_a_running_apply(workdir: Workdir):
    """Run an apply that stops inside its own run (holding the lock) until released."""
    started, release = workdir.path / "started", workdir.path / "release"
    wait = f"touch {started}; while [ ! -f {release} ]; do sleep 0.1; done"
    state_before = workdir.inputs()
    workdir.write(
        {
            **{name: marker(value) for name, value in state_before.items()},
            "holder": {
                **marker("holder"),
                "provisioner": [{"local-exec": {"command": wait}}],
            },
        }
    )
    holder = subprocess.Popen(
        ["terraform", f"-chdir={workdir.path}", "apply", "-auto-approve", "-no-color"],
        env=workdir.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not started.exists():
            assert holder.poll() is None, holder.stdout.read()
            assert time.monotonic() < deadline, "the holding apply never started"
            time.sleep(0.05)
        yield
    finally:
        release.touch()
        output, _ = holder.communicate(timeout=60)
    assert holder.returncode == 0, output


def test_synthesized_pg_block_holds_no_connection_string(workdirs):
    workdir = workdirs("lab")
    assert workdir.terraform_block == {"backend": {"pg": {"schema_name": "lab"}}}


def test_two_environments_keep_separate_state_in_their_own_schemas(workdirs, postgres):
    lab, prod = workdirs("lab"), workdirs("prod-eu")
    lab.write({"marker": marker("lab-1")})
    prod.write({"marker": marker("prod-1"), "extra": marker("prod-only")})

    assert lab.apply().returncode == 0
    assert prod.apply().returncode == 0

    assert lab.inputs() == {"marker": "lab-1"}
    assert prod.inputs() == {"marker": "prod-1", "extra": "prod-only"}
    assert lab.state()["lineage"] != prod.state()["lineage"]
    for schema in ("lab", "prod_eu"):
        assert postgres.psql(f"SELECT name FROM {schema}.states") == "default"


def test_second_apply_fails_with_a_lock_error_while_the_lock_is_held(workdirs):
    lab = workdirs("lab")
    lab.write({"marker": marker("first")})
    assert lab.apply().returncode == 0
    intruder = Workdir(lab.path.parent / "intruder", "lab", lab.env)
    intruder.write({"marker": marker("intruder")})
    intruder.init()

    with lock_held_by_a_running_apply(lab):
        result = intruder.apply("-lock-timeout=0s")

    assert result.returncode != 0
    assert LOCK_ERROR in result.stderr
    assert lab.inputs() == {"marker": "first", "holder": "holder"}


def test_lock_of_one_environment_leaves_the_others_free(workdirs):
    lab, prod = workdirs("lab"), workdirs("prod-eu")
    lab.write({"marker": marker("lab-1")})
    assert lab.apply().returncode == 0
    prod.write({"marker": marker("prod-1")})

    with lock_held_by_a_running_apply(lab):
        result = prod.apply("-lock-timeout=0s")

    assert result.returncode == 0, result.stderr
    assert prod.inputs() == {"marker": "prod-1"}


def test_state_written_before_survives_a_failed_apply(workdirs):
    lab = workdirs("lab")
    lab.write({"marker": marker("good")})
    assert lab.apply().returncode == 0
    before = lab.state()

    failing = {"local-exec": {"command": "echo the device refused >&2; exit 3"}}
    lab.write(
        {
            "marker": marker("good"),
            "broken": {**marker("new"), "provisioner": [failing]},
        }
    )
    result = lab.apply()

    assert result.returncode != 0
    assert "the device refused" in result.stderr
    after = lab.state()
    assert after["lineage"] == before["lineage"]
    survived = next(r for r in after["resources"] if r["name"] == "marker")
    assert survived == next(r for r in before["resources"] if r["name"] == "marker")
    (half_made,) = [r for r in after["resources"] if r["name"] == "broken"]
    assert half_made["instances"][0]["status"] == "tainted"


def test_connection_string_stays_in_the_environment(workdirs, postgres):
    lab = workdirs("lab")
    lab.write({"marker": marker("lab-1")})
    result = lab.apply()

    assert result.returncode == 0
    assert postgres.password not in result.stdout + result.stderr
    for path in lab.path.rglob("*"):
        if path.is_file():
            assert postgres.password not in path.read_text(errors="replace"), path
