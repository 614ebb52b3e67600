import ArgumentParser

/// A Grafana organisation id on the command line: a positive whole number.
struct OrganizationIDArgument: ExpressibleByArgument, Sendable {
    /// The id.
    let value: Int

    init?(argument: String) {
        guard let value = Int(argument), value > 0 else { return nil }
        self.value = value
    }
}
