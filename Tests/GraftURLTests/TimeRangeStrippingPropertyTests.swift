import GraftTestSupport
import GraftURL
import Testing

/// A random dashboard URL whose query pairs are labelled with what stripping must do to them.
private struct GeneratedURL {
    enum Kind { case timeRange, extra, kept }

    var head: String
    var pathPrefix: String
    var uid: String
    var slug: String?
    var host: String
    var port: Int?
    /// The query's pairs, or nil for no `?`.
    var pairs: [(text: String, kind: Kind)]?
    var fragment: String?

    var text: String {
        var text = head
        if let pairs { text += "?" + pairs.map(\.text).joined(separator: "&") }
        if let fragment { text += "#" + fragment }
        return text
    }

    /// The text stripping must produce when it removes the pairs whose kind is in `removedKinds`.
    func expectedStripped(removing removedKinds: Set<Kind>) -> String {
        guard let pairs, pairs.contains(where: { removedKinds.contains($0.kind) }) else { return text }
        let kept = pairs.filter { !removedKinds.contains($0.kind) }.map(\.text)
        var expected = head
        if kept.contains(where: { !$0.isEmpty }) { expected += "?" + kept.joined(separator: "&") }
        if let fragment { expected += "#" + fragment }
        return expected
    }

    func removedPairs(_ removedKinds: Set<Kind>) -> [String] {
        (pairs ?? []).filter { removedKinds.contains($0.kind) }.map(\.text)
    }

    static func random(using generator: inout SplitMix64) -> GeneratedURL {
        func pick<T>(_ choices: [T]) -> T { choices.randomElement(using: &generator)! }
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }

        let uidAlphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        let uid = String((0..<Int.random(in: 1...40, using: &generator)).map { _ in pick(uidAlphabet) })
        let slug: String? = chance(70) ? pick(["higress-ai", "gateway", "%E7%BD%91%E5%85%B3", "网关", "a+b", "x.y~z", "d", "d-solo"]) : nil
        let host = pick(["grafana.example", "10.0.0.1", "[::1]", "[2001:db8::7]", "localhost", "网关.example", "a-b.c_d.example"])
        let port: Int? = chance(40) ? pick([80, 443, 3000, 65535, 1]) : nil
        let userInfo = chance(20) ? pick(["admin@", "admin:secret@", "u%40x:p%3A@"]) : ""
        let pathPrefix = pick(["", "", "/grafana", "/a/b", "/monitoring/grafana", "/d/x"])
        let route = pick(["d", "d-solo"])
        var head = pick(["http", "https", "HTTPS"]) + "://" + userInfo + host + (port.map { ":\($0)" } ?? "")
        head += pathPrefix + "/" + route + "/" + uid + (slug.map { "/" + $0 } ?? "")
        if chance(10) { head += "/" }

        let timeNames = ["from", "to", "time", "time.window", "fr%6Fm", "%74o", "tim%65", "time%2Ewindow", "%66%72%6F%6D"]
        let timeValues = ["now-15m", "now", "now-1d%2Fd", "now-1d/d", "1717550316690", "2024-01-01T00:00:00.000Z",
                          "2024-01-01T00%3A00%3A00.000Z", "20240101", "20240101T000000", "3600000", ""]
        let extraPairs = ["refresh=30s", "refresh=", "timezone=browser", "tz=Asia%2FShanghai", "tz=UTC", "refresh",
                          "%74z=utc"]
        let keptPairs = ["var-x=a", "var-x=b", "var-x=", "kiosk", "orgId=1", "theme=light", "var-path=%2Fapi%2Fv1",
                         "var-%E7%BD%91=%E7%BD%91%E5%85%B3", "var-q=a+b", "var-s=a%20b", "", "From=now-1h", "TO=now",
                         "fromage=1", "from_=2", "%ZZfrom=3", "var-from=now", "a=b=c", "=x", "=", "var-w=网关",
                         "_dash.hideTimePicker=true", "panelId=4", "timer=1", "time.windows=2", "f%72om%=1"]
        var pairs: [(text: String, kind: Kind)]?
        if chance(85) {
            pairs = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                switch Int.random(in: 0..<10, using: &generator) {
                case 0..<3:
                    let name = pick(timeNames)
                    return chance(10) ? (name, .timeRange) : (name + "=" + pick(timeValues), .timeRange)
                case 3: return (pick(extraPairs), .extra)
                default: return (pick(keptPairs), .kept)
                }
            }
        }
        let fragment: String? = chance(20) ? pick(["", "panel-3", "a?from=1&to=2", "网"]) : nil
        return GeneratedURL(head: head, pathPrefix: pathPrefix, uid: uid, slug: slug, host: host, port: port,
                            pairs: pairs, fragment: fragment)
    }
}

@Suite("Stripping random URLs")
struct TimeRangeStrippingPropertyTests {
    @Test func stripsExactlyTheTimeParametersAndNothingElse() throws {
        var generator = SplitMix64(seed: 0x6772_6166_7420_7572)
        var removedSomething = 0
        for _ in 0..<5_000 {
            let generated = GeneratedURL.random(using: &generator)
            let url = try DashboardURL(parsing: generated.text)
            #expect(url.uid == generated.uid)
            #expect(url.slug == generated.slug)
            #expect(url.pathPrefix == generated.pathPrefix)
            #expect(url.host == generated.host)
            #expect(url.port == generated.port)
            #expect(url.fragment == generated.fragment)

            for (extra, kinds) in [(ExtraTimeParameters(), Set([GeneratedURL.Kind.timeRange])),
                                   (.all, [.timeRange, .extra])] {
                let result = url.strippingTimeRange(also: extra)
                let expected = generated.expectedStripped(removing: kinds)
                #expect(result.url.text == expected, "input: \(generated.text)")
                #expect(result.removed.map(\.encoded) == generated.removedPairs(kinds), "input: \(generated.text)")
                let again = result.url.strippingTimeRange(also: extra)
                #expect(again.url == result.url, "input: \(generated.text)")
                #expect(again.removed.isEmpty)
                #expect(try DashboardURL(parsing: result.url.text) == result.url)
                if !result.removed.isEmpty { removedSomething += 1 }
            }
        }
        // The generator must actually exercise removal, not only the unchanged path.
        #expect(removedSomething > 4_000)
    }
}
