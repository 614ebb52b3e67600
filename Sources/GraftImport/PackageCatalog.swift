import Foundation
import GraftDSL

/// The imported dashboards of a package made by `graft init`: one Swift file each in
/// `Sources/<library>/Imported/`, and the registry file there that the catalog reads
/// (`importedDashboards`), which `graft import --into` rewrites.
public struct PackageCatalog: Sendable {
    /// The registry's file name.
    public static let registryName = "ImportedDashboards.swift"

    /// The package's folder.
    public let directory: String
    /// The folder of the imported dashboards, relative to the package.
    public let folder: String
    /// The dashboards already there: their Swift names, uids, files and the stems of their JSON files.
    public private(set) var existing: [(name: String, uid: String?, file: String, stem: String?)]

    /// The package in `directory`; fails unless exactly one `Sources/*/Imported/ImportedDashboards.swift` is there.
    public init(directory: String) throws {
        self.directory = directory
        let sources = URL(fileURLWithPath: directory).appendingPathComponent("Sources")
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []
        let found = targets.sorted().filter {
            FileManager.default.fileExists(atPath: sources.appendingPathComponent("\($0)/Imported/\(PackageCatalog.registryName)").path)
        }
        guard found.count == 1 else {
            throw ImportError(file: directory, path: nil, message: found.isEmpty
                ? "not a package made by `graft init`: no Sources/*/Imported/\(PackageCatalog.registryName)"
                : "more than one Sources/*/Imported/\(PackageCatalog.registryName): " + found.joined(separator: ", "))
        }
        folder = "Sources/\(found[0])/Imported"
        existing = []
        let absolute = URL(fileURLWithPath: directory).appendingPathComponent(folder)
        for file in ((try? FileManager.default.contentsOfDirectory(atPath: absolute.path)) ?? []).sorted()
        where file.hasSuffix(".swift") && file != PackageCatalog.registryName {
            let text = (try? String(contentsOf: absolute.appendingPathComponent(file), encoding: .utf8)) ?? ""
            if let declared = PackageCatalog.declaration(in: text) { existing.append((declared.name, declared.uid, file, declared.stem)) }
        }
    }

    /// An importer that keeps the names of dashboards already here apart, and gives a dashboard
    /// imported again (same uid) its old name, so that its file is replaced.
    public var importer: DashboardImporter {
        var importer = DashboardImporter(takenNames: Set(existing.map(\.name)), takenStems: Set(existing.compactMap(\.stem)))
        for dashboard in existing {
            guard let uid = dashboard.uid else { continue }
            importer.namesByUID[uid] = dashboard.name
            importer.stemsByUID[uid] = dashboard.stem
        }
        return importer
    }

    /// The files `graft import --into` writes for `imported`: each dashboard's, and the registry
    /// listing every dashboard of the folder, in file name order.
    public func files(adding imported: [ImportedDashboard]) -> [PackageFile] {
        var entries = Dictionary(existing.map { ($0.file, $0.name) }, uniquingKeysWith: { first, _ in first })
        for dashboard in imported { entries[dashboard.swiftFileName] = dashboard.valueName }
        var registry = "// Written by `graft import --into`: the dashboards of this folder, in file name order. Import again\n"
        registry += "// rather than edit it; a dashboard file added by hand is listed after the next import.\n"
        registry += "import Graft\n\n"
        registry += "/// The dashboards `graft import --into` added, one a file in this folder.\n"
        let list = Code.list(entries.keys.sorted().map { Code.text(entries[$0]!) })
        registry += Code.concat([.text("let importedDashboards: [Dashboard] = "), list]).render(indent: 0, column: 0) + "\n"
        return imported.map { $0.sourceFile(in: folder) }
            + [PackageFile(path: folder + "/" + PackageCatalog.registryName, text: registry)]
    }

    /// The name and uid of the dashboard a file declares, as `graft import` writes it
    /// (`var name: Dashboard {` with `Dashboard("title", uid: "uid")` on the next line), as any
    /// declaration of type `Dashboard`, or as a stored `let name = Dashboard(...)`; `public` or not.
    /// Its file stem is its `.fileName("...")`, else what the DSL makes of its title.
    static func declaration(in text: String) -> (name: String, uid: String?, stem: String?)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            var rest = line.hasPrefix("public ") ? line.dropFirst("public ".count) : line[...]
            guard rest.hasPrefix("let ") || rest.hasPrefix("var ") else { continue }
            rest = rest.dropFirst(4)
            let name = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            let afterName = rest.dropFirst(name.count)
            let declaresType = afterName.hasPrefix(": Dashboard {") || afterName.hasPrefix(": Dashboard =")
            guard !name.isEmpty, declaresType || afterName.hasPrefix(" = Dashboard(") else { continue }
            // The uid is in the `Dashboard(...)` call: on this line, or a computed property's first.
            let next = index + 1 < lines.count ? lines[index + 1].drop(while: { $0 == " " }) : ""
            let call = line.contains("Dashboard(") ? line : next.hasPrefix("Dashboard(") ? next : ""
            let uid = call.firstRange(of: "uid: \"").map { String(call[$0.upperBound...].prefix { $0 != "\"" }) }
            let fileName = text.firstRange(of: ".fileName(").flatMap { PackageCatalog.plainString(text[$0.upperBound...]) }
            let title = call.firstRange(of: "Dashboard(").flatMap { PackageCatalog.plainString(call[$0.upperBound...]) }
            return (name, uid, fileName ?? title.map { Dashboard($0, uid: "") {}.fileStem })
        }
        return nil
    }

    /// The text of the string literal `text` starts with, when it is a plain one (`"..."`, escaping
    /// only quotes and backslashes, no interpolation); `nil` for any other.
    static func plainString(_ text: Substring) -> String? {
        guard text.first == "\"" else { return nil }
        var result = ""
        var escaped = false
        for character in text.dropFirst() {
            if escaped {
                guard character == "\"" || character == "\\" else { return nil }
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return result
            } else if character == "\n" {
                return nil
            } else {
                result.append(character)
            }
        }
        return nil
    }
}
