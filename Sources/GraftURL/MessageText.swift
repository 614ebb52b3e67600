/// How a value from outside (a URL, a path, a name) goes into a message: its password masked,
/// quoted, control characters escaped, and cut when long. Every message that repeats what it was
/// given goes through here, so a terminal never runs an escape sequence it was handed, a 9 MB
/// argument is not printed back, and a password in a URL never reaches a message.
public enum MessageText {
    /// The most characters of a value a message repeats; a longer one is cut and its length given.
    public static let maximumQuotedLength = 160

    /// `url` with its user-info masked: the user kept, the password replaced (`https://ann:***@host`),
    /// a user-info without a colon (often a token) replaced whole (`https://***@host`). A URL
    /// without a scheme is masked too (`ann:s3cret@host:3000` becomes `ann:***@host:3000`). The
    /// user-info is taken to end at the later of the last `@` before the first `/` of the authority
    /// and the last `@` before the query or fragment, so a password holding an unencoded `/` is
    /// masked whole. A `?` or `#` inside the authority (`ann:pa#ss@host`, a password a parser
    /// would cut into a fragment) makes the last `@` of the whole text end it: masking too much is
    /// the safe side.
    public static func maskingUserInfo(_ url: String) -> String {
        let scalars = Array(url.unicodeScalars)
        guard let userInfo = userInfoRange(scalars) else { return url }
        var masked = String.UnicodeScalarView(scalars[..<userInfo.lowerBound])
        if let colon = scalars[userInfo].firstIndex(of: ":") {
            masked.append(contentsOf: scalars[userInfo.lowerBound...colon])
        }
        masked.append(contentsOf: "***".unicodeScalars)
        masked.append(contentsOf: scalars[userInfo.upperBound...])
        return String(masked)
    }

    /// Whether `url` holds user-info where `maskingUserInfo` looks for it (so `http://h/p@x` counts:
    /// refusing too much is the safe side).
    public static func holdsUserInfo(_ url: String) -> Bool { userInfoRange(Array(url.unicodeScalars)) != nil }

    /// Whether `url`'s user-info, as `maskingUserInfo` finds it, holds a `?` or `#` a URL parser
    /// would take for the start of a query or fragment (`ann:pa#ss@host`): such a URL names
    /// another host than the one the user wrote, so it is refused, not parsed.
    public static func userInfoHoldsQueryOrFragmentMark(_ url: String) -> Bool {
        let scalars = Array(url.unicodeScalars)
        guard let userInfo = userInfoRange(scalars) else { return false }
        return scalars[userInfo].contains { $0 == "?" || $0 == "#" }
    }

    /// Where the user-info of `scalars` lies, up to (not including) the `@` that ends it.
    private static func userInfoRange(_ scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let firstAt = scalars.firstIndex(of: "@") else { return nil }
        // The scheme's `://` comes before the user-info, if there is one.
        let start = firstIndex(of: "://", in: scalars[..<firstAt]).map { $0 + 3 } ?? 0
        let rest = scalars[start...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? scalars.count
        let at: Int?
        if authorityEnd < scalars.count, scalars[authorityEnd] != "/" {
            at = rest.lastIndex(of: "@")
        } else {
            let queryStart = rest.firstIndex { $0 == "?" || $0 == "#" } ?? scalars.count
            at = [scalars[start..<authorityEnd].lastIndex(of: "@"), scalars[start..<queryStart].lastIndex(of: "@")].compactMap { $0 }.max()
        }
        return at.map { start..<$0 }
    }

    /// `value` between `mark`s (single quotes unless told) for a message, made safe by `sanitized`.
    public static func quoted(_ value: String, mark: Character = "'", limit: Int = maximumQuotedLength) -> String {
        let (text, count) = sanitizedPrefix(value, limit: limit)
        return count > limit ? "\(mark)\(text)…\(mark) (\(count) characters)" : "\(mark)\(text)\(mark)"
    }

    /// `value` made safe to print: control characters (C0, DEL, C1) and the characters that reorder
    /// text on screen escaped as `\u{1B}` (`\n`, `\r`, `\t` as such), and a value of more than
    /// `limit` characters cut, with its length (`http://g/d/abc?var-x=aaaa… (9437184 characters)`).
    public static func sanitized(_ value: String, limit: Int = maximumQuotedLength) -> String {
        let (text, count) = sanitizedPrefix(value, limit: limit)
        return count > limit ? "\(text)… (\(count) characters)" : text
    }

    /// A URL for a message: its user-info masked, then quoted.
    public static func quotedURL(_ url: String) -> String { quoted(maskingUserInfo(url)) }

    /// `64 MiB`, `512 KiB`, `300 bytes`: the largest binary unit that divides `bytes` evenly.
    public static func byteCount(_ bytes: Int) -> String {
        for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes >= size && bytes % size == 0 {
            return "\(bytes / size) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    /// The first `limit` characters of `value`, escaped, and how many characters it has in all.
    private static func sanitizedPrefix(_ value: String, limit: Int) -> (text: String, count: Int) {
        var text = ""
        var count = 0
        for character in value {
            count += 1
            guard count <= limit else { continue }
            for scalar in character.unicodeScalars { text += escaped(scalar) }
        }
        return (text, count)
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let value = scalar.value
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
            let reorders = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
            return isControl || reorders ? "\\u{\(String(value, radix: 16, uppercase: true))}" : String(scalar)
        }
    }

    /// Where `pattern` first starts in `scalars`.
    private static func firstIndex(of pattern: String, in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        let needle = Array(pattern.unicodeScalars)
        guard scalars.count >= needle.count else { return nil }
        return (scalars.startIndex...(scalars.endIndex - needle.count)).first { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
