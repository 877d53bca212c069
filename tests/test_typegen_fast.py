"""The fast reading of generated types (tables and plain functions left out of the parse) reads
exactly what the whole parse reads, diagnostics included, on every types file at hand and on
broken and unusual variants of them."""

from __future__ import annotations

import ast
import functools
import hashlib
import random
import textwrap
from pathlib import Path

import pytest

from rpccheck import typegen
from rpccheck.typegen import _read_skipping_tables, _read_whole, read_types_bytes

from conftest import FIXTURES, ROOT

BENCH = Path.home() / ".cache" / "rpccheck-bench"

# generator-style types with every shape the fast path leaves out, and some it must not
SAMPLE = """\
export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  __InternalSupabase: {
    PostgrestVersion: "13.0.5"
  }
  graphql_public: {
    Tables: {
      [_ in never]: never
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      graphql: {
        Args: {
          extensions?: Json
          operationName?: string
          query?: string
          variables?: Json
        }
        Returns: Json
      }
    }
    Enums: {
      [_ in never]: never
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
  public: {
    Tables: {
      orders: {
        Row: {
          id: string
          org_id: string | null
          status: Database["public"]["Enums"]["order_status"]
          tags: string[]
          type: string
          meta: { [key: string]: Json | undefined } | null
        }
        Insert: {
          id?: string
          org_id?: string | null
          status?: Database["public"]["Enums"]["order_status"]
          tags?: string[]
          type: string
          meta?: { [key: string]: Json | undefined } | null
        }
        Update: {
          id?: string
          org_id?: string | null
          status?: Database["public"]["Enums"]["order_status"]
          tags?: string[]
          type?: string
          meta?: { [key: string]: Json | undefined } | null
        }
        Relationships: [
          {
            foreignKeyName: "orders_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "orgs"
            referencedColumns: ["id"]
          },
        ]
      }
      orgs: {
        Row: { id: string; name: string }
        Insert: { id?: string; name: string }
        Update: { id?: string; name?: string }
        Relationships: []
      }
    }
    Views: {
      order_totals: {
        Row: {
          org_id: string | null
          total: number | null
        }
        Relationships: []
      }
    }
    Functions: {
      add_order: {
        Args: { p_org: string; p_tags?: string[] }
        Returns: string
      }
      "quoted name": {
        Args: { "": Json }
        Returns: undefined
      }
      no_args: { Args: never; Returns: number }
      record_args: {
        Args: Record<PropertyKey, never>
        Returns: Database["public"]["Enums"]["order_status"]
      }
      list_orders: {
        Args: {
          p_org: string
          p_limit?: number
          p_status?: Database["public"]["Enums"]["order_status"]
        }
        Returns: {
          id: string
          status: Database["public"]["Enums"]["order_status"]
          tags: string[]
        }[]
        SetofOptions: {
          from: "*"
          to: "orders"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      one_order: {
        Args: { p_id: string }
        Returns: {
          id: string
        }
        SetofOptions: {
          from: "*"
          to: "orders"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      overloaded:
        | {
            Args: {
              a: number
            }
            Returns: string
          }
        | { Args: { b: string; c?: boolean }; Returns: string }
      args_union: {
        Args: { x: number } | { y: string }
        Returns: undefined
      }
      unnamed_text: {
        Args: { ""?: string }
        Returns: string
      }
      café: {
        Args: { a: string }
        Returns: string
      }
      tabbed: {
\t\tArgs: { a: string }
        Returns: string
      }
    }
    Enums: {
      order_status: "new" | "paid" | "refunded"
    }
    CompositeTypes: {
      money: {
        amount: number | null
        currency: string | null
      }
    }
  }
}

type PublicSchema = Database["public"]

export const Constants = {
  public: {
    Enums: {
      order_status: ["new", "paid", "refunded"],
    },
  },
} as const
"""

# lines inserted at random places: junk, comments and strings that look like members, markers
JUNK = [
    "}",
    "{",
    "]",
    "|",
    "in: string",
    "abstract: string",
    "instanceof?: number",
    "    Tables: {",
    "    Functions: {",
    "      f: { Args: never; Returns: keyof",
    "// }",
    "// Functions: {",
    "/* } { */",
    "/*",
    "*/",
    '"Functions: {"',
    "'Functions: }'",
    "`${",
    "`",
    "<<<<<<< HEAD",
    "=======",
    ">>>>>>> theirs",
    "@",
    "Args: never",
    "Returns: {",
    "        Returns: Json",
    "        Args: { a: string }",
    "x: string string",
    "  readonly: string",
    "\\",
    "new: string",
    "type: string",
    "SetofOptions: {",
    "isSetofReturn: true",
    "[_ in never]: never",
    "export type Database = {",
    "é",
]


def assert_same(data: bytes, label: str) -> bool:
    """Both readings agree; True when the fast path answered (rather than falling back)."""
    whole = _read_whole(data, "database.types.ts")
    fast = _read_skipping_tables(data, "database.types.ts")
    if fast is not None:
        assert fast == whole, label
    assert read_types_bytes(data, "database.types.ts") == whole, label
    # the searches that try a pattern only where it can match find what trying everywhere finds
    assert [m.span() for m in typegen._part_lines(data)] == [m.span() for m in typegen._PART.finditer(data)], label
    functions = [m.span() for m in typegen._FUNCTION.finditer(data)]
    assert [m.span() for m in typegen._function_matches(data, 0, len(data))] == functions, label
    return fast is not None


@functools.lru_cache(maxsize=None)
def _types_files() -> dict[str, bytes]:
    found: dict[str, bytes] = {"sample": SAMPLE.encode()}
    for base in (FIXTURES, ROOT / "tests"):
        for p in sorted(q for q in base.rglob("*.ts") if q.is_file()):
            data = p.read_bytes()
            if b"Database" in data:
                found[str(p.relative_to(ROOT))] = data
    # the types written inline in the types tests
    for test in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(test.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "Database" in node.value:
                body = textwrap.dedent(node.value).lstrip("\n")
                found[f"{test.name}:{node.lineno}"] = body.encode("utf-8", "surrogatepass")
    return found


@functools.lru_cache(maxsize=None)
def _corpora() -> dict[str, bytes]:
    seen: dict[str, bytes] = {}
    for p in sorted(BENCH.glob("*/database.types.ts")):
        data = p.read_bytes()
        seen.setdefault(hashlib.sha1(data).hexdigest(), data)
    return {f"corpus-{len(d)}": d for d in seen.values()}


def mutations(data: bytes, rng: random.Random, count: int) -> list[tuple[str, bytes]]:
    lines = data.split(b"\n")
    out: list[tuple[str, bytes]] = []
    for k in range(count):
        kind = k % 6
        i = rng.randrange(len(lines))
        if kind == 0:  # truncation
            cut = rng.randrange(len(data))
            out.append((f"truncated at {cut}", data[:cut]))
        elif kind == 1:  # junk on a line of its own, indented like its neighbour
            indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
            junk = rng.choice(JUNK).encode()
            out.append((f"{junk!r} before line {i + 1}", b"\n".join(lines[:i] + [indent + junk] + lines[i:])))
        elif kind == 2:  # junk at the end of a line
            junk = rng.choice(JUNK).encode()
            out.append(
                (f"{junk!r} after line {i + 1}", b"\n".join(lines[:i] + [lines[i] + b" " + junk] + lines[i + 1 :]))
            )
        elif kind == 3:  # a line dropped
            out.append((f"line {i + 1} dropped", b"\n".join(lines[:i] + lines[i + 1 :])))
        elif kind == 4:  # a line doubled
            out.append((f"line {i + 1} doubled", b"\n".join(lines[: i + 1] + lines[i:])))
        else:  # re-indented, or CRLF line ends
            if rng.random() < 0.5:
                moved = lines[i].replace(b"  ", b"\t", 1)
                out.append((f"line {i + 1} re-indented", b"\n".join(lines[:i] + [moved] + lines[i + 1 :])))
            else:
                out.append(("CRLF", data.replace(b"\n", b"\r\n")))
    return out


@pytest.mark.parametrize("name", sorted(_types_files()))
def test_types_files_read_alike(name):
    assert_same(_types_files()[name], name)


def test_sample_is_read_fast():
    # the sample must take the fast path, or this file tests nothing
    assert _read_skipping_tables(SAMPLE.encode(), "database.types.ts") is not None
    fns, diags = read_types_bytes(SAMPLE.encode(), "database.types.ts")
    assert diags == []
    names = [f.name for f in fns]
    for expected in ("graphql", "add_order", "quoted name", "no_args", "list_orders", "overloaded", "café"):
        assert expected in names


def test_mutated_sample_reads_alike():
    rng = random.Random(12)
    fast = 0
    variants = mutations(SAMPLE.encode(), rng, 900)
    for label, data in variants:
        fast += assert_same(data, label)
    # most mutations still leave some member to skip; many break the file and fall back
    assert 0 < fast < len(variants)


def test_generated_corpus_reads_alike(small_corpus: Path):
    data = (small_corpus / "database.types.ts").read_bytes()
    assert assert_same(data, "small corpus")
    for label, variant in mutations(data, random.Random(7), 120):
        assert_same(variant, label)


@pytest.mark.skipif(not _corpora(), reason=f"no benchmark corpora in {BENCH}")
def test_benchmark_corpora_read_alike():
    for name, data in sorted(_corpora().items()):
        assert assert_same(data, name), f"{name} fell back to the whole parse"
        rng = random.Random(len(data))
        for label, variant in mutations(data, rng, 4 if len(data) > 1_000_000 else 12):
            assert_same(variant, f"{name}: {label}")


@pytest.mark.parametrize(
    "edit",
    [
        # a comment with braces inside Tables
        lambda s: s.replace(
            "        Row: {\n          id: string\n",
            "        Row: {\n          // { not closed\n          id: string\n",
            1,
        ),
        # a string holding `Functions:` in a Tables member
        lambda s: s.replace('referencedRelation: "orgs"', 'referencedRelation: "Functions: {"', 1),
        # a member on the same line as a left-out one's closing brace
        lambda s: s.replace("      [_ in never]: never\n    }\n    Views", "      [_ in never]: never\n    } Views", 1),
        # a function key the grammar reads as a keyword
        lambda s: s.replace("      add_order: {", "      in: {", 1),
        # a Returns continued on the next line
        lambda s: s.replace(
            '        Returns: string\n      }\n      "quoted',
            '        Returns: string\n          | null\n      }\n      "quoted',
            1,
        ),
        # a template literal type in a Returns
        lambda s: s.replace("Returns: undefined", "Returns: `x${string}`", 1),
        # conflict markers around a function
        lambda s: s.replace("      no_args:", "<<<<<<< HEAD\n      no_args:", 1).replace(
            "      record_args:", "=======\n>>>>>>> b\n      record_args:", 1
        ),
        # two Functions members in one schema
        lambda s: s.replace(
            "    Enums: {\n      order_status",
            "    Functions: {\n      later: { Args: never; Returns: number }\n    }\n    Enums: {\n      order_status",
            1,
        ),
        # a left-out member's lookalike inside a Returns
        lambda s: s.replace(
            "          tags: string[]\n        }[]",
            "          tags: string[]\n          Tables: string\n        }[]",
            1,
        ),
        # an indexed access after a function's closing brace: the function is not an object type
        lambda s: s.replace(
            '        Returns: string\n      }\n      "quoted',
            '        Returns: string\n      }\n      ["Args"]\n      "quoted',
            1,
        ),
        # a plain function's lookalike inside a Returns of an overload that stays in the parse
        lambda s: s.replace(
            "              a: number\n            }\n            Returns: string\n",
            "              a: number\n            }\n            Returns: {\n              inner: {\n                Args: never\n"
            "                Returns: string\n              }\n            }\n",
            1,
        ),
        # a Tables lookalike there
        lambda s: s.replace(
            "              a: number\n            }\n            Returns: string\n",
            "              a: number\n            }\n            Returns: {\n              Tables: {\n                x: string\n"
            "              }\n            }\n",
            1,
        ),
        # a plain function continued as a union on the next line
        lambda s: s.replace(
            '        Returns: string\n      }\n      "quoted',
            '        Returns: string\n      }\n        | { Args: never; Returns: number }\n      "quoted',
            1,
        ),
        # a schema named like a left-out member
        lambda s: s.replace("  graphql_public: {", "  Views: {", 1),
        # blanks `str.split` takes, in strings of a Returns and an argument's type
        lambda s: s.replace("Returns: undefined", 'Returns: "a\u00a0b" | "c\u2003 d"', 1),
        lambda s: s.replace("p_tags?: string[] }", 'p_tags?: "x\x0by" | "z\u0085"; p_more: "  two" }', 1),
        # Database not the first declaration of that name
        lambda s: "export type Database = { x: string }\n" + s,
        # an interface
        lambda s: s.replace("export type Database = {", "export interface Database {", 1),
    ],
)
def test_edited_sample_reads_alike(edit):
    edited = edit(SAMPLE)
    assert edited != SAMPLE
    assert_same(edited.encode(), "edited")


def test_fast_path_is_taken_on_generated_layouts():
    data = SAMPLE.encode()
    skipped = typegen._left_out(data)
    # every Tables-like member, and the plain functions, are left out
    assert sum(1 for *_, f in skipped if f is None) == 8
    assert {f[0] for *_, f in skipped if f is not None} >= {"add_order", "quoted name", "list_orders", "one_order"}


def _sigs_of_sql_reference(fn):
    """`_sigs_of_sql` as it was written before its shortcut for functions of `in` arguments."""
    from rpccheck.model import IN, INPUT_MODES

    params = fn.params
    n_in = len(fn.inputs)
    n_def = sum(1 for p in fn.inputs if p.has_default)
    shifted = [n_in - n_def <= i < n_in for i in range(len(params))]
    sigs = []
    for modes in (INPUT_MODES, frozenset({IN})):
        for defaults in ([p.has_default for p in params], shifted):
            req = frozenset(p.name or "" for p, d in zip(params, defaults) if p.mode in modes and not d)
            opt = frozenset(p.name or "" for p, d in zip(params, defaults) if p.mode in modes and d)
            if (req, opt) not in sigs:
                sigs.append((req, opt))
    return tuple(sigs)


def test_sql_signatures_shortcut_gives_the_reference_signatures():
    from rpccheck.model import Function, Param

    rng = random.Random(5)
    for _ in range(3000):
        params = tuple(
            Param(
                rng.choice(["a", "b", "c", "d", None]),
                rng.choice(["in", "in", "in", "out", "inout", "variadic", "table"]),
                rng.choice(["text", "json", "int"]),
                rng.random() < 0.4,
            )
            for _ in range(rng.randrange(5))
        )
        fn = Function("public", "f", params, kind="function", returns="void")
        assert typegen._sigs_of_sql(fn) == _sigs_of_sql_reference(fn), params


def test_parts_nested_in_one_another_are_looked_through_once(monkeypatch):
    """A fuzzed file held 2,000 `Tables: {` lines one inside the other (kept under
    tests/mutfuzz/regressions/types/): each was looked through again to the same far close,
    13 s on 120 KB. Parts inside one that is parsed are parsed with it, so the bytes looked
    through stay within the file's size, whatever the nesting."""
    lines = SAMPLE.split("\n")
    at = next(k for k, line in enumerate(lines) if line.strip() == "Tables: {")
    data = "\n".join(lines[:at] + [lines[at]] * 2000 + lines[at:]).encode()
    looked = [0, 0]
    well_formed = typegen._well_formed

    def counted(value: bytes) -> bool:
        looked[0] += len(value)
        looked[1] += 1
        return well_formed(value)

    monkeypatch.setattr(typegen, "_well_formed", counted)
    assert_same(data, "2,000 nested Tables parts")
    assert 0 < looked[0] <= 2 * len(data), looked  # 28 MB in 2,008 looks before


def test_deep_nesting_in_a_part_costs_bounded_passes(monkeypatch):
    """Each level of nesting in a part was one more pass of the reducing pattern over all of
    it (quadratic in the depth); past four times the generator's depth the part is parsed."""
    lines = SAMPLE.split("\n")
    at = next(k for k, line in enumerate(lines) if line.strip() == "Tables: {")
    deep = ["      deep: {"] + ["        a: {"] * 400 + ["        }"] * 400 + ["      }"]
    data = "\n".join(lines[: at + 1] + deep + lines[at + 1 :]).encode()
    passes = [0]
    real = typegen._INNERMOST

    class Counting:
        def sub(self, repl, value):
            passes[0] += 1
            return real.sub(repl, value)

    monkeypatch.setattr(typegen, "_INNERMOST", Counting())
    assert_same(data, "a part nested 400 deep")
    assert passes[0] <= 16 * 8, passes  # 16 a part at most, for the sample's few parts
