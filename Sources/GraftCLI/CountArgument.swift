import ArgumentParser

/// The whole numbers one option takes.
protocol CountRange: Sendable {
    /// The smallest and the largest number allowed.
    static var allowed: ClosedRange<Int> { get }
}

/// A whole number on the command line within its option's range. Anything else (`nan`, `1e300`,
/// `2.5`, `0` where 1 is the least) is refused while the arguments are parsed, in ArgumentParser's
/// message naming the option, followed by the option's help, which states the range (`rangeHelp`).
struct CountArgument<Range: CountRange>: ExpressibleByArgument, Sendable {
    /// The number.
    let value: Int

    init?(argument: String) {
        guard let value = Int(argument), Range.allowed.contains(value) else { return nil }
        self.value = value
    }

    var defaultValueDescription: String { String(value) }

    /// The range as help says it: `from 1 to 64`, or `at least 1` when there is no useful upper bound.
    static var rangeHelp: String {
        Range.allowed.upperBound == .max ? "at least \(Range.allowed.lowerBound)"
            : "from \(Range.allowed.lowerBound) to \(Range.allowed.upperBound)"
    }
}
