"""The fuzz targets at a few hundred cases (`make fuzz` runs tens of thousands), and the
sanitizer build exercised once."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from differential import run_programs
from mutants import run_mutants

HERE = Path(__file__).parent


def test_mutants_parse_or_raise_hlo_error():
    parsed, rejected, escapes = run_mutants(300, seed=12)
    assert not escapes, f"seed {escapes[0].seed}: {escapes[0].error}\n{escapes[0].text}"
    assert parsed + rejected == 300 and rejected > parsed  # most edits break the text


def _report(problems) -> str:
    first = problems[0]
    return (f"{len(problems)} mismatches; first: {first.case}: {first.problem}\n"
            f"{first.module}\ninputs: {[a.tolist() for a in first.inputs]}")


def test_random_programs_match_the_evaluator():
    compared, problems = run_programs(200, seed=12, per_module=100)
    assert compared == 200
    assert not problems, _report(problems)


def _libasan() -> str | None:
    path = subprocess.run(["cc", "-print-file-name=libasan.so"], capture_output=True,
                          text=True).stdout.strip()
    return path if os.path.isabs(path) and os.path.exists(path) else None


SANITIZED_RUN = """
import subprocess, sys
import hlox
from differential import run_programs
compared, problems = run_programs(60, seed=5, per_module=60)
assert not problems, problems[0]
executable = hlox.compile(open(sys.argv[1]).read())
symbols = subprocess.run(["nm", "-D", executable.library_path], capture_output=True,
                         text=True).stdout
assert "__asan_report" in symbols and "__ubsan_handle" in symbols, "not sanitized"
print("sanitized ok", compared)
"""


def test_sanitizer_build_runs_random_programs_clean(tmp_path):
    """HLOX_SANITIZE=1 builds with ASan + UBSan (reports fatal); libasan must be loaded
    first, so the check runs in a subprocess with LD_PRELOAD."""
    libasan = _libasan()
    if libasan is None:
        pytest.skip("the C compiler has no libasan")
    module = tmp_path / "m.hlo"
    module.write_text((HERE.parents[1] / "examples" / "mlp_grad.hlo").read_text())
    env = {**os.environ, "HLOX_SANITIZE": "1", "LD_PRELOAD": libasan,
           "ASAN_OPTIONS": "detect_leaks=0", "HLOX_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": str(HERE)}
    out = subprocess.run([sys.executable, "-c", SANITIZED_RUN, str(module)], env=env,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "sanitized ok 60" in out.stdout
    assert "ERROR: AddressSanitizer" not in out.stderr and "runtime error" not in out.stderr
