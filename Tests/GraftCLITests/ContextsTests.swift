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
