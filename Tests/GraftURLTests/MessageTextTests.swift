import GraftURL
import Testing

@Suite("Values in messages: passwords masked, quoted, escaped, cut")
struct MessageTextTests {
    @Test("user-info is masked in every shape of URL", arguments: [
        ("https://ann:s3cret@grafana.example/d/x", "https://ann:***@grafana.example/d/x"),
        ("ann:s3cret@grafana.example:3000", "ann:***@grafana.example:3000"),
        ("https://glsa_token@grafana.example", "https://***@grafana.example"),
        ("http://ann:pa/ss@wo@rd@h:1/p?q=a@b#f@g", "http://ann:***@h:1/p?q=a@b#f@g"),
        ("http://ann:@h", "http://ann:***@h"),
        ("http://h/d/x?next=user:pw@elsewhere", "http://h/d/x?next=user:pw@elsewhere"),
        ("http://h/path@x", "http://***@x"),
        ("admin:pa#ss@grafana:3000", "admin:***@grafana:3000"),
        ("ann:pa?ss@host/d/x?q=1", "ann:***@host/d/x?q=1"),
        ("https://ann:p#w/x@host/", "https://ann:***@host/"),
        ("no at sign", "no at sign"),
        ("", ""),
    ])
    func masking(url: String, masked: String) {
        #expect(MessageText.maskingUserInfo(url) == masked)
    }

    @Test("control characters and text reordering are escaped; a long value is cut with its length")
    func quoting() {
        #expect(MessageText.quoted("a\u{1B}[31mb\n\u{202E}c\u{7F}") == "'a\\u{1B}[31mb\\n\\u{202E}c\\u{7F}'")
        #expect(MessageText.quoted("数字底座", mark: "\"") == "\"数字底座\"")
        let long = String(repeating: "x", count: 10_000)
        #expect(MessageText.quoted(long) == "'" + String(repeating: "x", count: MessageText.maximumQuotedLength) + "…' (10000 characters)")
        #expect(MessageText.sanitized(long, limit: 3) == "xxx… (10000 characters)")
        #expect(MessageText.quotedURL("http://u:p@h/\u{0}") == "'http://u:***@h/\\u{0}'")
    }
}
