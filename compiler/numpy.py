"""`hlox.numpy`: re-exported from the JAX-like frontend (hlox.frontends.tracer.numpy_api)."""
from hlox.frontends.tracer.numpy_api import *  # noqa: F401,F403
from hlox.frontends.tracer.numpy_api import __all__  # noqa: F401
from hlox.frontends.tracer.numpy_api import (  # noqa: F401  (the Array API's dunder names)
    __array_api_version__, __array_namespace_info__,
)
