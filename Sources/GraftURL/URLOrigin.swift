/// Where `scheme://[user-info@]host[:port]` sits at the start of an http(s) URL, as UTF-8 offsets.
struct URLOrigin: Sendable, Hashable {
    /// The scheme's bytes: `http` or `https` in any case.
    var schemeRange: Range<Int>
    /// The user-info's bytes before `@`, without the `@`.
    var userInfoRange: Range<Int>?
    /// The host's bytes; an IPv6 host keeps its brackets.
    var hostRange: Range<Int>
    /// The port number.
    var port: Int?
    /// The offset just past the authority: where the path, query or fragment starts.
    var end: Int

    /// Parses the origin at the start of `bytes`, the UTF-8 of `text`.
    init(parsing bytes: [UInt8], of text: String) throws(DashboardURLError) {
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        guard !bytes.isEmpty else { throw .empty }
        try Self.rejectUnencodedCharacters(bytes)

        var index = 0
        if bytes[0].isASCIILetter {
            index = 1
            while index < bytes.count, bytes[index].isASCIILetter || bytes[index].isASCIIDigit
                || bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
                || bytes[index] == UInt8(ascii: ".") { index += 1 }
        }
        guard index > 0, bytes[index...].starts(with: "://".utf8) else { throw .missingScheme(text) }
        schemeRange = 0..<index
        let scheme = bytes[schemeRange].lazy.map { $0 | 0x20 }
        guard scheme.elementsEqual("http".utf8) || scheme.elementsEqual("https".utf8) else {
            throw .unsupportedScheme(string(schemeRange))
        }

        let authorityStart = index + 3
        var authorityEnd = authorityStart
        while authorityEnd < bytes.count, bytes[authorityEnd] != UInt8(ascii: "/"),
              bytes[authorityEnd] != UInt8(ascii: "?"), bytes[authorityEnd] != UInt8(ascii: "#") { authorityEnd += 1 }
        end = authorityEnd

        var hostStart = authorityStart
        if let at = bytes[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) {
            userInfoRange = authorityStart..<at
            guard consistsOfURLCharacters(bytes[authorityStart..<at], allowing: UInt8(ascii: ":")) else {
                throw .invalidUserInfo(string(authorityStart..<at))
            }
            hostStart = at + 1
        } else {
            userInfoRange = nil
        }

        var hostEnd = hostStart
        if hostStart < authorityEnd, bytes[hostStart] == UInt8(ascii: "[") {
            guard let close = bytes[hostStart..<authorityEnd].firstIndex(of: UInt8(ascii: "]")) else {
                throw .invalidHost(string(hostStart..<authorityEnd))
            }
            hostEnd = close + 1
            guard hostEnd == authorityEnd || bytes[hostEnd] == UInt8(ascii: ":") else {
                throw .invalidHost(string(hostStart..<authorityEnd))
            }
        } else {
            while hostEnd < authorityEnd, bytes[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
        }
        guard hostEnd > hostStart else { throw .emptyHost(string(0..<authorityEnd)) }
        hostRange = hostStart..<hostEnd
        guard isValidHost(bytes[hostRange]) else { throw .invalidHost(string(hostRange)) }

        if hostEnd < authorityEnd {
            let digits = bytes[(hostEnd + 1)..<authorityEnd]
            guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy(\.isASCIIDigit),
                  case let number = digits.reduce(0, { $0 * 10 + Int($1 - UInt8(ascii: "0")) }),
                  (1...65_535).contains(number)
            else { throw .invalidPort(string((hostEnd + 1)..<authorityEnd)) }
            port = number
        } else {
            port = nil
        }
    }

    /// Throws for the first space, ASCII control character or DEL: a URL carries those percent-encoded.
    private static func rejectUnencodedCharacters(_ bytes: [UInt8]) throws(DashboardURLError) {
        guard let index = bytes.firstIndex(where: { $0 <= 0x20 || $0 == 0x7F }) else { return }
        let position = bytes[...index].count { $0 & 0xC0 != 0x80 }
        throw .unencodedCharacter(Unicode.Scalar(bytes[index]), position: position)
    }
}
