import FuzzDriver

runFuzzer { data, size in fuzzImport(data, size) }
