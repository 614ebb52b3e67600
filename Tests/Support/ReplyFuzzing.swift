import Foundation
import Synchronization

/// Sends mutants of real replies to a client, one request at a time, from a local server: each
/// reply a seeded mutation of one of `seeds`, under one of `statuses`. A client's reading of what
/// a service answers is fuzzed through its real transport this way.
public struct ReplyFuzzing {
    /// What the client made of one reply.
    public enum Outcome: Sendable {
        /// A value.
        case value
        /// A refusal of the client's own kind, with its message.
        case refusal(String)
        /// Anything else: a broken invariant; the run stops there.
        case violation(String)
    }

    /// What a run found.
    public struct Report: Sendable {
        /// Replies read into values.
        public var values = 0
        /// Replies refused with the client's own error.
        public var refusals = 0
        /// The first broken invariant, with the reply that broke it.
        public var violation: String?
    }

    /// Mutates `seeds` (one per operation) `count` times with `tokens`, a `seed` fixing the run;
    /// `call(operation, baseURL)` makes the client's request for seed `operation`.
    public static func run(seeds: [[UInt8]], count: Int, seed: UInt64, statuses: [Int], tokens: [String],
                           call: (_ operation: Int, _ baseURL: URL) async -> Outcome) async throws -> Report {
        let reply = Mutex<HTTPServerResponse>(HTTPServerResponse(status: 200))
        let server = try HTTPTestServer { _ in .respond(reply.withLock { $0 }) }
        defer { server.stop() }
        var mutator = ByteMutator(tokens: tokens.map { Array($0.utf8) }, maximumLength: 1 << 16, generator: SplitMix64(seed: seed))
        var report = Report()
        for index in 0..<count {
            let operation = index % seeds.count
            let body = mutator.mutate(seeds[operation], corpus: seeds)
            let status = statuses[Int.random(in: 0..<statuses.count, using: &mutator.generator)]
            reply.withLock { $0 = HTTPServerResponse(status: status, headers: [("Content-Type", "application/json")], body: body) }
            switch await call(operation, server.baseURL) {
            case .value:
                report.values += 1
            case .refusal(let message) where !message.isEmpty && !message.contains("\u{0}"):
                report.refusals += 1
            case .refusal(let message):
                report.violation = "operation \(operation), status \(status): an unquotable message \(message.debugDescription)"
                return report
            case .violation(let reason):
                report.violation = "operation \(operation), status \(status): \(reason) for \(String(decoding: body, as: UTF8.self))"
                return report
            }
        }
        return report
    }
}
