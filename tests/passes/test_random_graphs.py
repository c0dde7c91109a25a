"""Differential testing of the whole pipeline on random graphs: the optimized module
computes what the input module did (reference evaluator before and after)."""
from __future__ import annotations

import numpy as np
import pytest

from hlox.ir import print_module
from hlox.ir.evaluator import evaluate
from hlox.options import CompileOptions
from hlox.pipeline import optimize

from random_graphs import random_arguments, random_module

SEEDS = range(150)


def _leaves(value):
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


@pytest.mark.parametrize("seed", SEEDS)
def test_random_graph(seed):
    module = random_module(seed)
    args = random_arguments(module, seed)
    with np.errstate(all="ignore"):
        expected = evaluate(module, args)
        optimized = optimize(module, CompileOptions(verify_passes=True))
        got = evaluate(optimized, args)
    for e, g in zip(_leaves(expected), _leaves(got), strict=True):
        assert e.shape == g.shape and e.dtype == g.dtype, print_module(optimized)
        if np.issubdtype(e.dtype, np.floating):
            np.testing.assert_allclose(g, e, rtol=1e-5, atol=1e-6,
                                       err_msg=print_module(module))
        else:
            np.testing.assert_array_equal(g, e, err_msg=print_module(module))


def test_small_fusion_limit_keeps_results():
    """With tiny fusions allowed, more kernels, same results."""
    for seed in range(20):
        module = random_module(seed)
        args = random_arguments(module, seed)
        with np.errstate(all="ignore"):
            expected = evaluate(module, args)
            got = evaluate(optimize(module, CompileOptions(verify_passes=True,
                                                           max_fusion_size=2)), args)
        for e, g in zip(_leaves(expected), _leaves(got)):
            np.testing.assert_allclose(np.asarray(g, np.float64), np.asarray(e, np.float64),
                                       rtol=1e-5, atol=1e-6)
