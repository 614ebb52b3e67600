import Foundation
import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// Prometheus's own PromQL parser, through `promtool check rules`: every expression becomes one
/// recording rule (`graft_lint_<n>`) of one generated rule file, so a single process call parses
/// them all, and promtool's `rule N, "graft_lint_<n>": could not parse expression: ...` lines map
/// each error back to its expression.
public struct Promtool: Sendable {
    /// The `promtool` executable.
    public var executable: String
    /// How long one call may take before it is stopped.
    public var timeout: Duration

    /// promtool at `executable`.
    public init(executable: String, timeout: Duration = .seconds(60)) {
        self.executable = executable
        self.timeout = timeout
    }

    /// promtool as found on `PATH`, or `nil` when it is not installed.
    public static func onPath() -> Promtool? { ExternalTool.onPath("promtool").map { Promtool(executable: $0) } }

    /// The record name of the `index`th expression.
    static func recordName(_ index: Int) -> String { "graft_lint_\(index)" }

    /// Parses `expressions`; the error message of each one Prometheus refuses, by index.
    /// Throws when promtool cannot be run or fails for a reason that is not an expression's.
    public func parseErrors(_ expressions: [String]) throws -> [Int: String] {
        guard !expressions.isEmpty else { return [:] }
        var file = "groups:\n- name: graft-lint\n  rules:\n"
        for (index, expression) in expressions.enumerated() {
            // A JSON string is a YAML double-quoted scalar: newlines and quotes stay escaped.
            file += "  - record: \(Promtool.recordName(index))\n    expr: \(JSON.string(expression).formatted(.compact))\n"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = folder.appendingPathComponent("rules.yml")
        try Data(file.utf8).write(to: rules)
        let run = try ExternalTool.run(executable, ["check", "rules", "--lint=none", rules.path], timeout: timeout)
        guard run.status != 0 else { return [:] }
        var errors: [Int: String] = [:]
        let marker = "\"graft_lint_"
        for line in run.output.split(separator: "\n") {
            guard let start = line.range(of: marker) else { continue }
            let digits = line[start.upperBound...].prefix { $0.isNumber }
            guard let index = Int(digits), index < expressions.count else { continue }
            var message = line[start.upperBound...].dropFirst(digits.count)
            if message.hasPrefix("\": ") { message = message.dropFirst(3) }
            if let parse = message.range(of: "could not parse expression: ") { message = message[parse.upperBound...] }
            errors[index] = String(message)
        }
        guard !errors.isEmpty else {
            throw ExternalToolError("promtool check rules failed (exit \(run.status)) without naming an expression: \(run.output.suffix(600))")
        }
        return errors
    }
}
