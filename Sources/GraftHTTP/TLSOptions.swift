import Foundation
import GraftURL

/// How Graft checks the server's TLS certificate.
public struct TLSOptions: Sendable, Hashable {
    /// A PEM file of CA certificates to trust instead of the system's, or `nil` for the system's.
    public var caCertificateFile: String?
    /// Skips certificate verification entirely (`--insecure`): for test setups only.
    public var insecure: Bool

    /// The system's CAs, verification on.
    public static let system = TLSOptions()

    /// Options from a CA file and the insecure switch.
    public init(caCertificateFile: String? = nil, insecure: Bool = false) {
        self.caCertificateFile = caCertificateFile
        self.insecure = insecure
    }

    /// Throws a `ConfigurationError` when the CA file cannot be read; `service` names whose
    /// certificate it should have signed (`Grafana`).
    func validate(for service: String) throws {
        if let file = caCertificateFile, !FileManager.default.isReadableFile(atPath: file) {
            throw ConfigurationError("The CA certificate file \(MessageText.quoted(file)) cannot be read: give a PEM file of the CA that signed \(service)'s certificate.")
        }
    }
}
