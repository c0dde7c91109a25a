"""Collectives at 2 ranks: hlox's generated all-reduce against mpi4py and torch.distributed
(gloo), and a data-parallel MLP training step on 1 process against 2.

    .venv/bin/python benchmarks/collectives.py            # ~1-2 minutes on 2 cores
    .venv/bin/python benchmarks/collectives.py --quick

Each measurement is one job of 2 processes launched with the mpich wheel's mpiexec. In
a job, the systems' blocks of calls alternate round by round (each block after a
barrier, timed by its slowest rank), so they share whatever load the machine has; a
figure is the median block divided by its calls, a ratio the median over rounds of the
two systems' block times. hlox's column is the whole Python call of a compiled module
whose body is one all-reduce (numpy in, numpy out, the MPI call in the generated C);
"20 in one call" is a module of 20 chained all-reduces, per all-reduce (the generated
collective without a Python call each); mpi4py's is `comm.Allreduce(x, out)` into a
preallocated buffer (MPI called directly, at
the same MPI thread level); gloo's is `dist.all_reduce(t)` on a CPU tensor, in place.
The training step is a JAX shard_map program (pmean of the gradients), compiled by XLA's
SPMD partitioner to its per-device module (`compile().as_text()`), which hlox compiles and
runs: once on 1 process with the whole batch and 2 threads, once on 2 processes with half
the batch and 1 thread each. Prints a markdown table; `--json` / `--md` write it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Calls are timed soon after the compile: build the optimised library only (no tiered
# build's -O0 one first, compiler/tiered.py).
os.environ.setdefault("HLOX_TIERED_BUILD", "0")

HERE = Path(__file__).resolve().parent
SIZES = [4 << 10, 64 << 10, 1 << 20, 4 << 20, 16 << 20]  # bytes of f32
ALL_REDUCE_HLO = """HloModule all_reduce_{n}, num_partitions=2

add {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}}

ENTRY main {{
  x = f32[{n}] parameter(0)
  ROOT r = f32[{n}] all-reduce(x), channel_id=1, replica_groups={{{{0,1}}}}, use_global_device_ids=true, to_apply=add
}}
"""
CHAIN = 20  # all-reduces in one module: the generated collective without a Python call each


def chain_hlo(n: int) -> str:
    """CHAIN all-reduces, each of the previous one's result (sums double: finite for 20)."""
    lines = [f"  x0 = f32[{n}] parameter(0)"]
    for k in range(1, CHAIN + 1):
        root = "ROOT " if k == CHAIN else ""
        lines.append(f"  {root}x{k} = f32[{n}] all-reduce(x{k - 1}), channel_id={k}, "
                     "replica_groups={{0,1}}, use_global_device_ids=true, to_apply=add")
    head = ALL_REDUCE_HLO.format(n=n).split("ENTRY")[0].replace(f"all_reduce_{n}", f"chain_{n}")
    return head + "ENTRY main {\n" + "\n".join(lines) + "\n}\n"


MLP = {"batch": 512, "features": 256, "hidden": 1024, "classes": 16}


def _blocks(comm, calls_by_system: dict, calls: int, repeats: int) -> dict:
    """Per system: the median over blocks of the slowest rank's time per call, and the
    median over rounds of each system's block time over the first system's. The
    systems' blocks alternate within each round, so they see the same machine load."""
    from mpi4py import MPI

    times = {name: [] for name in calls_by_system}
    for call in calls_by_system.values():
        call()  # warm
    for _ in range(repeats):
        for name, call in calls_by_system.items():
            comm.Barrier()
            start = time.perf_counter()
            for _ in range(calls):
                call()
            times[name].append(comm.allreduce(time.perf_counter() - start, op=MPI.MAX) / calls)
    first = next(iter(times))
    median = lambda values: sorted(values)[len(values) // 2]  # noqa: E731
    return {name: {"s": median(t), "over_" + first: median([a / b for a, b in
                                                          zip(t, times[first])])}
            for name, t in times.items()}


def _calls_for(size: int, quick: bool) -> tuple[int, int]:
    calls = max(4, min(400, (32 << 20) // (size * 8)))
    return (max(2, calls // 4), 5) if quick else (calls, 15)


def part_all_reduce(quick: bool) -> None:
    """A rank of the all-reduce job: mpi4py, hlox and gloo, interleaved size by size."""
    import mpi4py

    mpi4py.rc.thread_level = "serialized"  # what hlox's communicator asks for
    from mpi4py import MPI

    import numpy as np
    import torch
    import torch.distributed as dist

    import hlox

    torch.set_num_threads(1)
    comm = MPI.COMM_WORLD
    rank = comm.Get_rank()
    store = comm.bcast(tempfile.mktemp(prefix="hlox-gloo-") if rank == 0 else None)
    dist.init_process_group("gloo", init_method=f"file://{store}", rank=rank, world_size=2)
    results = {}
    for size in SIZES:
        n = size // 4
        exe = hlox.compile(ALL_REDUCE_HLO.format(n=n), hlox.CompileOptions(threads=1))
        x = np.random.default_rng(rank).standard_normal(n).astype(np.float32)
        out = np.empty_like(x)
        comm.Allreduce(x, out)
        np.testing.assert_allclose(exe(x), out, rtol=1e-6)  # the same sums before any timing
        chain = hlox.compile(chain_hlo(n), hlox.CompileOptions(threads=1))
        np.testing.assert_allclose(chain(x), out * 2.0 ** (CHAIN - 1), rtol=1e-5)
        t = torch.from_numpy(x.copy())
        calls, repeats = _calls_for(size, quick)
        results[size] = _blocks(comm, {"mpi4py": lambda: comm.Allreduce(x, out),
                                       "hlox": lambda: exe(x),
                                       "hlox_chain": lambda: chain(x),
                                       "gloo": lambda: dist.all_reduce(t)}, calls, repeats)
        for key in ("s", "over_mpi4py"):  # one collective of the chain
            results[size]["hlox_chain"][key] /= CHAIN
    dist.destroy_process_group()
    if rank == 0:
        print(json.dumps(results))
        Path(store).unlink(missing_ok=True)


def mlp_step_text(devices: int) -> str:
    """The per-device HLO of a data-parallel SGD step of a 2-layer MLP over `devices`."""
    os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "")
                               + f" --xla_force_host_platform_device_count={devices}")
    import jax
    import jax.numpy as jnp
    from jax.sharding import Mesh, PartitionSpec as P

    mesh = Mesh(jax.devices()[:devices], ("batch",))

    def step(w1, w2, x, y):
        def loss(w1, w2):
            logits = jnp.tanh(x @ w1) @ w2
            return jnp.mean(jax.nn.logsumexp(logits, axis=1) - jnp.sum(logits * y, axis=1))

        g1, g2 = jax.grad(loss, argnums=(0, 1))(w1, w2)
        g1, g2 = jax.lax.pmean(g1, "batch"), jax.lax.pmean(g2, "batch")
        return w1 - 0.1 * g1, w2 - 0.1 * g2

    sharded = jax.jit(jax.shard_map(step, mesh=mesh, in_specs=(P(), P(), P("batch"), P("batch")),
                                    out_specs=(P(), P())))
    f, h, c, b = MLP["features"], MLP["hidden"], MLP["classes"], MLP["batch"]
    args = [jax.ShapeDtypeStruct(s, jnp.float32) for s in ((f, h), (h, c), (b, f), (b, c))]
    return sharded.lower(*args).compile().as_text()


def part_mlp(path: str, quick: bool) -> None:
    """A rank of the training-step job (1 or 2 processes)."""
    from mpi4py import MPI

    import numpy as np

    import hlox

    comm = MPI.COMM_WORLD
    rank, size = comm.Get_rank(), comm.Get_size()
    exe = hlox.compile(Path(path).read_text(), hlox.CompileOptions(threads=2 // size))
    rng = np.random.default_rng(0)
    f, h, c, b = MLP["features"], MLP["hidden"], MLP["classes"], MLP["batch"]
    w1 = (rng.standard_normal((f, h)) / 16).astype(np.float32)
    w2 = (rng.standard_normal((h, c)) / 32).astype(np.float32)
    x = rng.standard_normal((b, f)).astype(np.float32)
    y = np.eye(c, dtype=np.float32)[rng.integers(0, c, b)]
    part = slice(rank * b // size, (rank + 1) * b // size)
    xs, ys = x[part], y[part]
    step = (lambda: exe(w1, w2, xs, ys)) if size > 1 or exe.collectives is None else \
        (lambda: exe.run_devices([[w1, w2, xs, ys]])[0])
    seconds = _blocks(comm, {"step": step}, 5 if quick else 20, 5 if quick else 9)["step"]["s"]
    if rank == 0:
        print(json.dumps({"processes": size, "step_s": seconds}))


def _job(nprocs: int, *args: str, timeout: float = 900) -> dict:
    from hlox.runtime.communicator import require_mpi

    cmd = [require_mpi().mpiexec, "-n", str(nprocs), sys.executable, __file__, *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{proc.stdout[-2000:]}{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _fmt(seconds: float) -> str:
    return f"{seconds * 1e6:.1f} µs" if seconds < 1e-3 else f"{seconds * 1e3:.2f} ms"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true")
    p.add_argument("--json", default=str(HERE / "collectives.json"))
    p.add_argument("--md", default=str(HERE / "collectives.md"))
    p.add_argument("--part", help=argparse.SUPPRESS)  # what one rank of a job runs
    p.add_argument("--hlo", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    quick = ["--quick"] if args.quick else []
    if args.part == "all-reduce":
        return part_all_reduce(args.quick) or 0
    if args.part == "mlp":
        return part_mlp(args.hlo, args.quick) or 0

    table = _job(2, "--part", "all-reduce", *quick)
    rows = ["| all-reduce f32, 2 ranks | mpi4py | hlox (a call each) | hlox (20 in one call) "
            "| gloo | hlox / mpi4py | hlox 20-chain / mpi4py | gloo / mpi4py |",
            "|---|---|---|---|---|---|---|---|"]
    for size in SIZES:
        r = table[str(size)]
        label = f"{size >> 20} MiB" if size >= 1 << 20 else f"{size >> 10} KiB"
        rows.append(f"| {label} | {_fmt(r['mpi4py']['s'])} | {_fmt(r['hlox']['s'])} | "
                    f"{_fmt(r['hlox_chain']['s'])} | {_fmt(r['gloo']['s'])} | "
                    f"{r['hlox']['over_mpi4py']:.2f}x | {r['hlox_chain']['over_mpi4py']:.2f}x | "
                    f"{r['gloo']['over_mpi4py']:.2f}x |")
    with tempfile.TemporaryDirectory() as work:
        steps = {}
        for devices in (1, 2):
            path = Path(work) / f"mlp{devices}.hlo"
            # a process of its own: JAX's device count is fixed when it is first imported
            make = ("import sys; sys.path.insert(0, sys.argv[1]); import collectives; "
                    "print(collectives.mlp_step_text(int(sys.argv[2])))")
            text = subprocess.run([sys.executable, "-c", make, str(HERE), str(devices)],
                                  capture_output=True, text=True, check=True, timeout=300).stdout
            path.write_text(text)
            steps[devices] = _job(devices, "--part", "mlp", "--hlo", str(path), *quick)["step_s"]
    b = MLP["batch"]
    layers = f"{MLP['features']}-{MLP['hidden']}-{MLP['classes']}"
    rows += ["", f"| MLP SGD step, batch {b} ({layers}) | 1 process, 2 threads | "
             "2 processes, 1 thread each | speed-up |", "|---|---|---|---|",
             f"| hlox | {_fmt(steps[1])} | {_fmt(steps[2])} | {steps[1] / steps[2]:.2f}x |"]
    text = "\n".join(rows)
    print(text)
    Path(args.md).write_text(text + "\n")
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    Path(args.json).write_text(json.dumps({"all_reduce": table, "mlp_step_s": steps,
                                           "load_average": os.getloadavg(), "date": when},
                                          indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
