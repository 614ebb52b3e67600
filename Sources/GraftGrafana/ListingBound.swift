/// How far Graft follows a server's pages (app-platform `continue` tokens, `/api/search` pages):
/// a listing is read whole before anything is pruned, so a server whose pages never end (tokens
/// that go round, full pages forever) must end in an error, not in memory exhausted.
enum ListingBound {
    /// The most objects one listing gathers; far more dashboards than one Grafana organisation holds.
    static let maximumObjects = 100_000

    /// The reason a listing of `count` objects stops.
    static func tooManyReason(_ count: Int, pages: Int) -> String {
        "more than \(maximumObjects) objects (\(count) in \(pages) pages); Graft stops following the server's pages"
    }
}
