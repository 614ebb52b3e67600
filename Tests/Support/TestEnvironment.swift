import Foundation

/// Where tests find what lies outside the package: `../shared` beside the repository (reference
/// dashboards, CRD schemas, fixtures) and the real tools on `PATH` (promtool, prometheus, check-jsonschema).
public enum TestEnvironment {
    /// The repository root: three folders above this file, symlinks resolved (a scratch package links Tests/).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the repository, or `nil` when it is absent.
    public static let shared: URL? = {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue ? url : nil
    }()

    /// The file or folder `relativePath` of `../shared` (`schemas/podmonitor.v1.strict.schema.json`), or `nil` when it is absent.
    public static func sharedFile(_ relativePath: String) -> URL? {
        guard let url = shared?.appendingPathComponent(relativePath), FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    /// The reference export `name` in `../shared/reference`, or `nil` when it is absent.
    public static func reference(_ name: String) -> URL? { sharedFile("reference/\(name)") }

    /// The full path of the executable `name` on `PATH`, or `nil` when it is not installed.
    public static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The executable `name` this package built, beside the test bundle (`.build/debug/graft`).
    public static func builtProduct(_ name: String) -> URL {
        let folder = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return folder.appendingPathComponent(name)
    }

    /// Debian's `promtool` (`apt-get install -y prometheus`), or `nil` when it is not installed.
    public static let promtool = executable("promtool")
    /// Debian's `prometheus` (`apt-get install -y prometheus`), or `nil` when it is not installed.
    public static let prometheus = executable("prometheus")
    /// `check-jsonschema` (`pip install check-jsonschema`), or `nil` when it is not installed.
    public static let checkJSONSchema = executable("check-jsonschema")
}
