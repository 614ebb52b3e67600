import ArgumentParser
import Foundation
import GraftHTTP
import GraftTestSupport
import Testing
@testable import GraftCLI

@Suite("One option group per service, checked when parsed")
struct OptionGroupTests {
    /// The message ArgumentParser prints for `arguments` of `graft push`, or `nil` when they parse.
    func pushError(_ arguments: [String]) -> String? {
        do {
            _ = try PushCommand.parseAsRoot(arguments)
            return nil
        } catch {
            return PushCommand.message(for: error)
        }
    }

    @Test("bad values are refused at parse time, a URL's password never repeated", arguments: [
        ["--timeout", "0"], ["--timeout", "soon"], ["--org-id", "two"], ["--org-id", "0"], ["--ca-cert", "/nonexistent/ca.pem"],
        ["--namespace", "Stacks_1"], ["--namespace", "-x"], ["--context", "a", "--all-contexts"],
        ["--grafana-url", "ftp://ann:s3cret@grafana"], ["--higress-console", "console:8080"], ["--console-ca-cert", "/nonexistent/ca.pem"],
    ])
    func refused(_ arguments: [String]) throws {
        let message = try #require(pushError(arguments), "\(arguments) parsed")
        #expect(!message.contains("s3cret"), "\(message)")
    }

    @Test("the Grafana URL's refusal is the connection's own sentence, its password masked")
    func grafanaURLSentence() {
        #expect(pushError(["--grafana-url", "ftp://ann:s3cret@grafana"]) == "The Grafana URL 'ftp://ann:***@grafana' is not an http or https URL with a host.")
    }

    @Test("timeouts keep their fraction; the Prometheus group reads TLS and auth flags")
    func prometheusGroup() throws {
        let options = try PrometheusOptions.parse(["--prometheus", "https://prom.example.com", "--prometheus-timeout", "0.3",
                                                    "--prometheus-token", "t", "--prometheus-insecure"])
        #expect(options.service.timeout.duration == .milliseconds(300))
        #expect(options.prometheusToken == "t" && options.service.tls == TLSOptions(insecure: true))
        #expect(throws: (any Error).self) { try PrometheusOptions.parse(["--prometheus", "prom:9090"]) }
        #expect(try GrafanaOptions.parse(["--timeout", "2.5"]).service.timeout.duration == .milliseconds(2500))
    }

    @Test("console set-url composes from the shared Grafana group: its URL and --org-id")
    func setURLUsesGrafanaGroup() async throws {
        let console = try HigressConsoleEmulator(user: "admin", password: "console-secret")
        defer { console.stop() }
        var command = try #require(try ConsoleCommand.parseAsRoot([
            "set-url", "MAIN", "--dashboard", "higress-main", "--grafana-url", "https://grafana.example.com/grafana/", "--org-id", "2", "--kiosk",
            "--higress-console", console.baseURL.absoluteString, "--console-user", "admin", "--console-password", "console-secret",
        ]) as? AsyncParsableCommand)
        try await command.run()
        #expect(console.storedURL(type: "MAIN") == "https://grafana.example.com/grafana/d/higress-main?orgId=2&kiosk")
    }

    @Test("push and diff take the same Grafana, datasource and context flags, under the same headings")
    func pushAndDiffShareTheTargetGroup() {
        let (pushHelp, diffHelp) = (PushCommand.helpMessage(columns: 120), DiffCommand.helpMessage(columns: 120))
        /// The help text from the `GRAFANA:` heading to the end of the contexts section.
        func targetSections(_ help: String) -> Substring {
            let start = help.range(of: "GRAFANA:")?.lowerBound ?? help.endIndex
            let contexts = help.range(of: "CONTEXTS (GRAFANA-CONTEXTS.YAML):", range: start..<help.endIndex)?.upperBound ?? help.endIndex
            let end = help.range(of: "\n\n", range: contexts..<help.endIndex)?.lowerBound ?? help.endIndex
            return help[start..<end]
        }
        let push = targetSections(pushHelp)
        #expect(push.contains("--grafana-url") && push.contains("CONTEXTS (GRAFANA-CONTEXTS.YAML):") && push.contains("--all-contexts"))
        #expect(targetSections(diffHelp) == push)
        for flag in ["--prometheus-url <url>", "--loki-url <url>", "--datasource <NAME=UID>"] {
            #expect(pushHelp.contains(flag) && diffHelp.contains(flag), "\(flag)")
        }
    }
}
