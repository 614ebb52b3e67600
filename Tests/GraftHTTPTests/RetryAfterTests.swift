import Foundation
import Testing
@testable import GraftHTTP

@Suite("Retry-After: seconds or an HTTP date, never longer than a day, however large")
struct RetryAfterTests {
    @Test("delta-seconds as given, up to a day")
    func seconds() {
        #expect(HTTPService.parseRetryAfter("120") == .seconds(120))
        #expect(HTTPService.parseRetryAfter(" 0 ") == .seconds(0))
        #expect(HTTPService.parseRetryAfter("86401") == .seconds(86_400))
        #expect(HTTPService.parseRetryAfter("-5") == nil)
        #expect(HTTPService.parseRetryAfter("soon") == nil)
    }

    @Test("delta-seconds beyond any integer read as a day", arguments: ["9223372036854775807", "99999999999999999999999"])
    func hugeSeconds(_ value: String) {
        #expect(HTTPService.parseRetryAfter(value) == .seconds(86_400))
    }

    @Test("an HTTP date far in the future reads as a day, one in the past as no wait", arguments: [
        ("Fri, 31 Dec 9999 23:59:59 GMT", Duration.seconds(86_400)),
        // The furthest date Foundation reads here; beyond 292 million years the milliseconds would leave Int.
        ("Mon, 31 Dec 99999 23:59:59 GMT", Duration.seconds(86_400)),
        ("Sun, 06 Nov 1994 08:49:37 GMT", Duration.zero),
    ])
    func dates(_ value: String, _ expected: Duration) {
        #expect(HTTPService.parseRetryAfter(value) == expected)
    }

    @Test("an HTTP date a minute ahead is about a minute")
    func nearDate() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        let wait = try #require(HTTPService.parseRetryAfter(formatter.string(from: Date().addingTimeInterval(60))))
        #expect(wait > .seconds(55) && wait <= .seconds(60))
    }
}
