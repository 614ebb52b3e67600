import GraftJSON
import Testing

@Suite("Comparing JSON: exact literals, the first difference, the changes to make")
struct JSONComparisonTests {
    @Test("exactness compares numbers by their text, objects in any order")
    func exactness() throws {
        #expect(try JSONParser.parse("1") == JSONParser.parse("1.0"))
        #expect(try !JSONExactness.same(JSONParser.parse("1"), JSONParser.parse("1.0")))
        #expect(try JSONExactness.same(JSONParser.parse(#"{"a": [1e3], "b": 2}"#), JSONParser.parse(#"{"b": 2, "a": [1e3]}"#)))
        #expect(JSONExactness.same(nil, nil) && !JSONExactness.same(nil, .null))
    }

    @Test("the first difference: a member missing or extra, an element, a count")
    func firstDifference() throws {
        let wanted = try JSONParser.parse(#"{"a": {"b": [1, 2]}, "c": true}"#)
        func difference(_ found: String) throws -> JSONDifference? { JSONDifference(try JSONParser.parse(found), wanted) }
        #expect(try difference(#"{"c": true, "a": {"b": [1, 2.0]}}"#) == nil)
        let element = try difference(#"{"a": {"b": [1, 3]}, "c": true}"#)
        #expect(element?.path.description == "$.a.b[1]" && element?.found == 3 && element?.wanted == 2)
        #expect(try difference(#"{"a": {"b": [1]}, "c": true}"#)?.path.description == "$.a.b")
        let missing = try difference(#"{"a": {"b": [1, 2]}}"#)
        #expect(missing?.path.description == "$.c" && missing?.found == nil && missing?.wanted == true)
        let extra = try difference(#"{"a": {"b": [1, 2]}, "c": true, "d": 0}"#)
        #expect(extra?.path.description == "$.d" && extra?.found == 0 && extra?.wanted == nil)
    }

    @Test("changes: nested objects followed down only when no key must go, dotted keys set whole, split keys member by member")
    func changes() throws {
        let current = try JSONParser.parse(#"{"legend": {"show": true}, "a": {"x": 1, "y": 2}, "b": {"x": 1}}"#).objectValue!
        let target = try JSONParser.parse(#"{"legend": {"show": true, "mode": "list"}, "a": {"x": 1.0}, "b": {"x": 1, "y.z": 3}, "c": {"d": 4}}"#).objectValue!
        var changes = JSONChanges(from: current, to: target)
        #expect(changes.changes.map(\.dotted) == ["legend.mode", "a", "b", "c"])
        #expect(changes.has("legend.mode") && changes.value(at: "legend.mode") == "list")
        #expect(changes.take("legend.mode") == "list" && !changes.has("legend.mode"))
        #expect(changes.takeAll().count == 3 && changes.changes.isEmpty)
        let split = JSONChanges(from: nil, to: target, splitting: ["c"])
        #expect(split.changes.map(\.dotted) == ["legend", "a", "b", "c.d"])
    }
}
