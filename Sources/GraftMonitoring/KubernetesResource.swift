import GraftJSON
import Yams

/// A Kubernetes object of a kind Graft's monitoring layer has no type for, its `spec` given as JSON:
/// how an extension (Graft's Higress support and its WasmPlugin, say) or a package ships a resource
/// through the same YAML writer and the same checks as the monitors. Written to
/// `manifests/<folder>/<name>.<kind, lowercased>.yaml`.
public struct KubernetesResource: Sendable, Hashable {
    /// `group/version` (`extensions.higress.io/v1alpha1`).
    public var apiVersion: String
    /// The kind (`WasmPlugin`).
    public var kind: String
    /// Name, namespace, labels, annotations.
    public var metadata: ObjectMeta
    /// The `spec`, its members written in their order.
    public var spec: JSONObject
    /// The folder of `manifests/` the file goes in (`plugins`).
    public var folder: String
    /// What its maker found wrong with the spec; `renderManifests` refuses the resource, naming each.
    public var specProblems: [FieldProblem]

    /// A resource from its parts, with the problems its maker's checks found in `spec`.
    public init(apiVersion: String, kind: String, metadata: ObjectMeta, spec: JSONObject, folder: String, specProblems: [FieldProblem] = []) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.spec = spec
        self.folder = folder
        self.specProblems = specProblems
    }

    /// Its path below `manifests/`.
    public var path: String { "\(folder)/\(metadata.name).\(kind.lowercased()).yaml" }

    /// The manifest as YAML, exactly as `renderManifests` writes it.
    public func yaml() throws -> [UInt8] { try YAMLText.bytes(yamlNode) }

    var yamlNode: Node { KubernetesObject(apiVersion: apiVersion, kind: kind, metadata: metadata, body: JSON.object(spec).yamlNode).yamlNode }

    /// Problems of the object, naming its file: a valid name and namespace, labels and annotations,
    /// an apiVersion with a group.
    func problems() -> [ManifestError] {
        var check = ObjectCheck(file: "manifests/" + path, object: "\(kind) \(metadata.qualifiedName)")
        check.metadata(metadata)
        check.require(apiVersion.split(separator: "/").count == 2, "apiVersion", "\"\(apiVersion)\" is not group/version")
        check.require(!kind.isEmpty && kind.first!.isUppercase, "kind", "\"\(kind)\" is not a Kubernetes kind (CamelCase)")
        check.require(!folder.isEmpty && !folder.contains(".."), "folder", "\"\(folder)\" is not a folder below manifests/")
        for problem in specProblems { check.fail(problem.field, problem.problem) }
        return check.errors
    }
}

extension JSON: YAMLRepresentable {
    /// The value as YAML: objects keep their member order, numbers their literal text, strings of
    /// several lines become literal blocks.
    var yamlNode: Node {
        switch self {
        case .null: return .scalar(Node.Scalar("null", .unresolved(.null)))
        case .bool(let value): return .flag(value)
        case .number(let number):
            let isInteger = number.text.allSatisfy { $0.isNumber || $0 == "-" }
            return .scalar(Node.Scalar(number.text, .unresolved(isInteger ? .int : .float)))
        case .string(let text): return text.contains("\n") ? .block(text) : .text(text)
        case .array(let elements): return .list(elements.map(\.yamlNode))
        case .object(let object): return .map(object.members.map { (.text($0.key), $0.value.yamlNode) })
        }
    }
}

/// A field of a resource and what is wrong with it, as the resource's maker found it.
public struct FieldProblem: Sendable, Hashable {
    /// The field, as a path (`spec.matchRules[0].config`).
    public var field: String
    /// What is wrong and what was expected.
    public var problem: String

    /// A problem of `field`.
    public init(_ field: String, _ problem: String) {
        self.field = field
        self.problem = problem
    }
}
