"""The "did you mean" answers are unchanged by the pruning that keeps them cheap: NameIndex's
length prune and memo, and _unique_close's length and quick_ratio prunes, give what plain
difflib gives over the same trigram candidates."""

import difflib
import random

import pytest

from rpccheck.resolve import NameIndex, _close, _reach, _trigrams, _unique_close


def _names() -> list[str]:
    rnd = random.Random(3)
    parts = ["get", "set", "user", "users", "order", "orders", "by", "id", "list", "count", "search", "team", "x", "a"]
    names = {"_".join(rnd.choice(parts) for _ in range(rnd.randint(1, 5))) for _ in range(400)}
    return sorted(names | {"A", "ab", "GetUser", "get_user_by_id_and_team_and_order_with_a_long_tail"})


def _words(names: list[str]) -> list[str]:
    rnd = random.Random(5)
    out = ["", "x", "g", "zzzz", "get_user_by_id_and_team_and_order_with_a_long_tail_x", "GETUSER"]
    for _ in range(120):
        w = list(rnd.choice(names))
        for _ in range(rnd.randint(0, 6)):
            i = rnd.randrange(len(w) + 1)
            op = rnd.random()
            if op < 0.35 and w:
                del w[min(i, len(w) - 1)]
            elif op < 0.7:
                w.insert(i, rnd.choice("abcdeginorstuy_"))
            elif w:
                w[min(i, len(w) - 1)] = rnd.choice("abcdeginorstuy_")
        out.append("".join(w) + (rnd.choice(names) if rnd.random() < 0.1 else ""))
    return out


def _plain_candidates(index: NameIndex, word: str) -> list[str]:
    # the candidates before any pruning: names sharing at least half the best trigram count
    grams = _trigrams(word.lower())
    shared = {n: len(grams & _trigrams(n.lower())) for n in index.names}
    best = max(shared.values())
    if best == 0:
        return []
    return [n for n in index.names if shared[n] >= (best + 1) // 2]


def _plain_unique(word: str, choices: list[str], cutoff: float = 0.75) -> bool:
    folded = [c for c in choices if c.lower() == word.lower() and c != word]
    if folded:
        return len(folded) == 1
    ranked = sorted(
        (
            difflib.SequenceMatcher(None, word, c).ratio()
            for c in choices
            if _trigrams(word.lower()) & _trigrams(c.lower())
        ),
        reverse=True,
    )
    return bool(ranked) and ranked[0] >= cutoff and (len(ranked) == 1 or ranked[1] < ranked[0])


def test_pruned_suggestions_are_the_plain_ones():
    names = _names()
    index = NameIndex(names)
    assert len(index.names) > 50  # the trigram path, not the small-list one
    differ = 0
    for word in _words(names):
        plain = _plain_candidates(index, word)
        folded = [c for c in names if c.lower() == word.lower() and c != word]
        expect = folded[0] if folded else (difflib.get_close_matches(word, plain, n=1, cutoff=0.75) or [None])[0]
        for _ in range(2):  # the second answer comes from the memo
            assert index.close(word) == expect, word
            assert index.unique_close(word) == (len(folded) == 1 if folded else _plain_unique(word, plain)), word
        assert _unique_close(word, names) == _plain_unique(word, names), word
        plain_close = [c for c in names if c.lower() == word.lower() and c != word]
        grams = _trigrams(word.lower())
        want = (
            plain_close[0]
            if plain_close
            else (
                difflib.get_close_matches(word, [c for c in names if grams & _trigrams(c.lower())], n=1, cutoff=0.75)
                or [None]
            )[0]
        )
        assert _close(word, names) == want, word
        differ += expect is not None
    assert differ > 50  # the words do get suggestions: the comparison is not vacuous


def test_substring_scan_and_postings_count_the_same_names():
    # the first words are counted by substring tests, later ones from postings: both give
    # the same candidates for every word (names with spaces and capitals included)
    names = _names() + ["Get User", "get  user", "a b", "ÉTÉ_été"]
    scanned, posted = NameIndex(names), NameIndex(names)
    scanned.SCANS_BEFORE_POSTINGS = 10**6
    posted.SCANS_BEFORE_POSTINGS = 0
    words = _words(names) + ["get user", "  ", "a b c", "été"]
    for word in words:
        for cutoff in (0.75, 0.5):
            plain = [n for n in _plain_candidates(scanned, word) if _reach(len(word), len(n)) >= cutoff]
            assert scanned._count(word, cutoff) == plain, (word, cutoff)
            assert posted._count(word, cutoff) == plain, (word, cutoff)
    assert scanned._postings is None and posted._postings is not None


def test_postings_kept_in_the_cache_give_the_same_suggestions(tmp_path, monkeypatch):
    """A check's name indexes keep their postings in the cache, by the names: a later run
    loads them instead of indexing (or scanning) every name, and suggests the same; what
    is kept there that is not postings of those names is not used."""
    from rpccheck.project import _CachedPostings

    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("RPCCHECK_NO_CACHE", raising=False)
    names = _names()
    words = _words(names)[:40]
    plain = NameIndex(names)
    expected = [(plain.close(w), plain.unique_close(w)) for w in words]
    store = _CachedPostings(True, tmp_path / "project")
    first = NameIndex(names, postings_store=store)
    assert [(first.close(w), first.unique_close(w)) for w in words] == expected
    [entry] = (tmp_path / "cache").glob("suggest-*.json")
    again = NameIndex(names, postings_store=store)
    monkeypatch.setattr(NameIndex, "_build_postings", lambda self: pytest.fail("indexed again"))
    assert [(again.close(w), again.unique_close(w)) for w in words] == expected
    monkeypatch.undo()
    monkeypatch.setenv("RPCCHECK_CACHE_DIR", str(tmp_path / "cache"))
    for bad in (b"not json", b'{"get": [1, "x"]}', b'{"get": [999999]}', b'{"get": [-1]}', b"[1]"):
        entry.write_bytes(bad)
        assert store.load(sorted(set(names))) is None
        bad_run = NameIndex(names, postings_store=store)
        assert [(bad_run.close(w), bad_run.unique_close(w)) for w in words] == expected


def test_unique_close_alone_and_at_other_cutoffs_is_the_plain_one():
    # unique_close ranks the candidates close found passing quick_ratio: asked first, or at a
    # cutoff close was not asked at, it finds them itself, and answers as plain difflib does
    names = _names()
    for cutoff in (0.75, 0.6, 0.9):
        index = NameIndex(names)
        for word in _words(names):
            folded = [c for c in names if c.lower() == word.lower() and c != word]
            expect = len(folded) == 1 if folded else _plain_unique(word, _plain_candidates(index, word), cutoff)
            assert index.unique_close(word, cutoff) == expect, (word, cutoff)
