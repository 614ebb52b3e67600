import Foundation
import Testing
import GraftJSON
@testable import GraftModel

@Suite("The model reads and writes Grafana's own exports unchanged")
struct ReferenceRoundTripTests {
    @Test("the Higress AI export, read and written again, is byte-identical",
          .enabled(if: SharedFolder.reference("Higress-AI-CN.json") != nil, SharedFolder.missingMessage))
    func referenceRoundTrip() throws {
        let bytes = try Data(contentsOf: SharedFolder.reference("Higress-AI-CN.json")!)
        let model = try DashboardModel(json: JSONParser.parse(bytes))
        #expect(model.panels?.count == 33)
        #expect(model.unmodeled.isEmpty)
        let written = model.jsonText()
        #expect(written == String(decoding: bytes, as: UTF8.self))
    }
}

/// The `../shared` folder next to the repository: its references and schemas, when present.
enum SharedFolder {
    static let url: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("../shared").standardized
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("reference").path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    static func reference(_ name: String) -> URL? {
        guard let url = url?.appendingPathComponent("reference/\(name)") else { return nil }
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static let missingMessage: Comment = "skipped: ../shared/reference is not next to this repository"
}
