/// Mutates inputs as bytes: bit flips, inserted tokens, deletions, duplications and splices with
/// other inputs, and (given `extremes`) numbers replaced by extreme ones, one to four at a time.
/// Every choice comes from `generator`, so a seed fixes a run.
public struct ByteMutator: Sendable {
    /// Byte sequences worth inserting: the delimiters, escapes and words of the input's language.
    public let tokens: [[UInt8]]
    /// Numbers that replace a number of the input (`Int.max`, 2^53 + 1, 1e300...); none, no such mutation.
    public let extremes: [[UInt8]]
    /// Inputs are cut to this many bytes so mutation chains cannot grow without bound.
    public let maximumLength: Int
    /// The generator every choice draws from.
    public var generator: SplitMix64

    /// A mutator inserting `tokens` (none of them empty) into inputs of at most `maximumLength` bytes,
    /// and putting `extremes` in place of their numbers.
    public init(tokens: [[UInt8]], extremes: [[UInt8]] = [], maximumLength: Int, generator: SplitMix64) {
        precondition(!tokens.isEmpty && tokens.allSatisfy { !$0.isEmpty }, "a mutator needs tokens, none of them empty")
        self.tokens = tokens
        self.extremes = extremes
        self.maximumLength = maximumLength
        self.generator = generator
    }

    /// `input` changed by one to four random mutations, `corpus` (not empty) supplying splice partners.
    public mutating func mutate(_ input: [UInt8], corpus: [[UInt8]]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = Int.random(in: 0...bytes.count, using: &generator)
            // Without extremes the choices (and so every seed's run) are what they were before them.
            switch Int.random(in: 0..<(extremes.isEmpty ? 6 : 7), using: &generator) {
            case 0 where position < bytes.count:
                bytes[position] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
            case 1:
                bytes.insert(contentsOf: tokens.randomElement(using: &generator)!, at: position)
            case 2 where position < bytes.count:
                bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &generator)))
            case 3:
                let other = corpus.randomElement(using: &generator)!
                bytes = Array(bytes[..<position] + other[Int.random(in: 0...other.count, using: &generator)...])
            case 4 where position < bytes.count:
                let end = min(bytes.count, position + Int.random(in: 1...16, using: &generator))
                bytes.insert(contentsOf: bytes[position..<end], at: end)
            case 6:
                let extreme = extremes.randomElement(using: &generator)!
                let number = ByteMutator.number(in: bytes, from: position)
                bytes.replaceSubrange(number ?? position..<position, with: extreme)
            default:
                if position < bytes.count {
                    bytes[position] = tokens.randomElement(using: &generator)!.first!
                }
            }
        }
        return bytes.count > maximumLength ? Array(bytes.prefix(maximumLength)) : bytes
    }

    /// The first number (a run of digits, signs, `.`, `e`) at or after `position` in `bytes`.
    public static func number(in bytes: [UInt8], from position: Int) -> Range<Int>? {
        func isPart(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || Array("-+.eE".utf8).contains(byte) }
        guard let start = bytes[position...].firstIndex(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        var lower = start
        while lower > position, isPart(bytes[lower - 1]) { lower -= 1 }
        let upper = bytes[start...].firstIndex { !isPart($0) } ?? bytes.count
        return lower..<upper
    }
}
