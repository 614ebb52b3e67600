// Percent-decoding of query names and values, and percent-encoding of composed URL parts.

/// The text of the bytes with every valid `%HH` escape decoded; `+` and malformed escapes stay as written.
func percentDecodedText(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.contains(UInt8(ascii: "%")) else { return String(decoding: bytes, as: UTF8.self) }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
        let byte = bytes[index]
        if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
           let high = bytes[index + 1].hexDigitValue, let low = bytes[index + 2].hexDigitValue {
            decoded.append(high << 4 | low)
            index += 3
        } else {
            decoded.append(byte)
            index += 1
        }
    }
    return String(decoding: decoded, as: UTF8.self)
}

/// Whether the bytes, percent-decoded, equal `expected` (decodes lazily, without allocating).
func percentDecodedBytes(_ bytes: ArraySlice<UInt8>, equal expected: [UInt8]) -> Bool {
    var index = bytes.startIndex
    var matched = 0
    while index < bytes.endIndex {
        guard matched < expected.count else { return false }
        var byte = bytes[index]
        if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
           let high = bytes[index + 1].hexDigitValue, let low = bytes[index + 2].hexDigitValue {
            byte = high << 4 | low
            index += 3
        } else {
            index += 1
        }
        guard byte == expected[matched] else { return false }
        matched += 1
    }
    return matched == expected.count
}

/// The text's UTF-8 bytes with everything but RFC 3986 unreserved characters percent-encoded (space is `%20`).
func percentEncoded(_ text: String) -> String {
    let hexDigits = Array("0123456789ABCDEF".utf8)
    var encoded: [UInt8] = []
    encoded.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
        if byte.isUnreserved {
            encoded.append(byte)
        } else {
            encoded.append(UInt8(ascii: "%"))
            encoded.append(hexDigits[Int(byte >> 4)])
            encoded.append(hexDigits[Int(byte & 0x0F)])
        }
    }
    return String(decoding: encoded, as: UTF8.self)
}
