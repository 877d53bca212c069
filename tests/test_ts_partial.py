"""A big scan parses only the top-level statements its calls need (callers/ts_partial): the
calls read must be exactly those of the whole file's parse, on realistic files (where the
partial parse must be taken, or it saves nothing) and on every shape that could make the
parts left out matter (where it must fall back or keep them)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from rpccheck.callers import ts_partial
from rpccheck.callers import typescript as ts

# the shape of a real component file (and of the shared corpora's): imports, one small
# handler with the call, and the rest of the file about other things
COMPONENT = """'use client'

import { useMemo, useState } from 'react'
import { Button } from '@/components/ui/Button'
import { getBrowserClient } from '@/lib/supabase'
import { cn, formatDate } from '@/lib/utils'

export interface ItemListProps {
  items: Item[]
  title?: string
  onSelect?: (item: Item) => void
}

export function ItemList({ items, title = 'Items', onSelect }: ItemListProps) {
  const [query, setQuery] = useState('')
  const visible = useMemo(() => items.filter((item) => item.name.includes(query)), [items, query])
  return (
    <section className={cn('rounded-lg border p-4', query !== '' && 'ring-2')}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <input value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search" />
      <ul className="mt-4 divide-y">
        {visible.map((item) => (
          <li key={item.id} className={`flex ${item.id === 1 ? 'bg-muted' : ''}`}>
            <span>{item.name}</span>
            <span className="text-xs">{formatDate(item.createdAt)}</span>
            <Button variant="ghost" onClick={() => onSelect?.(item)}>Open</Button>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function DuplicateAction({ albumId }: { albumId: string }) {
  const [phase, setPhase] = useState<'idle' | 'busy' | 'done' | 'error'>('idle')

  async function handleClick() {
    setPhase('busy')
    const client = getBrowserClient()
    const response = await client?.rpc('duplicate_album', {
      album_id: albumId,
      copies: COPIES,
    })
    setPhase(!response || response.error ? 'error' : 'done')
  }

  return <button type="button" onClick={() => void handleClick()}>{label(phase)}</button>
}

const COPIES = 2

function label(phase: string): string {
  return phase === 'busy' ? 'Working' : 'Duplicate'
}

export type Kind = 'xenon' | 'quartz' | 'juniper'

export function describeKind(kind: Kind): string {
  switch (kind) {
    case 'xenon':
      return 'Xenon'
    case 'quartz':
      return 'Quartz'
    default:
      return 'Juniper'
  }
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size <= 0) {
    throw new RangeError('size must be positive')
  }
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size))
  }
  return out
}

export function slugify(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const truncate = (value: string, max = 120): string =>
  value.length <= max ? value : `${value.slice(0, max - 1)}...`
"""

# a route handler of a server: a module client, helpers, two calls
ROUTE = """import { createClient } from '@supabase/supabase-js'
import type { NextRequest } from 'next/server'

const admin = createClient(process.env.URL!, process.env.KEY!, { db: { schema: 'api' } })

type Body = { provider: string; credits: number }

function parse(body: unknown): Body {
  const b = body as Record<string, unknown>
  return { provider: String(b.provider), credits: Number(b.credits) }
}

function buildArgs(body: Body) {
  return { p_provider: body.provider, p_credits: body.credits }
}

export async function POST(req: NextRequest) {
  const body = parse(await req.json())
  const { error } = await admin.rpc('consume_platform_credits', buildArgs(body))
  if (error) return new Response(error.message, { status: 500 })
  await admin.rpc('touch_user', { p_user_id: req.headers.get('x-user') })
  return new Response('ok')
}

export function formatCredits(n: number): string {
  const parts: string[] = []
  for (const [unit, size] of [['k', 1000], ['m', 1000000]] as const) {
    if (n >= size) parts.push(`${Math.floor(n / size)}${unit}`)
  }
  return parts.join(' ') || String(n)
}

export class Ledger {
  private rows: { at: Date; amount: number }[] = []
  add(amount: number) {
    this.rows.push({ at: new Date(), amount })
  }
  total(): number {
    return this.rows.reduce((sum, r) => sum + r.amount, 0)
  }
  describe(): string {
    return this.rows.map((r) => `${r.at.toISOString()} ${r.amount}`).join('\\n')
  }
}
"""

PADDING = """
export function padding{n}(values: number[]): number {{
  let total = 0
  for (const v of values) {{
    total += v * {n}
  }}
  return total > 100 ? total - 100 : total
}}
"""


def _padded(text: str, n: int = 16) -> str:
    return text + "".join(PADDING.format(n=i) for i in range(n))


# shapes where a part left out (or taken for a statement) could change what a call reads
HAZARDS = {
    "declaration lines inside a template": """const doc = `
export function helper() {
  return 1
}
`
export async function load(supabase) {
  const { data, error } = await supabase.rpc('f', { a: 1 })
  return error ? null : data
}
""",
    "two bindings in one declaration": """const unused = 1, args = { a: 1, b: 2 }
export async function load(supabase) {
  const { error } = await supabase.rpc('f', args)
  return error
}
""",
    "a response kept in a module variable, read elsewhere": """let last
export async function load(supabase) {
  last = await supabase.rpc('f', { a: 1 })
}
export function failed() {
  return last.error !== null
}
""",
    "an object sent, changed elsewhere": """const ARGS = { a: 1 }
export async function load(supabase) {
  const { error } = await supabase.rpc('f', ARGS)
  return error
}
export function tweak() {
  ARGS.b = 2
}
""",
    "a function expression at the first column inside a call": """export async function load(supabase) {
  const { error } = await supabase.rpc('f',
function makeArgs() { return 1 }
  )
  return error
}
""",
    "overloads of one name": """export function pick(a: string): string
export function pick(a: number): number
export function pick(a: any) { return a }
export async function load(supabase) {
  const { error } = await supabase.rpc('f', { a: pick(1) })
  return error
}
""",
    "declarations inside a block comment": """/*
export function old() {
  return 1
}
*/
export async function load(supabase) {
  const { error } = await supabase.rpc('f', { a: 1 })
  return error
}
""",
    "a continuation line at the first column": """export const flag = process.env.X
instanceof Object ? 1 : 2
export async function load(supabase) {
  const { error } = await supabase.rpc('f', { a: flag })
  return error
}
""",
    "a declaration the call reaches through a helper": """function inner() { return { a: 1 } }
function outer() { return inner() }
export async function load(supabase) {
  const { error } = await supabase.rpc('f', outer())
  return error
}
""",
    "a template with a substitution": """export function shout(s: string) {
  return `${s}!`
}
export async function load(supabase) {
  const { error } = await supabase.rpc('f', { a: shout('x') })
  return error
}
""",
    "a string with an unbalanced bracket": """export function paren() {
  return '('
}
export async function load(supabase) {
  const { error } = await supabase.rpc('f', { a: 1 })
  return error
}
""",
    "a syntax error in a declaration": """export function broken() {
  return a b c
}
export async function load(supabase) {
  const { error } = await supabase.rpc('f', { a: 1 })
  return error
}
""",
    "an unclosed declaration": """export function unclosed() {
  if (x) {
    return 1
export async function load(supabase) {
  const { error } = await supabase.rpc('f', { a: 1 })
  return error
}
""",
    "a declaration with a broken head": """import { createClient } from '@supabase/supabase-js'
const clientOf<Database>(process.env.URL!, process.env.KEY!)

export async function load(supabase) {
  await supabase.rpc('f')
  await supabase.rpc('g', { a: 1 })
}
""",
    "a var hoisted from a declaration": """export function setup() {
  var unrelated = 1
  return unrelated
}
var args = { a: 1 }
export async function load(supabase) {
  const { error } = await supabase.rpc('f', args)
  return error
}
""",
}


def _parsed(tree) -> bytes:
    """The text of the statements parsed (the root's own text spans the parts left out too)."""
    return b"\n".join(c.text or b"" for c in tree.root_node.children)


def _calls(data: bytes, grammar: str, partial: bool):
    return ts.extract_calls(data, "x.tsx", grammar, partial=partial)


def test_a_component_file_is_parsed_in_part_and_reads_the_same_calls():
    data = COMPONENT.encode()
    kept = ts_partial.plan(data)
    assert kept is not None
    assert sum(e - s for s, e in kept.spans) < 0.8 * len(data)
    tree = ts._partial_tree(data, "tsx")
    assert tree is not None
    text = _parsed(tree)
    # the helpers nothing names are left out; a part with a `${...}` substitution is kept
    assert b"describeKind" not in text and b"function chunk" not in text and b"function slugify" not in text
    assert b"export function ItemList" in text and b"truncate" in text
    whole = _calls(data, "tsx", False)
    assert len(whole) == 1 and whole[0].name == "duplicate_album"
    assert _calls(data, "tsx", True) == whole
    # the constant the call sends, declared after it, is kept: its value is read
    assert [k.name for k in whole[0].args.shapes[0].keys] == ["album_id", "copies"]


def test_a_route_file_keeps_its_client_and_helpers():
    data = _padded(ROUTE).encode()
    tree = ts._partial_tree(data, "typescript")
    assert tree is not None
    text = _parsed(tree)
    assert b"padding3" not in text and b"padding15" not in text
    assert b"formatCredits" in text and b"class Ledger" in text  # each holds a `${...}`: kept
    assert b"function buildArgs" in text and b"function parse" in text and b"createClient" in text
    whole = _calls(data, "typescript", False)
    assert [c.name for c in whole] == ["consume_platform_credits", "touch_user"]
    assert _calls(data, "typescript", True) == whole


@pytest.mark.parametrize("name", sorted(HAZARDS))
def test_a_part_left_out_never_changes_a_call(name):
    data = _padded(HAZARDS[name]).encode()
    whole = _calls(data, "tsx", False)
    assert whole, name
    assert _calls(data, "tsx", True) == whole, name


@pytest.mark.parametrize(
    "name",
    [
        "declaration lines inside a template",
        "a response kept in a module variable, read elsewhere",
        "an object sent, changed elsewhere",
        "a function expression at the first column inside a call",
        "declarations inside a block comment",
        "an unclosed declaration",
        "a declaration with a broken head",
    ],
)
def test_the_hazards_are_parsed_whole_or_keep_what_matters(name):
    """Where a part left out would matter, the file is parsed whole, or that part is kept."""
    data = _padded(HAZARDS[name]).encode()
    tree = ts._partial_tree(data, "tsx")
    if tree is None:
        return
    first = HAZARDS[name].split("export async function load")[0].strip().splitlines()
    text = _parsed(tree)
    assert all(line.encode() in text for line in first), name


def test_the_fixed_parts_are_left_out_of_the_hazards_that_allow_it():
    """The padding (declarations nothing names) is left out wherever the file allows it:
    else these tests would pass on a reader that never parses in part."""
    taken = [n for n, text in HAZARDS.items() if ts._partial_tree(_padded(text).encode(), "tsx") is not None]
    assert "two bindings in one declaration" in taken
    assert "a declaration the call reaches through a helper" in taken
    assert len(taken) >= 6


_SNIPPETS = [
    "`",
    "/*",
    "*/",
    "}",
    "{",
    ")",
    "const a = 1, b = 2",
    "function x() {",
    "export function y() { return `${",
    "let last",
    "instanceof X",
    "// rpccheck-ignore",
    "'",
    "export const COPIES = 3",
]


def _mutant(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines))
        how = rng.randrange(6)
        if how == 0:
            del lines[i]
        elif how == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif how == 2:
            lines.insert(i, rng.choice(_SNIPPETS))
        elif how == 3:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif how == 4:
            lines[i] = lines[i].lstrip()
        elif lines[i]:  # a few characters cut from inside a line (`const supabase = createClient` lost `e = c`)
            at = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:at] + lines[i][at + rng.randint(1, 6) :]
    return "\n".join(lines)


def test_mutated_files_read_the_same_calls_either_way(request):
    """Seeded mutations of the realistic files (lines deleted, repeated, swapped, pulled to
    the first column, snippets that open or close something): partial == whole, always."""
    sys.path.insert(0, str(Path(__file__).parent))
    from mutfuzz import targets

    count = max(300, int(request.config.getoption("--fuzz-count", 0) or 0))
    seed = int(request.config.getoption("--fuzz-seed", 0) or 0)
    rng = random.Random(f"ts-partial:{seed}")
    bases = [(COMPONENT, "tsx"), (_padded(ROUTE), "typescript")] + [(_padded(h), "tsx") for h in HAZARDS.values()]
    taken = recovered = 0
    for i in range(count):
        text, grammar = bases[i % len(bases)]
        data = _mutant(rng, text).encode()
        taken += ts._partial_tree(data, grammar) is not None
        partial, whole = _calls(data, grammar, True), _calls(data, grammar, False)
        if partial != whole:
            # kept by design: a syntax error in a part left out, whose error recovery in the
            # whole parse changed how the rest reads; the scan then reads what the file
            # without those parts reads
            blank = targets.without_parts_left_out(data, ".tsx" if grammar == "tsx" else ".ts")
            assert blank is not None, (i, data.decode())
            assert partial == _calls(blank, grammar, False), (i, data.decode())
            recovered += 1
    assert taken > count // 4  # most mutants still take the partial parse
    assert recovered < count // 20, recovered
