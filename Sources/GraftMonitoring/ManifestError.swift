/// Why `renderManifests` refused its input: the file that would have been written, the object in it,
/// the field at fault, and what was expected.
public struct ManifestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the repository (`manifests/monitors/higress-gateway.podmonitor.yaml`, `dashboards/x.json`).
    public var file: String
    /// The object (`PodMonitor higress-system/higress-gateway`).
    public var object: String
    /// The field, as a path (`spec.podMetricsEndpoints[0].relabelings[1].targetLabel`).
    public var field: String
    /// What is wrong and what was expected.
    public var problem: String

    /// One sentence naming the file, the object and the field.
    public var description: String { "\(file): \(object), field \(field): \(problem)." }
}

/// Collects the errors found in one object.
struct ObjectCheck {
    /// The file the object would be written to.
    let file: String
    /// How messages name the object.
    let object: String
    /// What was found so far.
    private(set) var errors: [ManifestError] = []

    init(file: String, object: String) {
        self.file = file
        self.object = object
    }

    /// Records that `field` is wrong.
    mutating func fail(_ field: String, _ problem: String) {
        errors.append(ManifestError(file: file, object: object, field: field, problem: problem))
    }

    /// Records `problem` unless `condition` holds.
    mutating func require(_ condition: Bool, _ field: String, _ problem: @autoclosure () -> String) {
        if !condition { fail(field, problem()) }
    }
}
