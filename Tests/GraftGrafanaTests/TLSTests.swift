import Foundation
import GraftGrafana
import GraftHTTP
import Testing

/// An HTTPS server for tests: `openssl s_server -WWW` serving files from a temporary folder,
/// with a fresh self-signed certificate for 127.0.0.1.
final class TLSTestServer {
    static let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }

    let folder: URL
    let certificate: String
    let url: URL
    private let process = Process()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("api"), withIntermediateDirectories: true)
        try Data(#"{"commit":"tls","database":"ok","version":"11.2.0"}"#.utf8).write(to: folder.appendingPathComponent("api/health"))
        certificate = try TLSTestServer.selfSigned(in: folder, name: "cert")
        let port = try Fixtures.freePort()
        url = URL(string: "https://127.0.0.1:\(port)")!
        process.executableURL = URL(fileURLWithPath: TLSTestServer.openssl!)
        process.arguments = ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", certificate,
                             "-key", folder.appendingPathComponent("cert.key").path, "-WWW", "-quiet"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        // SIGKILL: the child may inherit a mask that blocks SIGTERM from the test runner's threads.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// A new self-signed certificate for 127.0.0.1 in `folder` (`name.pem`, `name.key`); returns the PEM's path.
    static func selfSigned(in folder: URL, name: String) throws -> String {
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: openssl!)
        generate.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                              "-addext", "subjectAltName=IP:127.0.0.1",
                              "-keyout", folder.appendingPathComponent("\(name).key").path, "-out", folder.appendingPathComponent("\(name).pem").path]
        generate.standardOutput = FileHandle.nullDevice
        generate.standardError = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        return folder.appendingPathComponent("\(name).pem").path
    }

    /// A client for this server; retries cover the moment the server takes to start.
    func client(_ tls: TLSOptions) throws -> GrafanaClient {
        GrafanaClient(try GrafanaConnection(baseURL: url, tls: tls, requestTimeout: .seconds(5),
                                            retry: RetryPolicy(maximumAttempts: 40, initialDelay: .milliseconds(50), maximumDelay: .milliseconds(100))))
    }
}

@Suite("TLS: verification on by default, a CA file, or insecure", .serialized,
       .enabled(if: TLSTestServer.openssl != nil, "skipped: no openssl to run a TLS server"))
struct TLSTests {
    @Test("a self-signed certificate is refused by default, in one sentence")
    func refusedByDefault() async throws {
        let server = try TLSTestServer()
        let error = try await #require(throws: APIError.self) { try await server.client(.system).health() }
        print(error)
        guard case .untrustedCertificate = error.failure else {
            Issue.record("expected an untrusted certificate, got \(error)")
            return
        }
        #expect(error.description.hasPrefix("Grafana at \(server.url.absoluteString) could not be reached when checking its health because its TLS certificate is not trusted ("))
    }

    @Test("the CA certificate file makes it trusted")
    func caFile() async throws {
        let server = try TLSTestServer()
        #expect(try await server.client(TLSOptions(caCertificateFile: server.certificate)).health().database == "ok")
    }

    @Test("another CA's file does not")
    func wrongCA() async throws {
        let server = try TLSTestServer()
        let other = try TLSTestServer.selfSigned(in: server.folder, name: "other")
        let error = try await #require(throws: APIError.self) { try await server.client(TLSOptions(caCertificateFile: other)).health() }
        print(error)
        guard case .untrustedCertificate = error.failure else {
            Issue.record("expected an untrusted certificate, got \(error)")
            return
        }
    }

    @Test("insecure skips verification")
    func insecure() async throws {
        let server = try TLSTestServer()
        #expect(try await server.client(TLSOptions(insecure: true)).health().database == "ok")
    }

    @Test("a CA file that cannot be read is a configuration error")
    func missingFile() throws {
        #expect(throws: ConfigurationError("The CA certificate file '/nonexistent/ca.pem' cannot be read: give a PEM file of the CA that signed Grafana's certificate.")) {
            try GrafanaConnection(baseURL: URL(string: "https://g")!, tls: TLSOptions(caCertificateFile: "/nonexistent/ca.pem"))
        }
    }
}
