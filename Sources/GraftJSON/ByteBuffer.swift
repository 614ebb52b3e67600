/// A growable byte buffer the writer appends to without the checks an `Array` makes on every append.
@usableFromInline
final class ByteBuffer {
    @exclusivity(unchecked) @usableFromInline var start: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) @usableFromInline var count = 0
    @exclusivity(unchecked) @usableFromInline var capacity: Int
    /// The writer's saved state of enclosing containers, two words each (see `push`).
    @exclusivity(unchecked) @usableFromInline var stack: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) @usableFromInline var stackCount = 0
    @exclusivity(unchecked) @usableFromInline var stackCapacity = 64

    @usableFromInline
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
        // Initialized once, so that reading a word past what was written (see `appendEscaped`) reads
        // initialized bytes.
        start.initialize(repeating: 0, count: self.capacity)
        stack = .allocate(capacity: stackCapacity)
    }

    /// Saves two words of the writer's state on entering a container.
    @inlinable @inline(__always)
    func push(_ first: Int, _ second: Int) {
        if stackCount &+ 2 > stackCapacity { growStack() }
        stack[stackCount] = first
        stack[stackCount &+ 1] = second
        stackCount &+= 2
    }

    /// The two words saved by the matching `push`.
    @inlinable @inline(__always)
    func pop() -> (Int, Int) {
        stackCount &-= 2
        return (stack[stackCount], stack[stackCount &+ 1])
    }

    @usableFromInline
    func growStack() {
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: stackCapacity * 2)
        grown.update(from: stack, count: stackCount)
        stack.deallocate()
        stack = grown
        stackCapacity *= 2
    }

    deinit {
        start.deallocate()
        lineStart.deallocate()
        stack.deallocate()
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
        grown.initialize(from: start, count: count)
        (grown + count).initialize(repeating: 0, count: newCapacity - count)
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

    /// A newline followed by `indent` spaces, copied from a ready-made line start (as a fixed 32
    /// bytes when it fits, as `appendSeparator` copies it).
    @inlinable @inline(__always)
    func appendNewline(indent: Int) {
        if indent < 32 {
            reserve(33)
            copyLineStart(to: start + count)
            count &+= indent &+ 1
        } else if indent < ByteBuffer.lineStartLength {
            append(lineStart, count: indent + 1)
        } else {
            append(UInt8(ascii: "\n"))
            for _ in 0..<indent { append(UInt8(ascii: " ")) }
        }
    }

    /// The separator before a member or element: `,` unless it is the first, then (when `indent`
    /// is not negative) a newline and `indent` spaces. In one reservation, the line start copied as
    /// a fixed 32 bytes when it fits (the buffer keeps the slack), which beats a sized copy.
    @inlinable @inline(__always)
    func appendSeparator(comma: Bool, indent: Int) {
        reserve(indent &+ 34)
        var cursor = start + count
        if comma {
            cursor.pointee = UInt8(ascii: ",")
            cursor += 1
        }
        if indent >= 0 {
            if indent < 32 {
                copyLineStart(to: cursor)
                cursor += indent &+ 1
            } else {
                count = cursor - start
                appendNewline(indent: indent)
                return
            }
        }
        count = cursor - start
    }

    /// Copies the first 32 bytes of `lineStart` (a newline and up to 31 spaces) to `destination`,
    /// which has room for them: four fixed stores beat a copy sized to the indent.
    @inlinable @inline(__always)
    func copyLineStart(to destination: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(lineStart), to = UnsafeMutableRawPointer(destination)
        to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
        to.storeBytes(of: from.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
        to.storeBytes(of: from.loadUnaligned(fromByteOffset: 16, as: UInt64.self), toByteOffset: 16, as: UInt64.self)
        to.storeBytes(of: from.loadUnaligned(fromByteOffset: 24, as: UInt64.self), toByteOffset: 24, as: UInt64.self)
    }

    /// `"key": ` (`"key":` when not `spaced`) for a key known to need no escape.
    @inlinable @inline(__always)
    func appendPlainKey(_ key: UnsafePointer<UInt8>, count length: Int, spaced: Bool) {
        reserve(length &+ 8)
        let cursor = start + count
        cursor.pointee = UInt8(ascii: "\"")
        ByteBuffer.copy(key, to: cursor + 1, count: length)
        closeKey(at: cursor, length: length, spaced: spaced)
    }

    /// Ends a key whose opening quote is at `cursor` (this buffer's end) and its `length` bytes
    /// after it: `": ` stored as one word (its third byte dropped when not `spaced`), all counted.
    /// The caller reserved `length + 5` bytes.
    @inlinable @inline(__always)
    func closeKey(at cursor: UnsafeMutablePointer<UInt8>, length: Int, spaced: Bool) {
        UnsafeMutableRawPointer(cursor + (length &+ 1)).storeBytes(of: UInt32(0x20_3A_22).littleEndian, as: UInt32.self)
        count &+= length &+ (spaced ? 4 : 3)
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
    /// characters; everything else (non-ASCII, `/`, U+2028) as it is. Up to 32 bytes (most strings)
    /// are copied and checked by `copyFindingEscape`, a longer one stored and checked a word at a
    /// time by `escapeRest`.
    @usableFromInline @inline(__always)
    func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let length = utf8.count
        reserve(length &+ 10)
        let quoted = start + count
        quoted.pointee = UInt8(ascii: "\"")
        guard let bytes = utf8.baseAddress else {
            quoted[1] = UInt8(ascii: "\"")
            count &+= 2
            return
        }
        guard length <= 32 else { return escapeRest(bytes, count: length, from: 0, at: quoted + 1) }
        if let first = ByteBuffer.copyFindingEscape(bytes, to: quoted + 1, count: length) {
            return escapeRest(bytes, count: length, from: first, at: quoted + 1)
        }
        quoted[length &+ 1] = UInt8(ascii: "\"")
        count &+= length &+ 2
    }

    /// `"key": ` (`"key":` when not `spaced`), the key escaped as `appendEscaped` escapes it; a key
    /// of up to 32 bytes with nothing to escape (nearly every key) in one reservation.
    @usableFromInline @inline(__always)
    func appendKey(_ utf8: UnsafeBufferPointer<UInt8>, spaced: Bool) {
        let length = utf8.count
        if length <= 32, let bytes = utf8.baseAddress {
            reserve(length &+ 10)
            let cursor = start + count
            cursor.pointee = UInt8(ascii: "\"")
            if ByteBuffer.copyFindingEscape(bytes, to: cursor + 1, count: length) == nil {
                return closeKey(at: cursor, length: length, spaced: spaced)
            }
        }
        appendEscapedKey(utf8, spaced: spaced)
    }

    /// A key that needs escaping (or is longer than 32 bytes), and its colon.
    @usableFromInline
    func appendEscapedKey(_ utf8: UnsafeBufferPointer<UInt8>, spaced: Bool) {
        appendEscaped(utf8)
        if spaced { append(UInt8(ascii: ":"), UInt8(ascii: " ")) } else { append(UInt8(ascii: ":")) }
    }

    /// Copies up to 32 bytes to `destination` (which has eight bytes of slack past them) and returns
    /// the offset of the first one to escape, if any. Fewer than eight are checked as one word read
    /// from the copy, the slack masked off; more as the words at 0 and 8 (up to 16 bytes, only the
    /// last word instead) and the last two, which overlap: the first flag found is the first byte to
    /// escape.
    @inline(__always)
    static func copyFindingEscape(_ bytes: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count length: Int) -> Int? {
        copy(bytes, to: destination, count: length)
        guard length >= 8 else {
            let mask: UInt64 = (1 &<< (UInt64(truncatingIfNeeded: length) &<< 3)) &- 1
            let flags = escapeFlags(UnsafeRawPointer(destination).loadUnaligned(as: UInt64.self)) & mask
            return flags == 0 ? nil : flags.trailingZeroBitCount &>> 3
        }
        let source = UnsafeRawPointer(bytes)
        @inline(__always) func firstEscape(at offset: Int) -> Int? {
            let flags = escapeFlags(source.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            return flags == 0 ? nil : offset &+ flags.trailingZeroBitCount &>> 3
        }
        return firstEscape(at: 0) ?? (length > 16 ? firstEscape(at: 8) ?? firstEscape(at: length &- 16) : nil) ?? firstEscape(at: length &- 8)
    }

    /// Writes `bytes` from `offset` on, escaped, at `output` (where byte 0 goes, in this
    /// buffer after `count`), and the closing quote: a clean word is checked and stored in one go, a
    /// word with a byte to escape is stored up to that byte, which is then escaped; the last partial
    /// word as the last eight bytes when they overlap only plain copies, else byte by byte. Room for
    /// every byte escaped at its longest is reserved first, so the loop reserves nothing.
    @usableFromInline
    func escapeRest(_ bytes: UnsafePointer<UInt8>, count length: Int, from offset: Int, at output: UnsafeMutablePointer<UInt8>) {
        // The quote and the bytes before `offset` are in place: counted, so that growing keeps them.
        count = output + offset - start
        reserve((length &- offset) &* 6 &+ 9)
        var done = offset
        var cursor = start + count
        // Input before this was copied as it is, with no escape after it (for the overlapping tail).
        var plainFrom = 0
        while done &+ 8 <= length {
            let word = UnsafeRawPointer(bytes + done).loadUnaligned(as: UInt64.self)
            let flags = ByteBuffer.escapeFlags(word)
            UnsafeMutableRawPointer(cursor).storeBytes(of: word, as: UInt64.self)
            if flags == 0 {
                cursor += 8
                done &+= 8
                continue
            }
            // The lowest flag is exact (a borrow only sets flags above a real one).
            let clean = flags.trailingZeroBitCount &>> 3
            cursor += clean
            done &+= clean
            cursor += ByteBuffer.writeEscape(of: bytes[done], to: cursor)
            done &+= 1
            plainFrom = done
        }
        if done < length {
            let back = 8 &- (length &- done)
            if length >= 8, done &- back >= plainFrom, case let word = UnsafeRawPointer(bytes + (length &- 8)).loadUnaligned(as: UInt64.self),
               ByteBuffer.escapeFlags(word) == 0 {
                UnsafeMutableRawPointer(cursor - back).storeBytes(of: word, as: UInt64.self)
                cursor += 8 &- back
            } else {
                while done < length {
                    let byte = bytes[done]
                    if ByteBuffer.needsEscape(byte) {
                        cursor += ByteBuffer.writeEscape(of: byte, to: cursor)
                    } else {
                        cursor.pointee = byte
                        cursor += 1
                    }
                    done &+= 1
                }
            }
        }
        cursor.pointee = UInt8(ascii: "\"")
        count = cursor + 1 - start
    }

    /// Writes the escape of one byte (`\"`, `\\`, `\n`... or `\u00XX`), returning its length; the
    /// two that strings mostly hold, `"` and `\`, without a call.
    @inline(__always)
    static func writeEscape(of byte: UInt8, to cursor: UnsafeMutablePointer<UInt8>) -> Int {
        guard byte != 0x22, byte != 0x5C else {
            cursor[0] = UInt8(ascii: "\\")
            cursor[1] = byte
            return 2
        }
        return writeControlEscape(of: byte, to: cursor)
    }

    /// Writes the escape of a control character (`\n`... or `\u00XX`), returning its length.
    static func writeControlEscape(of byte: UInt8, to cursor: UnsafeMutablePointer<UInt8>) -> Int {
        cursor[0] = UInt8(ascii: "\\")
        switch byte {
        case 0x08: cursor[1] = UInt8(ascii: "b")
        case 0x0C: cursor[1] = UInt8(ascii: "f")
        case 0x0A: cursor[1] = UInt8(ascii: "n")
        case 0x0D: cursor[1] = UInt8(ascii: "r")
        case 0x09: cursor[1] = UInt8(ascii: "t")
        default:
            let hex = hexDigits.utf8Start
            cursor[1] = UInt8(ascii: "u")
            cursor[2] = 0x30
            cursor[3] = 0x30
            cursor[4] = hex[Int(byte >> 4)]
            cursor[5] = hex[Int(byte & 0xF)]
            return 6
        }
        return 2
    }

    /// Whether a byte must be escaped: below 0x20, `"` or `\`.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

    /// The high bit of each of eight bytes (little-endian) that may be below 0x20, `"` or `\`: none
    /// when no byte is, and the lowest one set is exact (the classic has-zero-byte bit trick).
    @inline(__always)
    static func escapeFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let word = UInt64(littleEndian: word)
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let control = (word &- ones &* 0x20) & ~word & highs  // a byte below 0x20
        return control | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C))
    }
}
