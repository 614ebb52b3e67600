import Foundation
import Testing
import GraftJSON
@testable import GraftModel
import GraftTestSupport

@Suite("The model reads and writes Grafana's own exports unchanged")
struct ReferenceRoundTripTests {
    @Test("the Higress AI export, read and written again, is byte-identical",
          .enabled(if: TestEnvironment.reference("Higress-AI-CN.json") != nil,
                   "skipped: ../shared/reference/Higress-AI-CN.json is not next to this repository"))
    func referenceRoundTrip() throws {
        let bytes = try Data(contentsOf: TestEnvironment.reference("Higress-AI-CN.json")!)
        let model = try DashboardModel(json: JSONParser.parse(bytes))
        #expect(model.panels?.count == 33)
        #expect(model.unmodeled.isEmpty)
        let written = model.jsonText()
        #expect(written == String(decoding: bytes, as: UTF8.self))
    }
}
