import Foundation
import Testing
@testable import GraftImport

/// The shape of generated code that keeps a package's edit loop short: the job that emits a
/// module's interface type-checks every stored global's initializer after an edit of any file,
/// a computed property's body only where its own file is compiled (BENCHMARKS.md, the edit loop).
@Suite("Generated code is cheap to compile again")
struct CompileCostTests {
    /// The file-scope declarations of `source`: the lines starting with `let` or `var`, `private` or `public` aside.
    static func fileScopeDeclarations(_ source: String) -> [Substring] {
        source.split(separator: "\n").filter { line in
            ["let ", "var ", "private let ", "private var ", "public let ", "public var "].contains { line.hasPrefix($0) }
        }
    }

    @Test("every file-scope declaration writes its type; dashboards and rows are computed properties",
          arguments: Locations.fixtureFiles.map(\.lastPathComponent))
    func explicitTypes(_ name: String) throws {
        var importer = DashboardImporter()
        let source = try importer.importDashboard(Locations.bytes(Locations.fixtures.appendingPathComponent(name)), file: name).source
        let declarations = Self.fileScopeDeclarations(source)
        #expect(declarations.contains { $0.hasPrefix("var ") && $0.hasSuffix(": Dashboard {") })
        for line in declarations {
            let afterKeyword = line.split(separator: " ").drop { $0 == "private" || $0 == "public" }.dropFirst()
            #expect(afterKeyword.first?.hasSuffix(":") == true, "\(name): no type written in \(line)")
            if line.contains(": Dashboard") || line.contains(": Row") {
                #expect(line.contains(" var ") || line.hasPrefix("var "), "\(name): a stored dashboard or row: \(line)")
                #expect(line.hasSuffix(" {"), "\(name): not a computed property: \(line)")
            }
        }
    }

    @Test("the registry finds a dashboard declared as import writes it, or as a stored constant, and its file's stem", arguments: [
        ("var edgeDashboard: Dashboard {\n    Dashboard(\"Edge\", uid: \"edge\") {", "edgeDashboard", "edge", "edge"),
        ("public var edgeDashboard: Dashboard {\n    Dashboard(\"Edge \\\"A\\\"\", uid: \"edge\")", "edgeDashboard", "edge", "edge-a"),
        ("let edge = Dashboard(\"Edge\", uid: \"edge-1\") {\n}\n.fileName(\"edge-one\")", "edge", "edge-1", "edge-one"),
        ("public let edge: Dashboard = Dashboard(\"Checkout service\", uid: \"e\")", "edge", "e", "checkout-service"),
        ("let untitled = Dashboard(\"Edge\") {", "untitled", nil, "edge"),
        ("var made: Dashboard {\n    makeEdge()\n}", "made", nil, nil),
        ("var raw: Dashboard {\n    Dashboard(#\"Edge\"#, uid: \"r\")", "raw", "r", nil),
    ])
    func registryDeclarations(_ text: String, _ name: String, _ uid: String?, _ stem: String?) throws {
        let found = try #require(PackageCatalog.declaration(in: "import Graft\n\nprivate let job: String = \"x\"\n\n" + text))
        #expect(found.name == name)
        #expect(found.uid == uid)
        #expect(found.stem == stem)
    }

    @Test("a dashboard of another uid with a title already in the package gets a file of its own; one imported again keeps its file")
    func stemsOfThePackage() throws {
        let package = FileManager.default.temporaryDirectory.appendingPathComponent("graft-stems-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: package) }
        let folder = package.appendingPathComponent("Sources/Observability/Imported")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "let importedDashboards: [Dashboard] = [checkoutServiceDashboard]\n"
            .write(to: folder.appendingPathComponent(PackageCatalog.registryName), atomically: true, encoding: .utf8)
        try "var checkoutServiceDashboard: Dashboard {\n    Dashboard(\"Checkout service\", uid: \"team-a-checkout\") {\n    }\n}\n"
            .write(to: folder.appendingPathComponent("CheckoutServiceDashboard.swift"), atomically: true, encoding: .utf8)
        var importer = try PackageCatalog(directory: package.path).importer
        func json(_ uid: String) -> [UInt8] { Array(#"{"title": "Checkout service", "uid": "\#(uid)", "schemaVersion": 40, "panels": []}"#.utf8) }
        let other = try importer.importDashboard(json("team-b-checkout"), file: "b.json")
        #expect(other.fileStem == "checkout-service-2")
        #expect(other.source.contains(#".fileName("checkout-service-2")"#))
        let again = try importer.importDashboard(json("team-a-checkout"), file: "a.json")
        #expect(again.fileStem == "checkout-service")
        #expect(again.valueName == "checkoutServiceDashboard")
    }

    @Test("a file declaring no dashboard is not listed", arguments: [
        "let rows: [Row] = []", "var panel: Stat {\n    Stat(\"Up\") {}\n}", "let edge = makeEdge()",
    ])
    func notDashboards(_ text: String) {
        #expect(PackageCatalog.declaration(in: text) == nil)
    }
}
