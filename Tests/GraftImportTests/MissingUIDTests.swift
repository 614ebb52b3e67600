import Foundation
import GraftJSON
import GraftModel
import Testing
@testable import GraftImport

extension Locations {
    /// `Fixtures/Adopt`: dashboards as teams bring them (no uid, Grafana 12/13 resources, v2 layouts).
    static let adoption = fixtures.appendingPathComponent("Adopt")

    /// The files of `Fixtures/Adopt` that import (not the refused layouts, not the classic models the v2 ones convert to).
    static var adoptionImports: [URL] {
        ["console-no-uid.dashboard.json", "gateway.v1beta1.resource.json", "gateway-grid.v2beta1.resource.json", "gateway-rows.v2.resource.json",
         "library-repeat.v2beta1.resource.json", "gateway-rows.grafana4.export.json", "gateway-grid.grafana6.dashboard.json"]
            .map { adoption.appendingPathComponent($0) }
    }

    /// The bytes of `Fixtures/Adopt/<name>`.
    static func adoptionBytes(_ name: String) throws -> [UInt8] { try bytes(adoption.appendingPathComponent(name)) }
}

@Suite("A dashboard without a uid gets a stable one from its title")
struct MissingUIDTests {
    /// `object` without its `uid` member.
    func withoutUID(_ json: JSON) -> JSON {
        guard case .object(var object) = json else { return json }
        object.removeValue(forKey: "uid")
        return .object(object)
    }

    @Test("the rendered JSON is the file's plus the uid Graft gave it, and the import says so")
    func consoleDashboard() throws {
        var importer = DashboardImporter()
        let bytes = try Locations.adoptionBytes("console-no-uid.dashboard.json")
        let imported = try importer.importDashboard(bytes, file: "console-no-uid.dashboard.json")
        let rendered = try JSONParser.parse(imported.renderedJSON)
        #expect(rendered["uid"] == "higress-gateway")
        #expect(GrafanaUID.isValid("higress-gateway"))
        let input = try JSONParser.parse(bytes)
        #expect(input["uid"] == nil)
        #expect(withoutUID(rendered) == input)
        #expect(imported.notes.first == #"the dashboard has no uid; Graft gives it "higress-gateway", made from its title, which provisioning and pushing need"#)
        #expect(imported.source.contains(#"Dashboard("Higress Gateway", uid: "higress-gateway")"#))
        #expect(imported.source.hasPrefix(#"// Imported by `graft import` from console-no-uid.dashboard.json (a Grafana dashboard); rendering it gives back that dashboard as JSON, with the uid "higress-gateway" Graft gave it."#))
    }

    @Test("an empty uid is no uid: the export renders with the new one and is otherwise the same JSON")
    func emptyUID() throws {
        var text = try String(decoding: Locations.bytes(Locations.fixtures.appendingPathComponent("panel-kinds.export.json")), as: UTF8.self)
        let original = try #require(JSONParser.parse(Array(text.utf8))["uid"]?.stringValue)
        text = text.replacingOccurrences(of: "\"uid\": \"\(original)\"", with: "\"uid\": \"\"")
        var importer = DashboardImporter()
        let imported = try importer.importDashboard(Array(text.utf8), file: "panel-kinds.export.json")
        let rendered = try JSONParser.parse(imported.renderedJSON)
        let given = try #require(rendered["uid"]?.stringValue)
        #expect(given != original && GrafanaUID.isValid(given))
        #expect(!imported.byteIdentical)
        guard case .object(var expected) = try JSONParser.parse(Array(text.utf8)) else { Issue.record("not an object"); return }
        expected["uid"] = .string(given)
        #expect(rendered == .object(expected))
    }

    @Test("the same title gives the same uid in another run; two of one title in one run get two uids")
    func stableAndDistinct() throws {
        let bytes = try Locations.adoptionBytes("console-no-uid.dashboard.json")
        var first = DashboardImporter()
        var second = DashboardImporter()
        let a = try first.importDashboard(bytes, file: "a.json")
        let b = try first.importDashboard(bytes, file: "b.json")
        let again = try second.importDashboard(bytes, file: "a.json")
        let uids = try [a, b, again].map { try JSONParser.parse($0.renderedJSON)["uid"]?.stringValue }
        #expect(uids == ["higress-gateway", "higress-gateway-2", "higress-gateway"])
    }

    @Test("uids from titles keep to Grafana's rule", arguments: [
        ("Higress AI Gateway", "higress-ai-gateway"),
        ("RabbitMQ / Queues (prod)", "rabbitmq-queues-prod"),
        ("A very long dashboard title that goes on and on past forty characters", "a-very-long-dashboard-title-that-goes-on"),
        ("Kubernetes - - Pods -", "kubernetes-pods"),
    ])
    func fromASCIITitles(_ title: String, _ uid: String) {
        let made = DerivedUID.make(title: title, fileName: "x.json", taken: [])
        #expect(made == uid)
        #expect(GrafanaUID.isValid(made))
    }

    @Test("a title with other letters keeps its ASCII words and adds a hash of the whole title")
    func nonASCIITitles() {
        let gateway = DerivedUID.make(title: "Higress 网关监控", fileName: "x.json", taken: [])
        let logs = DerivedUID.make(title: "Higress 日志", fileName: "x.json", taken: [])
        let chinese = DerivedUID.make(title: "网关", fileName: "x.json", taken: [])
        #expect(gateway.hasPrefix("higress-") && logs.hasPrefix("higress-") && gateway != logs)
        #expect(chinese.hasPrefix("dashboard-") && chinese.count == "dashboard-".count + 8)
        #expect(gateway == DerivedUID.make(title: "Higress 网关监控", fileName: "y.json", taken: []))
        #expect([gateway, logs, chinese].allSatisfy(GrafanaUID.isValid))
        let long = DerivedUID.make(title: String(repeating: "word ", count: 20) + "网关", fileName: "x.json", taken: [])
        #expect(long.count == GrafanaUID.maximumLength && GrafanaUID.isValid(long))
    }

    @Test("without a title, the file's name; a taken uid is numbered within 40 characters")
    func fallbacks() {
        #expect(DerivedUID.make(title: "", fileName: "Node Exporter.json", taken: []) == "node-exporter")
        #expect(DerivedUID.make(title: "", fileName: "——.json", taken: []) == "dashboard")
        let long = String(repeating: "a", count: 40)
        let numbered = DerivedUID.make(title: long, fileName: "x.json", taken: [long])
        #expect(numbered == String(repeating: "a", count: 38) + "-2")
    }
}
