/// Writes JSON text in Grafana's export format, straight into bytes.
///
/// The format is what `JSON.stringify(value, null, 2)` gives for Grafana's sorted save model:
/// two-space indent, `"key": value`, `{}` and `[]` for empty containers, no trailing newline,
/// non-ASCII text and `/` as they are, numbers as JavaScript prints them. `.compact` drops the
/// whitespace, as `JSON.stringify(value)` does.
///
/// Models write their members in key order with `key(_:)`; members they do not model are merged
/// in at their sorted places by `beginObject(merging:)`, so a model never sorts at write time.
public struct JSONWriter: Sendable {
    /// How much whitespace the writer puts in.
    public enum Style: Sendable {
        /// Grafana's export: two-space indent, one member or element a line.
        case grafana
        /// No whitespace at all.
        case compact
    }

    /// The text written so far, as UTF-8.
    public private(set) var bytes: [UInt8]
    /// The layout of the text.
    public let style: Style

    private struct Frame {
        var count = 0
        var extras: [JSONObject.Member] = []
        var nextExtra = 0
    }
    private var frames: [Frame] = []

    /// A writer with an empty buffer, reserving `capacity` bytes.
    public init(style: Style = .grafana, capacity: Int = 4096) {
        self.style = style
        bytes = []
        bytes.reserveCapacity(capacity)
        frames.reserveCapacity(16)
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Containers

    /// Opens an object; `extras` (members a model does not know) are merged in by key order.
    public mutating func beginObject(merging extras: JSONObject = JSONObject()) {
        bytes.append(UInt8(ascii: "{"))
        var frame = Frame()
        if !extras.isEmpty { frame.extras = extras.sortedMembers }
        frames.append(frame)
    }

    /// Writes the separator and the key of the next member; the caller writes its value next.
    public mutating func key(_ key: StaticString) {
        flushExtras(before: key)
        startElement()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        appendColon()
    }

    /// Writes the separator and a key that may need escaping.
    public mutating func key(_ key: String) {
        flushExtras(before: key)
        writeKey(key)
    }

    /// Closes the object, after any extras not yet written.
    public mutating func endObject() {
        let frame = frames[frames.count - 1]
        if frame.nextExtra < frame.extras.count {
            for member in frame.extras[frame.nextExtra...] { writeExtra(member) }
        }
        close(UInt8(ascii: "}"))
    }

    /// Opens an array.
    public mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        frames.append(Frame())
    }

    /// Writes the separator before the next array element; the caller writes the element next.
    public mutating func element() { startElement() }

    /// Closes the array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    // MARK: Scalars

    /// Writes a string, escaped as `JSON.stringify` escapes it.
    public mutating func value(_ string: String) {
        var string = string
        string.withUTF8 { appendEscaped($0) }
    }

    /// Writes an integer.
    public mutating func value(_ int: Int) { JavaScriptNumber.appendInteger(Int64(int), to: &bytes) }

    /// Writes a double as JavaScript prints it.
    public mutating func value(_ double: Double) { JavaScriptNumber.append(double, to: &bytes) }

    /// Writes `true` or `false`.
    public mutating func value(_ bool: Bool) { bytes.append(contentsOf: bool ? JSONWriter.trueBytes : JSONWriter.falseBytes) }

    /// Writes a number's text as it is.
    public mutating func value(_ number: JSONNumber) { bytes.append(contentsOf: number.text.utf8) }

    /// Writes `null`.
    public mutating func null() { bytes.append(contentsOf: JSONWriter.nullBytes) }

    /// Writes any JSON value; object members in Grafana's key order (`JSONKeyOrder`).
    public mutating func value(_ json: JSON) {
        switch json {
        case .null: null()
        case .bool(let bool): value(bool)
        case .number(let number): value(number)
        case .string(let string): value(string)
        case .array(let elements):
            beginArray()
            for element in elements {
                startElement()
                value(element)
            }
            endArray()
        case .object(let object):
            beginObject()
            for member in object.sortedMembers {
                writeKey(member.key)
                value(member.value)
            }
            endObject()
        }
    }

    /// Writes an object's members in the order they are in, not sorted.
    public mutating func valueKeepingOrder(_ object: JSONObject) {
        beginObject()
        for member in object.members {
            writeKey(member.key)
            value(member.value)
        }
        endObject()
    }

    // MARK: Internals

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)

    private mutating func flushExtras(before key: StaticString) {
        let last = frames.count - 1
        guard frames[last].nextExtra < frames[last].extras.count else { return }
        flushExtras(before: key.description)
    }

    private mutating func flushExtras(before key: String) {
        let last = frames.count - 1
        while frames[last].nextExtra < frames[last].extras.count {
            let member = frames[last].extras[frames[last].nextExtra]
            guard JSONKeyOrder.precedes(member.key, key) else { break }
            frames[last].nextExtra += 1
            writeExtra(member)
        }
    }

    private mutating func writeExtra(_ member: JSONObject.Member) {
        writeKey(member.key)
        value(member.value)
    }

    private mutating func writeKey(_ key: String) {
        startElement()
        value(key)
        appendColon()
    }

    private mutating func appendColon() {
        bytes.append(UInt8(ascii: ":"))
        if style == .grafana { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func startElement() {
        let last = frames.count - 1
        if frames[last].count > 0 { bytes.append(UInt8(ascii: ",")) }
        frames[last].count += 1
        newline(depth: frames.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let frame = frames.removeLast()
        if frame.count > 0 { newline(depth: frames.count) }
        bytes.append(bracket)
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 128)

    private mutating func newline(depth: Int) {
        guard style == .grafana else { return }
        bytes.append(UInt8(ascii: "\n"))
        var remaining = depth * 2
        while remaining > 0 {
            let run = min(remaining, JSONWriter.spaces.count)
            bytes.append(contentsOf: JSONWriter.spaces[0..<run])
            remaining -= run
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            runStart = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case 0x22: bytes.append(0x22)
            case 0x5C: bytes.append(0x5C)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30])
                bytes.append(JSONWriter.hexDigits[Int(byte >> 4)])
                bytes.append(JSONWriter.hexDigits[Int(byte & 0xF)])
            }
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        bytes.append(UInt8(ascii: "\""))
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
