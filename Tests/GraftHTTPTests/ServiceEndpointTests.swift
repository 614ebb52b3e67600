import Foundation
import GraftHTTP
import GraftTestSupport
import Testing

@Suite("Endpoints: clean URLs, masked locations")
struct ServiceEndpointTests {
    @Test("credentials in the URL leave it, and messages show the user with the password masked")
    func maskedLocation() async throws {
        let port = try HTTPTestServer { _ in .dropConnection() }.port
        let endpoint = try ServiceEndpoint(service: "Test", baseURL: URL(string: "http://ann:s3cret@127.0.0.1:\(port)/sub/")!,
                                           retry: RetryPolicy(maximumAttempts: 1))
        #expect(endpoint.baseURL.absoluteString == "http://127.0.0.1:\(port)/sub")
        #expect(endpoint.location == "http://ann:***@127.0.0.1:\(port)/sub")
        #expect(endpoint.credentials == .basic(user: "ann", password: "s3cret"))
        let error = try await #require(throws: APIError.self) { try await HTTPService(endpoint).send(Services.get("x")) }
        #expect(error.description.hasPrefix("Test at http://ann:***@127.0.0.1:\(port)/sub could not be reached when reading x ("))
        #expect(!error.description.contains("s3cret"))
    }

    @Test("a URL that is not http(s) with a host is refused with its password masked")
    func refusedURL() {
        #expect(throws: ConfigurationError("The Higress console URL 'ftp://ann:***@h' is not an http or https URL with a host.")) {
            try ServiceEndpoint(service: "the Higress console", baseURL: URL(string: "ftp://ann:s3cret@h")!)
        }
    }
}
