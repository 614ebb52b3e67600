@testable import GraftDSL
import Testing

@Suite("File names from titles")
struct SlugTests {
    @Test("titles become slugs", arguments: [
        ("Higress AI", "higress-ai"), ("  Edge -- 5xx / p99 ", "edge-5xx-p99"), ("Kubernetes namespace", "kubernetes-namespace"),
        ("数字底座 AI", "数字底座-ai"), ("Ünïcode Titles", "ünïcode-titles"), ("", ""), ("---", ""),
    ])
    func slugs(_ title: String, _ slug: String) {
        #expect(Dashboard.slug(title) == slug)
    }

    @Test("an ASCII title gets the slug the general path gives it")
    func asciiAgreesWithTheGeneralPath() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0...24, using: &generator)
            let title = String(decoding: (0..<length).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) }, as: UTF8.self)
            #expect(Dashboard.slug(title) == Dashboard.slugOfAnyTitle(title), "\(title)")
        }
    }
}
