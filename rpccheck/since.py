"""`check --since REF`: a pull request's findings, not the whole project's.

What a change can break: the code files it touches, and every call to a function whose
signature it changes (in SQL or in the generated types), wherever that call is. So the
run checks the changed code files, plus the whole project when a signature changed, and
reports only findings in changed files or at calls of changed functions. Signatures at
REF are read from git (the merge base of REF and HEAD, as a pull request's diff is), by
the same reader, from a copy of the schema and types files as they were there.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from .callers import CODE_SUFFIXES, COMPONENT_SUFFIXES
from .config import Config
from .model import Diagnostic


class SinceError(Exception):
    """Not a git repository, an unknown REF, git missing: exit 2."""


@dataclass
class Scope:
    paths: list[Path]  # what to check ([] when nothing that can hold a call changed)
    changed: set[str] = field(default_factory=set)  # real paths of files changed since the base
    affected: frozenset[str] = frozenset()  # names of functions whose signature changed
    base: str = ""

    def reports(self, d: Diagnostic) -> bool:
        if os.path.realpath(d.loc.path) in self.changed:
            return True
        return d.function is not None and d.function in self.affected


def _git(cwd: Path, *args: str, binary: bool = False):
    try:
        res = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as e:
        raise SinceError(f"--since needs git: {e}") from None
    if res.returncode != 0:
        message = res.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SinceError(f"git {' '.join(args[:2])}: {message[-1] if message else 'failed'}")
    return res.stdout if binary else res.stdout.decode("utf-8", "surrogateescape")


def _z(out: str) -> list[str]:
    return [p for p in out.split("\0") if p]


def scope(cfg: Config, opts, ref: str) -> Scope:
    from . import engine

    top = Path(_git(cfg.root, "rev-parse", "--show-toplevel").strip())
    base = _git(top, "merge-base", ref, "HEAD").strip()
    rel_changed = set(_z(_git(top, "diff", "--name-only", "--no-renames", "-z", base, "--")))
    rel_changed |= set(_z(_git(top, "ls-files", "--others", "--exclude-standard", "-z")))
    changed = {os.path.realpath(top / p) for p in rel_changed}

    state = engine.load_project_state(cfg, opts)
    root = os.path.realpath(cfg.root)
    inputs = state.inputs()
    schema_changed = any(p in inputs or (p.endswith(".sql") and p.startswith(root + os.sep)) for p in changed)
    affected: frozenset[str] = frozenset()
    if schema_changed:
        affected = _changed_signatures(cfg, opts, state, top, base)

    universe = [Path(p) for p in (opts.paths or [cfg.root])]
    if affected:
        paths = universe
    else:
        under = [os.path.realpath(p) for p in universe]
        suffixes = CODE_SUFFIXES | COMPONENT_SUFFIXES
        paths = sorted(
            Path(os.path.relpath(p))
            for p in changed
            if os.path.isfile(p)
            and os.path.splitext(p)[1].lower() in suffixes
            and any(p == u or p.startswith(u.rstrip(os.sep) + os.sep) for u in under)
        )
    return Scope(paths, changed, affected, base)


def _signatures(state) -> dict[tuple[str, str], frozenset]:
    out: dict[tuple[str, str], set] = {}
    for key, fns in state.index.routines.items():
        for fn in fns:
            if fn.source == "platform":
                continue
            out.setdefault(key, set()).add(
                (fn.kind, fn.returns, fn.returns_set, tuple((p.name, p.mode, p.type, p.has_default) for p in fn.params))
            )
    return {k: frozenset(v) for k, v in out.items()}


def _changed_signatures(cfg: Config, opts, state, top: Path, base: str) -> frozenset[str]:
    """Names of functions whose signatures differ between `base` and the working tree."""
    from . import engine

    now = _signatures(state)
    # the schema and types as they were: every file under the folders they live in now
    folders = {os.path.relpath(os.path.dirname(p), top) for p in state.inputs()}
    folders |= {os.path.relpath(os.path.dirname(os.path.realpath(s.path)), top) for s in state.sources}
    folders = {f for f in folders if not f.startswith("..")}
    listed = _z(_git(top, "ls-tree", "-r", "-z", "--name-only", base, "--", *sorted(folders))) if folders else []
    wanted = [p for p in listed if p.endswith((".sql", ".ts"))]
    with tempfile.TemporaryDirectory(prefix="rpccheck-since-") as tmp:
        old_top = Path(tmp)
        if wanted:
            batch = "".join(f"{base}:{p}\n" for p in wanted).encode("utf-8", "surrogateescape")
            res = subprocess.run(["git", "cat-file", "--batch"], cwd=top, input=batch, capture_output=True)
            data, at = res.stdout, 0
            for p in wanted:
                header_end = data.index(b"\n", at)
                size = int(data[at:header_end].split()[2])
                body = data[header_end + 1 : header_end + 1 + size]
                at = header_end + 1 + size + 1
                target = old_top / p
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(body)
        rel_root = os.path.relpath(os.path.realpath(cfg.root), top)
        old_root = old_top / rel_root
        old_root.mkdir(parents=True, exist_ok=True)

        def moved(raw: str) -> str:
            real = os.path.realpath(raw)
            rel = os.path.relpath(real, top)
            return str(old_top / rel) if not rel.startswith("..") else raw

        old_opts = replace(
            opts,
            paths=[],
            schema=[moved(s) for s in opts.schema],
            types=[moved(t) for t in opts.types if os.path.exists(moved(t))],
        )
        old_cfg = replace(cfg, root=old_root, types=[t for t in cfg.types if (old_root / t).is_file()])
        try:
            before = _signatures(engine.load_project_state(old_cfg, old_opts))
        except engine.RunError:
            before = {}  # no schema at the base: every function is new
    return frozenset(
        name for (schema, name) in set(now) | set(before) if now.get((schema, name)) != before.get((schema, name))
    )
