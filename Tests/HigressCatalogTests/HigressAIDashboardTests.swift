import Foundation
import Testing
import Graft
import GraftTestSupport
@testable import HigressCatalog

@Suite("The Higress AI export written in the DSL")
struct HigressAIDashboardTests {
    @Test("renders byte-identical to the reference export",
          .enabled(if: TestEnvironment.reference("Higress-AI-CN.json") != nil,
                   "skipped: ../shared/reference/Higress-AI-CN.json is not next to this repository"))
    func byteIdentical() throws {
        let reference = try String(contentsOf: TestEnvironment.reference("Higress-AI-CN.json")!, encoding: .utf8)
        let rendered = try higressAIExport.render().jsonText()
        if rendered != reference {
            let a = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            let b = reference.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("first difference at line \((line?.offset ?? min(a.count, b.count)) + 1): rendered \(line.map { String($0.element.0) } ?? "<end>") / reference \(line.map { String($0.element.1) } ?? "<end>")")
        }
        #expect(rendered == reference)
    }
}
