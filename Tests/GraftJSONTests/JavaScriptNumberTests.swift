import Testing
@testable import GraftJSON
import GraftTestSupport

@Suite("Numbers written as JavaScript writes them")
struct JavaScriptNumberTests {
    @Test("doubles built in Swift", arguments: [
        (0.00001, "0.00001"),
        (0.000001, "0.000001"),
        (1e-7, "1e-7"),
        (1e-9, "1e-9"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (-0.0, "0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (.leastNonzeroMagnitude, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (9_007_199_254_740_992, "9007199254740992"),
        (Double(Int64(9_007_199_254_740_993)), "9007199254740992"),  // rounds to 2^53
        (-9_007_199_254_740_991, "-9007199254740991"),
        (123456789012345680000.0, "123456789012345680000"),
        (1.5, "1.5"),
        (-2.25e-8, "-2.25e-8"),
        (0.6, "0.6"),
        (0.97, "0.97"),
        (100, "100"),
        (1e16, "10000000000000000"),
        (1.2345e-6, "0.0000012345"),
        (1.2345e-7, "1.2345e-7"),
    ] as [(Double, String)])
    func double(_ value: Double, _ expected: String) {
        #expect(JavaScriptNumber.format(value) == expected)
        #expect(JSON.double(value).formatted() == expected)
    }

    @Test("integers up to 2^53 are written whole")
    func integers() {
        var value: Double = 1
        for _ in 0...53 {
            #expect(JavaScriptNumber.format(value) == String(Int64(value)))
            #expect(JavaScriptNumber.format(-value) == String(-Int64(value)))
            value *= 2
        }
        #expect(JavaScriptNumber.format(Double(Int64(1) << 53)) == "9007199254740992")
    }

    @Test("NaN and infinities become null, as JSON.stringify writes them")
    func nonFinite() {
        #expect(JavaScriptNumber.format(.nan) == "null")
        #expect(JavaScriptNumber.format(.infinity) == "null")
        #expect(JavaScriptNumber.format(-.infinity) == "null")
    }

    @Test("every written double reads back as the same double")
    func roundTrip() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let text = JavaScriptNumber.format(value)
            #expect(Double(text) == value, "\(value) was written as \(text)")
            #expect(JSONNumber(literal: text) != nil, "\(text) is not a JSON number")
        }
    }
}
