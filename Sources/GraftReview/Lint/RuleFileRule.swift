import Foundation
import GraftMonitoring
import GraftPromQL

/// The catalog's PrometheusRules as Prometheus loads them: each rendered as its plain rule file and
/// checked by `promtool check rules` (expressions, durations, templates, duplicate rules), or, without
/// promtool, each expression read by graft's own PromQL reader.
enum RuleFileRule {
    /// The findings for `rules`; throws only when promtool cannot be run.
    static func check(_ rules: [PrometheusRule], promtool: Promtool?) throws -> [LintFinding] {
        var findings: [LintFinding] = []
        for rule in rules {
            let place = LintPlace(object: "PrometheusRule \(rule.metadata.qualifiedName)", file: "manifests/" + ManifestLayout.ruleFile(rule))
            if let promtool {
                findings += try promtool.ruleFileErrors(try rule.ruleFile()).map { name, message in
                    LintFinding(.error, .promtoolRules, at: name.map(place.rule) ?? place, "promtool check rules: \(message)")
                }
                continue
            }
            for recordOrAlert in rule.groups.flatMap(\.rules) {
                do { _ = try PromQLParser.parse(recordOrAlert.expr) } catch {
                    findings.append(LintFinding(.error, .promqlSyntax, at: place.rule(recordOrAlert.name), "\(error) in: \(recordOrAlert.expr)"))
                }
            }
        }
        return findings
    }
}

extension Promtool {
    /// What `promtool check rules` refuses in the rule file `bytes`: each message, with the rule it names when it names one.
    func ruleFileErrors(_ bytes: [UInt8]) throws -> [(rule: String?, message: String)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rules.yaml")
        try Data(bytes).write(to: file)
        let run = try ExternalTool.run(executable, ["check", "rules", file.path], timeout: timeout)
        guard run.status != 0 else { return [] }
        var errors: [(rule: String?, message: String)] = []
        for line in run.output.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasPrefix("Checking "), text != "FAILED:" else { continue }
            var message = Substring(text)
            if message.hasPrefix(file.path + ": ") { message = message.dropFirst(file.path.count + 2) }
            // `5:11: group "g", rule 1, "a:b": could not parse expression: ...`
            var name: String?
            if let rule = message.range(of: #"rule [0-9]+, ""#, options: .regularExpression), let end = message[rule.upperBound...].range(of: "\": ") {
                name = String(message[rule.upperBound..<end.lowerBound])
                message = message[end.upperBound...]
            }
            errors.append((name, String(message)))
        }
        return errors.isEmpty ? [(nil, "failed (exit \(run.status)): \(run.output.suffix(600))")] : errors
    }
}
