import ArgumentParser

/// A positive number of seconds on the command line (`30`, `0.5`), fractions kept.
struct SecondsArgument: ExpressibleByArgument, Sendable {
    /// The seconds as a duration.
    let duration: Duration
    private let text: String

    init?(argument: String) {
        guard let seconds = Double(argument), seconds.isFinite, seconds > 0 else { return nil }
        duration = .seconds(seconds)
        text = argument
    }

    var defaultValueDescription: String { text }
}
