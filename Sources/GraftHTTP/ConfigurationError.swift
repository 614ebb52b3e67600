/// A setting Graft cannot use, in one sentence that names it and says what was expected.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The sentence.
    public let description: String

    /// An error with its sentence.
    public init(_ description: String) { self.description = description }
}
