import os
import sys
from pathlib import Path

import numpy as np
import pytest

FIXTURES = Path(__file__).parent / "fixtures"
JAX_FIXTURES = FIXTURES / "jax"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests compile into a private cache, never the user's ~/.cache/hlox."""
    if "HLOX_CACHE_DIR" not in os.environ:
        os.environ["HLOX_CACHE_DIR"] = str(tmp_path_factory.mktemp("hlox-cache"))
    yield


def xla_cpu(text: str, args: list[np.ndarray]) -> list[np.ndarray]:
    """Compile and run HLO text with XLA:CPU through jaxlib; the flattened results."""
    jax = pytest.importorskip("jax")
    try:
        from jax._src import xla_bridge
        from jax._src.interpreters import mlir as jax_mlir
        from jax._src.lib import xla_client
        from jax._src.lib.mlir import ir
        hlo_to_stablehlo = xla_client._xla.mlir.hlo_to_stablehlo
        module_from_text = xla_client.hlo.hlo_module_from_text
    except (ImportError, AttributeError):
        pytest.skip("this jaxlib cannot compile HLO text")
    proto = module_from_text(text).as_serialized_hlo_module_proto()
    backend = xla_bridge.get_backend("cpu")
    with jax_mlir.make_ir_context():
        module = ir.Module.parse(hlo_to_stablehlo(proto))
        devices = xla_client.DeviceList(tuple(backend.devices()[:1]))
        executable = backend.compile_and_load(module, devices, xla_client.CompileOptions())
    x64 = jax.config.jax_enable_x64
    jax.config.update("jax_enable_x64", True)  # keep 64-bit arguments 64-bit
    try:
        results = executable.execute([jax.device_put(a) for a in args])
        return [np.asarray(r) for r in results]
    finally:
        jax.config.update("jax_enable_x64", x64)  # other tests' jax keeps its setting
