"""`hlox.lax`: re-exported from the JAX-like frontend (hlox.frontends.tracer.lax_api)."""
from hlox.frontends.tracer.lax_api import *  # noqa: F401,F403
from hlox.frontends.tracer.lax_api import __all__  # noqa: F401
