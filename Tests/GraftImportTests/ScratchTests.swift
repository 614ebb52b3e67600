import Foundation
import Testing
@testable import GraftImport

@Test func scratchReference() throws {
    let bytes = [UInt8](FileManager.default.contents(atPath: "/work/shared/reference/Higress-AI-CN.json")!)
    var importer = DashboardImporter()
    let imported = try importer.importDashboard(bytes, file: "Higress-AI-CN.json")
    try imported.source.write(toFile: "/tmp/HigressAI.swift", atomically: true, encoding: .utf8)
    print("SIZE", imported.source.utf8.count, imported.byteIdentical, imported.notes)
}
