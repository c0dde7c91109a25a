"""`hlox.nn`: re-exported from the JAX-like frontend (hlox.frontends.tracer.nn)."""
from hlox.frontends.tracer.nn import *  # noqa: F401,F403
from hlox.frontends.tracer.nn import __all__  # noqa: F401
