// Seeded mutation fuzzers of the parsers that read untrusted input:
//   graft-fuzz TARGET INPUTS SEED FILE...   (TARGET: json, promql or import)
// The FILEs are real dashboards; the seeds are cut from them (panels, variables, queries); with
// INPUTS 0, each FILE is checked as it is (to replay an input a run printed). Every
// rejected input must be refused with an error that says something, never a trap; every accepted
// one must keep the target's invariants. A violation prints the input and exits 1.
import Foundation
import GraftFuzzing

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 4, let target = FuzzTarget(rawValue: arguments[0]), let inputCount = Int(arguments[1]), inputCount >= 0,
      let seed = UInt64(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: graft-fuzz json|promql|import INPUTS SEED DASHBOARD.json...\n".utf8))
    exit(2)
}
let dashboards = arguments.dropFirst(3).map { path -> [UInt8] in
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("graft-fuzz: cannot read \(path)\n".utf8))
        exit(2)
    }
    return [UInt8](data)
}

if inputCount == 0 {
    var violated = false
    for (path, bytes) in zip(arguments.dropFirst(3), dashboards) {
        let verdict = target.check(bytes)
        violated = violated || verdict != .accepted && verdict != .rejected
        print("\(path): \(verdict)")
    }
    exit(violated ? 1 : 0)
}

var fuzzer = MutationFuzzer(seeds: target.seeds(from: dashboards), poolSize: 256, mutator: target.mutator(seed: seed))
let report = fuzzer.run(inputCount, check: target.check)
if let violation = report.violationText {
    print("\(target.rawValue): \(violation)")
    exit(1)
}
print("\(target.rawValue): \(report.summary), seeds: \(fuzzer.seeds.count)")
