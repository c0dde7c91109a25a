# Every target creates .venv when it is missing and installs the project into it.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The test extras: hypothesis and pytest, torch (the 2.13.0 CPU wheel) and jax as oracles,
# MPI (the mpich wheel) for the multi-process tests.
EXTRAS := test,torch,jax,mpi

.PHONY: demo test test-all fuzz bench profile clean chromium

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[$(EXTRAS)]'
	touch $(STAMP)

# The main job on a real example: the gradient of an MLP loss exported from JAX,
# compiled to C, run, and checked against the reference evaluator.
demo: $(STAMP)
	$(VENV)/bin/hlox compile examples/mlp_grad.hlo --stats
	$(VENV)/bin/hlox run examples/mlp_grad.hlo --inputs examples/mlp_grad_inputs.npz --compare

# The fast default tier; `make test-all` adds the tests marked slow.
test: $(STAMP) chromium
	$(PY) -m pytest

test-all: $(STAMP) chromium
	$(PY) -m pytest -m ''

# The fuzz targets at full size (tests/fuzz): 10,000 mutated modules through the parser and
# verifier, 2,000 random programs compiled and compared with the evaluator; one summary
# line, repros in fuzz-failures/. FUZZ_ARGS="--seed 3" for another sample.
FUZZ_ARGS ?=
fuzz: $(STAMP)
	$(PY) tests/fuzz/run_fuzz.py --mutants 10000 --programs 2000 $(FUZZ_ARGS)

# The HTML report's browser test (tests/tools/test_report_browser.py) needs Chromium.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } || \
	  echo "warning: could not install chromium: the browser test will be skipped"

# Side by side with numpy, PyTorch eager, torch.compile and jax.jit; BENCH_ARGS="--quick".
BENCH_ARGS ?=
bench: $(STAMP)
	$(PY) -m pip install -q torch==2.13.0 jax jaxlib threadpoolctl
	$(PY) benchmarks/run.py $(BENCH_ARGS)
	$(PY) benchmarks/collectives.py $(filter --quick,$(BENCH_ARGS))
	$(PY) benchmarks/torch_ddp.py $(filter --quick,$(BENCH_ARGS))

# Where a torch training step's time goes under backend="hlox"; PROFILE_ARGS="--models gpt2".
PROFILE_ARGS ?=
profile: $(STAMP)
	$(PY) benchmarks/profile_torch.py $(PROFILE_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
