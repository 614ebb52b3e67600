/// A JSON number, kept as the text it is written as.
///
/// A number read from a file keeps its literal text, so writing it back changes nothing; a number
/// built in Swift gets the text JavaScript's `JSON.stringify` would give it.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number's text, exactly as it is written.
    public let text: String

    /// The number as JavaScript writes this double (`0.00001`, `1e-7`, `1e+21`, `0` for -0).
    public init(_ value: Double) { text = JavaScriptNumber.format(value) }

    /// The number as an integer literal.
    public init(_ value: Int) { text = String(value) }

    /// A number with this exact literal text; `nil` unless it is a valid JSON number.
    public init?(literal: String) {
        guard JSONNumber.isValidLiteral(literal.utf8) else { return nil }
        text = literal
    }

    /// A literal already checked by the parser.
    init(checkedLiteral: String) { text = checkedLiteral }

    /// The value as a double.
    public var doubleValue: Double { Double(text) ?? .nan }

    /// The value as an integer, when it is one exactly.
    public var intValue: Int? {
        if let int = Int(text) { return int }
        let double = doubleValue
        guard double.rounded() == double, abs(double) < 9_007_199_254_740_992 else { return nil }
        return Int(double)
    }

    public var description: String { text }

    /// Numbers are equal when their values are (`1`, `1.0` and `1e0` are one number).
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.text == rhs.text || lhs.doubleValue == rhs.doubleValue
    }

    public func hash(into hasher: inout Hasher) {
        let value = doubleValue
        hasher.combine(value == 0 ? 0 : value)  // -0 and 0 are one number
    }

    static func isValidLiteral<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var index = bytes.startIndex
        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        func digits() -> Int {
            var count = 0
            while let byte = peek(), byte >= 48, byte <= 57 {
                count += 1
                index = bytes.index(after: index)
            }
            return count
        }
        if peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
        guard let first = peek() else { return false }
        if first == UInt8(ascii: "0") {
            index = bytes.index(after: index)
        } else if digits() == 0 {
            return false
        }
        if peek() == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            if digits() == 0 { return false }
        }
        if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            index = bytes.index(after: index)
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                index = bytes.index(after: index)
            }
            if digits() == 0 { return false }
        }
        return index == bytes.endIndex
    }
}

extension JSONNumber: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
    public init(floatLiteral value: Double) { self.init(value) }
}
