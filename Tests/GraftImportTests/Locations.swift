import Foundation
import GraftTestSupport
import Testing

/// Where the tests find their inputs: the fixtures beside them, the reference in `../shared` next to
/// the repository (when it is there), and the repository itself.
enum Locations {
    /// `Tests/GraftImportTests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The fixture files, by name, in name order.
    static var fixtureFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { fixtures.appendingPathComponent($0) }
    }

    /// Where the starter package's templates are, below the repository's root.
    static let templates = "Sources/GraftImport/Templates"

    /// The repository's root, holding Package.swift and the templates.
    static let repository: URL? = {
        let root = TestEnvironment.repositoryRoot
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(templates + "/Package.swift").path) ? root : nil
    }()

    /// `../shared/reference/Higress-AI-CN.json`, when `../shared` is next to the repository.
    static let reference = TestEnvironment.reference("Higress-AI-CN.json")

    static let referenceMissing: Comment = "skipped: ../shared/reference/Higress-AI-CN.json is not next to this repository"

    /// The bytes of `url`.
    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// A plain dashboard of at least `size` bytes: a runbook of text panels, each a different page of
    /// markdown, as teams keep documentation beside their graphs.
    static func bigDashboard(atLeast size: Int) -> [UInt8] {
        var panels: [String] = []
        var total = 0
        while total < size {
            let index = panels.count
            let lines = (0..<120).map { "- step \(index).\($0): check `rate(http_requests_total{code=\\\"5\($0 % 10)\\\"}[5m])` on dashboard \(index * 31 % 97)" }
            let panel = #"{"gridPos": {"h": 8, "w": 24, "x": 0, "y": \#(index * 8)}, "id": \#(index + 1), "options": {"content": "\#(lines.joined(separator: "\\n"))", "mode": "markdown"}, "title": "Runbook page \#(index + 1)", "type": "text"}"#
            total += panel.utf8.count
            panels.append(panel)
        }
        let text = #"{"editable": true, "panels": [\#(panels.joined(separator: ", "))], "schemaVersion": 39, "tags": ["runbook"], "title": "Runbook (600 KB)", "uid": "runbook-600k"}"#
        return Array(text.utf8)
    }
}
