/// What a fuzz target says of one input.
public enum FuzzVerdict: Equatable, Sendable {
    /// The input is not one the target accepts (and it was refused properly).
    case rejected
    /// The input was accepted and every invariant held: it joins the pool of inputs to mutate.
    case accepted
    /// An invariant failed; the text says which.
    case violated(String)
}

/// What a fuzzing run found.
public struct FuzzReport: Sendable {
    /// How many inputs were checked.
    public var inputs = 0
    /// How many of them were accepted.
    public var accepted = 0
    /// The first broken invariant and the input that broke it; the run stops there.
    public var violation: (reason: String, input: [UInt8])?
    /// How long the run took.
    public var elapsed = Duration.zero

    /// The violation for a person to replay: the reason, the input as text and as bytes.
    public var violationText: String? {
        violation.map { "invariant violated: \($0.reason)\ninput: \(String(decoding: $0.input, as: UTF8.self))\ninput bytes: \($0.input)" }
    }

    /// `inputs: 1000000, accepted: 51234, seconds: 12.34`.
    public var summary: String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let hundredths = Int((seconds * 100).rounded())
        let fraction = String(hundredths % 100)
        return "inputs: \(inputs), accepted: \(accepted), seconds: \(hundredths / 100).\(fraction.count == 1 ? "0" + fraction : fraction)"
    }
}

/// A seeded mutation fuzzer: each input is a mutant of a seed or of a recently accepted input, so
/// runs explore near valid inputs; the seed fixes every input of a run.
public struct MutationFuzzer: Sendable {
    /// The seeds, always kept as parents.
    public let seeds: [[UInt8]]
    /// How many accepted mutants are kept as parents beside the seeds.
    public let poolSize: Int
    /// The mutator, holding the run's generator.
    public var mutator: ByteMutator
    /// The parents: the seeds, then up to `poolSize` accepted mutants.
    public private(set) var corpus: [[UInt8]]

    /// A fuzzer mutating `seeds` (not empty) and up to `poolSize` accepted mutants with `mutator`.
    public init(seeds: [[UInt8]], poolSize: Int, mutator: ByteMutator) {
        precondition(!seeds.isEmpty, "a fuzzer needs seeds")
        self.seeds = seeds
        self.poolSize = poolSize
        self.mutator = mutator
        corpus = seeds
    }

    /// Checks `count` new inputs with `check`, stopping at the first violation.
    public mutating func run(_ count: Int, check: ([UInt8]) -> FuzzVerdict) -> FuzzReport {
        var report = FuzzReport()
        let start = ContinuousClock.now
        for _ in 0..<count {
            let parent = corpus.randomElement(using: &mutator.generator)!
            let input = mutator.mutate(parent, corpus: corpus)
            report.inputs += 1
            switch check(input) {
            case .rejected:
                continue
            case .accepted:
                report.accepted += 1
                keep(input)
            case let .violated(reason):
                report.violation = (reason, input)
                report.elapsed = ContinuousClock.now - start
                return report
            }
        }
        report.elapsed = ContinuousClock.now - start
        return report
    }

    /// Adds an accepted input to the pool, replacing a random pooled one once the pool is full.
    private mutating func keep(_ input: [UInt8]) {
        if corpus.count < seeds.count + poolSize {
            corpus.append(input)
        } else {
            corpus[Int.random(in: seeds.count..<corpus.count, using: &mutator.generator)] = input
        }
    }
}
