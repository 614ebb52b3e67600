import GraftTestSupport

/// Mutates URL bytes: bit flips, inserted URL delimiters, non-ASCII and time tokens, deletions, duplications
/// and splices with other inputs.
struct URLMutator {
    /// Inputs are cut to this many bytes so mutation chains cannot grow without bound.
    static let maximumLength = 512

    /// Byte sequences worth inserting: URL delimiters, escapes, non-ASCII, and route and time-name tokens.
    private static let insertions: [[UInt8]] = (["%", "&", "=", "?", "#", "/", "[", "]", ":", "@", "+", ".", "-",
                                                 "%2", "%zz", "%6F", "%2F", "%E7%BD%91", "网", "é", "😀", "\u{FFFD}",
                                                 "&&", "from", "to=now", "&from=now-1h", "time.window=", "refresh=5s",
                                                 "/d/", "d-solo", "goto/", "::", "65536", "0"]
        .map { Array($0.utf8) }) + [[0x80], [0xFF], [0xC3]]

    var generator: SplitMix64

    /// `input` changed by one to four random mutations, `corpus` supplying splice partners.
    mutating func mutate(_ input: [UInt8], corpus: [[UInt8]]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = Int.random(in: 0...bytes.count, using: &generator)
            switch Int.random(in: 0..<6, using: &generator) {
            case 0 where position < bytes.count:
                bytes[position] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
            case 1:
                bytes.insert(contentsOf: Self.insertions.randomElement(using: &generator)!, at: position)
            case 2 where position < bytes.count:
                bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &generator)))
            case 3:
                let other = corpus.randomElement(using: &generator)!
                bytes = Array(bytes[..<position] + other[Int.random(in: 0...other.count, using: &generator)...])
            case 4 where position < bytes.count:
                let end = min(bytes.count, position + Int.random(in: 1...16, using: &generator))
                bytes.insert(contentsOf: bytes[position..<end], at: end)
            default:
                if position < bytes.count {
                    bytes[position] = Self.insertions.randomElement(using: &generator)!.first!
                }
            }
        }
        return bytes.count > Self.maximumLength ? Array(bytes.prefix(Self.maximumLength)) : bytes
    }
}
