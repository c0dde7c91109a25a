"""The convolution emitter through the whole pipeline: a convolution and its elementwise
epilogue (bias, relu / relu6, residual add) are one kOutput fusion and one loop nest,
tiles of patches in the kernel's own stack array (no arena), the kernel read where it
lies; a weight gradient's patches one image at a time; values against the evaluator,
on 1 and 2 threads."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import hlox
from hlox.ir.evaluator import evaluate_text
from hlox.tools.cli import main

CASES = sorted((Path(__file__).parent / "convolution").glob("*.hlo"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
@pytest.mark.parametrize("threads", [1, 2])
def test_convolution_with_epilogue_matches_evaluator(path, threads):
    text = path.read_text()
    exe = hlox.compile(text, hlox.CompileOptions(threads=threads))
    rng = np.random.default_rng(len(path.stem))
    args = [rng.normal(size=p.dims).astype(np.float32) for p in exe.signature.params]
    np.testing.assert_allclose(exe(*args), evaluate_text(text, args), rtol=1e-4, atol=1e-4)


# (kernels, arena bytes): a convolution and its epilogue are one loop nest with no arena;
# a weight gradient packs its kernel (dy) into the arena, and where 16 positions' patches
# (a whole image each) are too big for a thread's stack, a tile of 18 (whole rows) too,
# not the whole batch's patches.
EXPECTED = {"nhwc_bias_relu": (1, 0), "nchw_bias_relu6": (1, 0), "grouped_residual": (1, 0),
            "weight_gradient": (2, 4 * 16 * 32 * 32 * 4 + 18 * 4 * 32 * 32 * 4),
            "weight_gradient_1x1": (2, 8 * 36 * 16 * 16 * 4)}


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_kernels_and_arena(path, capsys):
    assert main(["compile", str(path), "--stats"]) == 0
    stats = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (stats["kernels"], stats["arena_bytes"]) == EXPECTED[path.stem]
