import GraftJSON
import GraftModel

/// Limit: only the first rows of each frame (`limit`).
public struct Limit: TransformationComponent {
    public var transformation: Transformation

    /// Keeps the first `count` rows (Grafana's default is 10).
    public init(_ count: Int = 10) { transformation = Transformation(.limit, ["limitField": .int(count)]) }
}
