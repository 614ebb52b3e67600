import GraftJSON
import GraftModel

/// Sort by: rows ordered by one field's values (`sortBy`).
///
/// Grafana's default options are `fields: {}`, saved with every edit; `desc` is saved once the
/// reverse switch has been touched.
public struct SortBy: TransformationComponent {
    public var transformation: Transformation

    /// Sorts rows by `field`, largest first when `descending`.
    public init(_ field: String, descending: Bool? = nil) {
        transformation = Transformation(.sortBy, [
            "fields": [:], "sort": [.members(["desc": descending.map(JSON.bool), "field": .string(field)])],
        ])
    }
}
