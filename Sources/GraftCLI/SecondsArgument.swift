import ArgumentParser

/// A number of seconds on the command line (`30`, `0.5`), fractions kept, from a millisecond (the
/// transport's resolution) to an hour. Anything else (`nan`, `inf`, `1e300`, `0`, `-1`) is refused
/// while the arguments are parsed, in ArgumentParser's message naming the option, followed by the
/// option's help, which states the range (`rangeHelp`).
struct SecondsArgument: ExpressibleByArgument, Sendable {
    /// The seconds allowed.
    static let allowed: ClosedRange<Double> = 0.001...3600

    /// The range as help says it.
    static let rangeHelp = "from 0.001 to 3600"

    /// The seconds as a duration.
    let duration: Duration
    private let text: String

    init?(argument: String) {
        guard let seconds = Double(argument), SecondsArgument.allowed.contains(seconds) else { return nil }
        duration = .seconds(seconds)
        text = argument
    }

    var defaultValueDescription: String { text }
}
