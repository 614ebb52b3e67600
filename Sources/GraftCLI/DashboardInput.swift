import GraftImport
import GraftModel
import GraftReview

/// A dashboard JSON file given to `graft lint` or `graft verify`: read once, bounded like an import
/// (`InputFile.read`), so `/dev/zero` is cut off and a pipe (`<(cat d.json)`) works.
enum DashboardInput {
    /// The file's bytes, refused past `DashboardImporter.maximumInputSize`; `command` names the reader in the error.
    static func bytes(_ path: String, command: String) throws -> [UInt8] {
        try InputFile.read(path, limit: DashboardImporter.maximumInputSize, purpose: command)
    }

    /// The dashboard in the file at `path`; errors name the file.
    static func model(_ path: String, command: String) throws -> DashboardModel {
        try DashboardFile.model(from: bytes(path, command: command), file: path)
    }
}
