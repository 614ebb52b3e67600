/// A growable byte buffer the writer appends to without the checks an `Array` makes on every append.
@usableFromInline
final class ByteBuffer {
    @exclusivity(unchecked) @usableFromInline var start: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) @usableFromInline var count = 0
    @exclusivity(unchecked) @usableFromInline var capacity: Int

    @usableFromInline
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written, copied out.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// The bytes written, as a string.
    var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    @usableFromInline
    func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = newCapacity
    }

    @inlinable
    func append(_ byte: UInt8) {
        if count == capacity { reserve(1) }
        start[count] = byte
        count += 1
    }

    @inlinable
    func append(_ first: UInt8, _ second: UInt8) {
        if count + 2 > capacity { reserve(2) }
        start[count] = first
        start[count + 1] = second
        count += 2
    }

    @inlinable
    func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { reserve(length) }
        (start + count).update(from: bytes, count: length)
        count += length
    }

    @inlinable
    func append(_ literal: StaticString) { append(literal.utf8Start, count: literal.utf8CodeUnitCount) }

    @inlinable
    func appendNewline(indent: Int) {
        if count + indent + 1 > capacity { reserve(indent + 1) }
        start[count] = UInt8(ascii: "\n")
        (start + count + 1).update(repeating: UInt8(ascii: " "), count: indent)
        count += indent + 1
    }

    @usableFromInline
    func appendInteger(_ value: Int64) {
        reserve(20)
        if value < 0 {
            start[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        var position = count + digits
        count = position
        repeat {
            position -= 1
            start[position] = UInt8(truncatingIfNeeded: magnitude % 10) + 48
            magnitude /= 10
        } while magnitude > 0
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// Appends a string in quotes, escaped as `JSON.stringify` escapes it: `"`, `\`, and control
    /// characters; everything else (non-ASCII, `/`, U+2028) as it is.
    @usableFromInline
    func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        reserve(utf8.count + 2)
        start[count] = UInt8(ascii: "\"")
        count += 1
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if runStart < index { append(utf8.baseAddress! + runStart, count: index - runStart) }
            runStart = index + 1
            switch byte {
            case 0x22: append(UInt8(ascii: "\\"), 0x22)
            case 0x5C: append(UInt8(ascii: "\\"), 0x5C)
            case 0x08: append(UInt8(ascii: "\\"), UInt8(ascii: "b"))
            case 0x0C: append(UInt8(ascii: "\\"), UInt8(ascii: "f"))
            case 0x0A: append(UInt8(ascii: "\\"), UInt8(ascii: "n"))
            case 0x0D: append(UInt8(ascii: "\\"), UInt8(ascii: "r"))
            case 0x09: append(UInt8(ascii: "\\"), UInt8(ascii: "t"))
            default:
                let hex = ByteBuffer.hexDigits.utf8Start
                append(UInt8(ascii: "\\"), UInt8(ascii: "u"))
                append(0x30, 0x30)
                append(hex[Int(byte >> 4)], hex[Int(byte & 0xF)])
            }
        }
        if runStart < utf8.count { append(utf8.baseAddress! + runStart, count: utf8.count - runStart) }
        append(UInt8(ascii: "\""))
    }
}
