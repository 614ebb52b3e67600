/// Mutates inputs as bytes: bit flips, inserted tokens, deletions, duplications and splices with
/// other inputs, one to four at a time. Every choice comes from `generator`, so a seed fixes a run.
public struct ByteMutator: Sendable {
    /// Byte sequences worth inserting: the delimiters, escapes and words of the input's language.
    public let tokens: [[UInt8]]
    /// Inputs are cut to this many bytes so mutation chains cannot grow without bound.
    public let maximumLength: Int
    /// The generator every choice draws from.
    public var generator: SplitMix64

    /// A mutator inserting `tokens` (none of them empty) into inputs of at most `maximumLength` bytes.
    public init(tokens: [[UInt8]], maximumLength: Int, generator: SplitMix64) {
        precondition(!tokens.isEmpty && tokens.allSatisfy { !$0.isEmpty }, "a mutator needs tokens, none of them empty")
        self.tokens = tokens
        self.maximumLength = maximumLength
        self.generator = generator
    }

    /// `input` changed by one to four random mutations, `corpus` (not empty) supplying splice partners.
    public mutating func mutate(_ input: [UInt8], corpus: [[UInt8]]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = Int.random(in: 0...bytes.count, using: &generator)
            switch Int.random(in: 0..<6, using: &generator) {
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
            default:
                if position < bytes.count {
                    bytes[position] = tokens.randomElement(using: &generator)!.first!
                }
            }
        }
        return bytes.count > maximumLength ? Array(bytes.prefix(maximumLength)) : bytes
    }
}
