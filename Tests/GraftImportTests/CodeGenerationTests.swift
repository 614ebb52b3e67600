import GraftDSL
import GraftJSON
import GraftModel
import Testing
@testable import GraftImport

@Suite("The pieces generated code is made of")
struct CodeGenerationTests {
    @Test("string literals: plain, raw for quotes and backslashes, multi-line for text", arguments: [
        ("up", #""up""#),
        (#"rate(x{job="api"}[5m])"#, ##"#"rate(x{job="api"}[5m])"#"##),
        (##"a "#b"##, ###"##"a "#b"##"###),
        ("tab\tend", #""tab\tend""#),
        ("bell\u{7}", #""bell\u{7}""#),
    ])
    func stringLiterals(_ text: String, _ literal: String) {
        #expect(SwiftLiteral.string(text).flat == literal)
    }

    @Test("a query is always a raw string, and interpolates its locals")
    func queryLiteral() {
        #expect(SwiftLiteral.query([.text("sum(up{"), .local("gateway"), .text("})")]).flat == ##"#"sum(up{\#(gateway)})"#"##)
    }

    @Test("markdown becomes a multi-line literal that keeps its last line break")
    func multiline() {
        let code = SwiftLiteral.string("# Title\n\nSome **text**\nmore\n")
        #expect(code.render(indent: 0, column: 0) == "\"\"\"\n    # Title\n\n    Some **text**\n    more\n\n    \"\"\"")
    }

    @Test("numbers are written as their text", arguments: [("3", "3"), ("0.6", "0.6"), ("1e-9", "1e-9"), ("1.0", #".number(JSONNumber(literal: "1.0")!)"#)])
    func numbers(_ text: String, _ literal: String) throws {
        #expect(SwiftLiteral.number(try #require(JSONNumber(literal: text))) == literal)
    }

    @Test("colours are named, rgb and rgba when that writes them back exactly", arguments: [
        ("green", ".green"), ("rgb(31, 120, 193)", ".rgb(31, 120, 193)"), ("rgba(50, 172, 45, 0.97)", ".rgba(50, 172, 45, 0.97)"),
        ("rgba(50,172,45,0.97)", #""rgba(50,172,45,0.97)""#), ("#73BF69", ##""#73BF69""##),
    ])
    func colours(_ raw: String, _ code: String) {
        #expect(Color(raw).swiftCode.flat == code)
    }

    @Test("`none` constants are written in full where an optional may be expected")
    func noneInOptionalContext() {
        #expect(Unit.none.swiftCode.flat == "Unit.none")
        #expect(ConstantNames.unit.swiftCode("none").flat == ".none")
    }

    @Test("a long collection literal fills its lines; a call opens its last literal argument on its own line")
    func layout() {
        let items = (1...30).map { Code.text("\"item\($0)\"") }
        let call = Code.call("f", [.argument("id", .text(".organize")), .argument("options", .list(items))])
        let text = call.render(indent: 0, column: 0)
        #expect(text.hasPrefix("f(id: .organize, options: [\n    \"item1\", \"item2\","))
        #expect(text.hasSuffix("\"item30\",\n])"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= Code.width })
    }

    @Test("repeated matchers and runs of matchers on one label become locals")
    func labelFilters() {
        let queries = [
            #"sum(rate(a{higress="$gateway", cluster_name!="xds-grpc", cluster_name!="prometheus_stats", cluster_name!="agent"}[5m]))"#,
            #"sum(rate(b{higress="$gateway",cluster_name!="xds-grpc", cluster_name!="prometheus_stats", cluster_name!="agent"}[5m]))"#,
            #"sum(c{higress="$gateway"})"#,
        ]
        let filters = LabelFilters(queries: queries, taken: [])
        #expect(filters.locals == [
            .init(name: "gateway", text: #"higress="$gateway""#),
            .init(name: "clusterNameExclusions", text: #"cluster_name!="xds-grpc", cluster_name!="prometheus_stats", cluster_name!="agent""#),
        ])
        #expect(filters.parts(queries[1]) == [.text("sum(rate(b{"), .local("gateway"), .text(","), .local("clusterNameExclusions"), .text("}[5m]))")])
    }

    @Test("a matcher used once or twice, or inside a string, stays where it is")
    func rareFilters() {
        let filters = LabelFilters(queries: [#"a{job="api"}"#, #"b{job="api"}"#, #"label_replace(x, "t", "{job=\"api\"}", "", "")"#], taken: [])
        #expect(filters.locals.isEmpty)
    }

    @Test("matchers are the reader's: in LogQL and across lines, not in strings, comments or a selector holding a variable")
    func filtersAsTheReaderSeesThem() {
        let queries = [
            #"{app="checkout"} |= "{app=\"checkout\"}" | json"#, "sum(rate(x{\n  app=\"checkout\"\n}[5m])) # {app=\"checkout\"}",
            #"y{app="checkout", $filters}"#, #"w{app="checkout"}"#,
        ]
        let filters = LabelFilters(queries: queries, taken: [])
        #expect(filters.locals == [.init(name: "appCheckout", text: #"app="checkout""#)])
        #expect(queries.map { filters.parts($0).filter { $0 == .local("appCheckout") }.count } == [1, 1, 0, 1])
    }

    @Test("names: acronyms, digits and keywords", arguments: [
        ("Higress AI", "higressAI"), ("API gateway", "apiGateway"), ("5xx errors", "filter5xxErrors"), ("default", "defaultValue"), ("数字底座", "filter"),
    ])
    func names(_ text: String, _ name: String) {
        #expect(SwiftName.lowerCamel(text, fallback: "filter") == name)
    }

    @Test("file stems are names Kubernetes accepts", arguments: [
        ("Higress AI", "Higress-AI-CN.json", "higress-ai"), ("数字底座", "Higress-AI-CN.json", "higress-ai-cn"), ("数字底座", "数字.json", "abc-1"),
    ])
    func stems(_ title: String, _ file: String, _ stem: String) {
        #expect(DashboardImporter.stem(title: title, fileName: file, uid: "ABC_1") == stem)
    }
}

@Suite("Modifiers the importer writes and applies in-process, as the DSL applies them")
struct ModifierTests {
    /// The modifiers the importer writes to turn a new panel of `kind` into `target`.
    func modifiers<Panel: PanelKindComponent>(_ type: Panel.Type, to target: Panel, options: Bool) -> PanelModifiers {
        var chain = PanelModifiers(Panel("x").spec)
        let kind = PanelCodeKind.known[Panel.kind.id]!
        if options {
            chain.addOptions(target.spec.model.options!, kind: kind)
        } else {
            chain.addFieldDefaults(target.spec.model.fieldConfig!.defaults!, kind: kind)
        }
        return chain
    }

    @Test(".reduce(...)")
    func reduce() {
        let real = Stat("x").reduce(.mean, .max, fields: "/rate/", allValues: true)
        let chain = modifiers(Stat.self, to: real, options: true)
        #expect(chain.modifiers.map { $0.code.flat } == [#".reduce(.mean, .max, fields: "/rate/", allValues: true)"#])
        #expect(chain.spec.model == real.spec.model)
    }

    @Test(".footer(...)")
    func footer() {
        let real = Table("x").footer(.sum, .mean, countRows: true)
        let chain = modifiers(Table.self, to: real, options: true)
        #expect(chain.modifiers.map { $0.code.flat } == [".footer(.sum, .mean, countRows: true)"])
        #expect(chain.spec.model == real.spec.model)
    }

    @Test(".thresholds(...) and .mappings(...)")
    func thresholdsAndMappings() {
        let mapping = ValueMapping.special(match: .nullOrNaN, result: MappingResult(text: "none"))
        let real = Gauge("x").thresholds(.blue, (10, .orange), (20.5, .rgba(1, 2, 3, 0.5)), mode: .percentage).mappings(mapping, mapping)
        let chain = modifiers(Gauge.self, to: real, options: false)
        #expect(chain.modifiers.map { $0.code.flat } == [
            ".thresholds(.blue, (10, .orange), (20.5, .rgba(1, 2, 3, 0.5)), mode: .percentage)",
            #".mappings(.special(match: .nullOrNaN, result: MappingResult(text: "none")), .special(match: .nullOrNaN, result: MappingResult(text: "none")))"#,
        ])
        #expect(chain.spec.model == real.spec.model)
    }

    @Test("`.none` where the parameter is optional is written in full, or it would mean nil")
    func noneForAnOptionalParameter() {
        let real = BarGauge("x").tooltip(.single, sort: SortOrder.none)
        let chain = modifiers(BarGauge.self, to: real, options: true)
        #expect(chain.modifiers.map { $0.code.flat } == [".tooltip(.single, sort: SortOrder.none)"])
        #expect(chain.spec.model == real.spec.model)
    }
}
