import Yams

/// Writes YAML documents the same way every time: 2-space indent, no line folding, UTF-8 kept as is.
///
/// libyaml writes a scalar a character at a time, about a hundred instructions a byte, and the
/// dashboards that ConfigMaps and CRs embed as literal blocks are nearly all of their bytes. So each
/// long literal block whose text libyaml would write line by line unchanged leaves the node as a
/// one-line stand-in; Yams writes the document, and the text replaces the stand-in, each line
/// indented as the stand-in was. Anything else — a block libyaml would quote, escape or give an
/// indentation hint, a stand-in that is not found exactly once — is left to Yams whole, so the
/// bytes are always those Yams writes (tested against Yams itself).
enum YAMLText {
    /// The document for `node`, as UTF-8 bytes ending in a newline.
    static func bytes(_ node: Node) throws -> [UInt8] {
        var blocks: [String] = []
        let skeleton = takingBlocks(out: node, into: &blocks)
        if !blocks.isEmpty, let spliced = splicing(blocks, into: Array(try serialize(skeleton).utf8)) { return spliced }
        return Array(try serialize(node).utf8)
    }

    /// Blocks shorter than this are left to Yams: splicing them would save next to nothing.
    static let minimumBlockLength = 1024

    private static func serialize(_ node: Node) throws -> String {
        try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)
    }

    /// The stand-in for the `index`th block: a private-use character no document of Graft's holds,
    /// and a number.
    private static func standIn(_ index: Int) -> String { "\u{E000}graft-literal-block-\(index)" }

    /// `node` with each long literal block that libyaml would write as it is replaced by its stand-in.
    private static func takingBlocks(out node: Node, into blocks: inout [String]) -> Node {
        switch node {
        case .scalar(let scalar) where scalar.style == .literal && scalar.string.utf8.count >= minimumBlockLength
            && isWrittenAsIs(scalar.string):
            blocks.append(scalar.string)
            return .scalar(Node.Scalar(standIn(blocks.count - 1), scalar.tag, .literal))
        case .mapping(var mapping):
            for index in mapping.indices { mapping[index].value = takingBlocks(out: mapping[index].value, into: &blocks) }
            return .mapping(mapping)
        case .sequence(var sequence):
            for index in sequence.indices { sequence[index] = takingBlocks(out: sequence[index], into: &blocks) }
            return .sequence(sequence)
        default:
            return node
        }
    }

    /// Whether libyaml writes `text` as a `|-` block of its lines, each after the indentation and
    /// otherwise unchanged: it starts with neither a space nor a line break (which would add an
    /// indentation hint), ends with neither (a space makes libyaml quote it, a break changes the
    /// `-`), has no space before a break (quoted too), and holds only what libyaml's `IS_PRINTABLE`
    /// passes and `\n` as its one line break (no tab, `\r`, NEL, U+2028, U+2029, byte-order mark,
    /// nor characters above U+FFFF, which its check does not pass).
    static func isWrittenAsIs(_ text: String) -> Bool {
        var bytes = text
        return bytes.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last, first != 0x20, first != 0x0A, last != 0x20, last != 0x0A else { return false }
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case 0x0A:
                    if utf8[index - 1] == 0x20 { return false }
                    index += 1
                case 0x20...0x7E:
                    index += 1
                case 0xC2:  // U+0080...U+00BF: printable from U+00A0
                    guard utf8[index + 1] >= 0xA0 else { return false }
                    index += 2
                case 0xC3...0xDF:
                    index += 2
                case 0xE2:  // U+2028 and U+2029 are line breaks to libyaml
                    if utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 { return false }
                    index += 3
                case 0xE0, 0xE1, 0xE3...0xEC, 0xEE:
                    index += 3
                case 0xED:  // below the surrogates only
                    guard utf8[index + 1] < 0xA0 else { return false }
                    index += 3
                case 0xEF:  // not the byte-order mark, U+FFFE or U+FFFF
                    if utf8[index + 1] == 0xBB && utf8[index + 2] == 0xBF { return false }
                    if utf8[index + 1] == 0xBF && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF) { return false }
                    index += 3
                default:  // control characters, DEL, characters above U+FFFF
                    return false
                }
            }
            return true
        }
    }

    /// `document` with each stand-in line replaced by its block's lines, indented as the stand-in
    /// was (an empty line gets no indentation, as libyaml writes it); `nil` unless every stand-in is
    /// found exactly once, in order, on a line of its own after a `|-` header.
    private static func splicing(_ blocks: [String], into document: [UInt8]) -> [UInt8]? {
        let marker = Array("\u{E000}graft-literal-block-".utf8)
        guard occurrences(of: marker, in: document) == blocks.count else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(document.count + blocks.reduce(0) { $0 + $1.utf8.count + $1.utf8.count / 8 })
        var cursor = 0
        for (index, block) in blocks.enumerated() {
            let standIn = Array(standIn(index).utf8)
            guard let start = firstIndex(of: standIn, in: document, from: cursor) else { return nil }
            let end = start + standIn.count
            var lineStart = start
            while lineStart > cursor, document[lineStart - 1] == 0x20 { lineStart -= 1 }
            guard lineStart >= 3, document[lineStart - 1] == 0x0A, document[lineStart - 3] == UInt8(ascii: "|"),
                  document[lineStart - 2] == UInt8(ascii: "-"), end < document.count, document[end] == 0x0A
            else { return nil }
            output.append(contentsOf: document[cursor..<lineStart])
            appendLines(of: block, indent: start - lineStart, to: &output)
            cursor = end + 1
        }
        output.append(contentsOf: document[cursor...])
        return output
    }

    /// Appends each line of `block` after `indent` spaces (none before an empty line), with its line break.
    private static func appendLines(of block: String, indent: Int, to output: inout [UInt8]) {
        var block = block
        block.withUTF8 { text in
            var lineStart = 0
            while lineStart <= text.count {
                let lineEnd = text[lineStart...].firstIndex(of: 0x0A) ?? text.count
                if lineEnd > lineStart {
                    output.append(contentsOf: repeatElement(0x20, count: indent))
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]))
                }
                output.append(0x0A)
                lineStart = lineEnd + 1
            }
        }
    }

    private static func occurrences(of pattern: [UInt8], in bytes: [UInt8]) -> Int {
        var count = 0, from = 0
        while let found = firstIndex(of: pattern, in: bytes, from: from) {
            count += 1
            from = found + pattern.count
        }
        return count
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let head = pattern.first, bytes.count - from >= pattern.count else { return nil }
        var index = from
        while index <= bytes.count - pattern.count {
            if bytes[index] == head, bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
