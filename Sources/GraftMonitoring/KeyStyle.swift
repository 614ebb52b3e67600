import Yams

/// How a document spells its keys and refers to Secrets: the prometheus-operator CRDs in camelCase with
/// key selectors, Prometheus in snake_case with the files the operator mounts the keys at.
enum KeyStyle {
    /// `sourceLabels`, `targetLabel`, `username: {name, key}` (monitoring.coreos.com/v1).
    case crd
    /// `source_labels`, `target_label`, `username_file: /etc/prometheus/secrets/...` (prometheus.yml).
    case prometheus

    /// The key for a field named in camelCase.
    func key(_ camelCase: String) -> String {
        guard self == .prometheus else { return camelCase }
        var result = ""
        for character in camelCase {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The key for a field that refers to a key of a Secret or ConfigMap: Prometheus reads the file, as
    /// `<key>_file` unless it names the file otherwise (`file`).
    func referenceKey(_ camelCase: String, file: String? = nil) -> String {
        self == .crd ? camelCase : file ?? key(camelCase) + "_file"
    }

    /// A reference to a key of a Secret or ConfigMap: the selector itself, or the path of the mounted file.
    func reference(_ reference: (some MountedKey)?) -> Node? {
        reference.map { self == .crd ? $0.yamlNode : .text($0.mountedPath) }
    }
}

/// A key of a Secret or ConfigMap, which a Prometheus run by the operator finds in a mounted file.
protocol MountedKey: YAMLRepresentable {
    /// Where the operator mounts the key (`spec.secrets` / `spec.configMaps` of the Prometheus object).
    var mountedPath: String { get }
}
