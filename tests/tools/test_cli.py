"""The `hlox` command line: parse, run, compile; errors never show a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

EXAMPLES = Path(__file__).parents[2] / "examples"
MLP = EXAMPLES / "mlp_grad.hlo"


def hlox(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "hlox.tools.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=300, cwd=cwd)


def test_parse_prints_canonical_text():
    out = hlox("parse", MLP)
    assert out.returncode == 0
    assert out.stdout.startswith("HloModule jit_mlp_grad, entry_computation_layout=")
    assert "ENTRY" in out.stdout


def test_parse_error_has_location_and_caret(tmp_path):
    bad = tmp_path / "bad.hlo"
    bad.write_text("HloModule m\nENTRY e {\n  x = f32[2] parameter(0)\n"
                   "  ROOT y = f32[2] add(x, x, \n}\n")
    out = hlox("parse", bad)
    assert out.returncode == 1
    first, line, caret = out.stderr.splitlines()[:3]
    assert first.startswith(f"{bad}:5:1: ")
    assert caret.strip() == "^"
    assert "Traceback" not in out.stderr


def test_run_with_inputs_and_outputs_matches_jax(tmp_path):
    out_file = tmp_path / "out.npz"
    out = hlox("run", MLP, "--inputs", EXAMPLES / "mlp_grad_inputs.npz", "--output", out_file)
    assert out.returncode == 0, out.stderr
    expected = np.load(EXAMPLES / "mlp_grad_expected.npz")
    got = np.load(out_file)
    assert sorted(got.files) == ["out0", "out1", "out2", "out3"]
    for name in expected.files:
        np.testing.assert_allclose(got[name], expected[name], atol=2e-5)


@pytest.mark.parametrize("mode", ["--evaluator", "--compare"])
def test_run_modes(mode):
    out = hlox("run", MLP, "--seed", "3", mode)
    assert out.returncode == 0, out.stderr
    assert "out3: f32[4]" in out.stdout
    if mode == "--compare":
        difference = float(out.stdout.split("evaluator: ")[1].split()[0])
        assert difference < 1e-5


def test_run_with_wrong_inputs_names_the_parameter(tmp_path):
    inputs = dict(np.load(EXAMPLES / "mlp_grad_inputs.npz"))
    inputs["arg2"] = inputs["arg2"][:, :3]
    bad = tmp_path / "bad.npz"
    np.savez(bad, **inputs)
    out_file = tmp_path / "out.npz"
    out = hlox("run", MLP, "--inputs", bad, "--output", out_file)
    assert out.returncode == 1
    assert "arg2 is float32[16, 3], parameter 2 needs f32[16,4]" in out.stderr
    assert not out_file.exists()  # nothing half-written


def test_missing_input_array_and_missing_file(tmp_path):
    partial = tmp_path / "partial.npz"
    np.savez(partial, arg0=np.zeros((8, 16), np.float32))
    out = hlox("run", MLP, "--inputs", partial)
    assert out.returncode == 1 and "missing arg1" in out.stderr
    out = hlox("run", tmp_path / "nope.hlo")
    assert out.returncode == 1 and "no such file" in out.stderr


def test_compile_stats_is_the_last_line(tmp_path):
    import json

    out = hlox("compile", MLP, "--stats", "-o", tmp_path / "lib")
    assert out.returncode == 0, out.stderr
    stats = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(stats) == {"kernels", "arena_bytes", "compile_seconds", "cache_hit"}
    assert (tmp_path / "lib" / "module.so").exists()
