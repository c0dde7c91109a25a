import os
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
JAX_FIXTURES = FIXTURES / "jax"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests compile into a private cache, never the user's ~/.cache/hlox."""
    if "HLOX_CACHE_DIR" not in os.environ:
        os.environ["HLOX_CACHE_DIR"] = str(tmp_path_factory.mktemp("hlox-cache"))
    yield
