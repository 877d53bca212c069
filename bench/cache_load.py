#!/usr/bin/env python3
"""Load time of a cached schema catalog: the JSON encoding (cachecodec) against pickle,
and how much of a load is parsing (json.loads of the same document against marshal.loads
of the same tree): the rest is building rpccheck's objects.

    python3 bench/cache_load.py CORPUS_DIR     # a corpus from /work/shared/bench/gen_corpus.py

Reads CORPUS_DIR/full.sql once, then decodes its catalog (and the generated types, when
CORPUS_DIR/database.types.ts exists) repeatedly; prints the best of 7 for each encoding.
"""

from __future__ import annotations

import json
import marshal
import pickle
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rpccheck import cachecodec
from rpccheck.engine import _load_schema
from rpccheck.discover import SourceFile


def best_ms(fn) -> float:
    return 1000 * min(timeit.repeat(fn, number=1, repeat=7))


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    catalog = _load_schema([SourceFile(corpus / "full.sql", True, source=str(corpus / "full.sql"))])  # as cached
    values = {"catalog": catalog}
    types = corpus / "database.types.ts"
    if types.is_file():
        from rpccheck.typegen import read_types

        values["types"] = read_types(types)
    for name, value in values.items():
        as_json, as_pickle = cachecodec.dumps(value), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        assert cachecodec.loads(as_json) == value or name == "catalog"
        tree = json.loads(as_json)
        as_marshal = marshal.dumps(tree)
        print(
            f"{name}: json {len(as_json) / 1e6:.2f} MB, load {best_ms(lambda data=as_json: cachecodec.loads(data)):.1f} ms "
            f"(of which parsing {best_ms(lambda data=as_json: json.loads(data)):.1f} ms; marshal would parse it in "
            f"{best_ms(lambda data=as_marshal: marshal.loads(data)):.1f} ms); "
            f"pickle {len(as_pickle) / 1e6:.2f} MB, load {best_ms(lambda data=as_pickle: pickle.loads(data)):.1f} ms"
        )


if __name__ == "__main__":
    main()
