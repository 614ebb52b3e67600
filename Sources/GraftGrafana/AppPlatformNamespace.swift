import GraftHTTP
import GraftURL

/// The rule for an app-platform namespace (`default`, `org-2`, `stacks-123456`), whatever gives it
/// (`--namespace`, `GRAFANA_NAMESPACE`, a context's `namespace:`): a Kubernetes namespace name, a
/// DNS label of lower-case letters, digits and `-`, at most 63 characters. It goes into request
/// paths, where `..` or `/` would name another resource.
public enum AppPlatformNamespace {
    /// What a namespace must be, for messages.
    public static let expected = "a DNS label of at most 63 lower-case letters, digits and '-', not starting or ending with '-' (e.g. stacks-123456)"

    /// Whether `name` is a valid namespace.
    public static func isValid(_ name: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-".unicodeScalars)
        let scalars = name.unicodeScalars
        return (1...63).contains(scalars.count) && scalars.allSatisfy(allowed.contains) && scalars.first != "-" && scalars.last != "-"
    }

    /// `name`, or a `ConfigurationError` naming `source` (the flag, variable or file key) and what was expected.
    @discardableResult
    public static func checked(_ name: String, source: String) throws -> String {
        guard isValid(name) else {
            throw ConfigurationError("The app-platform namespace \(MessageText.quoted(name, mark: "\"")) (\(source)) is not \(expected).")
        }
        return name
    }
}
