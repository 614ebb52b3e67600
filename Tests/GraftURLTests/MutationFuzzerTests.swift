import GraftTestSupport
import Testing

/// The shared fuzzing pieces `graft-fuzz-url` runs on: a seed fixes a run, mutants stay bounded,
/// and a run stops at the first broken invariant with the input that broke it.
@Suite("Mutation fuzzer")
struct MutationFuzzerTests {
    static let seeds = ["http://g/d/x?from=now-1h&to=now", "a=b&c"].map { Array($0.utf8) }

    func fuzzer(seed: UInt64, maximumLength: Int = 64) -> MutationFuzzer {
        let mutator = ByteMutator(tokens: ["&", "=", "%2F", "from"].map { Array($0.utf8) }, maximumLength: maximumLength, generator: SplitMix64(seed: seed))
        return MutationFuzzer(seeds: Self.seeds, poolSize: 8, mutator: mutator)
    }

    /// The inputs a run of `count` with `seed` checks, every one accepted.
    func inputs(seed: UInt64, count: Int) -> [[UInt8]] {
        var fuzzer = fuzzer(seed: seed)
        var seen: [[UInt8]] = []
        _ = fuzzer.run(count) { seen.append($0); return .accepted }
        return seen
    }

    @Test("given extremes, numbers are replaced by them whole: the digits, sign and exponent around them go")
    func extremes() {
        var mutator = ByteMutator(tokens: ["x"].map { Array($0.utf8) }, extremes: [Array("9223372036854775807".utf8)], maximumLength: 256,
                                  generator: SplitMix64(seed: 3))
        let input = Array(#"{"id":-12.5e3,"y":4}"#.utf8)
        let mutants = (0..<2000).map { _ in String(decoding: mutator.mutate(input, corpus: [input]), as: UTF8.self) }
        #expect(mutants.contains(#"{"id":9223372036854775807,"y":4}"#))
        #expect(mutants.contains(#"{"id":-12.5e3,"y":9223372036854775807}"#))
        #expect(ByteMutator.number(in: input, from: 0) == 6..<13)
        #expect(ByteMutator.number(in: input, from: 14) == 18..<19)
        #expect(ByteMutator.number(in: input, from: 19) == nil)
    }

    @Test("the same seed gives the same inputs, another seed others")
    func seedFixesTheRun() {
        #expect(inputs(seed: 7, count: 200) == inputs(seed: 7, count: 200))
        #expect(inputs(seed: 7, count: 200) != inputs(seed: 8, count: 200))
    }

    @Test("mutants are cut to the maximum length, and the pool of parents stays bounded")
    func bounded() {
        var fuzzer = fuzzer(seed: 3, maximumLength: 16)
        let report = fuzzer.run(2000) { #expect($0.count <= 16); return .accepted }
        #expect(report.inputs == 2000 && report.accepted == 2000)
        #expect(fuzzer.corpus.count == Self.seeds.count + 8)
        #expect(Array(fuzzer.corpus.prefix(2)) == Self.seeds)
    }

    @Test("a run stops at the first violation and reports it with its input")
    func stopsAtViolation() {
        var fuzzer = fuzzer(seed: 5)
        var checked = 0
        let report = fuzzer.run(1000) { input in
            checked += 1
            return checked == 10 ? .violated("tenth: \(input.count) bytes") : .rejected
        }
        #expect(report.inputs == 10 && report.accepted == 0)
        let violation = report.violation
        #expect(violation?.reason == "tenth: \(violation?.input.count ?? -1) bytes")
    }
}
