/// Writes JSON text in Grafana's export format, straight into bytes.
///
/// The format is what `JSON.stringify(value, null, 2)` gives for Grafana's sorted save model:
/// two-space indent, `"key": value`, `{}` and `[]` for empty containers, no trailing newline,
/// non-ASCII text and `/` as they are, numbers as JavaScript prints them. `.compact` drops the
/// whitespace, as `JSON.stringify(value)` does.
///
/// Models write their members in key order with `key(_:)`; members they do not model are merged
/// in at their sorted places by `beginObject(merging:)`, so a model never sorts at write time.
/// Rendering is the hot path: the writer appends into a buffer it owns, keeps the state of the
/// open container in plain fields, and is inlined into the models that call it.
public struct JSONWriter {
    /// How much whitespace the writer puts in.
    public enum Style: Sendable {
        /// Grafana's export: two-space indent, one member or element a line.
        case grafana
        /// No whitespace at all.
        case compact
    }

    /// The layout of the text.
    public let style: Style
    @usableFromInline let buffer: ByteBuffer
    /// Members written so far in the open container.
    @usableFromInline var count = 0
    /// Nesting depth of the open container.
    @usableFromInline var depth = 0
    /// The open container's pending extras (index into `extras`), or -1 when it has none.
    @usableFromInline var extrasIndex = -1
    /// Spaces per nesting level: 2 for Grafana's format, 0 for compact.
    @usableFromInline let indentUnit: Int
    /// Sorted extras of the open objects that have some, and the next one to write.
    @usableFromInline var extras: [(members: [JSONObject.Member], next: Int)] = []
    /// Values for `${NAME}` placeholders in string values (not keys), as Grafana's dashboard import
    /// fills in its inputs; `nil` writes strings as they are.
    public var placeholderValues: [String: String]?

    /// A writer with an empty buffer, reserving `capacity` bytes.
    public init(style: Style = .grafana, capacity: Int = 4096) {
        self.style = style
        indentUnit = style == .grafana ? 2 : 0
        buffer = ByteBuffer(capacity: capacity)
    }

    /// The text written so far, as UTF-8.
    public var bytes: [UInt8] { buffer.array }

    /// The text written so far.
    public var text: String { buffer.string }

    /// Calls `body` with the text written so far, in place: no copy of a document that may be
    /// hundreds of kilobytes.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: buffer.start, count: buffer.count))
    }

    /// Empties the writer for the next document, keeping the memory it has grown to.
    public mutating func removeAll() {
        precondition(depth == 0, "removeAll() inside an open container")
        buffer.count = 0
        count = 0
        extras.removeAll(keepingCapacity: true)
    }

    // MARK: Containers

    /// Opens an object; `extras` (members a model does not know) are merged in by key order.
    @inlinable
    public mutating func beginObject(merging extras: JSONObject = JSONObject()) {
        buffer.append(UInt8(ascii: "{"))
        open()
        if !extras.isEmpty { pushExtras(extras) }
    }

    /// Writes the separator and the key of the next member; the caller writes its value next.
    /// Keys are the most frequent token: inlined, the separator and the key each in one reservation.
    @inlinable @inline(__always)
    public mutating func key(_ key: StaticString) {
        if extrasIndex >= 0 { flushExtras(before: key) }
        startElement()
        buffer.appendPlainKey(key.utf8Start, count: key.utf8CodeUnitCount, spaced: indentUnit > 0)
    }

    /// Writes the separator and a key that may need escaping.
    @inlinable
    public mutating func key(_ key: String) {
        if extrasIndex >= 0 { flushExtras(before: key) }
        writeKey(key)
    }

    /// Closes the object, after any extras not yet written.
    @inlinable
    public mutating func endObject() {
        if extrasIndex >= 0 { writeRemainingExtras() }
        close(UInt8(ascii: "}"))
    }

    /// Opens an array.
    @inlinable
    public mutating func beginArray() {
        buffer.append(UInt8(ascii: "["))
        open()
    }

    /// Writes the separator before the next array element; the caller writes the element next.
    @inlinable
    public mutating func element() { startElement() }

    /// Closes the array.
    @inlinable
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    // MARK: Scalars

    /// Writes a string, escaped as `JSON.stringify` escapes it.
    @inlinable
    public mutating func value(_ string: String) {
        if placeholderValues != nil {
            appendEscaped(substitutingPlaceholders(in: string))
        } else {
            appendEscaped(string)
        }
    }

    @usableFromInline @inline(__always)
    func appendEscaped(_ string: String) { JSONWriter.withUTF8(of: string) { buffer.appendEscaped($0) } }

    /// Calls `body` with the string's own bytes (a small string's copied out of it); a string without
    /// contiguous UTF-8 (bridged) through `withCString`, the length from the string so a NUL is kept.
    @inline(__always)
    static func withUTF8(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if string.utf8.withContiguousStorageIfAvailable(body) != nil { return }
        let length = string.utf8.count
        string.withCString { text in
            text.withMemoryRebound(to: UInt8.self, capacity: length) { body(UnsafeBufferPointer(start: $0, count: length)) }
        }
    }

    /// `string` with each `${NAME}` that has a value replaced by it; other `${...}` stay, and so does
    /// everything from a `${` that is never closed. (A byte scan: nearly every string has no `${`.)
    @usableFromInline
    func substitutingPlaceholders(in string: String) -> String {
        guard let values = placeholderValues else { return string }
        var text = string
        return text.withUTF8 { utf8 in
            var result: [UInt8] = []
            var copied = 0, index = 0
            while index &+ 1 < utf8.count {
                guard utf8[index] == UInt8(ascii: "$"), utf8[index &+ 1] == UInt8(ascii: "{") else {
                    index &+= 1
                    continue
                }
                guard let close = utf8[(index &+ 2)...].firstIndex(of: UInt8(ascii: "}")) else { break }
                if let value = values[String(decoding: utf8[(index &+ 2)..<close], as: UTF8.self)] {
                    result.append(contentsOf: utf8[copied..<index])
                    result.append(contentsOf: value.utf8)
                    copied = close &+ 1
                }
                index = close &+ 1
            }
            guard copied > 0 else { return string }
            result.append(contentsOf: utf8[copied...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Writes an integer.
    @inlinable
    public mutating func value(_ int: Int) { buffer.appendInteger(Int64(int)) }

    /// Writes a double as JavaScript prints it.
    public mutating func value(_ double: Double) {
        if double.rounded(.towardZero) == double, abs(double) < 9_007_199_254_740_992 {
            buffer.appendInteger(Int64(double))
        } else {
            var bytes: [UInt8] = []
            JavaScriptNumber.append(double, to: &bytes)
            bytes.withUnsafeBufferPointer { buffer.append($0.baseAddress!, count: $0.count) }
        }
    }

    /// Writes `true` or `false`.
    @inlinable
    public mutating func value(_ bool: Bool) {
        if bool { buffer.append("true") } else { buffer.append("false") }
    }

    /// Writes a number's text as it is.
    @inlinable
    public mutating func value(_ number: JSONNumber) {
        let length = number.text.utf8.count  // see `appendEscaped(_:)`
        number.text.withCString { text in text.withMemoryRebound(to: UInt8.self, capacity: length) { buffer.append($0, count: length) } }
    }

    /// Writes `null`.
    @inlinable
    public mutating func null() { buffer.append("null") }

    /// Writes any JSON value; object members in Grafana's key order (`JSONKeyOrder`).
    public mutating func value(_ json: JSON) {
        switch json {
        case .null: null()
        case .bool(let bool): value(bool)
        case .number(let number): value(number)
        case .string(let string): value(string)
        case .array(let elements):
            beginArray()
            // Read in place: an element copied out of the array costs a reference count for
            // every string and container inside it.
            elements.withUnsafeBufferPointer { elements in
                for index in elements.indices {
                    startElement()
                    value(elements[index])
                }
            }
            endArray()
        case .object(let object):
            writeInKeyOrder(object)
        }
    }

    /// Objects up to this size that are not known to be sorted are written through an insertion
    /// sort of their indices (no array of members allocated); larger ones through `sortedMembers`.
    private static let insertionSortLimit = 24

    /// Writes an object, its members in Grafana's key order (as `value(.object(object))` does).
    mutating func writeInKeyOrder(_ object: JSONObject) {
        let members = object.members
        guard !object.isSorted, members.count > 1 else { return writeMembers(members) }
        guard members.count <= JSONWriter.insertionSortLimit else { return writeMembers(object.sortedMembers) }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: members.count) { order in
            for index in members.indices {
                var place = index
                while place > 0, JSONKeyOrder.precedes(members[index].key, members[order[place &- 1]].key) {
                    order[place] = order[place &- 1]
                    place &-= 1
                }
                order[place] = index
            }
            beginObject()
            for index in order {
                writeKey(members[index].key)
                value(members[index].value)
            }
            endObject()
        }
    }

    /// Writes an object's members in the order they are in, not sorted.
    public mutating func valueKeepingOrder(_ object: JSONObject) { writeMembers(object.members) }

    private mutating func writeMembers(_ members: [JSONObject.Member]) {
        beginObject()
        members.withUnsafeBufferPointer { members in  // read in place, as array elements are
            for index in members.indices {
                writeKey(members[index].key)
                value(members[index].value)
            }
        }
        endObject()
    }

    // MARK: Internals

    @inlinable @inline(__always)
    mutating func open() {
        buffer.push(count, extrasIndex)
        count = 0
        extrasIndex = -1
        depth &+= 1
    }

    @inlinable @inline(__always)
    mutating func close(_ bracket: UInt8) {
        let written = count
        (count, extrasIndex) = buffer.pop()
        depth &-= 1
        if written > 0 { newline() }
        buffer.append(bracket)
    }

    /// Makes `extras` the open object's pending extras (out of line: most objects have none).
    @usableFromInline
    mutating func pushExtras(_ extras: JSONObject) {
        self.extras.append((extras.sortedMembers, 0))
        extrasIndex = self.extras.count - 1
    }

    /// Writes the open object's extras not written yet, before it closes.
    @usableFromInline
    mutating func writeRemainingExtras() {
        let pending = extras.removeLast()
        extrasIndex = -1  // the members left are written as plain members
        for member in pending.members[pending.next...] { writeMember(member) }
    }

    @usableFromInline
    mutating func flushExtras(before key: StaticString) { flushExtras(before: key.description) }

    @usableFromInline
    mutating func flushExtras(before key: String) {
        while extrasIndex >= 0 {
            let next = extras[extrasIndex].next
            guard next < extras[extrasIndex].members.count else { return }
            let member = extras[extrasIndex].members[next]
            guard JSONKeyOrder.precedes(member.key, key) else { return }
            extras[extrasIndex].next = next + 1
            writeMember(member)
        }
    }

    @usableFromInline
    mutating func writeMember(_ member: JSONObject.Member) {
        writeKey(member.key)
        value(member.value)
    }

    @usableFromInline @inline(__always)
    mutating func writeKey(_ key: String) {
        startElement()
        let buffer = buffer, spaced = indentUnit > 0
        JSONWriter.withUTF8(of: key) { buffer.appendKey($0, spaced: spaced) }
    }

    @inlinable @inline(__always)
    mutating func startElement() {
        buffer.appendSeparator(comma: count > 0, indent: indentUnit > 0 ? depth &* indentUnit : -1)
        count &+= 1
    }

    @inlinable @inline(__always)
    mutating func newline() {
        if indentUnit > 0 { buffer.appendNewline(indent: depth &* indentUnit) }
    }
}

extension JSON {
    /// This value as text in Grafana's export format.
    public func formatted(_ style: JSONWriter.Style = .grafana) -> String {
        var writer = JSONWriter(style: style)
        writer.value(self)
        return writer.text
    }
}
