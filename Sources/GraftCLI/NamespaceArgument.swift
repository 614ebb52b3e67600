import ArgumentParser

/// An app-platform namespace on the command line (`default`, `org-2`, `stacks-123456`): a
/// Kubernetes namespace name, a DNS label of lower-case letters, digits and `-`, at most 63 characters.
struct NamespaceArgument: ExpressibleByArgument, Sendable {
    /// The namespace.
    let value: String

    init?(argument: String) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard (1...63).contains(argument.count), argument.allSatisfy(allowed.contains),
              argument.first != "-", argument.last != "-" else { return nil }
        value = argument
    }

    static var defaultValueDescription: String { "a namespace such as stacks-123456" }
}
