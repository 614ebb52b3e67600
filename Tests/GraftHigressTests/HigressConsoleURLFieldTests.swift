import GraftHigress
import GraftURL
import Testing

@Suite("The Higress console URL field")
struct HigressConsoleURLFieldTests {
    @Test func countsUTF16CodeUnits() {
        #expect(HigressConsoleURLField.maximumLength == 256)
        #expect(HigressConsoleURLField.length(of: "http://h/d/a") == 12)
        #expect(HigressConsoleURLField.length(of: "网") == 1)
        #expect(HigressConsoleURLField.length(of: "😀") == 2)
        #expect(HigressConsoleURLField.length(of: "%E7%BD%91") == 9)
    }

    @Test func acceptsAtMost256() {
        let head = "http://h.example/d/abc?var-x="
        let exactly = head + String(repeating: "a", count: 256 - head.count)
        #expect(HigressConsoleURLField.accepts(exactly))
        #expect(!HigressConsoleURLField.accepts(exactly + "a"))
        // 255 scalars, but the emoji makes it 257 code units.
        let withEmoji = head + String(repeating: "a", count: 255 - head.count - 1) + "😀"
        #expect(withEmoji.unicodeScalars.count == 255)
        #expect(!HigressConsoleURLField.accepts(withEmoji + "a"))
    }

    @Test func seedLinkFitsOnlyAfterStripping() throws {
        let text = "http://grafana.example/d/femmnlw6z39xcb/higress-ai?from=2025-06-05T02:18:36.690Z"
            + "&to=2025-06-05T02:33:36.690Z&var-gateway=higress-system-higress-gateway&var-namespace=higress-system"
            + "&theme=light&var-extra=" + String(repeating: "x", count: 70)
        #expect(HigressConsoleURLField.length(of: text) == 273)
        #expect(!HigressConsoleURLField.accepts(text))
        let stripped = try DashboardURL(parsing: text).strippingTimeRange().url.text
        #expect(HigressConsoleURLField.length(of: stripped) == 215)
        #expect(HigressConsoleURLField.accepts(stripped))
    }
}
