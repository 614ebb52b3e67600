import Foundation

/// One file of a package: its path relative to the package, and its text.
public struct PackageFile: Sendable, Hashable {
    /// The path below the package's folder (`Sources/CLI/main.swift`).
    public var path: String
    /// The text.
    public var text: String
}

/// A new dashboards-as-code package made from Graft's templates (`Sources/GraftImport/Templates`,
/// embedded in the binary at build time, so `graft init` works wherever the binary is): a
/// Package.swift depending on Graft, a library of dashboards and monitors, an executable running
/// Graft's command line over them, a test, a Makefile, a README and a `.gitignore`.
public struct StarterPackage: Sendable {
    /// Where the package gets Graft from.
    public enum GraftSource: Sendable, Hashable {
        /// A checkout on disk (absolute path).
        case path(String)
        /// A git URL and the version to start from.
        case url(String, version: String)
    }

    /// The package's name (its folder's name).
    public var name: String
    /// The executable's name: `make run` runs `.build/debug/<executable> render`.
    public var executable: String
    /// Where Graft comes from.
    public var graft: GraftSource

    /// Names a package may not give its executable, lower-cased: the targets and products of Graft's
    /// package and its dependencies (read from the package at build time) and the template's own targets.
    static let graftTargetNames = Set((EmbeddedTemplates.packageNames + templateTargetNames).map { $0.lowercased() })

    /// The names the template's Package.swift spells out (`name: "Observability"`), placeholders aside.
    static var templateTargetNames: [String] {
        let manifest = templates.first { $0.path == "Package.swift" }?.text ?? ""
        return manifest.components(separatedBy: #"name: ""#).dropFirst().compactMap { rest in
            let name = rest.prefix { $0 != "\"" }
            return name.isEmpty || name.contains("{{") ? nil : String(name)
        }
    }

    /// A package for the folder `directory`, named after its last path component.
    public init(directory: String, graft: GraftSource) {
        let base = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        let cleaned = String(base.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
        name = cleaned.isEmpty || cleaned.first == "-" ? "dashboards" : cleaned
        executable = StarterPackage.graftTargetNames.contains(name.lowercased()) ? name + "-cli" : name
        self.graft = graft
    }

    /// The package's files: every template with its placeholders filled in.
    public func files(from templates: [PackageFile]) -> [PackageFile] {
        templates.map { PackageFile(path: $0.path, text: fill($0.text)) }
    }

    /// The template text with `{{PACKAGE_NAME}}`, `{{EXECUTABLE}}`, `{{GRAFT_DEPENDENCY}}`,
    /// `{{GRAFT_PACKAGE}}` and `{{GRAFT_LOCATION}}` filled in.
    func fill(_ template: String) -> String {
        let values: [(String, String)] = [
            ("{{PACKAGE_NAME}}", name), ("{{EXECUTABLE}}", executable), ("{{GRAFT_DEPENDENCY}}", dependency),
            ("{{GRAFT_PACKAGE}}", packageIdentity), ("{{GRAFT_LOCATION}}", location),
        ]
        return values.reduce(template) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    /// The `.package(...)` line of Package.swift.
    var dependency: String {
        switch graft {
        case .path(let path): return ".package(path: \(SwiftLiteral.string(path).flat!))"
        case let .url(url, version): return ".package(url: \(SwiftLiteral.string(url).flat!), from: \(SwiftLiteral.string(version).flat!))"
        }
    }

    /// The identity SwiftPM gives the Graft package, which `.product(name:package:)` names: its
    /// folder's or repository's last path component, lower-cased.
    var packageIdentity: String {
        switch graft {
        case .path(let path): return URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent.lowercased()
        case .url(let url, _):
            var last = String(url.split(separator: "/").last ?? "graft")
            if last.hasSuffix(".git") { last.removeLast(4) }
            return last.lowercased()
        }
    }

    /// Where Graft comes from, for the README.
    var location: String {
        switch graft {
        case .path(let path): return "the Graft checkout at `\(path)`"
        case let .url(url, version): return "Graft \(version) from \(url)"
        }
    }

    /// Reads every file under `folder`, paths relative to it, in path order.
    public static func readTemplates(_ folder: String) throws -> [PackageFile] {
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        var files: [PackageFile] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = String(url.resolvingSymlinksInPath().path.dropFirst(root.path.count + 1))
            files.append(PackageFile(path: path, text: try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Graft's templates as this binary was built with them, in path order.
    public static var templates: [PackageFile] {
        EmbeddedTemplates.files.map { PackageFile(path: $0.path, text: $0.text) }
    }

    /// The Graft checkout this binary was built from, when it is still there (a Package.swift in it).
    public static var builtCheckout: String? {
        FileManager.default.fileExists(atPath: EmbeddedTemplates.checkout + "/Package.swift") ? EmbeddedTemplates.checkout : nil
    }
}
