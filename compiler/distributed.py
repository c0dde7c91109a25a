"""hlox.distributed: one program on many processes through MPI.

    import hlox, hlox.distributed
    rank, size = hlox.distributed.initialize()   # under `mpiexec -n 2 python train.py`
    exe = hlox.compile(text)                     # a module for `size` devices
    out = exe(my_x)                              # this rank's device; collectives over MPI

`initialize` reads the launcher's environment (MPICH / Hydra's PMI_RANK and PMI_SIZE,
Open MPI's OMPI_COMM_WORLD_*, PMIx) and initialises MPI when launched by one; run
without a launcher it returns (0, 1) and starts nothing.

`run_ranks` is what `hlox run FILE --nprocs N` does: it launches N processes through
mpiexec, each running `python -m hlox.distributed rank ...` (its device's slice of the
stacked inputs in, its outputs out), and stacks their outputs. The job is bounded:
every rank fails a collective that waits longer than the timeout, and the launcher is
killed when the whole job outlives it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from hlox.ir.errors import HloError

_LAUNCHER_VARIABLES = (("PMI_RANK", "PMI_SIZE"), ("OMPI_COMM_WORLD_RANK", "OMPI_COMM_WORLD_SIZE"),
                       ("PMIX_RANK", None))
_state: dict = {}


def launched_by_mpi() -> bool:
    return any(rank in os.environ for rank, _ in _LAUNCHER_VARIABLES)


def launcher_rank() -> int | None:
    """This process's rank as an MPI launcher set it in the environment (None: no launcher)."""
    for variable, _ in _LAUNCHER_VARIABLES:
        value = os.environ.get(variable, "")
        if value.isdigit():
            return int(value)
    return None


def initialize() -> tuple[int, int]:
    """(rank, size) of this process; MPI is initialised when a launcher started us."""
    if "world" not in _state:
        if launched_by_mpi():
            from hlox.runtime.communicator import mpi_world

            _state["world"] = mpi_world()
        else:
            _state["world"] = (0, 1)
    return _state["world"]


def rank() -> int:
    return initialize()[0]


def size() -> int:
    return initialize()[1]


# ---------------------------------------------------------------- hlox run --nprocs

# mpiexec's own start and the ranks' compiles come on top of the collectives' timeout
_JOB_MARGIN_S = 120.0


def run_ranks(path: str, stacked_inputs: list[np.ndarray], nprocs: int, *, threads: int,
              timeout: float, fill_elided: bool = False) -> list[np.ndarray]:
    """Run the module in `path` as `nprocs` MPI processes; outputs stacked by rank."""
    from hlox.runtime.communicator import require_mpi

    tools = require_mpi()
    with tempfile.TemporaryDirectory(prefix="hlox-ranks-") as work:
        inputs = Path(work) / "inputs.npz"
        np.savez(inputs, **{f"arg{i}": a for i, a in enumerate(stacked_inputs)})
        settings = json.dumps({"threads": threads, "fill_elided": fill_elided})
        env = {**os.environ, "HLOX_COLLECTIVE_TIMEOUT": str(timeout)}
        cmd = [tools.mpiexec, "-n", str(nprocs), sys.executable, "-m", "hlox.distributed",
               "rank", str(Path(path).resolve()), str(inputs), work, settings]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env,
                                  timeout=timeout + _JOB_MARGIN_S, start_new_session=True)
        except subprocess.TimeoutExpired:
            raise HloError(f"the {nprocs}-process MPI job of {path} did not finish within "
                           f"{timeout + _JOB_MARGIN_S:.0f} s and was killed") from None
        outputs = [Path(work) / f"rank{r}.npz" for r in range(nprocs)]
        if proc.returncode != 0 or not all(p.exists() for p in outputs):
            messages = [line for line in (proc.stdout + proc.stderr).splitlines()
                        if line.startswith("hlox rank") or "error" in line.lower()]
            detail = "\n".join(messages[-20:]) or (proc.stdout + proc.stderr)[-3000:]
            raise HloError(f"the {nprocs}-process MPI job of {path} failed (mpiexec exit "
                           f"{proc.returncode}):\n{detail}")
        per_rank = []
        for p in outputs:
            with np.load(p) as data:
                per_rank.append([data[f"out{i}"] for i in range(len(data.files))])
    return [np.stack([ranks[i] for ranks in per_rank]) for i in range(len(per_rank[0]))]


def _rank_main(path: str, inputs: str, work: str, settings: str) -> int:
    """One rank of `run_ranks`: its slice of the inputs, its outputs to rank<r>.npz."""
    import hlox
    from hlox.tools.cli import flatten_outputs, write_outputs

    config = json.loads(settings)
    me, _ = initialize()
    try:
        options = hlox.CompileOptions(threads=config["threads"],
                                      fill_elided_constants=config["fill_elided"])
        executable = hlox.compile(Path(path).read_text(), options, filename=path)
        with np.load(inputs) as data:
            args = [data[f"arg{i}"][me] for i in range(len(data.files))]
        outputs = flatten_outputs(executable(*args))
    except HloError as e:
        from hlox.runtime.communicator import abort_at_exit

        print(f"hlox rank {me}: {e}", file=sys.stderr, flush=True)
        abort_at_exit()  # the others may wait in a collective: end the job
        return 1
    write_outputs(str(Path(work) / f"rank{me}.npz"), outputs)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 6 or sys.argv[1] != "rank":
        sys.exit("usage: python -m hlox.distributed rank FILE INPUTS.npz WORKDIR SETTINGS")
    sys.exit(_rank_main(*sys.argv[2:]))
