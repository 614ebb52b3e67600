/// The order of object keys in a Grafana export.
///
/// Grafana sorts keys and then hands the object to JavaScript, whose objects put keys that are
/// array indices ("0", "17") first, in numeric order, and the rest in insertion order. So: index
/// keys first by number, then every other key by UTF-16 code units, as JavaScript's sort compares.
public enum JSONKeyOrder {
    /// Whether `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        if let result = a.utf8.withContiguousStorageIfAvailable({ pa in
            b.utf8.withContiguousStorageIfAvailable { pb in precedes(pa, pb) }
        }), let result { return result }
        return Array(a.utf8).withUnsafeBufferPointer { pa in Array(b.utf8).withUnsafeBufferPointer { pb in precedes(pa, pb) } }
    }

    private static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Only keys starting with a digit can be array indices.
        let aDigit = !a.isEmpty && a[0] &- 48 < 10, bDigit = !b.isEmpty && b[0] &- 48 < 10
        if aDigit || bDigit {
            switch (aDigit ? arrayIndex(a) : nil, bDigit ? arrayIndex(b) : nil) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): break
            }
        }
        let common = min(a.count, b.count)
        var index = 0
        while index < common {
            let x = a[index], y = b[index]
            if x != y {
                // UTF-8 byte order is code point order; UTF-16 differs only when one side is above
                // U+FFFF (a 4-byte sequence, lead byte 0xF0...) and the other in U+E000...U+FFFF (lead 0xEE/0xEF).
                if x >= 0xEE && y >= 0xEE && (x >= 0xF0) != (y >= 0xF0) { return x >= 0xF0 }
                return x < y
            }
            index += 1
        }
        return a.count < b.count
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
    static func arrayIndex(_ key: String) -> UInt32? { Array(key.utf8).withUnsafeBufferPointer { arrayIndex($0) } }

    private static func arrayIndex(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard !key.isEmpty, key.count <= 10, !(key.count > 1 && key[0] == 48) else { return nil }
        var value: UInt64 = 0
        for byte in key {
            guard byte &- 48 < 10 else { return nil }
            value = value * 10 + UInt64(byte - 48)
        }
        return value < 4_294_967_295 ? UInt32(value) : nil
    }
}
