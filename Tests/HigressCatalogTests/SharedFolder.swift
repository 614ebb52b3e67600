import Foundation
import Testing

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
