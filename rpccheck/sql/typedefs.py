"""What enums and domains accept: the facts the argument-type rule needs from the SQL.

replay.py hands each CREATE TYPE ... AS ENUM, CREATE DOMAIN, ALTER TYPE, ALTER DOMAIN
and ALTER FUNCTION parse tree (PostgreSQL's own, from pglast) to this module; the
catalog keeps the result in `Catalog.type_defs`, keyed by (schema, name), and the names
of functions whose strictness an ALTER FUNCTION may have changed in
`Catalog.strict_altered`. What this module cannot follow it marks unknown (labels None,
not_null None) or forgets, never guesses.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..model import TypeDef


def _string(node) -> Optional[str]:
    return node["String"]["sval"] if isinstance(node, dict) and "String" in node else None


def _typmod(tn: dict) -> tuple[bool, Optional[str]]:
    """(readable, `5` / `10,2`): a base type's modifiers when they are integer constants."""
    mods = tn.get("typmods") or []
    values = []
    for m in mods:
        c = m.get("A_Const") if isinstance(m, dict) else None
        ival = c.get("ival") if c else None
        if ival is None:
            return False, None
        values.append(str(ival.get("ival", 0)))
    return True, (",".join(values) if values else None)


def record_enum(catalog, key: tuple[str, str], node: dict) -> None:
    """CREATE TYPE key AS ENUM (...): its labels as PostgreSQL stores them (escapes decoded)."""
    if _forget_on_recreate(catalog, key):
        return
    labels = [_string(v) for v in node.get("vals") or ()]
    if all(label is not None for label in labels):
        catalog.type_defs[key] = TypeDef("enum", labels=tuple(label for label in labels if label is not None))


def record_domain(catalog, key: tuple[str, str], node: dict, base: str) -> None:
    """CREATE DOMAIN key [AS] base [constraints]: `base` as format_type prints it."""
    if _forget_on_recreate(catalog, key):
        return
    readable, typmod = _typmod(node.get("typeName") or {})
    if not readable:
        return
    not_null = has_check = False
    for c in node.get("constraints") or ():
        kind = c.get("Constraint", {}).get("contype")
        if kind == "CONSTR_NOTNULL":
            not_null = True
        elif kind == "CONSTR_CHECK":
            has_check = True
    catalog.type_defs[key] = TypeDef("domain", base=base, base_typmod=typmod, not_null=not_null, has_check=has_check)


def _forget_on_recreate(catalog, key: tuple[str, str]) -> bool:
    replacing = key in catalog.type_defs
    catalog.type_defs.pop(key, None)
    return replacing and catalog._journal is not None  # re-created where a rollback may undo it


def record_alter_enum(catalog, key: Optional[tuple[str, str]], node: dict) -> None:
    """ALTER TYPE key ADD VALUE / RENAME VALUE."""
    td = catalog.type_defs.get(key) if key is not None else None
    if td is None or td.labels is None:
        return
    new, old = node.get("newVal"), node.get("oldVal")
    if old is not None:
        if catalog._journal is not None:  # a rollback would undo the rename: not followed
            catalog.type_defs.pop(key, None)
        else:
            catalog.type_defs[key] = replace(td, labels=tuple(new if x == old else x for x in td.labels))
    elif new is not None and new not in td.labels:
        catalog.type_defs[key] = replace(td, labels=td.labels + (new,))


def record_alter_domain(catalog, key: Optional[tuple[str, str]]) -> None:
    """ALTER DOMAIN (any change): NOT NULL and the constraints are no longer known."""
    td = catalog.type_defs.get(key) if key is not None else None
    if td is not None and td.kind == "domain":
        catalog.type_defs[key] = replace(td, not_null=None, has_check=True)


def record_alter_function(catalog, node: dict) -> None:
    """ALTER FUNCTION ... STRICT / CALLED ON NULL INPUT: the function's strictness is then
    not judged (which overload, and whether the statement ran, is not followed here)."""
    if any(a.get("DefElem", {}).get("defname") == "strict" for a in node.get("actions") or ()):
        names = [_string(n) for n in (node.get("func") or {}).get("objname") or ()]
        if names and names[-1] is not None:
            catalog.strict_altered.add(names[-1])


def forget(catalog, key: Optional[tuple[str, str]]) -> None:
    """A type renamed, moved or dropped: what was recorded of it no longer applies."""
    if key is not None:
        catalog.type_defs.pop(key, None)
