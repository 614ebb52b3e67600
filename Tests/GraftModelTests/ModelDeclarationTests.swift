import GraftJSON
import GraftModel
import Testing

/// Collects the keys a model declares.
private struct DeclaredKeys<Model>: FieldVisitor {
    var keys: [String] = []
    mutating func field<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value?> & Sendable,
                                                       _ options: FieldOptions, _ value: Value?) { keys.append(key.description) }
    mutating func required<Value: JSONCodable & Hashable>(_ key: StaticString, _ path: WritableKeyPath<Model, Value> & Sendable,
                                                          _ absent: Absent<Value>, _ value: Value) { keys.append(key.description) }
    mutating func wrappedList<Element: JSONCodable & Hashable>(_ key: StaticString, _ list: WritableKeyPath<Model, [Element]?> & Sendable,
                                                               rest: WritableKeyPath<Model, JSONObject> & Sendable, _ value: [Element]?,
                                                               _ restValue: JSONObject) { keys.append(key.description) }
}

private func declaredKeys<Model: JSONModel>(_ type: Model.Type) -> [String] {
    var visitor = DeclaredKeys<Model>()
    Model.unread.fields(&visitor)
    return visitor.keys
}

@Suite("Each model member is declared once, in the order Grafana writes keys")
struct ModelDeclarationTests {
    static let declarations: [(String, [String])] = [
        ("DashboardModel", declaredKeys(DashboardModel.self)), ("TimeRange", declaredKeys(TimeRange.self)),
        ("PanelModel", declaredKeys(PanelModel.self)), ("LibraryPanelRef", declaredKeys(LibraryPanelRef.self)),
        ("GridPos", declaredKeys(GridPos.self)), ("DataSourceRef", declaredKeys(DataSourceRef.self)),
        ("Target", declaredKeys(Target.self)), ("FieldConfig", declaredKeys(FieldConfig.self)),
        ("FieldDefaults", declaredKeys(FieldDefaults.self)), ("FieldColor", declaredKeys(FieldColor.self)),
        ("Thresholds", declaredKeys(Thresholds.self)), ("ThresholdStep", declaredKeys(ThresholdStep.self)),
        ("FieldOverride", declaredKeys(FieldOverride.self)), ("FieldMatcher", declaredKeys(FieldMatcher.self)),
        ("FieldProperty", declaredKeys(FieldProperty.self)), ("Transformation", declaredKeys(Transformation.self)),
        ("PanelLink", declaredKeys(PanelLink.self)), ("DashboardLink", declaredKeys(DashboardLink.self)),
        ("MappingResult", declaredKeys(MappingResult.self)), ("AnnotationQuery", declaredKeys(AnnotationQuery.self)),
        ("VariableModel", declaredKeys(VariableModel.self)),
    ]

    @Test("keys are unique and in Grafana's key order, so writing never sorts", arguments: declarations)
    func keyOrder(_ type: String, _ keys: [String]) {
        #expect(!keys.isEmpty, "\(type) declares no member")
        #expect(Set(keys).count == keys.count, "\(type) declares a key twice")
        // An export's header comes first, in the order Grafana writes it; the rest is sorted.
        let header = ["__inputs", "__elements", "__requires"]
        let body = keys.filter { !header.contains($0) }
        #expect(keys.prefix(keys.count - body.count).elementsEqual(header.filter(keys.contains)), "\(type): the export header is not first")
        for (first, second) in zip(body, body.dropFirst()) {
            #expect(JSONKeyOrder.precedes(first, second), "\(type): \(first) is declared before \(second)")
        }
    }

    @Test("a member added to the declaration is read and written: queryCachingTTL")
    func declaredMemberReadsAndWrites() throws {
        let text = #"{"queryCachingTTL": 60000, "title": "Cached", "type": "stat"}"#
        let panel = try PanelModel(json: JSONParser.parse(Array(text.utf8)), at: .root)
        #expect(panel.queryCachingTTL == 60000)
        #expect(panel.unmodeled.isEmpty)
        #expect(panel.jsonText(.compact) == #"{"queryCachingTTL":60000,"title":"Cached","type":"stat"}"#)
    }

    @Test("a member of another type than declared stays unmodeled, and is written back as it was")
    func mistypedMemberIsKept() throws {
        let text = #"{"queryCachingTTL": "1m", "type": "stat"}"#
        let panel = try PanelModel(json: JSONParser.parse(Array(text.utf8)), at: .root)
        #expect(panel.queryCachingTTL == nil)
        #expect(panel.jsonText(.compact) == #"{"queryCachingTTL":"1m","type":"stat"}"#)
    }
}
