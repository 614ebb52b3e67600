import Foundation
import GraftGrafana
import GraftHTTP
import Yams

/// The Grafana instances a catalog pushes to, kubectl-style: named contexts and the current one,
/// read from `grafana-contexts.yaml` in the catalog's package. The file names the environment
/// variables that hold each context's credentials and never holds a secret itself:
///
/// ```yaml
/// current-context: staging
/// contexts:
///   - name: staging
///     url: https://grafana-staging.example.com
///     org-id: 2                       # or namespace: stacks-123456 (Grafana Cloud)
///     token-env: STAGING_GRAFANA_TOKEN  # or user-env and password-env
///     datasources:
///       DS_PROMETHEUS: prom-staging
/// ```
struct GrafanaContextsFile: Sendable {
    /// The file's name in the catalog's package.
    static let defaultName = "grafana-contexts.yaml"

    /// One context as the file has it.
    struct Context: Sendable, Decodable {
        /// The name `--context` selects it by.
        var name: String
        /// Grafana's root URL, sub-path included; no userinfo.
        var url: String
        /// The organisation (`X-Grafana-Org-Id`, namespace `org-<id>`).
        var orgID: Int?
        /// The app-platform namespace, for Grafana Cloud's `stacks-<id>`.
        var namespace: String?
        /// The variable holding a service account token.
        var tokenEnv: String?
        /// The variable holding a basic-auth user.
        var userEnv: String?
        /// The variable holding that user's password.
        var passwordEnv: String?
        /// Datasource inputs bound to datasource uids (`DS_PROMETHEUS: prom-main`).
        var datasources: [String: String]?
        /// Bind Prometheus inputs to the datasource with this URL, created when missing.
        var prometheusURL: String?

        enum CodingKeys: String, CodingKey {
            case name, url, namespace, datasources
            case orgID = "org-id", tokenEnv = "token-env", userEnv = "user-env", passwordEnv = "password-env", prometheusURL = "prometheus-url"
        }
    }

    /// Keys that would hold a secret: refused, so that none is ever read from the file.
    static let secretKeys: Set<String> = ["token", "password", "user", "secret", "api-key", "apiKey"]

    /// The file's path, for messages.
    let path: String
    /// The context used without `--context`.
    let currentContext: String?
    /// Every context, in the file's order.
    let contexts: [Context]

    private struct Document: Decodable {
        var currentContext: String?
        var contexts: [Context]
        enum CodingKeys: String, CodingKey { case currentContext = "current-context", contexts }
    }

    /// The file at `path`; a clear error (file, field, what was expected) when it is not valid.
    init(path: String) throws {
        self.path = path
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw CLIError("\(path): cannot be read (\(error.localizedDescription))")
        }
        // Refuse secret-looking keys before decoding: their values are never looked at or echoed.
        // A syntax error is reported by its position and kind only: Yams's description quotes the
        // line, which may be the secret this check exists to keep out of messages.
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            throw CLIError("\(path): not valid YAML (\(GrafanaContextsFile.describe(syntaxError: error)))")
        }
        if let contexts = node?.mapping?["contexts"]?.sequence {
            for (index, context) in contexts.enumerated() {
                for key in context.mapping?.keys.compactMap(\.string) ?? [] where GrafanaContextsFile.secretKeys.contains(key) {
                    throw CLIError("\(path): contexts[\(index)].\(key): a secret does not belong in this file; name the environment variable that holds it (token-env, user-env, password-env)")
                }
            }
        }
        let document: Document
        do { document = try YAMLDecoder().decode(Document.self, from: text) } catch let error as DecodingError {
            throw CLIError("\(path): \(GrafanaContextsFile.describe(error))")
        } catch {
            throw CLIError("\(path): not valid YAML (\(GrafanaContextsFile.describe(syntaxError: error)))")
        }
        var seen: Set<String> = []
        for (index, context) in document.contexts.enumerated() {
            guard !context.name.isEmpty else { throw CLIError("\(path): contexts[\(index)].name: expected a non-empty name") }
            guard seen.insert(context.name).inserted else { throw CLIError("\(path): contexts[\(index)].name: \"\(context.name)\" is used twice; expected one name a context") }
            guard let url = URL(string: context.url), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw CLIError("\(path): contexts[\(index)].url: expected an http(s) URL like https://grafana.example.com")
            }
            if url.user != nil || url.password != nil {
                throw CLIError("\(path): contexts[\(index)].url: holds credentials; name the variables that hold them (user-env, password-env) instead")
            }
            do {
                if let namespace = context.namespace { try AppPlatformNamespace.checked(namespace, source: "\(path): contexts[\(index)].namespace") }
                if let url = context.prometheusURL { try DatasourceURLRule.checked(url, source: "\(path): contexts[\(index)].prometheus-url") }
            } catch let error as ConfigurationError {
                throw CLIError(error.description)
            }
        }
        if let current = document.currentContext, !seen.contains(current) {
            throw CLIError("\(path): current-context: \"\(current)\" is not one of the contexts (\(document.contexts.map(\.name).joined(separator: ", ")))")
        }
        currentContext = document.currentContext
        contexts = document.contexts
    }

    /// The file in the current directory (the catalog's package), or `nil` when there is none.
    static func inCurrentDirectory() throws -> GrafanaContextsFile? {
        let path = FileManager.default.currentDirectoryPath + "/" + defaultName
        return FileManager.default.fileExists(atPath: path) ? try GrafanaContextsFile(path: path) : nil
    }

    /// The context named `name`, or the current one when `name` is `nil`.
    func context(_ name: String?) throws -> Context {
        guard let wanted = name ?? currentContext else {
            throw CLIError("\(path): no current-context, and no --context NAME was given")
        }
        guard let context = contexts.first(where: { $0.name == wanted }) else {
            throw CLIError("\(path): no context named \"\(wanted)\" (contexts: \(contexts.map(\.name).joined(separator: ", ")))")
        }
        return context
    }

    /// The connection of `context`, its credentials read from the variables it names in `environment`.
    func connection(_ context: Context, environment: [String: String], tls: TLSOptions, requestTimeout: Duration) throws -> GrafanaConnection {
        let index = contexts.firstIndex { $0.name == context.name } ?? 0
        func value(_ variable: String?, field: String) throws -> String? {
            guard let variable else { return nil }
            guard let value = environment[variable], !value.isEmpty else {
                throw CLIError("\(path): contexts[\(index)].\(field): the variable \(variable) it names is not set")
            }
            return value
        }
        let credentials: Credentials
        if let token = try value(context.tokenEnv, field: "token-env") {
            credentials = .token(token)
        } else {
            switch (try value(context.userEnv, field: "user-env"), try value(context.passwordEnv, field: "password-env")) {
            case let (user?, password?): credentials = .basic(user: user, password: password)
            case (nil, nil): credentials = .none
            default: throw CLIError("\(path): contexts[\(index)]: user-env and password-env go together; expected both or neither")
            }
        }
        var connection = try GrafanaConnection(baseURL: URL(string: context.url)!, credentials: credentials, organizationID: context.orgID,
                                               tls: tls, requestTimeout: requestTimeout)
        connection.namespace = context.namespace
        return connection
    }

    /// A YAML syntax error as its kind and position (`found unexpected end of stream at line 3,
    /// column 12`), never with the text around it.
    private static func describe(syntaxError error: any Error) -> String {
        func at(_ mark: Mark) -> String { "at line \(mark.line), column \(mark.column)" }
        switch error as? YamlError {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return "\(problem) \(at(mark))"
        case let .reader(problem, offset, _, _):
            return problem + (offset.map { " at byte \($0)" } ?? "")
        case let .duplicatedKeysInMapping(duplicates, context):
            return "a key used twice in one mapping (\(duplicates.count)) \(at(context.mark))"
        case .dataCouldNotBeDecoded: return "expected UTF-8 text"
        default: return "a YAML error"
        }
    }

    /// A decoding error as "field: expected ...".
    private static func describe(_ error: DecodingError) -> String {
        func field(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case let .keyNotFound(key, context): return "\(field(context.codingPath + [key])): missing; expected a value"
        case let .typeMismatch(type, context): return "\(field(context.codingPath)): expected \(type)"
        case let .valueNotFound(type, context): return "\(field(context.codingPath)): expected \(type)"
        case let .dataCorrupted(context): return "\(field(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "not a valid contexts file"
        }
    }
}
