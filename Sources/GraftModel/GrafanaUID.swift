/// Grafana's rule for dashboard, folder and datasource uids (pkg/util/shortid_generator.go:
/// `^[a-zA-Z0-9\-\_]*$`, and "uid too long, max 40 characters"); empty is not a uid here.
public enum GrafanaUID {
    /// The most characters Grafana accepts in a uid.
    public static let maximumLength = 40

    /// Whether Grafana accepts `character` in a uid.
    public static func allows(_ character: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(character) || ("A"..."Z").contains(character) || ("0"..."9").contains(character) || character == "-" || character == "_"
    }

    /// Whether `uid` is a non-empty uid Grafana accepts.
    public static func isValid(_ uid: String) -> Bool {
        !uid.isEmpty && uid.unicodeScalars.count <= maximumLength && uid.unicodeScalars.allSatisfy(allows)
    }
}
