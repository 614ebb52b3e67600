import Foundation
import GraftTestSupport
import Testing

/// Each path that once printed a password given in a URL, run through the built `graft`: the
/// password never reaches its output, and the URL is shown with `user:***@`.
@Suite("No password of a URL in any message")
struct LeakingURLTests {
    let secret = "SECRET-\(UUID().uuidString)"

    /// `result`'s standard output and error hold neither the secret nor its percent-encoded form,
    /// and the error names the URL masked as `masked`.
    func expectMasked(_ result: (status: Int32, output: String, errors: String), _ masked: String, _ context: String) {
        #expect(result.status != 0, "\(context) succeeded")
        for text in [result.output, result.errors] {
            #expect(!text.contains(secret) && !text.contains("SECRET"), "\(context): \(text)")
        }
        #expect(result.errors.contains(masked), "\(context): \(result.errors)")
    }

    @Test("GRAFANA_URL without a scheme (user:password@host:port)")
    func grafanaURLWithoutScheme() throws {
        let result = try runGraft(["push", "--dry-run"], environment: ["GRAFANA_URL": "user:\(secret)@grafana.example:3000"])
        expectMasked(result, "'user:***@grafana.example:3000' is not an http or https URL", "GRAFANA_URL")
        let flag = try runGraft(["diff", "--grafana-url", "user:\(secret)@grafana.example:3000"])
        expectMasked(flag, "'user:***@grafana.example:3000' is not an http or https URL", "--grafana-url")
    }

    /// The unreachable Prometheus of the report is tried 16 times over half a minute; a server that is
    /// not Prometheus (an HTML page) ends verify at once, through the same message with the location.
    @Test("verify --prometheus with a password: a server that is not Prometheus, port 99999, no scheme")
    func prometheusURL() throws {
        let server = try HTTPTestServer { _ in .respond(.text(200, "<html>login</html>")) }
        defer { server.stop() }
        let url = "http://user:\(secret)@127.0.0.1:\(server.port)"
        expectMasked(try runGraft(["verify", "--prometheus", url]), "Prometheus at http://user:***@127.0.0.1:\(server.port) did not answer JSON", "an answer")
        expectMasked(try runGraft(["verify", "--prometheus", "http://user:\(secret)@127.0.0.1:99999"]),
                     "'http://user:***@127.0.0.1:99999' has port 99999; a port is a number from 1 to 65535", "port 99999")
        expectMasked(try runGraft(["verify", "--prometheus", "user:\(secret)@127.0.0.1:9090"]),
                     "'user:***@127.0.0.1:9090' is not an http or https URL", "no scheme")
    }

    @Test("url strip refuses a URL with user-info and never echoes its password, nor a token-like user")
    func urlStrip() throws {
        let result = try runGraft(["url", "strip", "http://user:\(secret)@grafana.example/d/abc?from=now-1h"])
        expectMasked(result, "'http://user:***@grafana.example/d/abc?from=now-1h': it holds credentials", "url strip")
        #expect(result.output.isEmpty)
        let token = try runGraft(["url", "strip"], input: "https://\(secret)@grafana.example/d/abc\n")
        expectMasked(token, "'https://***@grafana.example/d/abc'", "a token as user")
        // A URL that fails to parse for another reason is masked too.
        let broken = try runGraft(["url", "strip", "http://user:\(secret)@grafana.example/x"])
        expectMasked(broken, "'http://user:***@grafana.example/x'", "not a dashboard path")
    }

    /// A parser takes what follows `#` or `?` for a fragment or query, `@` and host included; the
    /// mask looks past them, so no part of the password is shown.
    @Test("a password holding '#' or '?' is masked whole: GRAFANA_URL, --prometheus, url strip")
    func passwordWithFragmentOrQueryMark() throws {
        for mark in ["#", "?"] {
            let password = "pa\(mark)\(secret)"
            let variable = try runGraft(["push", "--dry-run"], environment: ["GRAFANA_URL": "admin:\(password)@grafana:3000"])
            expectMasked(variable, "'admin:***@grafana:3000'", "GRAFANA_URL with \(mark)")
            #expect(!variable.errors.contains("admin:pa"), "\(variable.errors)")
            let scheme = try runGraft(["push", "--dry-run"], environment: ["GRAFANA_URL": "http://admin:\(password)@grafana:3000"])
            expectMasked(scheme, "The Grafana URL", "GRAFANA_URL http:// with \(mark)")
            #expect(!scheme.errors.contains("admin:pa"), "\(scheme.errors)")
            let prometheus = try runGraft(["verify", "--prometheus", "http://ann:\(password)@127.0.0.1:9090"])
            expectMasked(prometheus, "--prometheus", "--prometheus with \(mark)")
            let strip = try runGraft(["url", "strip", "ann:\(password)@host"])
            expectMasked(strip, "'ann:***@host'", "url strip with \(mark)")
            #expect(!strip.errors.contains("ann:pa"), "\(strip.errors)")
        }
    }

    @Test("url strip quotes what it repeats: control characters escaped, a long URL cut with its length")
    func urlStripQuotes() throws {
        let escape = try runGraft(["url", "strip", "http://g/d/a\u{1B}[31mbc"])
        #expect(escape.status == 1)
        #expect(!escape.errors.contains("\u{1B}"), "\(escape.errors)")
        #expect(escape.errors.contains("'http://g/d/a\\u{1B}[31mbc'"), "\(escape.errors)")
        let huge = "http://g/d/abc?var-x=" + String(repeating: "a", count: 9 << 20) + "\u{7}"
        let long = try runGraft(["url", "strip", "--for", "higress-console"], input: huge + "\n")
        #expect(long.status == 1)
        #expect(long.errors.utf8.count < 2000, "\(long.errors.utf8.count) bytes of error")
        #expect(long.errors.contains("(\(huge.count) characters)"), "\(long.errors.prefix(600))")
    }
}
