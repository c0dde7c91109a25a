"""`hlox.random`: re-exported from the JAX-like frontend (hlox.frontends.tracer.random)."""
from hlox.frontends.tracer.random import *  # noqa: F401,F403
from hlox.frontends.tracer.random import __all__  # noqa: F401
