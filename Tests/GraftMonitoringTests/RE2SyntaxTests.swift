import Foundation
@testable import GraftMonitoring
import GraftTestSupport
import Testing

/// Patterns with what Go's regexp (Prometheus) says of them once anchored: `nil` when it compiles,
/// else the reason it gives.
let re2Cases: [(pattern: String, reason: String?)] = [
    // Accepted, including the reference PodMonitor's and syntax RE2 has that other engines lack.
    ("(.+)", nil), (#"([^:]+)(?::\d+)?;(\d+)"#, nil), ("__meta_kubernetes_pod_label_(.+)", nil), ("true", nil),
    ("(?i)foo", nil), ("(?i-s:a.)", nil), ("(?U)a+", nil), ("(?)", nil), ("[[:alpha:]]", nil), ("[[:^digit:]_]", nil),
    (#"\p{Greek}+"#, nil), (#"\pL"#, nil), (#"\p{^Han}"#, nil), (#"\PN"#, nil), ("a{2,5}?", nil), ("x{1000}", nil),
    ("x{2,}", nil), (#"\x{10FFFF}"#, nil), (#"\x41"#, nil), (#"[\d\-_]"#, nil), (#"\Qa.b\E+"#, nil), ("a{,5}", nil),
    ("a{01}", nil), ("{", nil), ("}", nil), ("]", nil), ("a|b|", nil), ("()", nil), ("(?:)", nil), ("[]a]", nil),
    ("[^]a]", nil), ("[a-]", nil), (#"\_"#, nil), (#"\-"#, nil), (#"\12"#, nil), (#"\0"#, nil), ("^*", nil), ("a*?", nil),
    ("(?P<a>x)(?P<a>y)", nil), ("(?P<1a>x)", nil), ("a)(b", nil), (#"\b\B\A\z"#, nil), ("((a{500}){0}){3}", nil),
    ("(a{10}){100}", nil), (#"[\pL\p{Greek}]"#, nil), ("[a-z&&[^b]]", nil), (#"\Qa\Eb"#, nil),
    // Refused.
    ("a**", "invalid nested repetition operator"), ("a++", "invalid nested repetition operator"),
    ("a*??", "invalid nested repetition operator"), ("a{2}{3}", "invalid nested repetition operator"),
    ("a{2}*", "invalid nested repetition operator"), ("a?+", "invalid nested repetition operator"),
    ("x{1001}", "invalid repeat count"), ("a{2,1}", "invalid repeat count"), ("(a{500}){3}", "invalid repeat count"),
    ("((a{10}){10}){11}", "invalid repeat count"), ("*a", "missing argument to repetition operator"),
    ("a|*", "missing argument to repetition operator"), ("(?i)*", "missing argument to repetition operator"),
    ("(*)", "missing argument to repetition operator"), ("{2}", "missing argument to repetition operator"),
    (#"\1"#, "invalid escape sequence"), (#"(a)\1"#, "invalid escape sequence"), (#"\8"#, "invalid escape sequence"),
    (#"\Z"#, "invalid escape sequence"), (#"\C"#, "invalid escape sequence"), (#"\e"#, "invalid escape sequence"),
    (#"\G"#, "invalid escape sequence"), (#"\h"#, "invalid escape sequence"), (#"\k<n>"#, "invalid escape sequence"),
    (#"\x4"#, "invalid escape sequence"), (#"\x{}"#, "invalid escape sequence"), (#"\x{110000}"#, "invalid escape sequence"),
    (#"[\b]"#, "invalid escape sequence"), (#"[a-\d]"#, "invalid escape sequence"), (#"\é"#, "invalid escape sequence"),
    ("(?=a)", "invalid or unsupported Perl syntax"), ("(?!a)", "invalid or unsupported Perl syntax"),
    ("(?<=a)b", "invalid or unsupported Perl syntax"), ("(?<!a)b", "invalid or unsupported Perl syntax"),
    ("(?>a)", "invalid or unsupported Perl syntax"), ("(?#note)", "invalid or unsupported Perl syntax"),
    ("(?<name>x)", "invalid or unsupported Perl syntax"), ("(?P=a)", "invalid or unsupported Perl syntax"),
    ("(?z)", "invalid or unsupported Perl syntax"), ("(?-)", "invalid or unsupported Perl syntax"),
    ("(?i-)", "invalid or unsupported Perl syntax"), ("(?i--s)", "invalid or unsupported Perl syntax"),
    ("(?P<>x)", "invalid named capture"), ("(?P<a-b>x)", "invalid named capture"), ("(?P<a", "invalid named capture"),
    ("[[:foo:]]", "invalid character class range"), ("[z-a]", "invalid character class range"),
    (#"\p{Foo}"#, "invalid character class range"), (#"\p{Greek"#, "invalid character class range"),
    ("[a", "missing closing ]"), ("[]", "missing closing ]"), ("(a", "missing closing )"), (#"\Qab"#, "missing closing )"),
    ("a\\", "missing closing )"), ("a)", "unexpected )"),
]

@Suite struct RE2SyntaxTests {
    @Test(arguments: re2Cases.map(\.pattern))
    func agreesWithGoOnEachPattern(_ pattern: String) {
        let expected = re2Cases.first { $0.pattern == pattern }!.reason
        #expect(RE2Syntax.checkAnchored(pattern)?.reason == expected, "pattern \(pattern)")
    }

    @Test func namesTheFragmentAtFault() {
        #expect(RE2Syntax.check("a**")?.description == "invalid nested repetition operator: `**`")
        #expect(RE2Syntax.check("x{1001}")?.description == "invalid repeat count: `{1001}`")
        #expect(RE2Syntax.check("(?=a)")?.description == "invalid or unsupported Perl syntax: `(?=`")
        #expect(RE2Syntax.check(#"[a-\d]"#)?.description == #"invalid escape sequence: `\d`"#)
        #expect(RE2Syntax.check("a\\")?.description == "trailing backslash at end of expression: ``")
        #expect(RE2Syntax.check("a)") != nil)
        // Unanchored, `a)(b` is unbalanced; Prometheus's anchoring makes it `^(?:a)(b)$`, which compiles.
        #expect(RE2Syntax.checkAnchored("a)(b") == nil)
    }

    @Test(.enabled(if: TestEnvironment.promtool != nil, "skipped: promtool is not installed (apt-get install -y prometheus)"))
    func promtoolGivesTheSameVerdictAndReason() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, testCase) in re2Cases.enumerated() {
            let config = ScrapeConfigFile(scrapeConfigs: [
                ScrapeConfig.forRegexCheck(Relabeling.keep(["a"], regex: testCase.pattern))
            ])
            let file = try write(try config.yaml(), to: "case-\(index).yml", in: folder)
            let result = try runCommand(TestEnvironment.promtool!, ["check", "config", file.path])
            if let reason = testCase.reason {
                #expect(result.status != 0, "promtool accepted \(testCase.pattern)")
                #expect(result.output.contains("error parsing regexp: \(reason):"), "pattern \(testCase.pattern): \(result.output)")
            } else {
                #expect(result.status == 0, "promtool refused \(testCase.pattern): \(result.output)")
            }
        }
    }
}

extension ScrapeConfig {
    /// A static job whose only purpose is to make promtool compile `relabeling`.
    static func forRegexCheck(_ relabeling: Relabeling) -> ScrapeConfig {
        var config = PodMonitor(name: "x", namespace: "x", selector: LabelSelector(matchLabels: ["a": "b"])) {
            ScrapeEndpoint(port: "x")
        }.scrapeConfigs(discovery: .staticTargets([StaticTargetGroup(targets: ["127.0.0.1:1"])]))[0]
        config.relabelConfigs = [relabeling]
        return config
    }
}
