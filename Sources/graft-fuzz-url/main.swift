// Deterministic mutation fuzzer for GraftURL: `graft-fuzz-url [inputs] [seed]` (defaults 1000000 and 1).
// Every input that parses must satisfy `checkURLInvariants`; a violation prints the input and exits 1.
import Foundation
import GraftTestSupport

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count <= 2, let inputCount = arguments.first.map({ Int($0) }) ?? 1_000_000, inputCount >= 0,
      let seed = arguments.dropFirst().first.map({ UInt64($0) }) ?? 1 else {
    FileHandle.standardError.write(Data("usage: graft-fuzz-url [inputs (default 1000000)] [seed (default 1)]\n".utf8))
    exit(2)
}

/// How many recently parsed mutants are kept to mutate further, beside the seeds.
let poolSize = 512
let seeds = seedCorpus.map { Array($0.utf8) }
var corpus = seeds
var mutator = URLMutator(generator: SplitMix64(seed: seed))
var parsedCount = 0
let start = ContinuousClock.now

for _ in 0..<inputCount {
    let parent = corpus.randomElement(using: &mutator.generator)!
    let bytes = mutator.mutate(parent, corpus: corpus)
    let text = String(decoding: bytes, as: UTF8.self)
    switch checkURLInvariants(text) {
    case .rejected:
        continue
    case .parsed:
        parsedCount += 1
        if corpus.count < seeds.count + poolSize {
            corpus.append(bytes)
        } else {
            corpus[Int.random(in: seeds.count..<corpus.count, using: &mutator.generator)] = bytes
        }
    case let .violated(reason):
        print("invariant violated: \(reason)\ninput: \(text)\ninput bytes: \(bytes)")
        exit(1)
    }
}

let elapsed = ContinuousClock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("inputs: \(inputCount), parsed: \(parsedCount), seconds: \(String(format: "%.2f", seconds))")
