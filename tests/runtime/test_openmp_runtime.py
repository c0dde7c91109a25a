"""libgomp stays loaded once a module loaded it: its idle worker threads outlive the
parallel regions, so unloading it with the last Executable would leave them in unmapped
code (a SIGSEGV in a later, unrelated compile)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import gc, tempfile
    import numpy as np
    from hlox.driver import executable_of
    from hlox.ir.parser import parse_module
    from hlox.passes.codegen import generate_c
    module = parse_module('''HloModule m
    ENTRY main {
      x = f32[512,512] parameter(0)
      y = f32[512,512] parameter(1)
      ROOT s = f32[512,512] add(x, y)
    }
    ''')
    # built without the compile caches, which would keep it loaded
    exe = executable_of(generate_c(module, threads=2), module, tempfile.mkdtemp())
    x = np.ones((512, 512), np.float32)
    assert float(exe(x, x)[0, 0]) == 2.0
    del exe
    gc.collect()
    with open("/proc/self/maps") as maps:
        print(any("libgomp" in line for line in maps))
""")


def test_libgomp_outlives_the_last_executable(tmp_path):
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         timeout=300, env={"HLOX_CACHE_DIR": str(tmp_path),
                                           "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"
