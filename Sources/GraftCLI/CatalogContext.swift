import GraftCatalog
import GraftDSL
import GraftJSON
import GraftModel
import GraftMonitoring

/// The catalog the running `graft` serves: set once by `GraftCLI.main(catalog:)`.
enum CatalogContext {
    @TaskLocal static var current: Catalog?

    /// The catalog, or an error saying the command was started without one.
    static func require() throws -> Catalog {
        guard let current else { throw CLIError("no catalog: start the command line with GraftCLI.main(catalog:)") }
        return current
    }
}

/// A failure the command line reports in one sentence, exiting with status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
