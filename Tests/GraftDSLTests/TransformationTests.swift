import Foundation
import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

/// Each typed transformation saves what Grafana 11.3's editor saves for the same settings: its
/// default options merged with the edits (grafana/grafana `packages/grafana-data/src/transformations/
/// transformers/*.ts` for the defaults, `public/app/features/transformers/editors/*` for the edits).
@Suite("Typed transformations")
struct TransformationTests {
    /// The transformation as the panel saves it.
    func saved(_ component: some TransformationComponent) -> JSON { component.transformation.jsonValue }

    @Test("organize writes its four maps, as the Higress reference has them")
    func organize() {
        #expect(saved(Organize(order: ["Time", "ai_model", "Value"], rename: ["Time": "", "Value": "Input Token Usage", "ai_model": "Model"])) == [
            "id": "organize",
            "options": [
                "excludeByName": [:], "includeByName": [:], "indexByName": ["Time": 0, "Value": 2, "ai_model": 1],
                "renameByName": ["Time": "", "Value": "Input Token Usage", "ai_model": "Model"],
            ],
        ])
        #expect(saved(Organize(exclude: ["Time"], include: ["route"])) == [
            "id": "organize",
            "options": ["excludeByName": ["Time": true], "includeByName": ["route": true], "indexByName": [:], "renameByName": [:]],
        ])
    }

    @Test("merge has empty options")
    func merge() {
        #expect(saved(Merge()) == ["id": "merge", "options": [:]])
        #expect(Merge().transformation.jsonText() == "{\n  \"id\": \"merge\",\n  \"options\": {}\n}")
    }

    @Test("join by field always writes its mode, the field when picked")
    func joinByField() {
        #expect(saved(JoinByField("provider", mode: .inner)) == ["id": "joinByField", "options": ["byField": "provider", "mode": "inner"]])
        #expect(saved(JoinByField()) == ["id": "joinByField", "options": ["mode": "outer"]])
        #expect(saved(JoinByField("a", mode: .outerTabular)) == ["id": "joinByField", "options": ["byField": "a", "mode": "outerTabular"]])
    }

    @Test("filter fields by name writes only what is set")
    func filterFieldsByName() {
        #expect(saved(FilterFieldsByName(include: .names("Value #A", "provider"), byVariable: false)) == [
            "id": "filterFieldsByName", "options": ["byVariable": false, "include": ["names": ["Value #A", "provider"]]],
        ])
        #expect(saved(FilterFieldsByName(include: .pattern(""))) == ["id": "filterFieldsByName", "options": ["include": ["pattern": ""]]])
        #expect(saved(FilterFieldsByName(exclude: .names(["Time"], pattern: "^__"))) == [
            "id": "filterFieldsByName", "options": ["exclude": ["names": ["Time"], "pattern": "^__"]],
        ])
        let fields = CustomVariable("fields", values: ["a,b"])
        #expect(saved(FilterFieldsByName(byVariable: fields)) == [
            "id": "filterFieldsByName", "options": ["byVariable": true, "include": ["variable": "$fields"]],
        ])
    }

    @Test("calculate field writes its mode and the default reduce beside the mode's options")
    func calculateField() {
        #expect(saved(CalculateField(.binary(.field("Errors"), .divide, .number(100)), alias: "Error %")) == [
            "id": "calculateField",
            "options": [
                "alias": "Error %",
                "binary": [
                    "left": ["fixed": "", "matcher": ["id": "byName", "options": "Errors"]], "operator": "/", "right": ["fixed": "100"],
                ],
                "mode": "binary", "reduce": ["reducer": "sum"],
            ],
        ])
        #expect(saved(CalculateField(.binary(.allNumberFields, .multiply, .number(0.5)), replaceFields: true)) == [
            "id": "calculateField",
            "options": [
                "binary": [
                    "left": ["fixed": "", "matcher": ["id": "byType", "options": "number"]], "operator": "*", "right": ["fixed": "0.5"],
                ],
                "mode": "binary", "reduce": ["reducer": "sum"], "replaceFields": true,
            ],
        ])
        #expect(saved(CalculateField(.reduceRow(.mean, fields: ["A", "B"]), alias: "avg")) == [
            "id": "calculateField", "options": ["alias": "avg", "mode": "reduceRow", "reduce": ["include": ["A", "B"], "reducer": "mean"]],
        ])
        #expect(saved(CalculateField(.reduceRow(.sum))) == ["id": "calculateField", "options": ["mode": "reduceRow", "reduce": ["reducer": "sum"]]])
        #expect(saved(CalculateField(.unary(.abs, "delta"))) == [
            "id": "calculateField", "options": ["mode": "unary", "reduce": ["reducer": "sum"], "unary": ["fieldName": "delta", "operator": "abs"]],
        ])
        #expect(saved(CalculateField(.index(asPercentile: true))) == [
            "id": "calculateField", "options": ["index": ["asPercentile": true], "mode": "index", "reduce": ["reducer": "sum"]],
        ])
        #expect(saved(CalculateField(.index())) == ["id": "calculateField", "options": ["mode": "index", "reduce": ["reducer": "sum"]]])
    }

    @Test("sort by writes the default empty fields and the sort")
    func sortBy() {
        #expect(saved(SortBy("Errors", descending: true).disabled()) == [
            "disabled": true, "id": "sortBy", "options": ["fields": [:], "sort": [["desc": true, "field": "Errors"]]],
        ])
        #expect(saved(SortBy("Time")) == ["id": "sortBy", "options": ["fields": [:], "sort": [["field": "Time"]]]])
    }

    @Test("reduce writes its reducers; a chosen mode brings includeTimeField")
    func reduce() {
        #expect(saved(Reduce(.max)) == ["id": "reduce", "options": ["reducers": ["max"]]])
        #expect(saved(Reduce(.mean, .last, mode: .reduceFields, includeTimeField: true)) == [
            "id": "reduce", "options": ["includeTimeField": true, "mode": "reduceFields", "reducers": ["mean", "last"]],
        ])
        #expect(saved(Reduce(.max, mode: .reduceFields)) == [
            "id": "reduce", "options": ["includeTimeField": false, "mode": "reduceFields", "reducers": ["max"]],
        ])
        #expect(saved(Reduce(.lastNotNull, mode: .seriesToRows, labelsToFields: true)) == [
            "id": "reduce", "options": ["includeTimeField": false, "labelsToFields": true, "mode": "seriesToRows", "reducers": ["lastNotNull"]],
        ])
    }

    @Test("labels to fields, group by, limit and filter by value")
    func others() {
        #expect(saved(LabelsToFields()) == ["id": "labelsToFields", "options": [:]])
        #expect(saved(LabelsToFields(mode: .rows, keep: ["pod"], valueLabel: "name")) == [
            "id": "labelsToFields", "options": ["keepLabels": ["pod"], "mode": "rows", "valueLabel": "name"],
        ])
        #expect(saved(GroupBy(["ai_model"], calculate: ["Value": [.sum, .max]])) == [
            "id": "groupBy",
            "options": ["fields": [
                "Value": ["aggregations": ["sum", "max"], "operation": "aggregate"],
                "ai_model": ["aggregations": [], "operation": "groupby"],
            ]],
        ])
        #expect(saved(Limit(5)) == ["id": "limit", "options": ["limitField": 5]])
        #expect(saved(FilterByValue(.greater("Value", than: 0), .isNull("pod"), .between("rt", 1, and: 2.5), type: .exclude, match: .all)) == [
            "id": "filterByValue",
            "options": [
                "filters": [
                    ["config": ["id": "greater", "options": ["value": 0]], "fieldName": "Value"],
                    ["config": ["id": "isNull", "options": [:]], "fieldName": "pod"],
                    ["config": ["id": "between", "options": ["from": 1, "to": 2.5]], "fieldName": "rt"],
                ],
                "match": "all", "type": "exclude",
            ],
        ])
        #expect(saved(FilterByValue(.regex("route", "^ai-"), .equal("code", to: "500"))) == [
            "id": "filterByValue",
            "options": [
                "filters": [
                    ["config": ["id": "regex", "options": ["value": "^ai-"]], "fieldName": "route"],
                    ["config": ["id": "equal", "options": ["value": "500"]], "fieldName": "code"],
                ],
                "match": "any", "type": "include",
            ],
        ])
    }

    @Test("typed and raw transformations mix in a panel's builder, in order")
    func builder() throws {
        let table = Table("t") {}.transformations {
            JoinByField("ai_model", mode: .inner)
            Transformation(id: "renameByRegex", options: ["regex": "(.*)", "renamePattern": "$1"])
            if true { Merge() }
        }
        let model = try Dashboard("d", uid: "d") { table }.render()
        #expect(model.panels?.first?.transformations?.map(\.id) == ["joinByField", "renameByRegex", "merge"])
    }
}

/// The typed forms of transformations the Higress AI reference carries (saved by Grafana 11.3, and
/// reproduced by the committed dashboard) give the same JSON.
@Suite("Typed transformations against a Grafana 11.3 dashboard")
struct SavedTransformationTests {
    /// The transformations of the panel titled `title` in `dashboards/higress-ai.json`.
    func savedTransformations(_ title: String) throws -> [JSON] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../dashboards/higress-ai.json")
        let dashboard = try JSONParser.parse(Data(contentsOf: url))
        func find(_ panels: [JSON]) -> [JSON]? {
            for panel in panels {
                if panel["title"]?.stringValue == title { return panel["transformations"]?.arrayValue }
                if let found = find(panel["panels"]?.arrayValue ?? []) { return found }
            }
            return nil
        }
        return try #require(find(dashboard["panels"]?.arrayValue ?? []))
    }

    @Test("the model-usage table's join, filter and organize")
    func modelUsage() throws {
        let typed: [any TransformationComponent] = [
            JoinByField("ai_model", mode: .inner),
            FilterFieldsByName(include: .names("ai_model", "Value #A", "Value #B", "Value #C"), byVariable: false),
            Organize(order: ["Time", "ai_model", "Value"], rename: [
                "Time": "", "Value": "Input Token Usage", "Value #A": "Input Token", "Value #B": "Output Token",
                "Value #C": "Total Token", "ai_model": "Model",
            ]),
        ]
        #expect(typed.map(\.transformation.jsonValue) == (try savedTransformations("模型使用情况")))
    }
}
