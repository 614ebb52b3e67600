import GraftJSON
import GraftModel

/// Merge series/tables: the frames of every query as one table (`merge`, no options).
public struct Merge: TransformationComponent {
    public var transformation: Transformation

    /// Merges all frames into one.
    public init() { transformation = Transformation(id: .merge, options: [:]) }
}
