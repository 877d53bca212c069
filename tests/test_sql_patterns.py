"""The SQL reader's regexes spelled for speed still mean what their readable form says.

Some character classes are written as negated ASCII classes (re compiles a wide range
such as `\\x80-\\U0010ffff` into a bitmap in Python, milliseconds at every start), and the
statement scanner's token regex tells E-strings apart in Python instead of with a
look-behind: these tests compare each with the readable spelling it replaced, over
every code point, and the scanner against a reference scan with the old regexes, so a
wrong class or a missed E-string cannot pass.
"""

from __future__ import annotations

import random
import re

import pytest

from rpccheck.sql import body, scanner

ALL_CODE_POINTS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _members(pattern: str) -> str:
    return "".join(re.findall(pattern, ALL_CODE_POINTS))


@pytest.mark.parametrize(
    "readable, fast",
    [
        # scanner._WORD: first character, then the rest
        (r"[A-Za-z_\x80-\U0010ffff]", scanner._WORD.pattern[: scanner._WORD.pattern.index("]") + 1]),
        (r"[\w$\x80-\U0010ffff]", scanner._WORD.pattern[scanner._WORD.pattern.index("]") + 1 : -1]),
        # body._DOLLAR: the tag's first character, then the rest
        (r"[A-Za-z_\x80-\uffff]", r"[^\x00-@\[-\^`{-\x7f\U00010000-\U0010ffff]"),
        (r"[\w\x80-\uffff]", r"(?:[^\x00-/:-@\[-\^`{-\x7f\U00010000-\U0010ffff]|\w)"),
    ],
)
def test_fast_classes_hold_the_same_code_points(readable, fast):
    assert _members(fast) == _members(readable)


def test_dollar_tag_pattern_is_the_readable_one():
    readable = re.compile(r"\$([A-Za-z_\x80-\uffff][\w\x80-\uffff]*)?\$")
    assert body._DOLLAR.pattern == (
        r"\$([^\x00-@\[-\^`{-\x7f\U00010000-\U0010ffff](?:[^\x00-/:-@\[-\^`{-\x7f\U00010000-\U0010ffff]|\w)*)?\$"
    )
    for text in ["$$", "$a$", "$é1$", "$1$", "$_x9$", "$\U00010400x$", "$\U0001f600$", "$a b$", "$ab"]:
        a, b = readable.match(text), body._DOLLAR.match(text)
        assert (a and a.group(0)) == (b and b.group(0)), text


# the scanner's token regexes before they were spelled for speed (see scanner.py)
_OLD_PLAIN = re.compile(r"""[;'"$\\]|--|/\*|(?<![\w$])[eE](?=')""")
_OLD_NESTED = re.compile(
    r"""[;'"$\\()]|--|/\*|(?<![\w$])[eE](?=')|(?<![\w$])(?:begin|case|end)(?![\w$])""", re.IGNORECASE
)


def _old_find_end(text, start, nested, routine):
    """scanner._find_end as it was with one combined regex per kind of statement."""
    pattern = _OLD_NESTED if nested else _OLD_PLAIN
    depth = blocks = 0
    pos, n = start, len(text)
    while True:
        m = pattern.search(text, pos)
        if m is None:
            if depth > 0:
                raise scanner._Unterminated(start, "statement (a parenthesis is never closed)")
            if blocks > 0:
                raise scanner._Unterminated(start, "routine body (BEGIN without END)")
            return n, True, None
        tok, i = m.group(), m.start()
        if tok == ";":
            if depth <= 0 and blocks <= 0:
                return i + 1, True, None
            pos = i + 1
        elif tok == "(":
            depth, pos = depth + 1, i + 1
        elif tok == ")":
            depth, pos = max(depth - 1, 0), i + 1
        elif tok == "\\":
            if text.startswith(scanner._SENDING_META, i) and not text.startswith("\\getenv", i):
                return i, True, None
            j = text.find("\n", i)
            pos = n if j < 0 else j + 1
        elif len(tok) > 2:
            if routine and depth == 0:
                w = tok.lower()
                if w == "begin":
                    blocks += 1
                elif w == "case":
                    blocks += 1 if blocks else 0
                elif blocks:
                    blocks -= 1
            pos = m.end()
        else:
            nxt = scanner.skip_token(text, i, tok)
            pos = nxt if nxt is not None else i + 1


_ATOMS = [
    "e'",
    "E'",
    "'",
    '"',
    "$$",
    "$a$",
    "$1",
    ";",
    "\\",
    "\\g",
    "--",
    "/*",
    "*/",
    "(",
    ")",
    "begin",
    "BEGIN",
    "end",
    "case",
    "x",
    " ",
    "\n",
    "e",
    "é",
    "ée'",
    "_e'",
    "$e'",
    "1e'",
    "\\'",
    "''",
    "end'",
    "case'",
    "copy t from stdin;\n",
    "\\.\n",
    "begin atomic ",
    "select ",
    "grant all ",
    "end$",
]
_HEADS = ["", "create function f() ", "CREATE OR REPLACE PROCEDURE p() ", "create rule r as ", "select "]


def test_statement_split_is_the_reference_split(monkeypatch):
    rng = random.Random(12)
    texts = [rng.choice(_HEADS) + "".join(rng.choice(_ATOMS) for _ in range(rng.randrange(1, 25))) for _ in range(4000)]

    def split(find_end, text):
        monkeypatch.setattr(scanner, "_find_end", find_end)
        # the reference also ends plain statements in _find_end (no shortcut for `;` first)
        monkeypatch.setattr(scanner, "_PLAIN_FIRST", find_end is fast)
        statements, problems = scanner.split_statements(text)
        return [(s.start, s.end, s.line, s.terminated) for s in statements], [
            (p.offset, p.line, p.message) for p in problems
        ]

    fast = scanner._find_end
    for text in texts:
        assert split(fast, text) == split(_old_find_end, text), text


def test_statements_passed_over_are_the_ones_not_listed():
    """split_statements(text, initials) lists what split_statements(text) lists, less the
    statements starting with an ASCII character whose lower case is not in `initials`;
    its `_passed_over` regex skips runs of them (and space and comments) in one match."""
    from rpccheck.sql.replay import _FileReader

    rng = random.Random(22)
    atoms = _ATOMS + ["-", "/", "*", "g", "grant x", "insert ", "I", "a", "alter ", "\x00", "\xa0", "\u2028"]
    atoms += [";\n", "-- c\n", "\x1c", "GRANT ALL ON t TO anon;\n", "-x;", "/ 2;", "é;"]
    for initials in (_FileReader._initials, frozenset("cs"), frozenset()):
        for _ in range(4000):
            text = "".join(rng.choice(atoms) for _ in range(rng.randrange(1, 30)))
            listed, problems = scanner.split_statements(text)
            kept = [s for s in listed if not text[s.start].isascii() or text[s.start].lower() in initials]
            passed, problems_passed = scanner.split_statements(text, initials)
            assert passed == kept and problems_passed == problems, text


def test_block_word_pattern_is_the_readable_one():
    """scanner._BLOCK_WORD starts with a character class (for speed): it finds the same
    words as the readable re.IGNORECASE spelling, from any start and up to any end, next
    to the characters that case folding or word boundaries treat specially."""
    readable = re.compile(scanner.BLOCK_WORD_READABLE, re.IGNORECASE)
    rng = random.Random(5)
    alphabet = "bBcCeEgGiInNaAsSdD$_ 1\n\u00e9\u017f\u212a\u0130\u0131x"
    words = ["begin", "BEGIN", "case", "CaSe", "end", "End", "bend", "ending", "$end", "end$", "legend", "ca\u017fe"]
    for _ in range(6000):
        text = "".join(rng.choice(alphabet if rng.random() < 0.7 else words) for _ in range(rng.randrange(0, 10)))
        for pos in range(len(text) + 1):
            for end in (pos, (pos + len(text)) // 2, len(text)):
                a, b = readable.search(text, pos, end), scanner._BLOCK_WORD.search(text, pos, end)
                assert (a and a.span()) == (b and b.span()), (text, pos, end)
    # the letter classes hold every code point re.IGNORECASE matches each letter with
    for letter, fast in zip("bcegi", ["[bB]", "[cC]", "[eE]", "[gG]", "[iI\u0130\u0131]"]):
        assert _members(fast) == _members(f"(?i:{letter})") and fast in scanner._BLOCK_WORD.pattern
    for letter, fast in zip("nasd", ["[nN]", "[aA]", "[sS\u017f]", "[dD]"]):
        assert _members(fast) == _members(f"(?i:{letter})") and fast in scanner._BLOCK_WORD.pattern


def test_body_split_without_values_blanks_as_with_them():
    """body._split(strings=False) ends standard strings with one possessive regex instead
    of the loop that assembles values (strings=True): the same blanked text, and the
    same refusal of an unterminated string, for random quote-heavy text."""
    rng = random.Random(9)
    atoms = "' '' ''' e' E' \\ \\' \" \"\" $$ $a$ -- /* */ - x é".split() + ["\n", " "]

    def blanked(text, strings):
        try:
            return body._split(text, strings)[0]
        except ValueError as e:
            return ("refused", str(e))

    for _ in range(20000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randrange(0, 14)))
        assert blanked(text, False) == blanked(text, True), text


def test_body_blanked_in_one_substitution_is_the_loop_scan():
    """body._blanked blanks a body with one regex substitution where it can: the same
    text as the loop (`_split(strings=False)`), and the same refusal of an unterminated
    string or dollar quote, for random quote-heavy text; E-strings, quoted identifiers
    and block comments (which it leaves to the loop) are among the atoms, so both paths
    are compared."""
    rng = random.Random(23)
    atoms = (
        "' '' ''' e' E' xe' _e' 1e' \\ \\' \" $$ $a$ $b$ $\u20ac$ $\u00e9$ $1 a$ $a -- /* */ - / x e \u00e9 ;".split()
    )
    atoms += ["\n", " ", "  "]

    def blanked(scan, text):
        try:
            return scan(text)
        except ValueError:
            return "refused"

    fast_taken = 0
    for _ in range(40000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randrange(0, 16)))
        expected = blanked(lambda t: body._split(t, strings=False)[0], text)
        assert blanked(body._blanked, text) == expected, text
        fast_taken += '"' not in text and "/*" not in text and "e'" not in text.lower()
    assert fast_taken > 10000
    # the substitution's dollar tag is `_DOLLAR`'s after its first `$`, and `\w` (its
    # look-behinds) is what `_split` tests with isalnum() or `_`
    assert body._DOLLAR.pattern == r"\$(" + body._TAG_REST[3:]
    assert _members(r"\w") == "".join(c for c in ALL_CODE_POINTS if c.isalnum() or c == "_")


def test_write_words_are_the_write_pattern():
    """body._writes_lower runs `_WRITES`'s alternatives at the occurrences of their first
    words: they are that pattern's alternatives, and both answer alike on ASCII text."""
    alternatives = [a for _, a in body.WRITE_ALTERNATIVES]
    assert all(a.startswith(word) for word, a in body.WRITE_ALTERNATIVES)
    ddl = [a for a in alternatives if a.endswith(body._WRITE_DDL)]
    assert [a[: -len(body._WRITE_DDL)] for a in ddl] == ["create", "alter", "drop"]
    joined = "|".join(alternatives).replace("|".join(ddl), "(?:create|alter|drop)" + body._WRITE_DDL)
    assert re.sub(r"\s+", "", body._WRITES.pattern) == r"\b(?:" + joined + ")"

    writes, temp = re.compile(body._WRITES.pattern, re.VERBOSE), re.compile(body._TEMP.pattern)
    rng = random.Random(5)
    words = [w for w, _ in body.WRITE_ALTERNATIVES] + ["into", "from", "set", "only", "as", "on", "or", "replace"]
    words += ["unique", "table", "view", "materialized", "key", "no", "share", "update", "temp", "temporary", "orary"]
    glue = [" ", "  ", "\n", "_", "x", "1", ".", '"', "*", "(", ")", "", ";", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randrange(1, 8)))
        if not text.isascii():
            continue
        assert body._writes_lower(text) == (writes.search(text) is not None), text
        assert body._temp_lower(text) == (temp.search(text) is not None), text


def test_language_pattern_is_the_readable_one():
    """body._LANGUAGE starts with a character class (for speed): the same matches and
    groups as the readable re.IGNORECASE spelling, from any start, and its letter classes
    hold every code point re.IGNORECASE matches each letter with."""
    readable = re.compile(body.LANGUAGE_READABLE, re.IGNORECASE)
    rng = random.Random(6)
    atoms = ["language", "LANGUAGE", "Language", "languag", "xlanguage", "_language", "$language", "é", " ", "\n"]
    atoms += ["sql", "'plpgsql'", '"c"', "'", '"', "1", "\u017f", "\u0130", "(", "-"]
    for _ in range(20000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randrange(0, 8)))
        for pos in range(0, len(text) + 1, 3):
            a, b = readable.search(text, pos), body._LANGUAGE.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos)
    for letter in "langue":
        assert _members(f"[{letter}{letter.upper()}]") == _members(f"(?i:{letter})")


def test_standard_string_rest_is_the_atomic_match_in_python_310_syntax():
    """The body scan's string end is an atomic match; Python 3.10 (supported) has no
    possessive quantifiers, so it is spelled as a lookahead and its backreference. Same
    answers as the possessive spelling, which 3.11 can compile."""
    import random
    import sys

    from rpccheck.sql.body import _STANDARD_STRING_REST

    assert "*+" not in _STANDARD_STRING_REST.pattern
    samples = ["", "'", "''", "'''", "a'", "a''", "a'''b'", "x''y''z'", "no end''"]
    rnd = random.Random(7)
    samples += ["".join(rnd.choice("a' ") for _ in range(rnd.randint(0, 10))) for _ in range(3000)]
    for text in samples:
        for start in range(len(text) + 1):
            got = _STANDARD_STRING_REST.match(text, start)
            # the reference: the first quote not doubled, after runs of doubled quotes
            i = start
            while True:
                q = text.find("'", i)
                if q >= 0 and text.startswith("''", q):
                    i = q + 2
                    continue
                break
            assert (got.end() if got else None) == (q + 1 if q >= 0 else None), (text, start)
            if sys.version_info >= (3, 11):
                possessive = re.compile(r"[^']*+(?:''[^']*+)*+'").match(text, start)
                assert (got.end() if got else None) == (possessive.end() if possessive else None)


def test_no_regex_needs_python_311_syntax():
    """Possessive quantifiers and atomic groups are Python 3.11 syntax: a pattern using
    them fails to compile on 3.10 at import, taking the whole reader with it."""
    import pathlib
    import tokenize

    root = pathlib.Path(__file__).resolve().parent.parent / "rpccheck"
    found = []
    for path in root.rglob("*.py"):
        with open(path, "rb") as f:
            for tok in tokenize.tokenize(f.readline):
                raw = tok.type == tokenize.STRING and "r" in tok.string.split(tok.string[-1])[0].lower()
                if raw and re.search(r"(?<!\\)[*+?}]\+|\(\?>", tok.string):  # (patterns are raw strings)
                    found.append(f"{path.name}:{tok.start[0]}: {tok.string[:60]}")
    assert not found, found
