import Yams

/// The `metadata` of a Kubernetes object: name, namespace, labels and annotations.
public struct ObjectMeta: Sendable, Hashable {
    /// The object's name (a DNS-1123 subdomain: lowercase letters, digits, `-` and `.`).
    public var name: String
    /// The namespace it lives in; monitors always name theirs, so `manifests/` applies the same anywhere.
    public var namespace: String?
    /// Labels (written with their keys sorted).
    public var labels: [String: String]
    /// Annotations (written with their keys sorted).
    public var annotations: [String: String]

    /// Metadata with a name and, optionally, a namespace, labels and annotations.
    public init(name: String, namespace: String? = nil, labels: [String: String] = [:], annotations: [String: String] = [:]) {
        self.name = name
        self.namespace = namespace
        self.labels = labels
        self.annotations = annotations
    }

    /// `namespace/name`, or the name alone, as messages name the object.
    public var qualifiedName: String { namespace.map { "\($0)/\(name)" } ?? name }
}

extension ObjectMeta: YAMLRepresentable {
    var yamlNode: Node { .fields(["name": name, "namespace": namespace, "labels": labels, "annotations": annotations]) }
}

/// The `apiVersion`, `kind` and `metadata` every Kubernetes object starts with, then its `spec` or `data`.
struct KubernetesObject: YAMLRepresentable {
    var apiVersion: String
    var kind: String
    var metadata: ObjectMeta
    /// `spec`, or `data` for a ConfigMap.
    var bodyKey = "spec"
    var body: Node

    var yamlNode: Node { .fields(["apiVersion": apiVersion, "kind": kind, "metadata": metadata, bodyKey: body]) }
}
