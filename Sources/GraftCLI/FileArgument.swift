import ArgumentParser
import Foundation

/// A file on the command line that must exist and be readable (a CA certificate's PEM file).
struct FileArgument: ExpressibleByArgument, Sendable {
    /// The path as given.
    let path: String

    init?(argument: String) {
        guard FileManager.default.isReadableFile(atPath: argument) else { return nil }
        path = argument
    }
}
