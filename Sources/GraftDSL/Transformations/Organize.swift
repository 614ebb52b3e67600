import GraftJSON
import GraftModel

/// Organize fields: hide, reorder and rename the fields of one frame (`organize`).
///
/// Grafana's editor starts from the transformation's default options, four empty maps, so every
/// edit saves all four: `excludeByName`, `includeByName`, `indexByName`, `renameByName`.
public struct Organize: TransformationComponent {
    public var transformation: Transformation

    /// Hides the fields in `exclude` (or shows only those in `include`), puts `order`'s fields at
    /// their positions in it, and renames fields by `rename` (an empty name hides the header).
    /// `include: nil` leaves `includeByName` out, as Grafana before 9 saved it.
    public init(exclude: [String] = [], include: [String]? = [], order: [String] = [], rename: [String: String] = [:]) {
        transformation = Transformation(.organize, [
            "excludeByName": .object(exclude) { _ in true },
            "includeByName": include.map { .object($0) { _ in true } },
            "indexByName": .object(JSONObject(order.enumerated().map { ($0.element, JSON.int($0.offset)) })),
            // A dictionary's keys are distinct; they are written in key order whatever its order.
            "renameByName": .object(JSONObject(uniqueMembers: rename.map { JSONObject.Member($0.key, .string($0.value)) })),
        ])
    }
}
