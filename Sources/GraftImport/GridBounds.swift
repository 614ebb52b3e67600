import GraftJSON
import GraftModel

/// How far the importer reads a panel's place on the grid: `x` and `w` within the grid's 24
/// columns, `y` and `h` at most a million grid rows (30 million pixels, far beyond any dashboard a
/// browser can show). Within these, sums of positions cannot overflow and laying the panels out
/// as Grafana does takes work that does not grow with the numbers; beyond them, the file is refused.
enum GridBounds {
    /// The largest `y` or `h` read.
    static let rows = 1_000_000

    /// The range each `gridPos` member must be in.
    static func range(of member: String) -> ClosedRange<Int> {
        member == "x" || member == "w" ? 0...GridPos.columns : 0...rows
    }

    /// The error for a panel or row (at `path` of `file`) that `placement` puts too far down.
    static func tooLow(_ placement: String, at path: JSONPath, file: String) -> ImportError {
        ImportError(file: file, path: path, message: placement + ": beyond the \(rows) grid rows Graft reads, far beyond any dashboard")
    }

    /// `value` (the `gridPos` member `member` at `path` of `file`), when it is in its range.
    static func checked(_ value: Int, _ member: String, at path: JSONPath, file: String) throws -> Int {
        let range = range(of: member)
        guard range.contains(value) else {
            let what = member == "x" || member == "w" ? "columns of the grid" : "grid rows, far beyond any dashboard"
            throw ImportError(file: file, path: path, message: "expected \(range.lowerBound) to \(range.upperBound) (\(what)), found \(value)")
        }
        return value
    }
}
