import ArgumentParser
import Foundation
import Graft
import GraftGrafana
import GraftJSON
import GraftTestSupport
import Synchronization
import Testing
@testable import GraftCLI

@Suite("grafana-contexts.yaml: named contexts, credentials from the variables they name")
struct ContextsTests {
    let catalog = Catalog("contexts") {
        Dashboard("Gateway", uid: "gateway") { Row("Traffic") { Stat("Requests") { Prometheus("sum(rate(up[5m]))") } } }
            .datasource(.prometheus())
    }

    /// Writes `text` as a contexts file in a fresh directory and returns its path.
    func file(_ text: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("graft-contexts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(GrafanaContextsFile.defaultName).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func targets(_ arguments: [String], environment: [String: String]) throws -> [GrafanaTarget] {
        try ContextOptions.parse(arguments).targets(grafana: try GrafanaOptions.parse([]), datasources: try DatasourceOptions.parse([]),
                                                   environment: environment)
    }

    @Test("--all-contexts pushes to two Grafanas (11.3 and 13) at once, with the tokens of the variables the file names; no secret is printed")
    func twoContexts() async throws {
        let staging = try GrafanaEmulator(options: .release(.grafana11))
        let production = try GrafanaEmulator(options: .release(.grafana13))
        defer { staging.stop(); production.stop() }
        staging.addDatasource(name: "Prometheus", type: "prometheus", url: "http://prom:9090", uid: "prom-staging")
        production.addDatasource(name: "Prometheus", type: "prometheus", url: "http://prom:9090", uid: "prom-production")
        production.addDatasource(name: "Other", type: "prometheus", url: "http://other:9090", uid: "prom-other")
        staging.addServiceAccountToken("glsa_staging_secret", role: .editor)
        production.addServiceAccountToken("glsa_production_secret", role: .editor)
        let path = try file("""
            current-context: staging
            contexts:
              - name: staging
                url: \(staging.baseURL.absoluteString)
                token-env: STAGING_GRAFANA_TOKEN
              - name: production
                url: \(production.baseURL.absoluteString)
                org-id: 1
                token-env: PRODUCTION_GRAFANA_TOKEN
                datasources:
                  DS_PROMETHEUS: prom-production
            """)
        let environment = ["STAGING_GRAFANA_TOKEN": "glsa_staging_secret", "PRODUCTION_GRAFANA_TOKEN": "glsa_production_secret"]
        let targets = try targets(["--all-contexts", "--contexts-file", path], environment: environment)
        #expect(targets.map(\.name) == ["staging", "production"])

        let lines = Mutex<[String]>([])
        let results = await ContextPush.push(try catalog.pushItems(), to: targets, options: PushOptions(owner: catalog.name)) { line in
            lines.withLock { $0.append(line) }
        }
        let output = lines.withLock { $0 }
        #expect(results.allSatisfy { (try? $0.get())?.succeeded == true })
        #expect(staging.dashboard(uid: "gateway") != nil && production.dashboard(uid: "gateway") != nil)
        #expect(production.dashboard(uid: "gateway")?.annotations["grafana.app/managerId"] == "contexts")
        #expect(JSON.object(production.dashboard(uid: "gateway")!.data).formatted().contains("prom-production"))
        #expect(output.suffix(2) == ["context staging: Pushed 1 dashboard: 1 created, 0 updated, 0 unchanged, 0 failed.",
                                     "context production: Pushed 1 dashboard: 1 created, 0 updated, 0 unchanged, 0 failed."])
        #expect(output.contains { $0.hasPrefix("[staging] created") } && output.contains { $0.hasPrefix("[production] created") })
        #expect(!output.joined().contains("glsa_"), "no token is printed")

        // Without --context, the current context; --context picks another.
        #expect(try self.targets(["--contexts-file", path], environment: environment).map(\.name) == ["staging"])
        #expect(try self.targets(["--context", "production", "--contexts-file", path], environment: environment).map(\.name) == ["production"])
    }

    @Test("a secret in the file is refused without reading it; a variable that is not set is named")
    func noSecretInTheFile() throws {
        let secret = "glsa_written_into_the_file"
        let (withToken, error) = try refusal("""
            contexts:
              - name: prod
                url: https://grafana.example.com
                token: \(secret)
            """)
        #expect(error.description == "\(withToken): contexts[0].token: a secret does not belong in this file; name the environment variable that holds it (token-env, user-env, password-env)")
        #expect(!error.description.contains(secret))

        let (_, urlError) = try refusal("""
            contexts:
              - name: prod
                url: https://admin:\(secret)@grafana.example.com
            """)
        #expect(urlError.description.hasSuffix("contexts[0].url: holds credentials; name the variables that hold them (user-env, password-env) instead"))
        #expect(!urlError.description.contains(secret))

        let (unset, unsetError) = try refusal("""
            contexts:
              - name: prod
                url: https://grafana.example.com
                token-env: PROD_TOKEN
            """)
        #expect(unsetError.description == "\(unset): contexts[0].token-env: the variable PROD_TOKEN it names is not set")

        let (wrongType, typeError) = try refusal("""
            contexts:
              - name: prod
                url: https://grafana.example.com
                org-id: two
            """)
        #expect(typeError.description.hasPrefix("\(wrongType): contexts[0].org-id: expected"))
    }

    @Test("a YAML syntax error is reported by line, column and kind, never with the line that holds a secret")
    func syntaxErrorHidesTheLine() throws {
        let secret = "glsa_abc_unterminated_\(UUID().uuidString)"
        let (path, error) = try refusal(prodContext(with: "token: \"\(secret)"))
        #expect(!error.description.contains("glsa_abc"), "\(error.description)")
        #expect(error.description.hasPrefix("\(path): not valid YAML ("), "\(error.description)")
        #expect(error.description.hasSuffix("not valid YAML (found unexpected end of stream at line 5, column 1)"), "\(error.description)")
    }

    @Test("a context's prometheus-url with credentials and a namespace that is no DNS label are refused at load, naming the key")
    func prometheusURLAndNamespaceChecked() throws {
        let secret = "pw-\(UUID().uuidString)"
        let (path, urlError) = try refusal(prodContext(with: "prometheus-url: http://admin:\(secret)@prometheus:9090"))
        #expect(urlError.description.hasPrefix("\(path): contexts[0].prometheus-url 'http://admin:***@prometheus:9090' holds credentials"), "\(urlError.description)")
        #expect(!urlError.description.contains(secret))
        for namespace in ["..", "a/b", "Stacks_1", "-x"] {
            let (namespacePath, error) = try refusal(prodContext(with: "namespace: \"\(namespace)\""))
            #expect(error.description.contains("(\(namespacePath): contexts[0].namespace) is not a DNS label"), "\(error.description)")
        }
    }

    @Test("GRAFANA_NAMESPACE is checked like --namespace: '..' never reaches a request path")
    func namespaceVariableChecked() throws {
        for namespace in ["..", "a/b", "UPPER"] {
            let error = try #require(throws: (any Error).self) {
                try targets([], environment: ["GRAFANA_URL": "https://grafana.example.com", "GRAFANA_NAMESPACE": namespace])
            }
            #expect("\(error)".contains("(--namespace or GRAFANA_NAMESPACE) is not a DNS label"), "\(error)")
        }
        let valid = try targets([], environment: ["GRAFANA_URL": "https://grafana.example.com", "GRAFANA_NAMESPACE": "stacks-7"])
        #expect(valid[0].connection.resolvedNamespace == "stacks-7")
    }

    @Test("--prometheus-url and --loki-url with credentials are refused at parse time, the password masked")
    func datasourceURLFlagsChecked() throws {
        let secret = "pw-\(UUID().uuidString)"
        for flag in ["--prometheus-url", "--loki-url"] {
            let error = try #require(throws: (any Error).self) { try DatasourceOptions.parse([flag, "http://ann:\(secret)@ds:9090"]) }
            let message = DatasourceOptions.message(for: error)
            #expect(message.contains("\(flag) 'http://ann:***@ds:9090' holds credentials"), "\(message)")
            #expect(!message.contains(secret))
        }
        #expect(try DatasourceOptions.parse(["--prometheus-url", "http://prom:9090"]).choices().byURL["prometheus"]?.url == "http://prom:9090")
    }

    @Test("with a current-context, GRAFANA_URL or --grafana-url choose no context; credential flags without a URL are refused")
    func urlOverridesCurrentContext() throws {
        let path = try file("""
            current-context: elsewhere
            contexts:
              - name: elsewhere
                url: https://grafana.elsewhere.example
                token-env: GRAFANA_TOKEN
            """)
        let environment = ["GRAFANA_URL": "https://grafana.mine.example", "GRAFANA_TOKEN": "glsa_mine"]
        let chosen = try targets(["--contexts-file", path], environment: environment)
        #expect(chosen.map(\.name) == [nil])
        #expect(chosen[0].connection.baseURL.host == "grafana.mine.example")

        let tokenOnly = try #require(throws: CLIError.self) { try self.targets(["--contexts-file", path], grafanaArguments: ["--token", "glsa_flag"], environment: [:]) }
        #expect(tokenOnly.description.hasPrefix("--token given, but no Grafana URL: \(path) would choose its current-context \"elsewhere\""), "\(tokenOnly)")
        #expect(!tokenOnly.description.contains("glsa_flag"))
        let both = try #require(throws: CLIError.self) {
            try self.targets(["--contexts-file", path, "--context", "elsewhere"], grafanaArguments: ["--grafana-url", "https://grafana.mine.example"],
                             environment: [:])
        }
        #expect(both.description == "--context takes the URL and credentials from \(path); --grafana-url would be ignored: give one or the other")
        // Nothing given: the current context, as before.
        #expect(try targets(["--contexts-file", path], environment: ["GRAFANA_TOKEN": "glsa_mine"]).map(\.name) == ["elsewhere"])
    }

    /// The targets of context flags `arguments` and Grafana flags `grafanaArguments`.
    func targets(_ arguments: [String], grafanaArguments: [String], environment: [String: String]) throws -> [GrafanaTarget] {
        try ContextOptions.parse(arguments).targets(grafana: try GrafanaOptions.parse(grafanaArguments), datasources: nil, environment: environment)
    }

    /// A file of one context `prod` at https://grafana.example.com, with `line` added to it.
    func prodContext(with line: String) -> String {
        "contexts:\n  - name: prod\n    url: https://grafana.example.com\n    \(line)\n"
    }

    /// The file written from `text` and the error `--context prod` gets from it with no variables set.
    func refusal(_ text: String) throws -> (String, CLIError) {
        let path = try file(text)
        let error = try #require(throws: CLIError.self) { try targets(["--context", "prod", "--contexts-file", path], environment: [:]) }
        return (path, error)
    }

    @Test("with no file, GRAFANA_URL and GRAFANA_TOKEN still work; --context without a file is an error")
    func noFile() throws {
        let targets = try targets([], environment: ["GRAFANA_URL": "https://grafana.example.com", "GRAFANA_TOKEN": "glsa_env"])
        #expect(targets.count == 1 && targets[0].name == nil)
        #expect(targets[0].connection.baseURL.absoluteString == "https://grafana.example.com")
        #expect(throws: CLIError.self) { try self.targets(["--context", "x"], environment: [:]) }
    }
}
