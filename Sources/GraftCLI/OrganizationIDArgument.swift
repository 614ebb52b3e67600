/// Grafana organisation ids: positive whole numbers (Grafana keeps them as 64-bit integers).
enum OrganizationIDs: CountRange {
    static let allowed = 1...Int.max
}

/// A Grafana organisation id on the command line.
typealias OrganizationIDArgument = CountArgument<OrganizationIDs>
