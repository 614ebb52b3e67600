import ArgumentParser
import GraftGrafana

/// An app-platform namespace on the command line (`default`, `org-2`, `stacks-123456`): a
/// Kubernetes namespace name, a DNS label of lower-case letters, digits and `-`, at most 63 characters.
struct NamespaceArgument: ExpressibleByArgument, Sendable {
    /// The namespace.
    let value: String

    init?(argument: String) {
        guard AppPlatformNamespace.isValid(argument) else { return nil }
        value = argument
    }

    static var defaultValueDescription: String { AppPlatformNamespace.expected }
}
