import Foundation

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

    /// Whether anything differs from the system's default verification.
    var isCustom: Bool { caCertificateFile != nil || insecure }

    /// Throws a `ConfigurationError` when the CA file cannot be read, or when this build cannot
    /// apply the options (they need libcurl, module CCurl).
    func validate() throws {
        #if !canImport(CCurl)
        if isCustom {
            throw ConfigurationError("This build of Graft cannot use a CA certificate file or --insecure: it was built without libcurl (install libcurl4-openssl-dev and rebuild).")
        }
        #endif
        if let file = caCertificateFile, !FileManager.default.isReadableFile(atPath: file) {
            throw ConfigurationError("The CA certificate file \(file) cannot be read: give a PEM file of the CA that signed Grafana's certificate.")
        }
    }
}
