import Foundation
import Synchronization

/// Sends mutants of real replies to a client, one request at a time, from a local server: each
/// reply a seeded mutation of one of `seeds`, under one of `statuses`. A client's reading of what
/// a service answers is fuzzed through its real transport this way.
public struct ReplyFuzzing {
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
    /// `call(operation, baseURL)` makes the client's request for seed `operation`. A call returns
    /// (a value) or throws a `Refusal` (the client's own error) with a printable message; any other
    /// error is a broken invariant, and the run stops there.
    public static func run<Refusal: Error & CustomStringConvertible>(
        seeds: [[UInt8]], count: Int, seed: UInt64, statuses: [Int], tokens: [String], refusal: Refusal.Type,
        call: (_ operation: Int, _ baseURL: URL) async throws -> Void
    ) async throws -> Report {
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
            do {
                try await call(operation, server.baseURL)
                report.values += 1
            } catch let error as Refusal {
                guard !error.description.isEmpty, !error.description.contains("\u{0}") else {
                    report.violation = "operation \(operation), status \(status): an unquotable message \(error.description.debugDescription)"
                    return report
                }
                report.refusals += 1
            } catch {
                report.violation = "operation \(operation), status \(status): \(type(of: error)) \(error) for \(String(decoding: body, as: UTF8.self))"
                return report
            }
        }
        return report
    }
}
