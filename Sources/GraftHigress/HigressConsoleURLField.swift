/// The Higress console's dashboard URL field, which holds at most 256 characters.
///
/// The console is a web page, so it counts a string's JavaScript `length`: UTF-16 code units. A character outside
/// the Basic Multilingual Plane counts twice; percent-encoded text counts each `%HH` as three.
public enum HigressConsoleURLField {
    /// The most UTF-16 code units the field accepts.
    public static let maximumLength = 256

    /// The URL's length as the console counts it, in UTF-16 code units.
    public static func length(of url: String) -> Int { url.utf16.count }

    /// Whether the console field accepts the URL.
    public static func accepts(_ url: String) -> Bool { length(of: url) <= maximumLength }
}
