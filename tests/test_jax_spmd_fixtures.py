"""The per-device programs JAX compiled for 2 and 4 CPU devices (tests/fixtures/jax_spmd,
made by its generate.py): hlox parses and prints them back, and its evaluator, running
every device in step, gives JAX's per-device outputs."""
from __future__ import annotations

import json
from pathlib import Path

import ml_dtypes
import numpy as np
import pytest

from hlox.ir import parse_module
from hlox.ir.collectives import device_counts
from hlox.ir.evaluator import evaluate_spmd
from hlox.ir.printer import print_module

FIXTURES = Path(__file__).parent / "fixtures" / "jax_spmd"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text())


def load(name: str):
    """(module, per-device arguments, per-device expected outputs: [device][leaf])."""
    spec = MANIFEST[name]
    data = np.load(FIXTURES / f"{name}.npz")

    def typed(key, dtype):
        array = data[key]
        return array.view(ml_dtypes.bfloat16) if dtype == "bf16" else array

    args = [typed(f"arg{i}", t) for i, t in enumerate(spec["inputs"])]
    outs = [typed(f"out{i}", t) for i, t in enumerate(spec["outputs"])]
    n = spec["devices"]
    module = parse_module((FIXTURES / f"{name}.hlo").read_text(), f"{name}.hlo")
    return (module, [[a[d] for a in args] for d in range(n)],
            [[o[d] for o in outs] for d in range(n)])


def leaves(value) -> list[np.ndarray]:
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in leaves(v)]
    return [np.asarray(value)]


def assert_device_outputs(got: list, expected: list[list[np.ndarray]], what: str) -> None:
    assert len(got) == len(expected), what
    for d, (value, want) in enumerate(zip(got, expected)):
        value = leaves(value)
        assert len(value) == len(want), f"{what} device {d}"
        for i, (g, e) in enumerate(zip(value, want)):
            where = f"{what} device {d} out{i}"
            assert g.shape == e.shape and g.dtype == e.dtype, f"{where}: {g.dtype}{g.shape}"
            if e.dtype.kind in "biu":
                np.testing.assert_array_equal(g, e, err_msg=where)
            else:
                np.testing.assert_allclose(g.astype(np.float64), e.astype(np.float64),
                                           rtol=2e-5 if e.dtype == np.float32 else 1e-2,
                                           atol=1e-6, err_msg=where)


def test_every_collective_and_mode_is_covered():
    text = "".join((FIXTURES / f"{name}.hlo").read_text() for name in MANIFEST)
    for opcode in ("all-reduce(", "all-gather(", "reduce-scatter(", "collective-permute(",
                   "all-to-all(", "partition-id("):
        assert opcode in text, opcode
    assert {MANIFEST[n]["devices"] for n in MANIFEST} == {2, 4}
    assert {t for n in MANIFEST for t in MANIFEST[n]["inputs"]} >= {"f32", "bf16", "s32"}


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_round_trip(name):
    module, _, _ = load(name)
    printed = print_module(module)
    again = parse_module(printed)
    assert print_module(again) == printed
    assert device_counts(again) == device_counts(module)
    r, p = device_counts(module)
    assert r * p == MANIFEST[name]["devices"]


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_evaluator_matches_jax(name):
    module, args, expected = load(name)
    assert_device_outputs(evaluate_spmd(module, args), expected, name)
