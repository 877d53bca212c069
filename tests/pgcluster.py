"""Throwaway PostgreSQL cluster used as an oracle by the test-suite.

The module has no pytest dependency: it only needs the PostgreSQL server
binaries (``initdb``, ``pg_ctl``, ``postgres``, ``psql``, ``pg_dump``).

Typical use::

    ok, reason = available()
    if not ok:
        pytest.skip(reason)
    with PgCluster() as pg:
        pg.create_db("app")
        pg.supabase_roles("app")
        pg.load_files("app", ["schema.sql"])
        funcs = pg.functions("app", schemas=["public"])

The cluster lives in a fresh ``tempfile.mkdtemp()`` directory, listens on a
unix socket only (``listen_addresses=''``) and runs with ``fsync=off``.  When
the current process is root the server binaries are run as the ``postgres``
OS user (PostgreSQL refuses to run as root); client programs (psql, pg_dump)
run as the current user and connect as the database superuser ``postgres``
with trust authentication.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import random
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

__all__ = ["PgCluster", "PgError", "available", "bindir", "by_signature"]

SUPERUSER = "postgres"
SUPABASE_ROLES = ("anon", "authenticated", "service_role", "supabase_admin")
_SERVER_BINARIES = ("initdb", "pg_ctl", "postgres", "psql", "pg_dump")


class PgError(RuntimeError):
    """A PostgreSQL command failed; the message carries its stderr."""


def _clean_env() -> dict[str, str]:
    """The environment minus libpq variables that would redirect connections."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    env["LANG"] = "C"
    return env


def bindir() -> str | None:
    """Directory holding the server binaries, or None when not found."""
    candidates: list[str] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            if out.returncode == 0 and out.stdout.strip():
                candidates.append(out.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass

    # Debian/Ubuntu layout; prefer the newest major version.
    def _major(p: str) -> int:
        try:
            return int(Path(p).parent.name)
        except ValueError:
            return -1

    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_major, reverse=True)
    for cand in candidates:
        if all(os.access(os.path.join(cand, b), os.X_OK) for b in _SERVER_BINARIES):
            return cand
    return None


def available() -> tuple[bool, str]:
    """(True, "") when a throwaway cluster can be started, else (False, reason)."""
    bd = bindir()
    if bd is None:
        return False, (
            "PostgreSQL server binaries (initdb, pg_ctl, postgres, psql, pg_dump) "
            "not found via `pg_config --bindir` or /usr/lib/postgresql/*/bin"
        )
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return False, "running as root but there is no `postgres` OS user to run the server"
        if not (shutil.which("runuser") or shutil.which("setpriv") or shutil.which("su")):
            return False, "running as root but none of runuser/setpriv/su is available"
    return True, ""


def _free_port() -> int:
    """A port number; it only names the socket file, nothing listens on TCP."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]
    except OSError:
        return random.randint(20000, 60000)


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# One JSON document describing every user-defined routine.  Kept in sync with
# the shape printed by ``rpccheck functions --format json``.
_FUNCTIONS_SQL = r"""
SELECT coalesce(json_agg(json_build_object(
           'schema', f.schema,
           'name', f.name,
           'kind', f.kind,
           'params', f.params,
           'returns', f.returns,
           'returns_set', f.returns_set,
           'volatility', f.volatility)
         ORDER BY f.schema COLLATE "C", f.name COLLATE "C", f.ident COLLATE "C"),
       '[]'::json)
FROM (
  SELECT n.nspname::text AS schema,
         p.proname::text AS name,
         pg_get_function_identity_arguments(p.oid) AS ident,
         CASE p.prokind WHEN 'f' THEN 'function' WHEN 'p' THEN 'procedure'
                        WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window' END AS kind,
         format_type(p.prorettype, NULL) AS returns,
         p.proretset AS returns_set,
         CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable'
                            WHEN 'v' THEN 'volatile' END AS volatility,
         (SELECT coalesce(json_agg(json_build_object(
                    'name', a.name,
                    'mode', a.mode,
                    'type', a.type,
                    'has_default', a.is_input
                                   AND a.input_no > p.pronargs - p.pronargdefaults)
                  ORDER BY a.ord), '[]'::json)
          FROM (
            SELECT t.ord,
                   nullif(p.proargnames[t.ord], '') AS name,
                   CASE coalesce(p.proargmodes[t.ord], 'i')
                        WHEN 'i' THEN 'in' WHEN 'o' THEN 'out' WHEN 'b' THEN 'inout'
                        WHEN 'v' THEN 'variadic' WHEN 't' THEN 'table' END AS mode,
                   format_type(t.typ, NULL) AS type,
                   coalesce(p.proargmodes[t.ord], 'i') IN ('i', 'b', 'v') AS is_input,
                   count(*) FILTER (WHERE coalesce(p.proargmodes[t.ord], 'i') IN ('i', 'b', 'v'))
                     OVER (ORDER BY t.ord) AS input_no
            FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]))
                 WITH ORDINALITY AS t(typ, ord)
          ) a) AS params
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname NOT LIKE 'pg\_temp\_%'
    AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_proc'::regclass
                      AND d.objid = p.oid
                      AND d.deptype = 'e')
    {schema_filter}
) f;
"""


class PgCluster:
    """A private, disposable PostgreSQL cluster (unix socket only)."""

    def __init__(self, *, bin_dir: str | None = None, shared_buffers: str = "16MB"):
        self.bindir = bin_dir or bindir()
        if self.bindir is None:
            raise PgError(available()[1])
        self.shared_buffers = shared_buffers
        self.basedir: str | None = None
        self.datadir: str | None = None
        self.sockdir: str | None = None
        self.logfile: str | None = None
        self.port: int | None = None
        self.running = False
        self._as_root = os.geteuid() == 0

    # -- process plumbing -------------------------------------------------
    def _bin(self, name: str) -> str:
        assert self.bindir is not None
        return os.path.join(self.bindir, name)

    def _server_cmd(self, argv: Sequence[str]) -> list[str]:
        """Wrap a server-side command so it runs as `postgres` when we are root."""
        if not self._as_root:
            return list(argv)
        if shutil.which("runuser"):
            return ["runuser", "-u", "postgres", "--", *argv]
        if shutil.which("setpriv"):
            pw = pwd.getpwnam("postgres")
            return ["setpriv", f"--reuid={pw.pw_uid}", f"--regid={pw.pw_gid}", "--init-groups", *argv]
        return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(_shell_quote(a) for a in argv)]

    def _run(
        self,
        argv: Sequence[str],
        *,
        server: bool = False,
        check: bool = True,
        input: str | None = None,
        timeout: float = 120,
    ) -> subprocess.CompletedProcess:
        cmd = self._server_cmd(argv) if server else list(argv)
        proc = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            env=_clean_env(),
            input=input,
            cwd=self.basedir if server else None,
            timeout=timeout,
        )
        if check and proc.returncode != 0:
            raise PgError(
                f"command failed ({proc.returncode}): {' '.join(argv)}\n{proc.stderr.strip() or proc.stdout.strip()}"
            )
        return proc

    # -- lifecycle --------------------------------------------------------
    def start(self) -> "PgCluster":
        if self.running:
            return self
        self.basedir = tempfile.mkdtemp(prefix="rpccheck-pg-")
        self.datadir = os.path.join(self.basedir, "data")
        self.sockdir = self.basedir
        self.logfile = os.path.join(self.basedir, "postgres.log")
        self.port = _free_port()
        try:
            if self._as_root:
                pw = pwd.getpwnam("postgres")
                os.chown(self.basedir, pw.pw_uid, pw.pw_gid)
            os.chmod(self.basedir, 0o700)
            self._run(
                [
                    self._bin("initdb"),
                    "-D",
                    self.datadir,
                    "-U",
                    SUPERUSER,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync",
                    "--no-instructions",
                ],
                server=True,
            )
            conf = {
                "listen_addresses": "''",
                "unix_socket_directories": _quote_literal(self.sockdir),
                "port": str(self.port),
                "fsync": "off",
                "synchronous_commit": "off",
                "full_page_writes": "off",
                "shared_buffers": self.shared_buffers,
                "max_connections": "20",
                "max_wal_senders": "0",
                "wal_level": "minimal",
                "autovacuum": "off",
                "logging_collector": "off",
                "log_min_messages": "warning",
                "TimeZone": "'UTC'",
            }
            conf_path = os.path.join(self.datadir, "postgresql.conf")
            with open(conf_path, "a", encoding="utf-8") as fh:
                fh.write("\n# rpccheck test cluster\n")
                for key, value in conf.items():
                    fh.write(f"{key} = {value}\n")
            self._run(
                [self._bin("pg_ctl"), "-D", self.datadir, "-l", self.logfile, "-w", "-t", "60", "start"], server=True
            )
            self.running = True
        except Exception as exc:
            log = self._log_tail()
            self._cleanup()
            if log and isinstance(exc, PgError):
                raise PgError(f"{exc}\n--- server log ---\n{log}") from exc
            raise
        return self

    def stop(self) -> None:
        try:
            if self.running and self.datadir:
                self._run(
                    [self._bin("pg_ctl"), "-D", self.datadir, "-m", "immediate", "-w", "stop"], server=True, check=False
                )
        finally:
            self.running = False
            self._cleanup()

    def _cleanup(self) -> None:
        if self.basedir and os.path.isdir(self.basedir):
            shutil.rmtree(self.basedir, ignore_errors=True)
        self.basedir = self.datadir = self.sockdir = self.logfile = None

    def _log_tail(self, lines: int = 40) -> str:
        try:
            with open(self.logfile or "", encoding="utf-8", errors="replace") as fh:
                return "".join(fh.readlines()[-lines:])
        except OSError:
            return ""

    def __enter__(self) -> "PgCluster":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- client helpers ---------------------------------------------------
    def _conn_args(self, db: str) -> list[str]:
        if not self.running:
            raise PgError("cluster is not running (call start() first)")
        return ["-h", str(self.sockdir), "-p", str(self.port), "-U", SUPERUSER, "-d", db]

    def psql(
        self,
        db: str,
        sql: str | None = None,
        file: str | os.PathLike | None = None,
        on_error_stop: bool = True,
        extra_args: Iterable[str] = (),
        check: bool = False,
    ) -> subprocess.CompletedProcess:
        """Run psql against ``db``.  SQL text is fed on stdin (so psql variables
        and multiple statements work); ``file`` is passed with ``-f``."""
        if (sql is None) == (file is None):
            raise ValueError("pass exactly one of sql= or file=")
        argv = [self._bin("psql"), "-X", "-q", *self._conn_args(db)]
        if on_error_stop:
            argv += ["-v", "ON_ERROR_STOP=1"]
        argv += list(extra_args)
        if file is not None:
            argv += ["-f", os.fspath(file)]
            return self._run(argv, check=check)
        return self._run(argv, check=check, input=sql)

    def load_migration(self, db: str, path: str | os.PathLike, check: bool = True) -> subprocess.CompletedProcess:
        """Apply ``path`` as the Supabase CLI applies a migration file: all its
        statements in one transaction that the first error undoes (the CLI sends
        them as one pgconn batch; one multi-statement query string behaves alike:
        an implicit transaction block, explicit BEGIN/COMMIT inside it honoured)."""
        text = Path(path).read_text()
        argv = [self._bin("psql"), "-X", "-q", *self._conn_args(db), "-v", "ON_ERROR_STOP=1", "-c", text]
        return self._run(argv, check=check)

    def execute(self, db: str, sql: str) -> subprocess.CompletedProcess:
        """Run SQL and raise PgError (with psql's stderr) on failure."""
        return self.psql(db, sql=sql, check=True)

    def query_json(self, db: str, sql: str):
        """Run a query returning one JSON value and decode it."""
        proc = self.psql(db, sql=sql, extra_args=["-A", "-t"], check=True)
        return json.loads(proc.stdout)

    def create_db(self, name: str) -> None:
        self.execute("postgres", f"CREATE DATABASE {_quote_ident(name)};")

    def load_files(self, db: str, paths: Iterable[str | os.PathLike]) -> None:
        for path in paths:
            proc = self.psql(db, file=path, on_error_stop=True)
            if proc.returncode != 0:
                raise PgError(
                    f"loading {os.fspath(path)} into {db!r} failed ({proc.returncode}):\n{proc.stderr.strip()}"
                )

    def supabase_roles(self, db: str = "postgres") -> None:
        """Create the roles Supabase dumps grant to (roles are cluster-wide)."""
        stmts = "\n".join(
            f"  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {_quote_literal(r)}) THEN\n"
            f"    CREATE ROLE {_quote_ident(r)} NOLOGIN;\n"
            f"  END IF;"
            for r in SUPABASE_ROLES
        )
        self.execute(db, f"DO $roles$\nBEGIN\n{stmts}\nEND\n$roles$;\n")

    def functions(self, db: str, schemas: Iterable[str] | None = None) -> list[dict]:
        """Every user routine as rpccheck's ``functions --format json`` prints it."""
        if schemas is not None:
            schemas = list(schemas)
            if not schemas:
                return []
            arr = ", ".join(_quote_literal(s) for s in schemas)
            schema_filter = f"AND n.nspname = ANY (ARRAY[{arr}]::text[])"
        else:
            schema_filter = ""
        return self.query_json(db, _FUNCTIONS_SQL.replace("{schema_filter}", schema_filter))

    def pg_dump_schema(self, db: str, path: str | os.PathLike, extra_args: Iterable[str] = ()) -> None:
        """Run the real ``pg_dump --schema-only`` of ``db`` into ``path``."""
        argv = [self._bin("pg_dump"), "--schema-only", *self._conn_args(db), *extra_args, "-f", os.fspath(path)]
        self._run(argv)


def _shell_quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


def by_signature(functions: list[dict]) -> dict:
    """Function dicts (pg_proc's or rpccheck's) keyed by (schema, name, input types), without
    rpccheck's path/line, so the two sides compare function by function."""
    out = {}
    for f in functions:
        key = (
            f["schema"],
            f["name"],
            tuple(p["type"] for p in f["params"] if p["mode"] in ("in", "inout", "variadic")),
        )
        assert key not in out, f"duplicate signature {key}"
        out[key] = {k: v for k, v in f.items() if k not in ("path", "line")}
    return out
