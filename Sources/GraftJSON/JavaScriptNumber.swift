/// Doubles written as JavaScript's `Number.prototype.toString` (and so `JSON.stringify`) writes them.
public enum JavaScriptNumber {
    /// The JavaScript text of `value`: `0.00001`, `1e-7`, `1e+21`, `0` for -0, `null` for NaN and infinities.
    public static func format(_ value: Double) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JavaScript text of `value` to `bytes`.
    public static func append(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else {
            bytes.append(contentsOf: "null".utf8)  // what JSON.stringify writes for them
            return
        }
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if value.rounded(.towardZero) == value, abs(value) < 9_007_199_254_740_992 {
            appendInteger(Int64(value), to: &bytes)
            return
        }
        // Swift's description gives the shortest digits that round-trip, as ECMAScript asks;
        // only the layout around them differs, so take the digits and lay them out again.
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        var exponent = 0  // value = 0.d1d2...dk * 10^exponent
        var pointSeen = false, inExponent = false, exponentNegative = false, written = 0
        for byte in value.magnitude.description.utf8 {
            switch byte {
            case UInt8(ascii: "."): pointSeen = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-") where inExponent: exponentNegative = true
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = byte - 48
                if inExponent {
                    written = written * 10 + Int(digit)
                } else if digits.isEmpty && digit == 0 {
                    if pointSeen { exponent -= 1 }
                } else {
                    digits.append(byte)
                    if !pointSeen { exponent += 1 }
                }
            default: break
            }
        }
        exponent += exponentNegative ? -written : written
        while digits.count > 1, digits.last == UInt8(ascii: "0") { digits.removeLast() }

        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let k = digits.count, n = exponent
        if k <= n && n <= 21 {
            bytes.append(contentsOf: digits)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: n - k))
        } else if 0 < n && n <= 21 {
            bytes.append(contentsOf: digits[0..<n])
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: digits[n...])
        } else if -6 < n && n <= 0 {
            bytes.append(contentsOf: "0.".utf8)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -n))
            bytes.append(contentsOf: digits)
        } else {
            bytes.append(digits[0])
            if k > 1 {
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: digits[1...])
            }
            bytes.append(UInt8(ascii: "e"))
            bytes.append(n - 1 < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            appendInteger(Int64(abs(n - 1)), to: &bytes)
        }
    }

    /// Appends the decimal digits of an integer.
    public static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            bytes.append(UInt8(truncatingIfNeeded: magnitude) + 48)
            return
        }
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
        withUnsafeMutableBytes(of: &buffer) { raw in
            var position = raw.count
            while magnitude > 0 {
                position -= 1
                raw[position] = UInt8(truncatingIfNeeded: magnitude % 10) + 48
                magnitude /= 10
            }
            bytes.append(contentsOf: raw[position...])
        }
    }
}
