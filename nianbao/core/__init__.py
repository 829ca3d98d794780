"""The ground floor: codebook, record types, document model, relations, problem codes, configuration, and
the plug-in registry every layer above keeps its plug-ins in."""
