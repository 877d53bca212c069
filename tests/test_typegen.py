"""Reading Supabase generated types (database.types.ts) and comparing them with SQL."""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from pathlib import Path


from rpccheck.model import IN, OUT, Function, Param
from rpccheck.resolve import Index, pgrst_view
from rpccheck.typegen import compare, merge, read_types


def write_types(tmp_path: Path, body: str, name: str = "database.types.ts") -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    return p


def read(tmp_path: Path, body: str) -> list[Function]:
    fns, diags = read_types(write_types(tmp_path, body), "database.types.ts")
    assert diags == []
    return fns


def shape(fn: Function) -> list[tuple]:
    return [(p.name, p.type, p.has_default) for p in fn.params]


def by_name(fns: list[Function], name: str, schema: str = "public") -> list[Function]:
    return [f for f in fns if f.name == name and f.schema == schema]


def sql_fn(
    name: str, *params: Param, schema: str = "public", kind: str = "function", returns: str = "void", line: int = 1
) -> Function:
    return Function(schema, name, tuple(params), kind=kind, returns=returns, path="supabase/schema.sql", line=line)


def p(name: str | None, type_: str = "text", default: bool = False, mode: str = IN) -> Param:
    return Param(name, mode, type_, default)


# -- the generated corpus --------------------------------------------------------------------


def _corpus_sql_functions(corpus: Path) -> list[Function]:
    """functions.json (the generator's ground truth) as model Functions."""
    data = json.loads((corpus / "functions.json").read_text(encoding="utf-8"))
    out = []
    for f in data["functions"]:
        params = tuple(Param(q["name"] or None, q["mode"].lower(), q["type"], q["has_default"]) for q in f["params"])
        out.append(
            Function(
                f["schema"], f["name"], params, kind="function", returns=f["returns"], path="full.sql", line=f["line"]
            )
        )
    return out, data["functions"]


def test_corpus_types_match_ground_truth(small_corpus: Path):
    fns, diags = read_types(small_corpus / "database.types.ts", "database.types.ts")
    assert diags == []
    assert all(f.source == "types" and f.kind == "function" and f.path == "database.types.ts" for f in fns)
    # schemas: every Database property but __InternalSupabase
    assert {f.schema for f in fns} == {"graphql_public", "private", "public"}

    sql, raw = _corpus_sql_functions(small_corpus)
    expected: dict[tuple[str, str], Counter] = {}
    for f, r in zip(sql, raw):
        if not r["callable_via_rpc"]:
            continue
        sig = frozenset((q.name or "", q.has_default) for q in f.inputs)
        expected.setdefault((f.schema, f.name), Counter())[sig] += 1
    got: dict[tuple[str, str], Counter] = {}
    for f in fns:
        sig = frozenset((q.name or "", q.has_default) for q in f.inputs)
        got.setdefault((f.schema, f.name), Counter())[sig] += 1
    for key, sigs in expected.items():
        assert got.get(key) == sigs, key
    assert set(got) - set(expected) == {("graphql_public", "graphql")}

    # lines are those of the function's key
    lines = (small_corpus / "database.types.ts").read_text(encoding="utf-8").splitlines()
    for f in fns:
        assert lines[f.line - 1].lstrip().startswith(f.name + ":"), (f.name, f.line)

    # graphql_public.graphql is Supabase's own: in every project's types, never in its SQL
    assert compare(sql, fns) == []


def test_corpus_types_against_sql_reader(small_corpus: Path):
    from rpccheck.sql.replay import load_catalog

    cat = load_catalog([small_corpus / "full.sql"])
    fns, _ = read_types(small_corpus / "database.types.ts", "database.types.ts")
    diags = compare(cat.all_functions(), fns)
    assert [d for d in diags if d.rule == "stale-types"] == []
    merged = merge(cat.all_functions(), fns)
    assert len(merged) == len(cat.all_functions()) + 1  # graphql_public.graphql comes from the types


# -- forms --------------------------------------------------------------------------------------

BASIC = """
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  __InternalSupabase: {
    PostgrestVersion: "13.0.5"
    Functions: { nope: { Args: never; Returns: number } }
  }
  public: {
    Tables: {
      t: { Row: { id: string }; Insert: { id?: string }; Update: { id?: string }; Relationships: [] }
    }
    Functions: {
      f: {
        Args: { b?: number; a: string; c: string[] }
        Returns: {
          id: string
        }[]
        SetofOptions: { from: "*"; to: "t"; isOneToOne: false; isSetofReturn: true }
      }
      no_args: { Args: never; Returns: number }
      no_args_old: { Args: Record<PropertyKey, never>; Returns: undefined }
      no_args_str: { Args: Record<string, never>; Returns: undefined }
      no_args_empty: { Args: {}; Returns: undefined }
      hook: { Args: { "": Json }; Returns: string }
      raw_text: { Args: { "": string }; Returns: string }
    }
    Enums: { [_ in never]: never }
  }
  private: {
    Functions: {
      [_ in never]: never
    }
  }
}
"""


def test_args_object_optional_and_order(tmp_path):
    fns = read(tmp_path, BASIC)
    (f,) = by_name(fns, "f")
    # required first (the generator sorts by name; SQL puts defaults last)
    assert shape(f) == [("a", "string", False), ("c", "string[]", False), ("b", "number", True)]
    assert all(q.mode == IN for q in f.params)
    assert f.returns.startswith("{ id: string }") and f.returns_set
    assert (f.source, f.kind, f.path, f.line) == ("types", "function", "database.types.ts", 14)
    cand = pgrst_view(f)
    assert cand.required == {"a", "c"} and cand.names == {"a", "b", "c"}


def test_no_args_forms(tmp_path):
    fns = read(tmp_path, BASIC)
    for name in ("no_args", "no_args_old", "no_args_str", "no_args_empty"):
        (f,) = by_name(fns, name)
        assert f.params == (), name
        assert pgrst_view(f).accepts(frozenset())


def test_unnamed_json_and_text(tmp_path):
    fns = read(tmp_path, BASIC)
    (hook,) = by_name(fns, "hook")
    assert shape(hook) == [(None, "json", False)]
    assert pgrst_view(hook).is_json_fallback
    (raw,) = by_name(fns, "raw_text")
    assert shape(raw) == [(None, "text", False)]
    assert pgrst_view(raw) is not None


def test_schemas_skip_internal_and_empty(tmp_path):
    fns = read(tmp_path, BASIC)
    assert {f.schema for f in fns} == {"public"}
    assert not by_name(fns, "nope", "__InternalSupabase")


def test_overload_union_at_function_level(tmp_path):
    fns = read(
        tmp_path,
        """
        export type Database = {
          public: {
            Functions: {
              g:
                | {
                    Args: { a: string }
                    Returns: undefined
                  }
                | {
                    Args: { a: string; b: number }
                    Returns: boolean
                  }
                | { Args: never; Returns: { id: string }[] }
                | { Args: { "": Database["public"]["Tables"]["t"]["Row"] }; Returns: { error: true } & "Could not choose" }
            }
          }
        }
    """,
    )
    g = by_name(fns, "g")
    assert [shape(f) for f in g] == [
        [("a", "string", False)],
        [("a", "string", False), ("b", "number", False)],
        [],
        [(None, 'Database["public"]["Tables"]["t"]["Row"]', False)],
    ]
    assert [f.returns for f in g][:2] == ["undefined", "boolean"]
    assert {f.line for f in g} == {4}
    # a single unnamed row-type argument is not something PostgREST calls by name
    assert pgrst_view(g[3]) is None


def test_overload_union_inside_args_older_generator(tmp_path):
    fns = read(
        tmp_path,
        """
        export interface Database {
          public: {
            Functions: {
              h: {
                Args: { a: string } | { a: string; b?: number } | Record<PropertyKey, never>
                Returns: number
              }
            }
          }
        }
    """,
    )
    assert [shape(f) for f in by_name(fns, "h")] == [
        [("a", "string", False)],
        [("a", "string", False), ("b", "number", True)],
        [],
    ]


def test_quoted_keys_readonly_comments_interface(tmp_path):
    fns = read(
        tmp_path,
        """
        /** generated */
        export interface Database {
          readonly "public": {
            readonly "Functions": {
              // a comment
              readonly "do-thing": {
                readonly "Args": {
                  /* the id */ readonly "p_id": string;
                  'p_when'?: string,
                }
                "Returns": unknown
              };
              "camelCase": { Args: { "userId": string }; Returns: Json }
            }
          }
          'private': { Functions: { x: { Args: never; Returns: number } } }
        }
    """,
    )
    (f,) = by_name(fns, "do-thing")
    assert shape(f) == [("p_id", "string", False), ("p_when", "string", True)]
    assert f.line == 6
    assert shape(by_name(fns, "camelCase")[0]) == [("userId", "string", False)]
    assert by_name(fns, "x", "private")


def test_exported_type_without_export_and_parenthesized(tmp_path):
    fns = read(
        tmp_path,
        """
        type Database = ({
          public: { Functions: { k: ({ Args: ({ a: string }); Returns: number }) } }
        })
    """,
    )
    assert shape(by_name(fns, "k")[0]) == [("a", "string", False)]


def test_unreadable_args_shape_is_skipped(tmp_path):
    fns = read(
        tmp_path,
        """
        export type Database = {
          public: { Functions: {
            open: { Args: { [key: string]: unknown }; Returns: number }
            alias: { Args: SomeArgs; Returns: number }
            ok: { Args: { a: string }; Returns: number }
          } }
        }
    """,
    )
    assert [f.name for f in fns] == ["ok"]


def test_other_declarations_are_ignored(tmp_path):
    fns = read(
        tmp_path,
        """
        export type Json = string
        type Other = { public: { Functions: { nope: { Args: never; Returns: number } } } }
        export type Database = { public: { Functions: { yes: { Args: never; Returns: number } } } }
        export const Constants = { public: { Enums: {} } } as const
    """,
    )
    assert [f.name for f in fns] == ["yes"]


def test_key_location_has_columns(tmp_path):
    path = write_types(
        tmp_path,
        """
        export type Database = {
          public: {
            Functions: {
              drifted: { Args: { a: string }; Returns: number }
            }
          }
        }
    """,
    )
    fns, _ = read_types(path, "types/db.ts")
    (d,) = compare([], fns)
    assert (d.loc.path, d.loc.line, d.loc.column, d.loc.end_column) == ("types/db.ts", 4, 7, 14)


# -- errors ---------------------------------------------------------------------------------------


def test_missing_file(tmp_path):
    fns, diags = read_types(tmp_path / "nope.ts", "nope.ts")
    assert fns == [] and [d.rule for d in diags] == ["source-error"]
    assert diags[0].loc.path == "nope.ts"


def test_binary_file(tmp_path):
    p = tmp_path / "db.ts"
    p.write_bytes(b"\x00\x01\x02export type Database = {}")
    fns, diags = read_types(p, "db.ts")
    assert fns == [] and [d.rule for d in diags] == ["source-error"]


def test_no_database_type(tmp_path):
    p = write_types(tmp_path, "export type Json = string\n")
    fns, diags = read_types(p, "db.ts")
    assert fns == [] and [d.rule for d in diags] == ["source-error"]
    assert "Database" in diags[0].message


def test_database_that_is_not_the_generated_object(tmp_path):
    p = write_types(
        tmp_path,
        """
        import type { MergeDeep } from 'type-fest'
        import type { Database as Generated } from './database-generated.types'
        export type Database = MergeDeep<Generated, { public: { Views: {} } }>
    """,
    )
    fns, diags = read_types(p, "db.ts")
    assert fns == [] and [d.rule for d in diags] == ["source-error"]
    assert "MergeDeep" in diags[0].message and diags[0].loc.line == 3


def test_syntax_error_keeps_what_it_can(tmp_path):
    p = write_types(
        tmp_path,
        """
        export type Database = {
          public: {
            Functions: {
              good: { Args: { a: string }; Returns: number }
              bad: { Args: { a: string ; Returns: number }
            }
          }
        }
    """,
    )
    fns, diags = read_types(p, "db.ts")
    assert [d.rule for d in diags] == ["source-error"]
    assert "good" in [f.name for f in fns]


def test_merge_conflict_markers(tmp_path):
    p = write_types(
        tmp_path,
        """
        export type Database = {
          public: {
            Functions: {
              before: { Args: { a: string }; Returns: number }
        <<<<<<< HEAD
              mine: { Args: { a: string }; Returns: number }
        =======
              theirs: { Args: { b: string }; Returns: number }
        >>>>>>> feature
              after: { Args: never; Returns: number }
            }
          }
        }
    """,
    )
    fns, diags = read_types(p, "db.ts")
    assert [d.rule for d in diags] == ["source-error"]
    assert "merge conflict markers" in diags[0].message
    assert (diags[0].loc.line, diags[0].loc.column) == (5, 1)
    # tree-sitter's recovery keeps both sides
    assert [f.name for f in fns] == ["before", "mine", "theirs", "after"]


def test_latin1_file_is_read_with_a_warning(tmp_path):
    p = tmp_path / "db.ts"
    p.write_bytes(
        b"// caf\xe9\nexport type Database = { public: { Functions: { f: { Args: never; Returns: number } } } }\n"
    )
    fns, diags = read_types(p, "db.ts")
    assert [f.name for f in fns] == ["f"]
    assert [d.rule for d in diags] == ["source-error"]


# -- compare / merge -------------------------------------------------------------------------------

STALE = """
export type Database = {
  public: {
    Functions: {
      add_credits: {
        Args: { p_user: string }
        Returns: number
      }
      same: { Args: { p_id: string; p_limit?: number }; Returns: number }
      opt: { Args: { a: string; b: string }; Returns: number }
      ghost: { Args: never; Returns: number }
      proc: { Args: { a: string }; Returns: undefined }
      hook: { Args: { "": Json }; Returns: undefined }
    }
  }
}
"""


def _stale_setup(tmp_path):
    fns = read(tmp_path, STALE)
    sql = [
        sql_fn("add_credits", p("p_user", "uuid"), p("p_cost", "integer"), line=10),
        sql_fn("same", p("p_id", "uuid"), p("p_limit", "integer", True), line=20),
        sql_fn("opt", p("a"), p("b", default=True), line=30),
        sql_fn("proc", p("a"), kind="procedure", line=40),
        sql_fn("hook", p(None, "jsonb"), line=50),
        sql_fn("trg", returns="trigger", line=60),
    ]
    return sql, fns


def test_drift_for_types_only_functions(tmp_path):
    sql, fns = _stale_setup(tmp_path)
    drift = [d for d in compare(sql, fns) if d.rule == "schema-drift"]
    assert len(drift) == 1
    (d,) = drift
    assert d.severity == "info" and d.function == "ghost"
    assert d.message == (
        "function `public.ghost` is in database.types.ts:10 but in no SQL file read; "
        "calls are checked against the types"
    )
    assert (d.loc.path, d.loc.line) == ("database.types.ts", 10)


def test_stale_missing_parameter(tmp_path):
    sql, fns = _stale_setup(tmp_path)
    stale = {d.function: d for d in compare(sql, fns) if d.rule == "stale-types"}
    d = stale["add_credits"]
    assert d.severity == "warning"
    assert "SQL has `p_cost`, types do not" in d.message
    assert "supabase/schema.sql:10" in d.message and "database.types.ts:4" in d.message
    assert (d.loc.path, d.loc.line) == ("database.types.ts", 4)
    assert (d.definition.path, d.definition.line) == ("supabase/schema.sql", 10)


def test_stale_optionality(tmp_path):
    sql, fns = _stale_setup(tmp_path)
    stale = {d.function: d for d in compare(sql, fns) if d.rule == "stale-types"}
    assert "`b` has a default in SQL but is required in the types" in stale["opt"].message
    assert "same" not in stale  # types differ (string vs uuid) but names and optionality agree
    assert "hook" not in stale  # "" ↔ unnamed jsonb


def test_stale_procedure_listed_as_callable(tmp_path):
    sql, fns = _stale_setup(tmp_path)
    stale = {d.function: d for d in compare(sql, fns) if d.rule == "stale-types"}
    assert "procedure" in stale["proc"].message
    assert set(stale) == {"add_credits", "opt", "proc"}


def test_types_have_extra_parameter_and_overloads(tmp_path):
    fns = read(
        tmp_path,
        """
        export type Database = {
          public: {
            Functions: {
              f:
                | { Args: { a: string }; Returns: number }
                | { Args: { a: string; b: number; z: number }; Returns: number }
              g: { Args: { a: string; extra: string }; Returns: number }
              k: { Args: { "": Database["public"]["Tables"]["t"]["Row"] }; Returns: number }
            }
          }
        }
    """,
    )
    sql = [
        sql_fn("f", p("a"), line=3),
        sql_fn("f", p("a"), p("b", "int"), line=7),
        sql_fn("f", p("q"), line=9),
        sql_fn("g", p("a"), line=12),
        sql_fn("k", p("a"), line=15),
    ]
    diags = {d.function: d for d in compare(sql, fns)}
    assert diags["g"].rule == "stale-types"
    assert "types have `extra`, SQL does not" in diags["g"].message
    m = diags["f"].message
    assert "overload {a, b, z}: types have `z`, SQL does not (SQL: supabase/schema.sql:7)" in m
    assert "SQL overload public.f(q text) (supabase/schema.sql:9) is not in the types" in m
    assert diags["f"].definition.line == 7
    assert "types: database.types.ts:4" in m
    # the types only list an overload PostgREST cannot call; the callable SQL one is missing
    assert "SQL overload public.k(a text) (supabase/schema.sql:15) is not in the types" in diags["k"].message


def test_uncallable_sql_functions_are_ignored(tmp_path):
    fns = read(
        tmp_path,
        """
        export type Database = {
          public: { Functions: { f: { Args: { a: string }; Returns: number } } }
        }
    """,
    )
    sql = [
        sql_fn("f", p("a")),
        sql_fn("f", p(None, "integer"), p(None, "integer")),  # unnamed: PostgREST cannot call it
        sql_fn("f", p("a"), p("b"), kind="aggregate"),
    ]
    assert compare(sql, fns) == []


def test_out_argument_before_input_shifts_defaults_like_the_generator(tmp_path):
    # postgres-meta pairs pronargdefaults with all arguments; with an OUT argument first,
    # the `?` lands on the wrong argument. That is not staleness.
    fns = read(
        tmp_path,
        """
        export type Database = {
          public: { Functions: { f: { Args: { a?: string; b: number }; Returns: number } } }
        }
    """,
    )
    sql = [sql_fn("f", p("o", "int", mode=OUT), p("a"), p("b", "int", True))]
    assert compare(sql, fns) == []
    # and the correct reading is accepted too
    fixed = read(
        tmp_path,
        """
        export type Database = {
          public: { Functions: { f: { Args: { a: string; b?: number }; Returns: number } } }
        }
    """,
    )
    assert compare(sql, fixed) == []


def test_merge_adds_only_types_only_names(tmp_path):
    sql, fns = _stale_setup(tmp_path)
    merged = merge(sql, fns)
    assert merged[: len(sql)] == sql
    extra = merged[len(sql) :]
    assert [(f.name, f.source) for f in extra] == [("ghost", "types")]
    index = Index(merged)
    (cand,) = index.callable[("public", "ghost")]
    assert cand.accepts(frozenset())
    # SQL wins where both define a name, even when the SQL one cannot be called
    assert ("public", "proc") not in index.callable


def test_compare_is_quiet_when_everything_agrees(tmp_path):
    fns = read(tmp_path, BASIC)
    sql = [
        sql_fn("f", p("a"), p("c", "text[]"), p("b", "int", True)),
        sql_fn("no_args"),
        sql_fn("no_args_old"),
        sql_fn("no_args_str"),
        sql_fn("no_args_empty"),
        sql_fn("hook", p(None, "json")),
        sql_fn("raw_text", p(None, "text")),
    ]
    assert compare(sql, fns) == []


# -- generator versions: what one postgres-meta version writes faithfully is not stale ------------

# templates/typescript.ts up to (at least) 005b61f and cb5590e build `Args` from
# `args.filter(({ mode }) => mode === 'in')`; later ones from VALID_FUNCTION_ARGS_MODE
# (in, inout, variadic). Both are correct output for the same SQL.
OLD_IN_ONLY = """
export interface Database {
  public: {
    Functions: {
      sum_all: {
        Args: {
          p_base: number
        }
        Returns: (number)
      }
      bump_counter: {
        Args: {
          p_step?: number
        }
        Returns: (number)
      }
      concat_all: {
        Args: Record<PropertyKey, never>
        Returns: (string)
      }
      split_name: {
        Args: {
          full?: string
        }
        Returns: (Record<string, unknown>)
      }
    }
  }
}
"""

NEW_ALL_INPUTS = """
export type Database = {
  public: {
    Functions: {
      bump_counter: { Args: { p_counter: number; p_step?: number }; Returns: number }
      split_name: { Args: { full: string; sep?: string }; Returns: Record<string, unknown> }
      sum_all: { Args: { p_base: number; p_vals: number[] }; Returns: number }
    }
  }
}
"""


def _variadic_inout_sql() -> list[Function]:
    return [
        sql_fn("sum_all", p("p_base", "integer"), p("p_vals", "integer[]", mode="variadic"), returns="integer", line=1),
        sql_fn(
            "bump_counter",
            p("p_counter", "integer", mode="inout"),
            p("p_step", "integer", True),
            returns="integer",
            line=5,
        ),
        # unnamed: PostgREST cannot call it, but versions before VALID_UNNAMED_FUNCTION_ARG_TYPES
        # list any function with a single input, and its `in` inputs are none
        sql_fn("concat_all", p(None, "text[]", mode="variadic"), returns="text", line=9),
        # OUT first: the generator's shifted `?` lands on `full`, and INOUT `sep` is left out
        sql_fn(
            "split_name",
            p("first", mode=OUT),
            p("full"),
            p("sep", default=True, mode="inout"),
            returns="record",
            line=12,
        ),
    ]


def test_inout_and_variadic_left_out_by_older_generators_are_not_stale(tmp_path):
    sql = _variadic_inout_sql()
    assert compare(sql, read(tmp_path, OLD_IN_ONLY)) == []
    assert compare(sql, read(tmp_path, NEW_ALL_INPUTS)) == []


def test_inout_and_variadic_real_disagreements_are_still_reported(tmp_path):
    fns = read(
        tmp_path,
        """
        export type Database = {
          public: {
            Functions: {
              sum_all: { Args: { p_vals: number[] }; Returns: number }
              bump_counter: { Args: { p_counter: number; p_step?: number; p_extra: number }; Returns: number }
              mix: { Args: { a: number; c: number[] }; Returns: number }
            }
          }
        }
    """,
    )
    sql = _variadic_inout_sql() + [
        sql_fn(
            "mix", p("a", "integer"), p("b", "integer", mode="inout"), p("c", "integer[]", mode="variadic"), line=20
        ),
    ]
    stale = {d.function: d for d in compare(sql, fns) if d.rule == "stale-types"}
    assert set(stale) == {"sum_all", "bump_counter", "mix"}
    assert "SQL has `p_base`, types do not" in stale["sum_all"].message  # a required argument missing
    assert "types have `p_extra`, SQL does not" in stale["bump_counter"].message
    # no generator drops INOUT but keeps VARIADIC
    assert "SQL has `b`, types do not" in stale["mix"].message


TRIGGERS = """
export type Database = {
  public: {
    Functions: {
      audit: {
        Args: Record<PropertyKey, never> | { p_table: string }
        Returns: unknown
      }
      handle_new_user: {
        Args: Record<PropertyKey, never>
        Returns: unknown
      }
      on_ddl_command: {
        Args: Record<PropertyKey, never>
        Returns: unknown
      }
      touch_updated_at: { Args: never; Returns: unknown }
    }
  }
}
"""


def test_trigger_functions_listed_by_older_types_are_not_stale(tmp_path):
    # lib/generators.ts only later filtered return_type trigger/event_trigger out of the
    # functions it hands the template; older (and hand-made) types list them with no Args
    sql = [
        sql_fn("audit", returns="trigger", line=1),
        sql_fn("audit", p("p_table"), returns="void", line=5),
        sql_fn("handle_new_user", returns="trigger", line=10),
        sql_fn("on_ddl_command", returns="event_trigger", line=20),
        sql_fn("touch_updated_at", returns="trigger", line=30),
    ]
    assert compare(sql, read(tmp_path, TRIGGERS)) == []


def test_trigger_function_with_arguments_in_the_types_is_still_stale(tmp_path):
    # trigger functions take no declared arguments: these types describe a function that is gone
    fns = read(
        tmp_path,
        """
        export type Database = {
          public: { Functions: { handle_new_user: { Args: { user_id: string }; Returns: undefined } } }
        }
    """,
    )
    (d,) = compare([sql_fn("handle_new_user", returns="trigger", line=3)], fns)
    assert d.rule == "stale-types" and d.severity == "warning"
    assert "trigger function" in d.message


def test_overload_only_newer_generators_list_is_not_required(tmp_path):
    # one unnamed json/text argument with a default among named ones: only versions with
    # VALID_UNNAMED_FUNCTION_ARG_TYPES (case 3 of their filter) write it into the types
    sql = [
        sql_fn("search", p("q"), returns="jsonb", line=1),
        sql_fn("search", p("q"), p(None, "jsonb", True), returns="jsonb", line=5),
    ]
    old = read(
        tmp_path,
        """
        export interface Database {
          public: { Functions: { search: { Args: { q: string }; Returns: Json } } }
        }
    """,
    )
    assert compare(sql, old) == []
    new = read(
        tmp_path,
        """
        export type Database = {
          public: {
            Functions: {
              search: { Args: { q: string }; Returns: Json } | { Args: { ""?: Json; q: string }; Returns: Json }
            }
          }
        }
    """,
    )
    assert compare(sql, new) == []
    # but when the types' overload for it has a name the SQL does not, that is reported
    renamed = read(
        tmp_path,
        """
        export type Database = {
          public: {
            Functions: {
              search: { Args: { q: string }; Returns: Json } | { Args: { ""?: Json; query: string }; Returns: Json }
            }
          }
        }
    """,
    )
    (d,) = compare(sql, renamed)
    assert d.rule == "stale-types" and "types have `query`, SQL does not" in d.message


def test_other_generator_forms_are_not_stale(tmp_path):
    # forms of the newest template: conflict overloads with error Returns, SetofOptions,
    # a table-row argument with an error Returns; of older ones: a single unnamed non-json
    # argument, arguments in declaration order
    fns = read(
        tmp_path,
        """
        export type Database = {
          public: {
            Tables: {
              posts: { Row: { id: number; title: string }; Insert: { id?: number; title: string }; Update: { id?: number; title?: string }; Relationships: [] }
            }
            Functions: {
              get_status:
                | {
                    Args: never
                    Returns: {
                      error: true
                    } & "Could not choose the best candidate function between: public.get_status(), public.get_status( => jsonb). Try renaming the parameters or the function itself in the database so function overloading can be resolved"
                  }
                | { Args: { ""?: Json }; Returns: string }
              list_posts: {
                Args: { p_author: string }
                Returns: {
                  id: number
                  title: string
                }[]
                SetofOptions: {
                  from: "*"
                  to: "posts"
                  isOneToOne: false
                  isSetofReturn: true
                }
              }
              lookup:
                | {
                    Args: { id: number }
                    Returns: {
                      error: true
                    } & "Could not choose the best candidate function between: public.lookup(id => int4), public.lookup(id => text). Try renaming the parameters or the function itself in the database so function overloading can be resolved"
                  }
                | {
                    Args: { id: string }
                    Returns: {
                      error: true
                    } & "Could not choose the best candidate function between: public.lookup(id => int4), public.lookup(id => text). Try renaming the parameters or the function itself in the database so function overloading can be resolved"
                  }
              post_excerpt: {
                Args: { "": Database["public"]["Tables"]["posts"]["Row"] }
                Returns: {
                  error: true
                } & "the function public.post_excerpt with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
              }
              to_cents: { Args: { "": number }; Returns: number }
              transfer: { Args: { from_id: string; to_id: string; amount: number }; Returns: undefined }
            }
          }
        }
    """,
    )
    sql = [
        sql_fn("get_status", returns="text", line=1),
        sql_fn("get_status", p(None, "jsonb", True), returns="text", line=2),
        sql_fn("list_posts", p("p_author", "uuid"), returns="SETOF posts", line=3),
        sql_fn("lookup", p("id", "integer"), line=4),
        sql_fn("lookup", p("id", "text"), line=5),
        sql_fn("post_excerpt", p(None, "posts"), returns="text", line=6),
        sql_fn("to_cents", p(None, "numeric"), returns="bigint", line=7),
        sql_fn("transfer", p("amount", "numeric"), p("from_id", "uuid"), p("to_id", "uuid"), line=8),
    ]
    assert compare(sql, fns) == []


def test_plain_comparison_answers_as_the_general_one(monkeypatch):
    # `_plainly_same` (one pass over each argument list) says "no finding" only where the
    # general comparison says so too: random SQL definitions (modes, unnamed arguments,
    # defaults anywhere, procedures, trigger functions) against random types overloads
    import random

    from rpccheck import typegen
    from rpccheck.model import INOUT, TABLE, VARIADIC

    rnd = random.Random(11)

    def params(types: bool) -> tuple[Param, ...]:
        out = []
        for _ in range(rnd.randint(0, 4)):
            name = rnd.choice(["a", "b", "c", None])
            mode = IN if types else rnd.choice([IN, IN, IN, OUT, INOUT, VARIADIC, TABLE])
            out.append(Param(name, mode, rnd.choice(["json", "text", "integer"]), rnd.random() < 0.4))
        return tuple(out)

    cases = []
    for _ in range(20000):
        sql = Function(
            "public",
            "f",
            params(False),
            kind=rnd.choice(["function"] * 4 + ["procedure"]),
            returns=rnd.choice(["void", "trigger"]),
            path="a.sql",
            line=1,
        )
        types = Function("public", "f", params(True), source="types", path="t.ts", line=2)
        cases.append(([sql], [types]))
    fast = [typegen._compare_one(s, t) for s, t in cases]
    monkeypatch.setattr(typegen, "_plainly_same", lambda sql_fn, t_fn: False)
    general = [typegen._compare_one(s, t) for s, t in cases]
    assert fast == general
    assert 1000 < sum(d is None for d in fast) < len(fast) - 1000  # both answers are met
