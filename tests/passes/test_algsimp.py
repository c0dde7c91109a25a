"""algsimp's tables: every rule is registered under a real opcode, and the conversions it
treats as exact really lose nothing (checked against numpy on every value or a sample)."""
from __future__ import annotations

import itertools

import ml_dtypes
import numpy as np
import pytest

from hlox.ir.opcodes import OPS
from hlox.ir.shapes import ELEMENT_TYPES
from hlox.passes.algsimp import RULES, is_exact_conversion


def test_rules_name_real_opcodes():
    assert RULES
    for opcode, rule in RULES:
        assert opcode in OPS, opcode
        assert callable(rule)
    names = [rule.__name__ for _, rule in RULES]
    assert len(names) == len(set(names))


def _sample(dtype: np.dtype) -> np.ndarray:
    if dtype == np.bool_:
        return np.array([False, True])
    if dtype.kind == "c":  # complex: pairs of its parts' samples
        part = _sample(np.dtype(f"f{dtype.itemsize // 2}"))
        return (part[:, None] + 1j * part[None, :2]).reshape(-1).astype(dtype)
    if dtype.name in ("int4", "uint4", "int2", "uint2"):  # ml_dtypes' sub-byte integers
        info = ml_dtypes.iinfo(dtype)
        return np.arange(int(info.min), int(info.max) + 1).astype(dtype)
    if np.issubdtype(dtype, np.integer):
        info = np.iinfo(dtype)
        values = [info.min, info.min + 1, -1, 0, 1, 2, 255, 256, 2**24 + 1, info.max - 1,
                  info.max]
        return np.array([v for v in values if info.min <= v <= info.max], dtype=dtype)
    bits = {2: np.uint16, 4: np.uint32, 8: np.uint64}[dtype.itemsize]
    rng = np.random.default_rng(0)
    raw = rng.integers(0, np.iinfo(bits).max, 20000, dtype=bits, endpoint=True)
    values = raw.view(dtype)
    return values[np.isfinite(values.astype(np.float64))]


@pytest.mark.parametrize("source,target", [
    (s, t) for s, t in itertools.permutations(ELEMENT_TYPES, 2)])
def test_exact_conversions_round_trip(source, target):
    if not is_exact_conversion(source, target):
        return
    values = _sample(ELEMENT_TYPES[source].dtype)
    with np.errstate(all="ignore"):
        there = values.astype(ELEMENT_TYPES[target].dtype)
        back = there.astype(ELEMENT_TYPES[source].dtype)
    np.testing.assert_array_equal(back, values)


def test_lossy_conversions_are_not_called_exact():
    for source, target in [("f32", "f16"), ("f16", "bf16"), ("bf16", "f16"), ("s32", "f32"),
                           ("s8", "u16"), ("f32", "s32"), ("s32", "pred"), ("u32", "s32"),
                           ("u32", "c64"), ("c64", "f32"), ("c128", "c64"), ("u2", "token")]:
        assert not is_exact_conversion(source, target), (source, target)
    assert ml_dtypes.bfloat16  # bf16 values are sampled through ml_dtypes
