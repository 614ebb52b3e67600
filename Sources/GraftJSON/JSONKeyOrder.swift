/// The order of object keys in a Grafana export.
///
/// Grafana sorts keys and then hands the object to JavaScript, whose objects put keys that are
/// array indices ("0", "17") first, in numeric order, and the rest in insertion order. So: index
/// keys first by number, then every other key by UTF-16 code units, as JavaScript's sort compares.
public enum JSONKeyOrder {
    /// Whether `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let ia = arrayIndex(a), ib = arrayIndex(b)
        switch (ia, ib) {
        case let (x?, y?): return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return utf16Precedes(a, b)
        }
    }

    /// Whether the members are already in this order.
    static func isSorted(_ members: [JSONObject.Member]) -> Bool {
        var index = members.startIndex
        while index + 1 < members.endIndex {
            if !precedes(members[index].key, members[index + 1].key) { return false }
            index += 1
        }
        return true
    }

    /// The value of a canonical array index key (no sign, no leading zero, below 2^32 - 1).
    static func arrayIndex(_ key: String) -> UInt32? {
        var value: UInt64 = 0
        var count = 0
        for byte in key.utf8 {
            guard byte >= 48, byte <= 57 else { return nil }
            if count == 1, value == 0 { return nil }  // leading zero
            value = value * 10 + UInt64(byte - 48)
            count += 1
            if value >= 4_294_967_295 { return nil }
        }
        return count == 0 ? nil : UInt32(value)
    }

    private static func utf16Precedes(_ a: String, _ b: String) -> Bool {
        // UTF-8 byte order equals code point order; it differs from UTF-16 order only when one
        // side is above U+FFFF and the other in U+E000...U+FFFF, so compare bytes while ASCII.
        var ia = a.utf8.makeIterator(), ib = b.utf8.makeIterator()
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?):
                if x == y { continue }
                if x < 0x80 || y < 0x80 { return x < y }
                return a.utf16.lexicographicallyPrecedes(b.utf16)
            }
        }
    }
}
