"""`hlox run` stops: --timeout and Ctrl-C end a compiled run that never ends, at once and
cleanly (exit 124 / 130, no traceback, no output file); running out of memory is exit 1."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

import hlox

SPIN = """HloModule spin
cond {
  p = s32[] parameter(0)
  ROOT t = pred[] constant(true)
}
body {
  p = s32[] parameter(0)
  one = s32[] constant(1)
  ROOT n = s32[] add(p, one)
}
ENTRY e {
  z = s32[] constant(0)
  ROOT w = s32[] while(z), condition=cond, body=body
}
"""
QUICK = SPIN.replace("ROOT t = pred[] constant(true)", "ROOT t = pred[] constant(false)")


def _cli(*args):
    return [sys.executable, "-m", "hlox.tools.cli", *map(str, args)]


@pytest.fixture
def spin(tmp_path):
    path = tmp_path / "spin.hlo"
    path.write_text(SPIN)
    hlox.compile(SPIN)  # warm the (test session's) cache: the subprocess starts running soon
    return path


def test_timeout_stops_a_while_true_loop(spin, tmp_path):
    start = time.monotonic()
    out = subprocess.run(_cli("run", spin, "--timeout", "1.5", "--output", tmp_path / "o.npz"),
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 124, out.stderr
    assert "longer than --timeout 1.5 s" in out.stderr and "Traceback" not in out.stderr
    assert time.monotonic() - start < 60
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spin.hlo"]  # nothing half-written


def test_timeout_is_not_an_error_for_a_run_that_ends(tmp_path):
    path = tmp_path / "quick.hlo"
    path.write_text(QUICK)
    out = subprocess.run(_cli("run", path, "--timeout", "100"), capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "out0: s32[] min=0" in out.stdout


def test_ctrl_c_stops_a_compiled_run(spin, tmp_path):
    # how long a run that ends takes here, start-up included: by then the spin is spinning
    quick = tmp_path / "quick.hlo"
    quick.write_text(QUICK)
    begin = time.monotonic()
    subprocess.run(_cli("run", quick), capture_output=True, timeout=120, check=True)
    startup = time.monotonic() - begin
    process = subprocess.Popen(_cli("run", spin, "--output", tmp_path / "o.npz"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5 * startup + 1.0)
    assert process.poll() is None  # still spinning
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quick.hlo", "spin.hlo"]


def test_out_of_memory_is_a_user_error(tmp_path):
    """Verifiable but too large to allocate: exit 1 with a clear message, not exit 2."""
    path = tmp_path / "big.hlo"
    path.write_text("""HloModule big
ENTRY e {
  a = f32[] parameter(0)
  u = f32[1,4] parameter(1)
  b = f32[1048576,1048576] broadcast(a), dimensions={}
  i = s32[] constant(0)
  d = f32[1048576,1048576] dynamic-update-slice(b, u, i, i)
  ROOT s = f32[1,4] slice(d), slice={[0:1],[0:4]}
}
""")
    out = subprocess.run(_cli("run", path), capture_output=True, text=True, timeout=120)
    assert out.returncode == 1, out.stderr
    assert "not enough memory" in out.stderr and "internal error" not in out.stderr
