/// Grafana's rules for uids and slugs (pkg/util/shortid_generator.go, slugify), as the emulator applies them.
enum GrafanaIdentifiers {
    /// Longest uid Grafana accepts.
    static let maximumUIDLength = 40

    /// Why `uid` is refused, as Grafana words it; `nil` when it is acceptable (empty is: one is generated).
    static func uidProblem(_ uid: String) -> String? {
        let allowed = uid.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return true
            default: return false
            }
        }
        if !allowed { return "uid contains illegal characters" }
        if uid.count > maximumUIDLength { return "uid too long, max 40 characters" }
        return nil
    }

    /// A new uid in the shape `util.GenerateShortUID()` gives in one stored version: a letter,
    /// then hex digits, then a letter (the exact shape differs across Grafana versions).
    static func generateUID<G: RandomNumberGenerator>(using random: inout G) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let hex = Array("0123456789abcdef")
        var uid = String(letters[Int(random.next() % 26)])
        for _ in 0..<12 { uid.append(hex[Int(random.next() % 16)]) }
        uid.append(letters[Int(random.next() % 26)])
        return uid
    }

    /// A k8s object uid as the app platform shows it (`metadata.uid`, 44 characters, unrelated to
    /// the dashboard uid). GUESS: its alphabet; clients treat it as opaque.
    static func objectUID<G: RandomNumberGenerator>(using random: inout G) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<44).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    }

    /// The URL slug of a title: lower case, runs of anything but letters and digits become `-`.
    /// GUESS: Grafana's slugify also transliterates; letters outside ASCII are kept here as they are.
    static func slug(_ title: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in title.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
