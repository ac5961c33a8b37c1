"""A throw-away PostgreSQL server on loopback, from the distribution's own packages.

Debian's ``postgresql`` package puts its programs in ``/usr/lib/postgresql/<major>/bin``.
PostgreSQL refuses to run as root, so when the tests run as root (CI containers) the
server runs as the ``postgres`` user that the package creates, in a temporary folder it
owns. It listens on 127.0.0.1 only, on a free port, with a random password.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SERVER_USER = "postgres"
DATABASE = "terraform_backend"


def postgres_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's program folder, or None when there is none."""
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if found:
        newest = max(found, key=lambda p: int(Path(p).parents[1].name.split(".")[0]))
        return Path(newest).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def server_user_missing() -> bool:
    """PostgreSQL refuses to run as root; as root, the server needs the ``postgres`` user."""
    if os.geteuid() != 0:
        return False
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        return True
    return False


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PostgresServer:
    """One running server; ``conn_str`` is what Terraform reads from ``PG_CONN_STR``."""

    bin_dir: Path
    folder: Path = field(
        default_factory=lambda: Path(tempfile.mkdtemp(prefix="pg-backend-test-"))
    )
    port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))

    @property
    def conn_str(self) -> str:
        return (
            f"postgres://{SERVER_USER}:{self.password}@127.0.0.1:{self.port}/"
            f"{DATABASE}?sslmode=disable"
        )

    def start(self) -> None:
        self.folder.chmod(0o700)
        password_file = self.folder / "password"
        password_file.write_text(self.password)
        if os.geteuid() == 0:
            account = pwd.getpwnam(SERVER_USER)
            for path in (self.folder, password_file):
                os.chown(path, account.pw_uid, account.pw_gid)
        self._run(
            "initdb",
            "--pgdata",
            str(self.folder / "data"),
            "--username",
            SERVER_USER,
            "--auth",
            "scram-sha-256",
            "--pwfile",
            str(password_file),
            "--no-sync",
        )
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -F"
        self._run(
            "pg_ctl",
            "--pgdata",
            str(self.folder / "data"),
            "--log",
            str(self.folder / "server.log"),
            "--wait",
            "--options",
            options,
            "start",
        )
        self.psql(f"CREATE DATABASE {DATABASE}", database="postgres")

    def stop(self) -> None:
        if (self.folder / "data" / "postmaster.pid").exists():
            self._run(
                "pg_ctl", "--pgdata", str(self.folder / "data"), "-m", "fast", "stop"
            )
        shutil.rmtree(self.folder, ignore_errors=True)

    def psql(self, sql: str, database: str = DATABASE) -> str:
        """Run one statement as the superuser; rows come back one a line, fields by '|'."""
        result = subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "--no-psqlrc",
                "--tuples-only",
                "--no-align",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--username",
                SERVER_USER,
                "--dbname",
                database,
                "--command",
                sql,
            ],
            env={**os.environ, "PGPASSWORD": self.password},
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip()

    def _run(self, program: str, *arguments: str) -> None:
        command = [str(self.bin_dir / program), *arguments]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, cwd="/")
        if result.returncode != 0:
            log = self.folder / "server.log"
            detail = log.read_text() if log.exists() else ""
            raise RuntimeError(
                f"{program} failed ({result.returncode}): {result.stderr}{detail}"
            )
