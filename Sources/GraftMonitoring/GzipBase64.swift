import CZlib

/// What grafana-operator's `gzipJson` holds: the dashboard's JSON gzipped, then in base64 (the field
/// is a Go `[]byte`, which Kubernetes reads from standard base64 with padding), the same bytes on
/// every platform for the same JSON.
enum GzipBase64 {
    /// `bytes` gzipped at zlib's best compression; `nil` when zlib fails (without memory for its state).
    static func gzip(_ bytes: [UInt8]) -> [UInt8]? {
        let capacity = graft_gzip_bound(bytes.count)
        var output = [UInt8](repeating: 0, count: capacity)
        let written = graft_gzip(bytes, bytes.count, &output, capacity)
        return written > 0 ? Array(output[..<written]) : nil
    }

    /// The standard base64 alphabet.
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` in standard base64, padded with `=`.
    static func base64(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            let group = (UInt32(bytes[index]) << 16) | (count > 1 ? UInt32(bytes[index + 1]) << 8 : 0) | (count > 2 ? UInt32(bytes[index + 2]) : 0)
            for position in 0..<4 {
                text.append(position <= count ? alphabet[Int((group >> (18 - 6 * UInt32(position))) & 63)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `gzipJson`'s value for `json`.
    static func encode(_ json: [UInt8]) -> String? { gzip(json).map(base64) }
}
