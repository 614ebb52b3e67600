import GraftTestSupport
import GraftURL
import Testing

@Suite("Composing embed URLs")
struct EmbedURLCompositionTests {
    @Test func everyOptionInOrder() throws {
        let base = try GrafanaBaseURL(parsing: "https://grafana.example")
        let embed = DashboardEmbed(uid: "femmnlw6z39xcb", slug: "higress-ai", orgID: 1,
                                   variables: [DashboardVariable("gateway", ["higress-system-higress-gateway"]),
                                               DashboardVariable("namespace", ["higress-system", "default"])],
                                   theme: .light, kiosk: true, hidesTimePicker: true, hidesVariables: true)
        #expect(try base.embedURL(for: embed).text == "https://grafana.example/d/femmnlw6z39xcb/higress-ai?orgId=1"
            + "&var-gateway=higress-system-higress-gateway&var-namespace=higress-system&var-namespace=default"
            + "&theme=light&kiosk&_dash.hideTimePicker=true&_dash.hideVariables=true")
    }

    @Test func minimalEmbedHasNoQuery() throws {
        let base = try GrafanaBaseURL(parsing: "http://[::1]:3000/")
        #expect(try base.embedURL(for: DashboardEmbed(uid: "abc")).text == "http://[::1]:3000/d/abc")
    }

    @Test(arguments: ["https://ops.example/grafana", "https://ops.example/grafana/", "https://ops.example/grafana//"])
    func subPathWithOrWithoutTrailingSlash(base: String) throws {
        let baseURL = try GrafanaBaseURL(parsing: base)
        #expect(baseURL.subPath == "/grafana")
        #expect(baseURL.description == "https://ops.example/grafana")
        let url = try baseURL.embedURL(for: DashboardEmbed(uid: "abc", slug: "dash", theme: .dark))
        #expect(url.text == "https://ops.example/grafana/d/abc/dash?theme=dark")
        #expect(url.pathPrefix == "/grafana")
    }

    @Test func valuesArePercentEncoded() throws {
        let base = try GrafanaBaseURL(parsing: "http://h.example")
        let embed = DashboardEmbed(uid: "abc", slug: "网关 dash/1",
                                   variables: [DashboardVariable("path", ["/api/v1", "a b", "a+b&c=d", "网关", "~._-", ""]),
                                               DashboardVariable("my var", ["😀"]),
                                               DashboardVariable("none", [])])
        let url = try base.embedURL(for: embed)
        #expect(url.text == "http://h.example/d/abc/%E7%BD%91%E5%85%B3%20dash%2F1?var-path=%2Fapi%2Fv1&var-path=a%20b"
            + "&var-path=a%2Bb%26c%3Dd&var-path=%E7%BD%91%E5%85%B3&var-path=~._-&var-path=&var-my%20var=%F0%9F%98%80")
        #expect(url.queryParameters.map(\.name) == Array(repeating: "var-path", count: 6) + ["var-my var"])
        #expect(url.queryParameters.map(\.value) == ["/api/v1", "a b", "a+b&c=d", "网关", "~._-", "", "😀"])
    }

    @Test func invalidEmbedsAreRejected() throws {
        let base = try GrafanaBaseURL(parsing: "http://h.example")
        #expect(throws: DashboardURLError.invalidUID("a/b")) { try base.embedURL(for: DashboardEmbed(uid: "a/b")) }
        #expect(throws: DashboardURLError.emptyUID("/d/")) { try base.embedURL(for: DashboardEmbed(uid: "")) }
        #expect(throws: DashboardURLError.invalidOrgID(0)) { try base.embedURL(for: DashboardEmbed(uid: "a", orgID: 0)) }
        #expect(throws: DashboardURLError.emptyVariableName(values: ["x"])) {
            try base.embedURL(for: DashboardEmbed(uid: "a", variables: [DashboardVariable("", ["x"])]))
        }
        #expect(DashboardURLError.emptyVariableName(values: ["x", "y"]).description
            == "A dashboard variable with the values 'x', 'y' has an empty name ''.")
    }

    @Test func invalidBaseURLsAreRejected() {
        #expect(throws: DashboardURLError.baseURLHasQueryOrFragment("http://h.example/?orgId=1")) {
            try GrafanaBaseURL(parsing: "http://h.example/?orgId=1")
        }
        #expect(throws: DashboardURLError.ambiguousSubPath("/tools/d")) { try GrafanaBaseURL(parsing: "http://h.example/tools/d/") }
        #expect(DashboardURLError.ambiguousSubPath("/tools/d").description
            == "The sub-path '/tools/d' ends in a 'd' or 'd-solo' segment, which makes dashboard URLs under it ambiguous.")
        #expect(throws: DashboardURLError.missingScheme("grafana.example")) { try GrafanaBaseURL(parsing: "grafana.example") }
        #expect(throws: DashboardURLError.invalidPort("x")) { try GrafanaBaseURL(parsing: "http://h.example:x") }
    }

    @Test func randomEmbedsRoundTrip() throws {
        var generator = SplitMix64(seed: 42)
        func pick<T>(_ choices: [T]) -> T { choices.randomElement(using: &generator)! }
        let textPieces = ["a", "Z", "0", " ", "+", "&", "=", "%", "/", "?", "#", "~", ".", "-", "_", "网", "关", "😀",
                          "é", ":", "@", "[", "]", "'", "\"", "\\"]
        func randomText(_ lengths: ClosedRange<Int>) -> String {
            (0..<Int.random(in: lengths, using: &generator)).map { _ in pick(textPieces) }.joined()
        }
        let uidAlphabet = Array("abcXYZ019-_")
        for _ in 0..<2_000 {
            let base = try GrafanaBaseURL(parsing: pick(["http://h.example", "https://u:p@h.example:8443/",
                                                         "http://[::1]:3000/grafana", "http://10.0.0.1/a/b/",
                                                         "https://h.example/d/x", "https://h.example/goto/"]))
            let uid = String((0..<Int.random(in: 1...40, using: &generator)).map { _ in pick(uidAlphabet) })
            let variables = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                DashboardVariable(randomText(1...6), (0..<Int.random(in: 0...3, using: &generator)).map { _ in randomText(0...8) })
            }
            let embed = DashboardEmbed(uid: uid, slug: Bool.random(using: &generator) ? randomText(1...10) : nil,
                                       orgID: Bool.random(using: &generator) ? Int.random(in: 1...99, using: &generator) : nil,
                                       variables: variables, theme: pick([nil, .light, .dark]),
                                       kiosk: Bool.random(using: &generator), hidesTimePicker: Bool.random(using: &generator),
                                       hidesVariables: Bool.random(using: &generator))
            let url = try base.embedURL(for: embed)

            let parsed = try DashboardURL(parsing: url.text)
            #expect(parsed == url)
            #expect(parsed.uid == uid)
            #expect(parsed.pathPrefix == base.subPath)
            #expect(parsed.host == base.host)
            #expect(parsed.port == base.port)
            let stripped = parsed.strippingTimeRange(also: .all)
            #expect(stripped.url == url)
            #expect(stripped.removed.isEmpty)

            let expectedVariables = variables.flatMap { variable in variable.values.map { ("var-" + variable.name, $0) } }
            let parameters = parsed.queryParameters.filter { $0.name.hasPrefix("var-") }
            #expect(parameters.map(\.name) == expectedVariables.map(\.0), "\(url.text)")
            #expect(parameters.map(\.value) == expectedVariables.map(\.1), "\(url.text)")
            #expect(parsed.queryParameters.first { $0.name == "orgId" }?.value == embed.orgID.map(String.init))
            #expect(parsed.queryParameters.first { $0.name == "theme" }?.value == embed.theme?.rawValue)
            #expect(parsed.queryParameters.contains { $0.name == "kiosk" && $0.value == nil } == embed.kiosk)
            #expect(parsed.queryParameters.contains { $0.name == "_dash.hideTimePicker" } == embed.hidesTimePicker)
            #expect(parsed.queryParameters.contains { $0.name == "_dash.hideVariables" } == embed.hidesVariables)
            #expect(url.text.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " })
        }
    }
}
