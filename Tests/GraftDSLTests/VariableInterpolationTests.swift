import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

/// Variables stored in constants are interpolated into query text in Grafana's syntaxes.
@Suite("Variables interpolated into queries")
struct VariableInterpolationTests {
    let gateway = QueryVariable("gateway", query: "label_values(envoy_server_live, higress)")
    let namespace = CustomVariable("namespace", values: ["higress-system", "default"])

    @Test("a variable interpolates as $name, braced, or with a format")
    func forms() {
        #expect("\(gateway)" == "$gateway")
        #expect("\(gateway.braced)_total" == "${gateway}_total")
        let formats: [(VariableFormat, String)] = [
            (.csv, "csv"), (.distributed, "distributed"), (.doubleQuote, "doublequote"), (.glob, "glob"), (.html, "html"),
            (.json, "json"), (.lucene, "lucene"), (.percentEncode, "percentencode"), (.pipe, "pipe"),
            (.queryParameter, "queryparam"), (.raw, "raw"), (.regex, "regex"), (.singleQuote, "singlequote"),
            (.sqlString, "sqlstring"), (.text, "text"), (.uriEncode, "uriencode"),
        ]
        for (format, name) in formats { #expect("\(gateway.format(format))" == "${gateway:\(name)}") }
    }

    @Test("the description modifier still sets the hover text")
    func descriptionModifier() {
        let described = gateway.description("The Higress gateway")
        #expect(described.model.description == "The Higress gateway")
        #expect(described.description == "$gateway")
    }

    @Test("a label matcher compares a label with the variable")
    func matchers() {
        #expect(gateway.matcher("higress") == #"higress="$gateway""#)
        #expect(namespace.matcher("namespace", .regex) == #"namespace=~"$namespace""#)
        #expect(namespace.matcher("namespace", .notEqual) == #"namespace!="$namespace""#)
        #expect(namespace.format(.regex).matcher("namespace", .notRegex) == #"namespace!~"${namespace:regex}""#)
    }

    @Test("a dashboard's queries interpolate two variables, which its templating lists")
    func dashboard() throws {
        let gateway = self.gateway, namespace = self.namespace.multi()
        let model = try Dashboard("Gateway", uid: "gw") {
            Timeseries("QPS") {
                Prometheus(#"sum(rate(envoy_http_downstream_rq_total{higress="\#(gateway)"}[5m]))"#)
                Prometheus("sum(container_memory_working_set_bytes{\(namespace.matcher("namespace", .regex)), \(gateway.matcher("higress"))}) by (pod)")
            }
        }
        .variables { gateway; namespace }
        .render()
        let exprs = model.panels?.first?.targets?.map(\.expr)
        #expect(exprs == [
            #"sum(rate(envoy_http_downstream_rq_total{higress="$gateway"}[5m]))"#,
            #"sum(container_memory_working_set_bytes{namespace=~"$namespace", higress="$gateway"}) by (pod)"#,
        ])
        let list = try #require(model.jsonValue["templating"]?["list"]?.arrayValue)
        #expect(list.map { $0["name"] } == ["gateway", "namespace"])
        #expect(list.map { $0["type"] } == ["query", "custom"])
        #expect(list[0]["query"] == ["query": "label_values(envoy_server_live, higress)", "refId": "StandardVariableQuery"])
        #expect(list[1]["multi"] == true)
        #expect(list[1]["query"] == "higress-system,default")
    }
}
