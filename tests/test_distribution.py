"""The library as another stack's dependency: build the wheel, install it, use it.

The wheel is built from a copy of the files it is made of, installed into a fresh virtual
environment (cdktf, constructs and jsii come from the package index, through pip's cache),
and the example consumer (``examples/consumer/main.py``) is synthesized there from a
temporary folder, so that nothing of the repository's source is importable.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest
import tomllib
from conftest import ROOT, resources
from provider_schema import schema_errors

PINNED_RUNTIME = ("cdktf", "constructs", "jsii")
INSPECT_INSTALLED = """
import json, k8s_api_frontend as k
undocumented = [n for n in k.__all__ if callable(getattr(k, n)) and not getattr(k, n).__doc__]
print(json.dumps({"file": k.__file__, "version": k.__version__, "api": k.__all__,
                  "undocumented": undocumented}))
"""


def run(*command, cwd, env=None):
    result = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "constructs",
        source / "constructs",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    dist = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--wheel", "--outdir", dist, source, cwd=source)
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def consumer(wheel, tmp_path_factory) -> dict:
    """A fresh virtual environment with the wheel, and the example synthesized in it."""
    venv = tmp_path_factory.mktemp("consumer-venv")
    run(sys.executable, "-m", "venv", venv, cwd=venv)
    python = venv / "bin" / "python"
    runtime = [f"{name}=={version(name)}" for name in PINNED_RUNTIME]
    run(python, "-m", "pip", "install", "--quiet", wheel, *runtime, cwd=venv)

    app = tmp_path_factory.mktemp("consumer-app")
    shutil.copy(ROOT / "examples" / "consumer" / "main.py", app / "main.py")
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CDKTF_OUTDIR")
    }
    where = run(python, "-c", INSPECT_INSTALLED, cwd=app, env=env)
    run(python, "main.py", cwd=app, env=env)
    document = (app / "cdktf.out" / "stacks" / "platform" / "cdk.tf.json").read_text()
    return {
        "venv": venv,
        "installed": json.loads(where.stdout),
        "json": json.loads(document),
    }


def test_wheel_carries_the_provider_bindings_and_their_jsii_assembly(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    bindings = "k8s_api_frontend/generated/bigip/"
    assert f"{bindings}_jsii/bigip@0.0.0.jsii.tgz" in names
    assert f"{bindings}_jsii/__init__.py" in names
    assert f"{bindings}ltm_virtual_server/__init__.py" in names
    assert "k8s_api_frontend/py.typed" in names


def test_wheel_is_the_version_in_pyproject(wheel):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert wheel.name.startswith(f"k8s_api_frontend-{project['version']}-py3-none-any")


def test_installed_library_comes_from_the_fresh_environment_not_the_repository(
    consumer,
):
    location = Path(consumer["installed"]["file"])
    assert location.is_relative_to(consumer["venv"])
    assert not location.is_relative_to(ROOT)
    assert consumer["installed"]["version"] == version("k8s-api-frontend")


def test_installed_package_root_exports_the_documented_constructs_and_props(consumer):
    api = set(consumer["installed"]["api"])
    assert {"K8sApiFrontend", "ClusterProps", "Master", "Network", "SelfIp"} <= api
    assert {"BigipConnection", "bigip_provider", "TlsMode", "InvalidPropsError"} <= api
    assert consumer["installed"]["undocumented"] == []


def test_example_stack_holds_the_front_end_next_to_its_own_resource(consumer):
    document = consumer["json"]
    big_ip = {k: v for k, v in document["resource"].items() if k.startswith("bigip_")}
    assert schema_errors({**document, "resource": big_ip}) == []
    assert len(resources(document, "bigip_ltm_node")) == 3
    (virtual_server,) = resources(document, "bigip_ltm_virtual_server")
    assert virtual_server["name"] == "/Common/platform-api-vs"
    (endpoint,) = resources(document, "terraform_data")
    assert endpoint["input"]["server"] == "https://10.20.0.10:6443"
    assert endpoint["input"]["virtual_server"].startswith("${bigip_ltm_virtual_server.")
    assert document["output"]["kubeconfig-server"]["value"] == (
        "${terraform_data.api-endpoint.output}"
    )


def test_example_stack_chooses_its_own_locked_encrypted_backend(consumer):
    terraform = consumer["json"]["terraform"]
    assert terraform["backend"]["s3"]["encrypt"] is True
    assert terraform["backend"]["s3"]["use_lockfile"] is True
    assert terraform["required_providers"]["bigip"]["version"] == "1.28.0"
