import Foundation
import GraftTestSupport
import Testing

/// Runs the built `graft` executable (next to this test bundle) with `arguments` and `input`, its
/// environment this process's with `environment` added.
func runGraft(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = TestEnvironment.builtProduct("graft")
    process.arguments = arguments
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile(), errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
}

@Suite("graft url strip")
struct URLCommandTests {
    static let seed = "http://grafana.example/d/femmnlw6z39xcb/higress-ai?from=2025-06-05T02:18:36.690Z&to=2025-06-05T02:33:36.690Z&var-gateway=higress-system-higress-gateway&var-namespace=higress-system&theme=light"

    @Test("prints each URL stripped of its time range, from arguments or standard input")
    func strips() throws {
        let expected = "http://grafana.example/d/femmnlw6z39xcb/higress-ai?var-gateway=higress-system-higress-gateway&var-namespace=higress-system&theme=light\n"
        let fromArguments = try runGraft(["url", "strip", Self.seed])
        #expect(fromArguments.status == 0)
        #expect(fromArguments.output == expected)
        let fromInput = try runGraft(["url", "strip"], input: Self.seed + "\n\nhttp://g/d/x?refresh=5s&from=now-1h&tz=utc\n")
        #expect(fromInput.output == expected + "http://g/d/x?refresh=5s&tz=utc\n")
        let also = try runGraft(["url", "strip", "--also", "refresh", "--also", "timezone", "http://g/d/x?refresh=5s&from=now-1h&tz=utc&kiosk"])
        #expect(also.output == "http://g/d/x?kiosk\n")
    }

    @Test("a URL that is not a dashboard's, or too long for the console, is an error naming it; the others still print")
    func errors() throws {
        let long = "http://grafana.example/d/abc/x?" + (0..<40).map { "var-v\($0)=value" }.joined(separator: "&")
        let result = try runGraft(["url", "strip", "--for", "higress-console", "http://grafana.example/goto/abc123", Self.seed, long])
        #expect(result.status == 1)
        #expect(result.output.split(separator: "\n").count == 1)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("error: 'http://grafana.example/goto/abc123': ") == true)
        #expect(lines.first?.contains("short link") == true)
        #expect(lines.last?.contains("characters long, more than the 256 allowed") == true)
    }
}
