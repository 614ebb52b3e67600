import Testing
import GraftModel
@testable import GraftDSL

@Suite("Stable panel ids")
struct PanelIDTests {
    func ids(_ dashboard: Dashboard) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for panel in try dashboard.render().allPanels { result[panel.title ?? ""] = panel.id }
        return result
    }

    func traffic(extra: Bool) -> Dashboard {
        Dashboard("Traffic", uid: "traffic") {
            Row("Requests") {
                Stat("Rate")
                Stat("Errors")
                if extra { Timeseries("Latency") }
                Stat("Saturation")
                Table("Top routes")
            }
            Row("Upstreams") { Timeseries("Rate"); Timeseries("Rate") }
        }
    }

    @Test("adding a panel in the middle of a row changes no other panel's id")
    func insertionKeepsIDs() throws {
        let before = try ids(traffic(extra: false))
        let after = try ids(traffic(extra: true))
        #expect(after.count == before.count + 1)
        for (title, id) in before { #expect(after[title] == id, "\(title) was renumbered") }
        #expect(after["Latency"].map { !before.values.contains($0) } == true)
    }

    @Test("ids are unique, even for panels with the same title, and avoid ids set by hand")
    func uniqueness() throws {
        let model = try traffic(extra: true).render()
        let all = model.allPanels.compactMap(\.id)
        #expect(Set(all).count == all.count)
        #expect(all.allSatisfy { (100_000...999_999).contains($0) })
        var layout = PanelIDs(explicit: [])
        let first = layout.assign(row: "R", title: "T")
        var blocked = PanelIDs(explicit: [first])
        #expect(blocked.assign(row: "R", title: "T") != first)
    }

    @Test("the id hash is 64-bit FNV-1a, the same on every machine and run")
    func fnvVectors() {
        #expect(PanelIDs.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(PanelIDs.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(PanelIDs.fnv1a("foobar") == 0x85944171f73967e8)
    }
}
