import ArgumentParser
import GraftReview

/// A Prometheus duration on the command line (`15s`, `1h30m`, `1d`), from a millisecond to ten years.
/// Anything else (`0s`, `-1h`, `1e300`, a number beyond `Int`) is refused while the arguments are
/// parsed, in ArgumentParser's message naming the option, followed by the option's help, which
/// states the range (`rangeHelp`).
struct PrometheusDurationArgument: ExpressibleByArgument, Sendable {
    /// The milliseconds allowed: ten years is past any retention Prometheus keeps.
    static let allowed = 1...(10 * 365 * 86_400_000)

    /// The range as help says it.
    static let rangeHelp = "from 1ms to 10y"

    /// The duration in milliseconds.
    let milliseconds: Int
    private let text: String

    init?(argument: String) {
        guard let milliseconds = PrometheusDuration.milliseconds(argument), PrometheusDurationArgument.allowed.contains(milliseconds) else {
            return nil
        }
        self.milliseconds = milliseconds
        text = argument
    }

    var defaultValueDescription: String { text }
}
