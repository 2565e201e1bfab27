"""A throwaway PostgreSQL cluster for the upstream tests and benchmarks.

initdb + pg_ctl from the Debian `postgresql` package (scripts/system-deps.sh test installs it) in
a short temp folder, listening only on a unix socket there (no TCP port to collide with another
run). PostgreSQL refuses to run as root, so under root (CI) the cluster runs as `nobody`.
One cluster per test session; each test gets a fresh database copied from a migrated template.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

PORT = 5432  # of the socket file in our own folder: never clashes with another cluster
SUPERUSER = "tiepdan"


class Unavailable(RuntimeError):
    """PostgreSQL cannot run here; the message says why and what to install."""


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise Unavailable("không tìm thấy initdb của PostgreSQL (/usr/lib/postgresql/*/bin): hãy "
                      "chạy 'sudo scripts/system-deps.sh test' (cài gói postgresql)")


class Cluster:
    def __init__(self) -> None:
        self.bin = _bin_dir()
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise Unavailable("thiếu gói psycopg: pip install -e '.[dev]'") from exc
        # A short path: a unix socket path must stay under ~107 bytes.
        self.root = Path(tempfile.mkdtemp(prefix="tdpg-"))
        self.data = self.root / "data"
        self.user: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self.user = pwd.getpwnam("nobody")
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        self._templates: set[str] = set()
        self._count = 0
        self._started = False

    def _run(self, *args: str) -> None:
        kwargs: dict[str, Any] = {}
        if self.user is not None:
            kwargs |= {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        done = subprocess.run(args, capture_output=True, text=True, cwd=self.root,
                              env={**os.environ, "LC_ALL": "C.UTF-8"}, check=False, **kwargs)
        if done.returncode != 0:
            raise Unavailable(f"{Path(args[0]).name} thất bại ({done.returncode}): "
                              f"{(done.stderr or done.stdout).strip()[-800:]}")

    def start(self) -> Cluster:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-k {self.root} -p {PORT} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=40")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
                  "-o", options, "-w", "-t", "60", "start")
        self._started = True
        return self

    def stop(self) -> None:
        if self._started:
            with contextlib.suppress(Unavailable):
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")
            self._started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.root}&port={PORT}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.root), port=PORT, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its SQLAlchemy URL."""
        self._count += 1
        name = f"t{os.getpid()}_{self._count}"
        self._admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.url(name)

    def migrated_database(self) -> str:
        """A new database already at the schema's HEAD (copied from a template made once)."""
        if "tmpl_head" not in self._templates:
            from app.storage.engine import make_url_engine
            from app.storage.migrate import upgrade_server

            self._admin("CREATE DATABASE tmpl_head")
            engine = make_url_engine(self.url("tmpl_head"))
            try:
                upgrade_server(engine)
            finally:
                engine.dispose()
            self._templates.add("tmpl_head")
        return self.new_database("tmpl_head")
