// Host checks: registered names, dotted IPv4 addresses and bracketed IPv6 addresses.

/// Whether the bytes are a valid host: a registered name, a dotted-quad IPv4 address, or `[IPv6]`.
func isValidHost(_ host: ArraySlice<UInt8>) -> Bool {
    if host.first == UInt8(ascii: "[") {
        return host.count >= 2 && host.last == UInt8(ascii: "]")
            && isValidIPv6Address(host.dropFirst().dropLast())
    }
    if host.allSatisfy({ $0.isASCIIDigit || $0 == UInt8(ascii: ".") }) {
        return isValidIPv4Address(host)
    }
    // A registered name; internationalized names are accepted as typed (non-ASCII bytes).
    return consistsOfURLCharacters(host)
}

/// Whether the bytes are four dot-separated decimal octets 0–255 without leading zeros (RFC 3986 `IPv4address`).
func isValidIPv4Address(_ bytes: ArraySlice<UInt8>) -> Bool {
    var octets = 0
    var index = bytes.startIndex
    while true {
        var value = 0
        var digits = 0
        while index < bytes.endIndex, bytes[index].isASCIIDigit {
            if digits == 1 && value == 0 { return false }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            digits += 1
            guard digits <= 3, value <= 255 else { return false }
            index += 1
        }
        guard digits > 0 else { return false }
        octets += 1
        if index == bytes.endIndex { return octets == 4 }
        guard octets < 4, bytes[index] == UInt8(ascii: ".") else { return false }
        index += 1
    }
}

/// Whether the bytes are an RFC 4291 text IPv6 address (hex groups, at most one `::`, optional dotted IPv4 tail).
func isValidIPv6Address(_ bytes: ArraySlice<UInt8>) -> Bool {
    var groups = 0
    var compressed = false
    var index = bytes.startIndex
    let end = bytes.endIndex
    if bytes.starts(with: [UInt8(ascii: ":"), UInt8(ascii: ":")]) {
        compressed = true
        index += 2
    }
    while index < end {
        var groupEnd = index
        while groupEnd < end, groupEnd - index < 5, bytes[groupEnd].hexDigitValue != nil { groupEnd += 1 }
        if groupEnd < end, bytes[groupEnd] == UInt8(ascii: ".") {
            guard groups <= 6, isValidIPv4Address(bytes[index..<end]) else { return false }
            groups += 2
            break
        }
        guard (1...4).contains(groupEnd - index) else { return false }
        groups += 1
        index = groupEnd
        if index == end { break }
        guard bytes[index] == UInt8(ascii: ":") else { return false }
        index += 1
        if index < end, bytes[index] == UInt8(ascii: ":") {
            guard !compressed else { return false }
            compressed = true
            index += 1
        } else if index == end {
            return false
        }
    }
    return compressed ? groups <= 7 : groups == 8
}
