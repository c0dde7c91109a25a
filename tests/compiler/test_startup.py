"""Start-up cost: what a cache hit imports, what `import hlox` imports, and that the
stats count the imports a compile makes (issue: a cache hit in a new process)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

import hlox
from hlox.options import CompileOptions

ADD = """HloModule add
ENTRY main {
  x = f32[4] parameter(0)
  y = f32[4] parameter(1)
  ROOT s = f32[4] add(x, y)
}
"""

# Modules a cache hit has no use for (each costs tens of milliseconds to import or more).
HEAVY = ("ml_dtypes", "xdsl", "pycparser", "pydantic", "cffi", "subprocess", "hlox.ir.parser",
         "hlox.ir.dialect", "hlox.passes.codegen", "hlox.pipeline", "hlox.runtime.communicator")

_CHILD = r"""
import json, sys, time
import numpy as np
import hlox
before = sorted(m for m in sys.modules if m.startswith("hlox"))
heard = []
from hlox import hooks
hooks.compile_stats.set(heard.append)
start = time.perf_counter()
exe = hlox.compile(sys.argv[1])
waited = time.perf_counter() - start
(stats,) = heard
out = exe(np.arange(4, dtype=np.float32), np.ones(4, np.float32))
print(json.dumps({"hit": stats.cache_hit, "seconds": stats.compile_seconds,
                  "waited": waited, "before": before, "out": out.tolist(),
                  "loaded": sorted(m for m in sys.modules if m.split(".")[0] in
                                   ("ml_dtypes", "xdsl", "pycparser", "pydantic", "cffi",
                                    "subprocess", "hlox"))}))
"""


def _child(code: str, *args: str, cache) -> dict:
    env = dict(os.environ, HLOX_CACHE_DIR=str(cache))
    env.pop("HLOX_FLAGS", None)
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _heavy(loaded: list[str]) -> list[str]:
    return [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_a_cache_hit_in_a_new_process_imports_nothing_heavy(tmp_path):
    cold = _child(_CHILD, ADD, cache=tmp_path)
    hit = _child(_CHILD, ADD, cache=tmp_path)
    assert not cold["hit"] and hit["hit"]
    assert cold["out"] == hit["out"] == [1.0, 2.0, 3.0, 4.0]
    assert _heavy(hit["loaded"]) == []
    # `import hlox` itself loads the options only; the driver is imported by the first
    # compile, and the stats count that import: they cover what the caller waited for
    assert "hlox.driver" not in hit["before"]
    assert 0.5 * hit["waited"] <= hit["seconds"] <= hit["waited"]


def test_import_hlox_is_light(tmp_path):
    code = ("import sys, json, hlox; print(json.dumps(sorted(m for m in sys.modules if "
            "m.split('.')[0] in ('numpy', 'ml_dtypes', 'xdsl', 'pydantic', 'cffi', 'hlox'))))")
    loaded = _child(code, cache=tmp_path)
    assert loaded == ["hlox", "hlox.lazy", "hlox.options"]


def test_hlox_run_of_a_cached_module_parses_nothing(tmp_path):
    hlo = tmp_path / "add.hlo"
    hlo.write_text(ADD)
    code = ("import sys, json\nfrom hlox.tools.cli import main\nrc = main(['run', sys.argv[1]])\n"
            "print(json.dumps({'rc': rc, 'loaded': sorted(sys.modules)}))")
    first = _child(code, str(hlo), cache=tmp_path / "c")
    again = _child(code, str(hlo), cache=tmp_path / "c")
    assert first["rc"] == again["rc"] == 0
    assert "hlox.ir.parser" in first["loaded"]
    assert _heavy(again["loaded"]) == []


def test_bf16_types_import_ml_dtypes_when_asked_for():
    code = ("import sys\nfrom hlox.ir.shapes import ELEMENT_TYPES, element_type_of_dtype\n"
            "assert 'ml_dtypes' not in sys.modules\n"
            "assert ELEMENT_TYPES['bf16'].itemsize == 2 and 'ml_dtypes' not in sys.modules\n"
            "import ml_dtypes\n"
            "assert ELEMENT_TYPES['bf16'].dtype == ml_dtypes.bfloat16\n"
            "assert element_type_of_dtype(ml_dtypes.bfloat16).name == 'bf16'\n"
            "print('{}')")
    _child(code, cache="")


def test_options_check_and_convert_their_values():
    assert CompileOptions(threads="3").threads == 3  # HLOX_FLAGS gives strings
    assert CompileOptions(disabled_passes=["cse"]).disabled_passes == ("cse",)
    for bad in ({"threads": 0}, {"threads": "two"}, {"threads": 1.5}, {"verify_passes": "yes"},
                {"max_fusion_size": -1}, {"disabled_passes": "cse"}):
        with pytest.raises(ValueError):
            CompileOptions(**bad)
    with pytest.raises(TypeError):
        CompileOptions(no_such_option=1)
    options = CompileOptions(threads=2)
    assert options.replace(threads=1).threads == 1 and options.threads == 2
    assert hash(options) == hash(CompileOptions(threads=2))  # frozen: usable as a key
    assert set(options.cache_key_fields()) == set(CompileOptions.field_names()) - {
        "dump_dir", "dump_pass_re", "timings"}



def test_a_cold_compile_without_bf16_never_imports_ml_dtypes():
    """Integer constants (a loop's counter), constant folding, the evaluator: none of them
    needs ml_dtypes (most of a second to import) unless the module has its types."""
    from tests.conftest import JAX_FIXTURES

    code = ("import sys, hlox\nhlox.compile(open(sys.argv[1]).read())\n"
            "print(sorted(m for m in sys.modules if m.startswith('ml_dtypes')))")
    env = dict(os.environ, HLOX_CACHE_DIR="")
    proc = subprocess.run([sys.executable, "-c", code, str(JAX_FIXTURES / "fori_loop.hlo")],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_a_cold_compile_with_nothing_to_fold_never_imports_the_evaluator(tmp_path):
    # constant folding imports the reference evaluator (~30 ms) at its first candidate only;
    # the kernel dialect has its own index arithmetic (xDSL's arith: ~30 ms of import)
    code = ("import sys, hlox\nhlox.compile(sys.argv[1])\n"
            "assert 'xdsl.dialects.arith' not in sys.modules\n"
            "print('hlox.ir.evaluator' in sys.modules)")
    folds = ADD.replace("ROOT s = f32[4] add(x, y)",
                        "c = f32[4] constant({1, 2, 3, 4})\n  n = f32[4] negate(c)\n"
                        "  ROOT s = f32[4] add(x, n)")
    env = dict(os.environ, HLOX_CACHE_DIR="")
    outs = [subprocess.run([sys.executable, "-c", code, text], env=env, capture_output=True,
                           text=True, timeout=300) for text in (ADD, folds)]
    assert [p.returncode for p in outs] == [0, 0], [p.stderr for p in outs]
    assert [p.stdout.strip().splitlines()[-1] for p in outs] == ["False", "True"]
