"""Robustness: mutated real inputs never crash a reader or the CLI, and cost linear time.

The counts here keep the suite to seconds; `python3 bench/fuzz.py` runs the long
campaigns (and saves what it finds under tests/mutfuzz/regressions/), and
`pytest --mutate-count N --mutate-cli-runs M --mutate-seed S` runs a chosen one here.
"""

from __future__ import annotations

import pytest

from mutfuzz import campaign


def _report(tally) -> str:
    lines = (
        [tally.summary()] + [f"  crash: {f}" for f in tally.crashes[:20]] + [f"  slow: {f}" for f in tally.slow[:20]]
    )
    return "\n".join(lines)


def test_every_input_that_ever_failed():
    tally = campaign.replay_regressions()
    assert not tally.crashes and not tally.slow, _report(tally)


def test_mutated_inputs_to_every_reader(request):
    count = request.config.getoption("--mutate-count")
    tally = campaign.readers(count, request.config.getoption("--mutate-seed"))
    assert tally.inputs == count
    assert not tally.crashes and not tally.slow, _report(tally)


def test_mutated_projects_through_the_cli(request):
    count = request.config.getoption("--mutate-cli-runs")
    tally = campaign.cli_runs(count, request.config.getoption("--mutate-seed"))
    assert tally.cli_runs == count
    assert not tally.crashes and not tally.slow, _report(tally)


@pytest.mark.parametrize("text", ["::error::x", "  ::add-mask::y", "a ##[group]b"])
def test_the_runner_model_sees_commands(text):
    from mutfuzz.targets import github_commands

    assert github_commands("fine\n" + text) == [text]
