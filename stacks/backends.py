"""Where each environment keeps its Terraform state: the ``backend`` section of a file.

A front end is shared infrastructure: two people (or a person and a pipeline) applying the
same environment at once must not both write its state, and environments must not share
one. So every kind but ``local`` is a shared store with locking, and each stack gets its own
state in it (an S3 key, a workspace, a schema or a URL per stack).

Nothing secret is written into the synthesized JSON: connection strings, tokens and keys
come from the environment variables that Terraform itself reads for each backend
(``PG_CONN_STR``, ``TF_TOKEN_<host>``, ``AWS_*``, ``TF_HTTP_USERNAME``/``TF_HTTP_PASSWORD``).
Fields that would hold one do not exist, so a file that names one is rejected as an unknown
key, and the message never repeats its value.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Annotated, Literal
from urllib.parse import urlsplit

from cdktf import (
    CloudBackend,
    HttpBackend,
    LocalBackend,
    NamedCloudWorkspace,
    PgBackend,
    S3Backend,
    TaggedCloudWorkspaces,
    TerraformBackend,
)
from k8s_api_frontend import Problem
from pydantic import BaseModel, ConfigDict, Field

from constructs import Construct

from . import messages

POSTGRES_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]{0,62}")
KEY_PREFIX = re.compile(r"[A-Za-z0-9!_.*'()-]+(/[A-Za-z0-9!_.*'()-]+)*")


class BackendSection(BaseModel):
    """Base of every backend kind: unknown keys (such as a password) are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def problems(self) -> list[Problem]:
        """Rules beyond types, with field paths inside the ``backend`` section."""
        return []


class LocalSection(BackendSection):
    """A state file on the machine that runs Terraform: for a lab, never for a team.

    Args:
        path: The state file. Default ``terraform.<stack>.tfstate`` in the project folder.
    """

    kind: Literal["local"] = "local"
    path: str | None = None

    def state_path(self, stack_name: str) -> str:
        """The state file, relative to ``cdktf.out/stacks/<stack>/`` where Terraform runs.

        That folder is replaced by every synth, so the default keeps the file three levels
        up, in the project folder, where it survives.
        """
        return self.path or f"../../../terraform.{stack_name}.tfstate"


class S3Section(BackendSection):
    """An S3 bucket, one object per stack, encrypted, locked with an S3 lock file.

    Credentials come from ``AWS_*`` variables, a profile or an instance role.

    Args:
        bucket: Existing bucket; turn on versioning so that an overwritten state can be
            recovered.
        region: The bucket's region.
        key_prefix: Folder of the state objects; the key is ``<key_prefix>/<stack>.tfstate``.
            Default ``k8s-api-frontend``.
        kms_key_id: KMS key for server-side encryption. Default: the bucket's S3-managed key.
    """

    kind: Literal["s3"]
    bucket: str
    region: str
    key_prefix: str = "k8s-api-frontend"
    kms_key_id: str | None = None

    def key(self, stack_name: str) -> str:
        return f"{self.key_prefix}/{stack_name}.tfstate"

    def problems(self) -> list[Problem]:
        if KEY_PREFIX.fullmatch(self.key_prefix):
            return []
        return [Problem("key_prefix", messages.bad_key_prefix(self.key_prefix))]


class CloudSection(BackendSection):
    """HCP Terraform or Terraform Enterprise: a workspace chosen by name or by tags.

    The token comes from ``TF_TOKEN_<host>`` or ``terraform login``.

    Args:
        organization: The organization that owns the workspaces.
        hostname: Default ``app.terraform.io``; a Terraform Enterprise host otherwise.
        workspace_name: Default: the stack name. Not together with ``workspace_tags``.
        workspace_tags: Select the workspaces with all these tags instead of one by name;
            ``TF_WORKSPACE`` picks among them.
        project: Project of the workspaces. Default: the organization's default project.
    """

    kind: Literal["cloud"]
    organization: str
    hostname: str = "app.terraform.io"
    workspace_name: str | None = None
    workspace_tags: list[str] | None = None
    project: str | None = None

    def problems(self) -> list[Problem]:
        problems = []
        if self.workspace_name is not None and self.workspace_tags is not None:
            problems.append(Problem("workspace_tags", messages.name_and_tags()))
        if self.workspace_tags == []:
            problems.append(Problem("workspace_tags", messages.no_tags()))
        if "/" in self.hostname or ":" in self.hostname:
            problems.append(Problem("hostname", messages.not_a_host(self.hostname)))
        return problems


class PgSection(BackendSection):
    """A PostgreSQL database, one schema per stack, locked with advisory locks.

    The connection string, password included, comes from ``PG_CONN_STR`` (and libpq's
    ``PG*`` variables); the database must exist, the schema is created on first use.

    Args:
        schema_name: Default: the stack name with ``-`` as ``_``.
    """

    kind: Literal["pg"]
    schema_name: str | None = None

    def schema(self, stack_name: str) -> str:
        """The schema holding this stack's state: by default the stack name, ``-`` as ``_``."""
        return self.schema_name or stack_name.replace("-", "_")

    def problems(self) -> list[Problem]:
        name = self.schema_name
        if name is None or POSTGRES_IDENTIFIER.fullmatch(name):
            return []
        return [Problem("schema_name", messages.bad_schema_name(name))]


class HttpSection(BackendSection):
    """A REST state store (GitLab, Artifactory, a home-made one) with lock endpoints.

    Credentials come from ``TF_HTTP_USERNAME`` and ``TF_HTTP_PASSWORD``.

    Args:
        address: The state's URL: https, or http to localhost only.
        lock_address: Default ``address``: locking stays on.
        unlock_address: Default ``address``.
        lock_method: Default ``LOCK`` (GitLab: ``POST``).
        unlock_method: Default ``UNLOCK`` (GitLab: ``DELETE``).
        update_method: Default ``POST``.
    """

    kind: Literal["http"]
    address: str
    lock_address: str | None = None
    unlock_address: str | None = None
    lock_method: str | None = None
    unlock_method: str | None = None
    update_method: str | None = None

    def problems(self) -> list[Problem]:
        problems = []
        for field in ("address", "lock_address", "unlock_address"):
            value = getattr(self, field)
            message = None if value is None else url_problem(value)
            if message:
                problems.append(Problem(field, message))
        return problems


Backend = Annotated[
    LocalSection | S3Section | CloudSection | PgSection | HttpSection,
    Field(discriminator="kind"),
]


def url_problem(url: str) -> str | None:
    """What makes ``url`` unfit as a state address, without repeating any credential in it.

    State holds every attribute of the BIG-IP objects, so it travels over TLS; plain HTTP
    is accepted only to a server on the same machine.
    """
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        return messages.credentials_in_url()
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and parts.hostname and _is_loopback(parts.hostname):
        return None
    return messages.not_https(f"{parts.scheme}://{parts.hostname or ''}")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def add_backend(
    stack: Construct, stack_name: str, section: Backend
) -> TerraformBackend:
    """Configure ``stack``'s state backend from an environment's ``backend`` section."""
    if isinstance(section, S3Section):
        return _s3(stack, stack_name, section)
    if isinstance(section, CloudSection):
        return _cloud(stack, stack_name, section)
    if isinstance(section, PgSection):
        return _pg(stack, stack_name, section)
    if isinstance(section, HttpSection):
        return _http(stack, section)
    return LocalBackend(stack, path=section.state_path(stack_name))


def _s3(stack: Construct, stack_name: str, section: S3Section) -> S3Backend:
    backend = S3Backend(
        stack,
        bucket=section.bucket,
        key=section.key(stack_name),
        region=section.region,
        encrypt=True,
        kms_key_id=section.kms_key_id,
    )
    # S3-native locking (Terraform 1.10+) replaces the DynamoDB table; cdktf 0.21 predates
    # the setting, so it is written as an override of the backend block.
    backend.add_override("use_lockfile", True)
    return backend


def _cloud(stack: Construct, stack_name: str, section: CloudSection) -> CloudBackend:
    if section.workspace_tags is not None:
        workspaces = TaggedCloudWorkspaces(
            tags=section.workspace_tags, project=section.project
        )
    else:
        workspaces = NamedCloudWorkspace(
            name=section.workspace_name or stack_name, project=section.project
        )
    return CloudBackend(
        stack,
        organization=section.organization,
        hostname=section.hostname,
        workspaces=workspaces,
    )


def _pg(stack: Construct, stack_name: str, section: PgSection) -> PgBackend:
    # cdktf requires conn_str, but it holds the database password: Terraform reads it from
    # PG_CONN_STR when the block leaves it out, so the placeholder is removed again.
    backend = PgBackend(stack, conn_str="", schema_name=section.schema(stack_name))
    backend.add_override("conn_str", None)
    return backend


def _http(stack: Construct, section: HttpSection) -> HttpBackend:
    return HttpBackend(
        stack,
        address=section.address,
        lock_address=section.lock_address or section.address,
        unlock_address=section.unlock_address or section.address,
        lock_method=section.lock_method,
        unlock_method=section.unlock_method,
        update_method=section.update_method,
    )
