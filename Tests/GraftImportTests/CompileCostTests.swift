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

    @Test("the registry finds a dashboard declared as import writes it, or as a stored constant", arguments: [
        ("var edgeDashboard: Dashboard {\n    Dashboard(\"Edge\", uid: \"edge\") {", "edgeDashboard", "edge"),
        ("public var edgeDashboard: Dashboard {\n    Dashboard(\"Edge\", uid: \"edge\")", "edgeDashboard", "edge"),
        ("let edge = Dashboard(\"Edge\", uid: \"edge-1\") {", "edge", "edge-1"),
        ("public let edge: Dashboard = Dashboard(\"Edge\", uid: \"e\")", "edge", "e"),
        ("let untitled = Dashboard(\"Edge\") {", "untitled", nil),
        ("var made: Dashboard {\n    makeEdge()\n}", "made", nil),
    ])
    func registryDeclarations(_ text: String, _ name: String, _ uid: String?) throws {
        let found = try #require(PackageCatalog.declaration(in: "import Graft\n\nprivate let job: String = \"x\"\n\n" + text))
        #expect(found.name == name)
        #expect(found.uid == uid)
    }

    @Test("a file declaring no dashboard is not listed", arguments: [
        "let rows: [Row] = []", "var panel: Stat {\n    Stat(\"Up\") {}\n}", "let edge = makeEdge()",
    ])
    func notDashboards(_ text: String) {
        #expect(PackageCatalog.declaration(in: text) == nil)
    }
}
