import Foundation
import Testing
@testable import GraftImport

@Suite("The starter package's templates and names, as built into the binary")
struct StarterPackageTests {
    @Test("the embedded templates are Sources/GraftImport/Templates/ as it is in the checkout, dot files included",
          .enabled(if: Locations.repository != nil, "skipped: the repository holding the templates is not above this file"))
    func embeddedTemplatesAreCurrent() throws {
        let onDisk = try StarterPackage.readTemplates(Locations.repository!.appendingPathComponent(Locations.templates).path)
        #expect(StarterPackage.templates == onDisk)
        #expect(StarterPackage.templates.contains { $0.path == ".gitignore" })
    }

    @Test("the names an executable may not take are every name Graft's Package.swift gives, its dependencies' and the template's",
          .enabled(if: Locations.repository != nil, "skipped: the repository holding Package.swift is not above this file"))
    func reservedNamesAreDerived() throws {
        let manifest = try String(contentsOf: Locations.repository!.appendingPathComponent("Package.swift"), encoding: .utf8)
        let declared = manifest.components(separatedBy: #"name: ""#).dropFirst().map { String($0.prefix { $0 != "\"" }).lowercased() }
        #expect(declared.count > 20)
        #expect(Set(declared).subtracting(StarterPackage.graftTargetNames).isEmpty)
        #expect(StarterPackage.graftTargetNames.isSuperset(of: ["observability", "observabilitytests", "yams", "argumentparser"]))
    }

    @Test("a package named like one of those gets an executable of its own name with -cli", arguments: [
        ("GraftURL", "GraftURL-cli"), ("observability", "observability-cli"), ("Yams", "Yams-cli"), ("graft-fuzz-url", "graft-fuzz-url-cli"),
        ("acme-dashboards", "acme-dashboards"),
    ])
    func executableNames(_ folder: String, _ executable: String) {
        #expect(StarterPackage(directory: "/tmp/\(folder)", graft: .path("/src/graft")).executable == executable)
    }

    @Test("the default Graft source is the checkout the binary was built from",
          .enabled(if: Locations.repository != nil, "skipped: the repository is not above this file"))
    func builtCheckout() throws {
        let checkout = try #require(StarterPackage.builtCheckout)
        #expect(URL(fileURLWithPath: checkout).resolvingSymlinksInPath() == Locations.repository!.resolvingSymlinksInPath())
    }
}
