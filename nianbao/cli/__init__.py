"""The ``nianbao`` command, one module per command group."""
