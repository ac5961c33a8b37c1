"""The app: environment files in, one Terraform stack per environment out.

Nothing here imports cdktf at module level, so that :mod:`stacks.node_runtime` can pick the
Node.js that jsii starts before the first jsii import.
"""
