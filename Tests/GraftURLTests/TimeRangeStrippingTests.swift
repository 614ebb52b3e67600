import GraftURL
import Testing

@Suite("Stripping the time range")
struct TimeRangeStrippingTests {
    /// The stripped text of `text`, which must parse.
    private func stripped(_ text: String, also extra: ExtraTimeParameters = []) throws -> String {
        try DashboardURL(parsing: text).strippingTimeRange(also: extra).url.text
    }

    @Test func seedShareLink() throws {
        let text = "http://grafana.example/d/femmnlw6z39xcb/higress-ai?from=2025-06-05T02:18:36.690Z"
            + "&to=2025-06-05T02:33:36.690Z&var-gateway=higress-system-higress-gateway&var-namespace=higress-system"
            + "&theme=light"
        let result = try DashboardURL(parsing: text).strippingTimeRange()
        #expect(result.url.text == "http://grafana.example/d/femmnlw6z39xcb/higress-ai?var-gateway=higress-system-"
            + "higress-gateway&var-namespace=higress-system&theme=light")
        #expect(result.removed.map(\.name) == ["from", "to"])
        #expect(result.removed.map(\.value) == ["2025-06-05T02:18:36.690Z", "2025-06-05T02:33:36.690Z"])
        #expect(result.url.query == "var-gateway=higress-system-higress-gateway&var-namespace=higress-system&theme=light")
        #expect(result.url.uid == "femmnlw6z39xcb")
    }

    @Test(arguments: [
        ("from=now-15m&to=now&var-x=a", "var-x=a"),
        ("var-x=a&from=now-1d%2Fd&to=now-1d%2Fd", "var-x=a"),
        ("from=now-1d/d&to=now/d&orgId=1", "orgId=1"),
        ("orgId=1&from=1717550316690&to=1717551216690", "orgId=1"),
        ("from=2024-01-01T00:00:00.000Z&orgId=2&to=2024-01-02T00:00:00.000Z", "orgId=2"),
        ("from=20240101&to=20240102&orgId=1", "orgId=1"),
        ("orgId=1&from=20240101T000000&to=20240101T235959", "orgId=1"),
        ("time=1717550316690&time.window=3600000&orgId=1", "orgId=1"),
        ("orgId=1&time.window=60000", "orgId=1"),
    ])
    func timeValuesOfEveryKindAreRemoved(query: String, remaining: String) throws {
        #expect(try stripped("http://h.example/d/abc/slug?" + query) == "http://h.example/d/abc/slug?" + remaining)
    }

    @Test func subPathDeployment() throws {
        #expect(try stripped("https://ops.example/grafana/d/abc/higress?orgId=1&from=now-6h&to=now")
            == "https://ops.example/grafana/d/abc/higress?orgId=1")
    }

    @Test func repeatedVariablesKeepTheirOrder() throws {
        #expect(try stripped("http://h.example/d/abc?var-x=a&from=now-1h&var-x=b&var-y=c&to=now&var-x=a")
            == "http://h.example/d/abc?var-x=a&var-x=b&var-y=c&var-x=a")
    }

    @Test func encodedCharactersStayAsWritten() throws {
        #expect(try stripped("http://h.example/d/abc?var-path=%2Fapi%2Fv1&from=now-5m&var-%E7%BD%91=%E7%BD%91%E5%85%B3"
            + "&var-q=a+b&var-s=a%20b&to=now")
            == "http://h.example/d/abc?var-path=%2Fapi%2Fv1&var-%E7%BD%91=%E7%BD%91%E5%85%B3&var-q=a+b&var-s=a%20b")
    }

    @Test func emptyValuesBareFlagsAndEmptyPairsStay() throws {
        #expect(try stripped("http://h.example/d/abc?var-x=&kiosk&from=now-1h&&var-y=1&to=now")
            == "http://h.example/d/abc?var-x=&kiosk&&var-y=1")
    }

    @Test func onlyFromRemovesTheQuestionMark() throws {
        #expect(try stripped("http://h.example/d/abc/slug?from=now-1h") == "http://h.example/d/abc/slug")
        #expect(try stripped("http://h.example/d/abc/slug?from=now-1h&&to=now&") == "http://h.example/d/abc/slug")
    }

    @Test func noQueryIsUnchanged() throws {
        let url = try DashboardURL(parsing: "http://h.example/d/abc/slug")
        let result = url.strippingTimeRange(also: .all)
        #expect(result.url == url)
        #expect(result.removed.isEmpty)
    }

    @Test func nothingToRemoveKeepsTheQueryExactly() throws {
        for text in ["http://h.example/d/abc?", "http://h.example/d/abc?&", "http://h.example/d/abc?a&&b&"] {
            #expect(try stripped(text) == text)
        }
    }

    @Test func fragmentStays() throws {
        #expect(try stripped("http://h.example/d/abc?from=now-1h&var-x=1#panel-3")
            == "http://h.example/d/abc?var-x=1#panel-3")
        #expect(try stripped("http://h.example/d/abc?from=now-1h#from=now") == "http://h.example/d/abc#from=now")
    }

    @Test func ipv6HostWithPortAndUserInfo() throws {
        #expect(try stripped("http://admin:pw@[2001:db8::7]:3000/d/abc?from=now-1h&to=now&var-x=1")
            == "http://admin:pw@[2001:db8::7]:3000/d/abc?var-x=1")
    }

    @Test func soloPanelKeepsPanelID() throws {
        #expect(try stripped("http://h.example/d-solo/abc/slug?orgId=1&from=1717550316690&to=1717551216690&panelId=2")
            == "http://h.example/d-solo/abc/slug?orgId=1&panelId=2")
    }

    @Test func namesCompareAfterPercentDecodingAndCaseSensitively() throws {
        let result = try DashboardURL(parsing: "http://h.example/d/abc?fr%6Fm=now-1h&%74o=now&From=x&TO=y&fromage=1"
            + "&from_=2&%ZZfrom=3&time%2Ewindow=5").strippingTimeRange()
        #expect(result.url.query == "From=x&TO=y&fromage=1&from_=2&%ZZfrom=3")
        #expect(result.removed.map(\.encoded) == ["fr%6Fm=now-1h", "%74o=now", "time%2Ewindow=5"])
        #expect(result.removed.map(\.name) == ["from", "to", "time.window"])
    }

    @Test func bareTimeNameIsRemovedAndReportedWithoutValue() throws {
        let result = try DashboardURL(parsing: "http://h.example/d/abc?from&kiosk").strippingTimeRange()
        #expect(result.url.query == "kiosk")
        #expect(result.removed.map(\.encoded) == ["from"])
        #expect(result.removed.first?.value == nil)
    }

    @Test func refreshAndTimezoneGoOnlyOnRequest() throws {
        let text = "http://h.example/d/abc?from=now-1h&refresh=30s&timezone=browser&tz=Asia%2FShanghai&var-x=1"
        #expect(try stripped(text) == "http://h.example/d/abc?refresh=30s&timezone=browser&tz=Asia%2FShanghai&var-x=1")
        #expect(try stripped(text, also: .refresh) == "http://h.example/d/abc?timezone=browser&tz=Asia%2FShanghai&var-x=1")
        #expect(try stripped(text, also: .timezone) == "http://h.example/d/abc?refresh=30s&var-x=1")
        #expect(try stripped(text, also: .all) == "http://h.example/d/abc?var-x=1")
        let removed = try DashboardURL(parsing: text).strippingTimeRange(also: .all).removed
        #expect(removed.map(\.name) == ["from", "refresh", "timezone", "tz"])
        #expect(removed.map(\.value) == ["now-1h", "30s", "browser", "Asia/Shanghai"])
    }

    @Test func parameterNamesAreListed() {
        #expect(DashboardURL.timeRangeParameterNames == ["from", "to", "time", "time.window"])
        #expect(ExtraTimeParameters.all.parameterNames == ["refresh", "timezone", "tz"])
        #expect(ExtraTimeParameters().parameterNames.isEmpty)
    }

    @Test func strippingTwiceChangesNothing() throws {
        let once = try DashboardURL(parsing: "http://h.example/d/abc?from=now-1h&&to=now&var-x=1&").strippingTimeRange()
        let twice = once.url.strippingTimeRange()
        #expect(twice.url == once.url)
        #expect(twice.removed.isEmpty)
        #expect(try DashboardURL(parsing: once.url.text) == once.url)
    }
}
