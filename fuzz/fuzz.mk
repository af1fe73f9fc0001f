# Fuzz targets: make fuzz (clang with libFuzzer).
