// Byte classes of RFC 3986, used to check URL parts without decoding them.

extension UInt8 {
    /// Whether the byte is an ASCII letter.
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }

    /// Whether the byte is an ASCII decimal digit.
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    /// The value of an ASCII hexadecimal digit, or nil.
    var hexDigitValue: UInt8? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): self - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): self - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): self - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Whether the byte is an RFC 3986 unreserved character: `A-Z a-z 0-9 - . _ ~`.
    var isUnreserved: Bool {
        isASCIILetter || isASCIIDigit || self == UInt8(ascii: "-") || self == UInt8(ascii: ".")
            || self == UInt8(ascii: "_") || self == UInt8(ascii: "~")
    }

    /// Whether the byte is an RFC 3986 sub-delimiter: `! $ & ' ( ) * + , ; =`.
    var isSubDelimiter: Bool {
        switch self {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "="):
            true
        default:
            false
        }
    }

    /// Whether the byte belongs to a non-ASCII UTF-8 sequence (internationalized names are kept as typed).
    var isNonASCII: Bool { self >= 0x80 }
}

/// Whether every byte is unreserved, a sub-delimiter, non-ASCII, part of a valid `%HH` escape, or one of `extra`.
func consistsOfURLCharacters(_ bytes: ArraySlice<UInt8>, allowing extra: UInt8? = nil) -> Bool {
    var index = bytes.startIndex
    while index < bytes.endIndex {
        let byte = bytes[index]
        if byte == UInt8(ascii: "%") {
            guard index + 2 < bytes.endIndex, bytes[index + 1].hexDigitValue != nil,
                  bytes[index + 2].hexDigitValue != nil else { return false }
            index += 3
            continue
        }
        guard byte.isUnreserved || byte.isSubDelimiter || byte.isNonASCII || byte == extra else { return false }
        index += 1
    }
    return true
}
