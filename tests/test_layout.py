"""The top-level ``constructs/`` folder must never shadow PyPI's ``constructs``."""

import importlib
import subprocess
import sys
from pathlib import Path

import k8s_api_frontend
from conftest import ROOT

import constructs


def test_constructs_folder_is_not_a_package():
    assert not (ROOT / "constructs" / "__init__.py").exists()


def test_constructs_is_the_pypi_library():
    location = Path(constructs.__file__).resolve().parent
    assert location != ROOT / "constructs"
    assert location.parent.name == "site-packages"
    assert importlib.import_module("constructs._jsii")


def test_construct_class_is_the_one_cdktf_uses():
    from cdktf import TerraformStack

    assert issubclass(TerraformStack, constructs.Construct)
    assert issubclass(k8s_api_frontend.K8sApiFrontend, constructs.Construct)


def test_library_is_not_importable_under_the_constructs_name():
    result = subprocess.run(
        [sys.executable, "-c", "import constructs.k8s_api_frontend"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "import k8s_api_frontend, not constructs.k8s_api_frontend" in result.stderr


def test_main_py_sees_the_pypi_constructs_from_the_repository_root():
    code = "import constructs, main; print(constructs.Construct.__module__)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "constructs"
