import GraftURL
import Testing

@Suite("Parsing dashboard URLs")
struct DashboardURLParsingTests {
    @Test func seedURLParts() throws {
        let url = try DashboardURL(parsing: "http://grafana.example/d/femmnlw6z39xcb/higress-ai?from=2025-06-05T02:18:36.690Z"
            + "&to=2025-06-05T02:33:36.690Z&var-gateway=higress-system-higress-gateway&var-namespace=higress-system&theme=light")
        #expect(url.scheme == "http")
        #expect(url.userInfo == nil)
        #expect(url.host == "grafana.example")
        #expect(url.port == nil)
        #expect(url.path == "/d/femmnlw6z39xcb/higress-ai")
        #expect(url.pathPrefix == "")
        #expect(url.route == .dashboard)
        #expect(url.uid == "femmnlw6z39xcb")
        #expect(url.slug == "higress-ai")
        #expect(url.fragment == nil)
        #expect(url.queryParameters.map(\.name) == ["from", "to", "var-gateway", "var-namespace", "theme"])
        #expect(url.queryParameters.first?.value == "2025-06-05T02:18:36.690Z")
    }

    @Test func uidWithoutSlug() throws {
        let url = try DashboardURL(parsing: "https://grafana.example/d/abc-DEF_123")
        #expect(url.uid == "abc-DEF_123")
        #expect(url.slug == nil)
        #expect(url.query == nil)
    }

    @Test func trailingSlashIsAllowed() throws {
        let withSlug = try DashboardURL(parsing: "https://grafana.example/d/abc/my-dash/?orgId=1")
        #expect(withSlug.uid == "abc")
        #expect(withSlug.slug == "my-dash")
        let withoutSlug = try DashboardURL(parsing: "https://grafana.example/d/abc/")
        #expect(withoutSlug.uid == "abc")
        #expect(withoutSlug.slug == nil)
    }

    @Test(arguments: [
        ("http://h.example/grafana/d/abc/slug", "/grafana"),
        ("http://h.example/a/b/d/abc/slug", "/a/b"),
        ("http://h.example/monitoring/grafana/d/abc", "/monitoring/grafana"),
        ("http://h.example/d/x/d/abc/slug", "/d/x"),
    ])
    func subPathPrefix(text: String, prefix: String) throws {
        let url = try DashboardURL(parsing: text)
        #expect(url.pathPrefix == prefix)
        #expect(url.uid == "abc")
    }

    @Test func ipv6HostWithPort() throws {
        let url = try DashboardURL(parsing: "http://[::1]:3000/d/abc/slug?from=now-1h")
        #expect(url.host == "[::1]")
        #expect(url.port == 3000)
        #expect(url.uid == "abc")
        let full = try DashboardURL(parsing: "https://[2001:db8:0:0:0:0:0:1]/d/abc")
        #expect(full.host == "[2001:db8:0:0:0:0:0:1]")
        let mapped = try DashboardURL(parsing: "https://[::ffff:192.0.2.1]:8443/d/abc")
        #expect(mapped.port == 8443)
    }

    @Test func portBounds() throws {
        #expect(try DashboardURL(parsing: "http://h.example:65535/d/abc").port == 65_535)
        #expect(try DashboardURL(parsing: "http://h.example:1/d/abc").port == 1)
        #expect(try DashboardURL(parsing: "http://h.example:08080/d/abc").port == 8080)
    }

    @Test func ipv4Host() throws {
        let url = try DashboardURL(parsing: "http://10.0.0.12:3000/d/abc")
        #expect(url.host == "10.0.0.12")
        #expect(url.port == 3000)
    }

    @Test func userInfo() throws {
        let url = try DashboardURL(parsing: "https://admin:s%40cret@grafana.example:8443/d/abc/slug?from=now-6h")
        #expect(url.userInfo == "admin:s%40cret")
        #expect(url.host == "grafana.example")
        #expect(url.port == 8443)
    }

    @Test func soloPanelWithPanelID() throws {
        let url = try DashboardURL(parsing: "http://grafana.example/d-solo/abc/slug?orgId=1&panelId=4&from=now-1h")
        #expect(url.route == .soloPanel)
        #expect(url.uid == "abc")
        #expect(url.queryParameters.first { $0.name == "panelId" }?.value == "4")
        let withoutSlug = try DashboardURL(parsing: "http://grafana.example/d-solo/abc?panelId=4")
        #expect(withoutSlug.route == .soloPanel)
        #expect(withoutSlug.slug == nil)
    }

    @Test func fragmentAndQuery() throws {
        let url = try DashboardURL(parsing: "http://grafana.example/d/abc?var-x=1#panel-2?from=now")
        #expect(url.query == "var-x=1")
        #expect(url.fragment == "panel-2?from=now")
        let fragmentOnly = try DashboardURL(parsing: "http://grafana.example/d/abc#top")
        #expect(fragmentOnly.query == nil)
        #expect(fragmentOnly.fragment == "top")
    }

    @Test func uppercaseSchemeAndNonASCIISlugAreKept() throws {
        let url = try DashboardURL(parsing: "HTTPS://grafana.example/d/abc/%E7%BD%91%E5%85%B3")
        #expect(url.scheme == "HTTPS")
        #expect(url.slug == "%E7%BD%91%E5%85%B3")
        let raw = try DashboardURL(parsing: "https://grafana.example/d/abc/网关")
        #expect(raw.slug == "网关")
    }

    @Test func queryParametersDecodeNamesAndValues() throws {
        let url = try DashboardURL(parsing: "http://h.example/d/abc?var-%E7%BD%91=a%2Fb&&kiosk&var-x=&q=a+b")
        let parameters = url.queryParameters
        #expect(parameters.map(\.encoded) == ["var-%E7%BD%91=a%2Fb", "kiosk", "var-x=", "q=a+b"])
        #expect(parameters.map(\.name) == ["var-网", "kiosk", "var-x", "q"])
        #expect(parameters.map(\.value) == ["a/b", nil, "", "a+b"])
    }

    @Test func maximumLengthUID() throws {
        let uid = String(repeating: "a", count: 40)
        #expect(try DashboardURL(parsing: "http://h.example/d/\(uid)").uid == uid)
    }
}
