"""The thread policy measured (runtime/threads.py): hlox and PyTorch in one process, on a
quiet machine and on a busy one, under libgomp's default wait, a short spin and a passive
wait (hlox's policy).

    .venv/bin/python benchmarks/threads.py [--seconds 3] [--busy 2]

Each (policy, load) runs in a fresh process, since libgomp reads its wait policy once, when
it is loaded. Busy: `--busy` `nice -n 19` processes copying 128 MiB arrays in a loop,
started before and killed after each measurement. Timed, medians in ms:
- kernel: an hlox kernel alone, sum(x + y * z) over 1024x1024 float32 (the issue's case);
- mixed: a torch eager matmul then that hlox kernel, alternating (one libgomp team);
- step: a training step of a small GPT through torch.compile(backend="hlox").
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

# Calls are timed soon after the compile: build the optimised library only (no tiered
# build's -O0 one first, compiler/tiered.py).
os.environ.setdefault("HLOX_TIERED_BUILD", "0")

HERE = Path(__file__).resolve().parent
POLICIES = {
    "libgomp default": {},
    "short spin (GOMP_SPINCOUNT=10000)": {"GOMP_SPINCOUNT": "10000"},
    "passive (hlox's policy)": {"OMP_WAIT_POLICY": "PASSIVE"},
}
STREAM = ("import numpy as np\na = np.ones(1 << 24); b = np.empty_like(a)\n"
          "while True: np.copyto(b, a)\n")


def measure(seconds: float) -> dict:
    """In the child: the three timings (the policy is in the environment already)."""
    import numpy as np

    import hlox
    import torch
    sys.path.insert(0, str(HERE.parent / "tests" / "frontends"))
    from torch_models import gpt_case

    text = """HloModule sum_xyz
add { a = f32[] parameter(0) b = f32[] parameter(1) ROOT s = f32[] add(a, b) }
ENTRY e { x = f32[1024,1024] parameter(0) y = f32[1024,1024] parameter(1)
  z = f32[1024,1024] parameter(2) m = f32[1024,1024] multiply(y, z)
  s = f32[1024,1024] add(x, m) c = f32[] constant(0)
  ROOT r = f32[] reduce(s, c), dimensions={0,1}, to_apply=add }"""
    kernel = hlox.compile(text, hlox.CompileOptions(threads=torch.get_num_threads()))
    arrays = [np.random.default_rng(i).standard_normal((1024, 1024), np.float32)
              for i in range(3)]
    a, b = torch.randn(256, 256), torch.randn(256, 256)

    def timed(fn) -> float:
        fn()
        samples, end = [], time.perf_counter() + seconds
        while time.perf_counter() < end:
            t = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - t)
        return float(np.median(samples)) * 1e3

    model, inputs, loss_fn = gpt_case()
    compiled = torch.compile(model, backend="hlox")

    def step():
        model.zero_grad()
        loss_fn(compiled(*inputs)).backward()

    return {"kernel": timed(lambda: kernel(*arrays)),
            "mixed": timed(lambda: (a @ b, kernel(*arrays))),
            "step": timed(step)}


def run(policy: dict, busy: int, seconds: float) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    env.update(policy)
    streams = [subprocess.Popen(["nice", "-n", "19", sys.executable, "-c", STREAM])
               for _ in range(busy)]
    try:
        time.sleep(0.5 if busy else 0)
        out = subprocess.run([sys.executable, __file__, "--child", str(seconds)], env=env,
                             capture_output=True, text=True, check=True).stdout
    finally:
        for p in streams:
            p.kill()
            p.wait()
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(measure(float(sys.argv[2]))))
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seconds", type=float, default=3.0, help="timing per measurement")
    p.add_argument("--busy", type=int, default=2, help="background processes when busy")
    args = p.parse_args()
    print(f"| policy | load | kernel ms | mixed ms | step ms |\n|---|---|---|---|---|")
    for name, policy in POLICIES.items():
        for load, busy in (("quiet", 0), (f"busy ({args.busy})", args.busy)):
            r = run(policy, busy, args.seconds)
            print(f"| {name} | {load} | {r['kernel']:.2f} | {r['mixed']:.2f} | {r['step']:.2f} |",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
