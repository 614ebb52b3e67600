// graft-bench: the rendering benchmark behind `make bench`.
//
//   graft-bench render --count N --out DIR   what the peer generators do: dashboard k (uid higress-ai-k,
//                                            title "Higress AI k") built from scratch, written to DIR/k.json;
//                                            the dashboards are shared out over every core
//   graft-bench throughput --count N         the same dashboards rendered in memory only: wall time,
//                                            MB/s of JSON on one core, peak RSS
import Foundation
import Synchronization
import Graft
import HigressCatalog

/// Renders dashboard k of the run into `writer` (emptied first; one writer a core, so its buffer is
/// reused): its own title and uid, built from the DSL anew, so nothing is shared between dashboards.
func renderDashboard(_ k: Int, into writer: inout JSONWriter) throws {
    let model = try higressAI(title: "Higress AI \(k)", uid: "higress-ai-\(k)", edition: .export).render()
    writer.removeAll()
    model.write(to: &writer)
}

/// Peak resident memory of this process, from `getrusage` (kilobytes on Linux, bytes on macOS).
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    let who = __rusage_who_t(RUSAGE_SELF.rawValue)  // an enum case in Glibc, an Int32 elsewhere
    #else
    let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0 else { return .nan }
    #if canImport(Darwin)
    return Double(usage.ru_maxrss) / (1024 * 1024)
    #else
    return Double(usage.ru_maxrss) / 1024
    #endif
}

func option(_ name: String, in arguments: [String]) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[$0 + 1] : nil }
}

let arguments = Array(CommandLine.arguments.dropFirst())
let count = Int(option("--count", in: arguments) ?? "1000") ?? 1000
do {
    switch arguments.first {
    case "render":
        guard let out = option("--out", in: arguments) else { throw CocoaError(.fileWriteInvalidFileName) }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
        let failures = Mutex<[String]>([])
        // Each worker takes the next dashboard when it is free, so that a core the host slows down
        // takes fewer, rather than the others waiting for its fixed share.
        let next = Atomic<Int>(1)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var writer = JSONWriter(capacity: 96 * 1024)
            while true {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k <= count else { break }
                do {
                    try renderDashboard(k, into: &writer)
                    let file = open("\(out)/\(k).json", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                    let complete = writer.withUnsafeBytes { write(file, $0.baseAddress, $0.count) == $0.count }
                    guard file >= 0, complete, close(file) == 0 else { throw CocoaError(.fileWriteUnknown) }
                } catch {
                    failures.withLock { $0.append("dashboard \(k): \(error)") }
                }
            }
        }
        if let failure = failures.withLock({ $0.first }) { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure]) }
        print("wrote \(count) dashboards")
    case "throughput":
        var total = 0
        var writer = JSONWriter(capacity: 96 * 1024)
        let start = DispatchTime.now().uptimeNanoseconds
        for k in 1...count {
            try renderDashboard(k, into: &writer)
            total += writer.withUnsafeBytes { $0.count }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "dashboards: %d, bytes: %d, seconds: %.3f, MB/s: %.1f, per dashboard: %.1f us, peak RSS: %.1f MB",
                     count, total, seconds, Double(total) / 1e6 / seconds, seconds / Double(count) * 1e6, peakRSSMegabytes()))
    default:
        print("usage: graft-bench render --count N --out DIR | graft-bench throughput --count N")
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("graft-bench: \(error)\n".utf8))
    exit(1)
}
