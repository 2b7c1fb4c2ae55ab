"""Code generation for mqclients: specs/*.yaml -> generated/mqclients/<api>_api/.

``python -m codegen [api ...]`` validates and lints each spec, runs the pinned openapi-python-client, writes the
facade (sync and async client classes with one method per operation) and an inventory, then formats the result.
"""
