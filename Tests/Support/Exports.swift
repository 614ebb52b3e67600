// Tests seed their generators with SplitMix64 from GraftFuzzing, which the fuzzers share; every
// test target that imports the test support sees it too.
@_exported import GraftFuzzing
