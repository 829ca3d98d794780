"""The ground floor: codebook, record types, document model, relations, problem codes, configuration."""
