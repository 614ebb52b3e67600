@testable import GraftPromQL
import Testing

@Suite struct PromQLReaderTests {
    @Test(arguments: [
        (#"sum(irate(envoy_cluster_upstream_rq{higress="x", cluster_name!~"\\.internal$",response_code_class!="5xx"}[5m]))"#,
         ["envoy_cluster_upstream_rq{cluster_name!~\\.internal$,higress=x,response_code_class!=5xx}"]),
        (#"histogram_quantile(0.9, sum by (le) (rate(a_bucket{x=~"a|b"}[5m]))) / on (pod) group_left (node) b offset 5m"#,
         ["a_bucket{x=~a|b}", "b{}"]),
        (#"label_replace(topk(10, sum(c{n="1"}) by (cluster_name)), "service", "$3", "cluster_name", "outbound_([0-9]+)_(.*)_(.*)$") # comment"#,
         ["c{n=1}"]),
        (#"-x ^ 2 + count_values("v", y) * sum without (pod) (z[5m:1m]) unless {__name__=~"w.*"}"#,
         ["x{}", "y{}", "z{}", "{__name__=~w.*}"]),
    ] as [(String, [String])])
    func selectorsAndMatchersAreFound(expression: String, selectors: [String]) throws {
        let parsed = try PromQLParser.parse(expression)
        let found = parsed.selectors.map { selector in
            (selector.metric ?? "") + "{" + selector.matchers.sorted { $0.label < $1.label }.map { "\($0.label)\($0.op)\($0.value)" }.joined(separator: ",") + "}"
        }
        #expect(found == selectors)
    }

    @Test func groupingsAndLabelFunctionsAreRead() throws {
        let parsed = try PromQLParser.parse(#"sum by (a, b) (rate(m[1m])) and on(c) label_join(n, "d", ",", "e", "f")"#)
        guard case .binary("and", .aggregation("sum", let grouping, _), .call("label_join", let arguments), let matching) = parsed else {
            Issue.record("unexpected shape \(parsed)")
            return
        }
        #expect(grouping == LabelGrouping(without: false, labels: ["a", "b"]))
        #expect(matching?.matchingLabels == ["c"])
        #expect(arguments.count == 5)
    }

    @Test(arguments: ["sum(rate(x[5m])", "x{a=}", "rate(x[5m]) +", "x{a=\"b\"", "x @@ 1"])
    func whatItCannotReadIsAnError(expression: String) {
        #expect(throws: PromQLReadError.self) { try PromQLParser.parse(expression) }
    }

    @Test func variableReferencesInEveryGrafanaSyntax() {
        let names = VariableReference.all(in: #"$a ${b} ${c:csv} ${d.text} [[e]] [[f:regex]] $1 ${2} \$ $"#).map(\.name)
        #expect(names == ["a", "b", "c", "d", "e", "f"])
    }
}

/// A hostile query (in a dashboard being imported or linted) nests as deep as it likes: the reader
/// refuses it with an error instead of overflowing its thread's stack.
@Suite struct PromQLNestingTests {
    @Test(arguments: [
        String(repeating: "(", count: 100_000) + "up" + String(repeating: ")", count: 100_000),
        String(repeating: "-", count: 100_000) + "up",
        "1" + String(repeating: " ^ 1", count: 100_000),
        String(repeating: "sum(", count: 20_000) + "up" + String(repeating: ")", count: 20_000),
        String(repeating: "rate(x[5m] offset 1m) + ", count: 20_000) + "1",
    ])
    func deepNestingIsRefused(_ expression: String) throws {
        let error = try #require(throws: PromQLReadError.self) { try PromQLParser.parse(expression) }
        #expect(error.message == "the expression nests too deeply (more than 128 parentheses)", "\(error)")
    }

    @Test func realisticNestingIsRead() throws {
        let nested = String(repeating: "(", count: 100) + "sum(rate(up[5m]))" + String(repeating: ")", count: 100)
        #expect(try PromQLParser.parse(nested).selectors.map(\.metric) == ["up"])
        let chain = (0..<500).map { "a\($0)" }.joined(separator: " + ")
        #expect(try PromQLParser.parse(chain).selectors.count == 500)
    }
}
