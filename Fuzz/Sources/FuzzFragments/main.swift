import FuzzDriver

runFuzzer { data, size in fuzzOneInput(data, size) }
