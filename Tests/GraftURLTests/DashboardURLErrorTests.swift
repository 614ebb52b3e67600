import GraftURL
import Testing

@Suite("Rejecting what is not a dashboard URL")
struct DashboardURLErrorTests {
    /// The error that parsing `text` throws, or nil when it parses.
    private func parsingError(_ text: String) -> DashboardURLError? {
        do {
            _ = try DashboardURL(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func shortLinkSaysToOpenIt() {
        let error = parsingError("https://grafana.example/goto/bLk2xDgHR?orgId=1")
        #expect(error == .shortLink("https://grafana.example/goto/bLk2xDgHR?orgId=1"))
        #expect(error?.description == "'https://grafana.example/goto/bLk2xDgHR?orgId=1' is a Grafana short link that "
            + "only the Grafana server can resolve, so its time range cannot be stripped here; open it in a browser "
            + "and copy the URL it lands on.")
        #expect(parsingError("https://grafana.example/grafana/goto/abc") == .shortLink("https://grafana.example/grafana/goto/abc"))
    }

    @Test(arguments: [
        ("", DashboardURLError.empty, "The URL is empty ''."),
        ("grafana.example/d/abc", .missingScheme("grafana.example/d/abc"),
         "'grafana.example/d/abc' does not start with 'http://' or 'https://'."),
        ("localhost:3000/d/abc", .missingScheme("localhost:3000/d/abc"),
         "'localhost:3000/d/abc' does not start with 'http://' or 'https://'."),
        ("http:/grafana.example/d/abc", .missingScheme("http:/grafana.example/d/abc"),
         "'http:/grafana.example/d/abc' does not start with 'http://' or 'https://'."),
        ("ftp://grafana.example/d/abc", .unsupportedScheme("ftp"),
         "The scheme 'ftp' is not supported; a Grafana dashboard URL starts with 'http://' or 'https://'."),
        ("http:///d/abc", .emptyHost("http://"), "'http://' names no host between '//' and the path."),
        ("http://admin@:3000/d/abc", .emptyHost("http://admin@:3000"),
         "'http://***@:3000' names no host between '//' and the path."),
        ("http://graf<ana/d/abc", .invalidHost("graf<ana"),
         "The host 'graf<ana' is not a host name, a dotted IPv4 address or a bracketed IPv6 address."),
        ("http://[::1/d/abc", .invalidHost("[::1"),
         "The host '[::1' is not a host name, a dotted IPv4 address or a bracketed IPv6 address."),
        ("http://[1:2:3]/d/abc", .invalidHost("[1:2:3]"),
         "The host '[1:2:3]' is not a host name, a dotted IPv4 address or a bracketed IPv6 address."),
        ("http://[::1]x/d/abc", .invalidHost("[::1]x"),
         "The host '[::1]x' is not a host name, a dotted IPv4 address or a bracketed IPv6 address."),
        ("http://256.1.1.1/d/abc", .invalidHost("256.1.1.1"),
         "The host '256.1.1.1' is not a host name, a dotted IPv4 address or a bracketed IPv6 address."),
        ("http://us[er@h.example/d/abc", .invalidUserInfo("us[er"),
         "The user-info '***' before '@' holds characters that must be percent-encoded."),
        ("http://h.example:99999/d/abc", .invalidPort("99999"), "The port '99999' is not a number from 1 to 65535."),
        ("http://h.example:99999999999999999999/d/abc", .invalidPort("99999999999999999999"),
         "The port '99999999999999999999' is not a number from 1 to 65535."),
        ("http://h.example:/d/abc", .invalidPort(""), "The port '' is not a number from 1 to 65535."),
        ("http://h.example:0/d/abc", .invalidPort("0"), "The port '0' is not a number from 1 to 65535."),
        ("http://h.example:8o/d/abc", .invalidPort("8o"), "The port '8o' is not a number from 1 to 65535."),
        ("http://h.example/explore?left=x", .notADashboardPath("/explore"),
         "The path '/explore' does not end in /d/UID, /d/UID/SLUG, /d-solo/UID or /d-solo/UID/SLUG, "
            + "so this is not a Grafana dashboard URL."),
        ("http://h.example", .notADashboardPath(""),
         "The path '' does not end in /d/UID, /d/UID/SLUG, /d-solo/UID or /d-solo/UID/SLUG, "
            + "so this is not a Grafana dashboard URL."),
        ("http://h.example/d/abc/slug/extra", .notADashboardPath("/d/abc/slug/extra"),
         "The path '/d/abc/slug/extra' does not end in /d/UID, /d/UID/SLUG, /d-solo/UID or /d-solo/UID/SLUG, "
            + "so this is not a Grafana dashboard URL."),
        ("http://h.example/d/", .emptyUID("/d/"), "The path '/d/' has no dashboard uid after its /d/ or /d-solo/ segment."),
        ("http://h.example/d//slug", .emptyUID("/d//slug"),
         "The path '/d//slug' has no dashboard uid after its /d/ or /d-solo/ segment."),
        ("http://h.example/d/ab.c/slug", .invalidUID("ab.c"),
         "The dashboard uid 'ab.c' holds characters other than letters, digits, '-' and '_'."),
        ("http://h.example/d/a%20b", .invalidUID("a%20b"),
         "The dashboard uid 'a%20b' holds characters other than letters, digits, '-' and '_'."),
        ("http://h.example/d/" + String(repeating: "x", count: 41), .uidTooLong(String(repeating: "x", count: 41)),
         "The dashboard uid '\(String(repeating: "x", count: 41))' has 41 characters, more than Grafana's 40."),
        ("http://h.example/d/abc def", .unencodedCharacter(" ", position: 23),
         "The URL holds a space 'U+0020' at character 23, which must be percent-encoded."),
        ("http://網.example/d/abc\tdef", .unencodedCharacter("\t", position: 23),
         "The URL holds the control character 'U+0009' at character 23, which must be percent-encoded."),
    ])
    func rejected(text: String, expected: DashboardURLError, description: String) {
        let error = parsingError(text)
        #expect(error == expected)
        #expect(error?.description == description)
    }
}
