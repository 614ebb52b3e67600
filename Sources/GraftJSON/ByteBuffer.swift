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

    deinit {
        start.deallocate()
        lineStart.deallocate()
    }

    /// The bytes written, copied out.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// The bytes written, as a string.
    var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    @inlinable @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @usableFromInline
    func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = newCapacity
    }

    @inlinable @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { reserve(1) }
        start[count] = byte
        count += 1
    }

    @inlinable @inline(__always)
    func append(_ first: UInt8, _ second: UInt8) {
        if count + 2 > capacity { reserve(2) }
        start[count] = first
        start[count + 1] = second
        count += 2
    }

    @inlinable @inline(__always)
    func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { reserve(length) }
        ByteBuffer.copy(bytes, to: start + count, count: length)
        count += length
    }

    /// Copies bytes. Runs up to 32 bytes (keys, indentation, most values) are moved as a few
    /// overlapping loads and stores, which beats a call to `memcpy` at these sizes.
    @inlinable @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(destination)
        @inline(__always) func move<Word: FixedWidthInteger>(_: Word.Type, _ offset: Int) {
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: Word.self), toByteOffset: offset, as: Word.self)
        }
        switch count {
        case 0: break
        case 1: destination[0] = source[0]
        case 2...3:
            move(UInt16.self, 0)
            move(UInt16.self, count - 2)
        case 4...7:
            move(UInt32.self, 0)
            move(UInt32.self, count - 4)
        case 8...16:
            move(UInt64.self, 0)
            move(UInt64.self, count - 8)
        case 17...32:
            move(UInt64.self, 0)
            move(UInt64.self, 8)
            move(UInt64.self, count - 16)
            move(UInt64.self, count - 8)
        default:
            destination.update(from: source, count: count)
        }
    }

    @inlinable
    func append(_ literal: StaticString) { append(literal.utf8Start, count: literal.utf8CodeUnitCount) }

    /// A newline followed by `indent` spaces, copied from a ready-made line start.
    @inlinable @inline(__always)
    func appendNewline(indent: Int) {
        if indent < ByteBuffer.lineStartLength {
            append(lineStart, count: indent + 1)
        } else {
            append(UInt8(ascii: "\n"))
            for _ in 0..<indent { append(UInt8(ascii: " ")) }
        }
    }

    /// `\n` and 127 spaces: the start of any line up to 63 levels deep (one per buffer, so that
    /// reading it takes no lazy-global check).
    @usableFromInline let lineStart: UnsafeMutablePointer<UInt8> = {
        let line = UnsafeMutablePointer<UInt8>.allocate(capacity: ByteBuffer.lineStartLength)
        line.initialize(repeating: UInt8(ascii: " "), count: ByteBuffer.lineStartLength)
        line[0] = UInt8(ascii: "\n")
        return line
    }()
    @usableFromInline static let lineStartLength = 128

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
        let length = utf8.count
        guard let bytes = utf8.baseAddress, length > 0 else {
            append(UInt8(ascii: "\""), UInt8(ascii: "\""))
            return
        }
        // Most strings need no escape: find the first byte that does, eight bytes at a time
        // (the last, partial word checked as an overlapping word), short strings byte by byte.
        var clean = 0
        if length >= 8 {
            while clean + 8 <= length, !ByteBuffer.needsEscape(UnsafeRawPointer(bytes + clean).loadUnaligned(as: UInt64.self)) {
                clean += 8
            }
            if clean < length, clean + 8 > length,
               !ByteBuffer.needsEscape(UnsafeRawPointer(bytes + length - 8).loadUnaligned(as: UInt64.self)) {
                clean = length
            }
        }
        while clean < length, !ByteBuffer.needsEscape(bytes[clean]) { clean += 1 }
        reserve(length + 2)
        start[count] = UInt8(ascii: "\"")
        ByteBuffer.copy(bytes, to: start + count + 1, count: clean)
        count += clean + 1
        if clean < length { appendEscapedTail(bytes + clean, count: length - clean) }
        append(UInt8(ascii: "\""))
    }

    /// The rest of a string from its first byte that needs an escape.
    private func appendEscapedTail(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        var runStart = 0
        for index in 0..<length {
            let byte = bytes[index]
            guard ByteBuffer.needsEscape(byte) else { continue }
            if runStart < index { append(bytes + runStart, count: index - runStart) }
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
        if runStart < length { append(bytes + runStart, count: length - runStart) }
    }

    /// Whether a byte must be escaped: below 0x20, `"` or `\`.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

    /// Whether any of eight bytes is below 0x20, `"` or `\` (the classic has-zero-byte bit trick).
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let control = (word &- ones &* 0x20) & ~word & highs  // a byte below 0x20
        return (control | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C))) != 0
    }
}
