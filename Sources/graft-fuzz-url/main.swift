// Deterministic mutation fuzzer for GraftURL: `graft-fuzz-url [inputs] [seed]` (defaults 1000000 and 1).
// Every input that parses must satisfy `checkURLInvariants`; a violation prints the input and exits 1.
import Foundation
import GraftFuzzing

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count <= 2, let inputCount = arguments.first.map({ Int($0) }) ?? 1_000_000, inputCount >= 0,
      let seed = arguments.dropFirst().first.map({ UInt64($0) }) ?? 1 else {
    FileHandle.standardError.write(Data("usage: graft-fuzz-url [inputs (default 1000000)] [seed (default 1)]\n".utf8))
    exit(2)
}

// Up to 512 recently parsed mutants are mutated further, beside the seeds.
var fuzzer = MutationFuzzer(seeds: seedCorpus.map { Array($0.utf8) }, poolSize: 512, mutator: urlMutator(seed: seed))
let report = fuzzer.run(inputCount) { bytes in
    switch checkURLInvariants(String(decoding: bytes, as: UTF8.self)) {
    case .rejected: .rejected
    case .parsed: .accepted
    case let .violated(reason): .violated(reason)
    }
}
if let violation = report.violationText {
    print(violation)
    exit(1)
}
print(report.summary)
