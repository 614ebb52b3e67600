import GraftModel

/// Gives panels without an explicit id one derived from their row's and their own title, so that
/// adding, removing or moving a panel never changes another panel's id.
///
/// Ids are 6 digits (100000...999999), away from the small numbers people pick by hand; a second
/// panel with the same row and title is told apart by its place among its namesakes, and a clash
/// with a taken id moves to the next free number.
struct PanelIDs {
    private var taken: Set<Int>
    private var namesakes: [String: Int] = [:]

    /// Starts with the ids set by hand already taken.
    init(explicit: Set<Int>) { taken = explicit }

    /// The id of the next panel without one.
    mutating func assign(row: String?, title: String) -> Int {
        let key = (row ?? "") + "\u{1F}" + title
        let occurrence = namesakes[key, default: 0]
        namesakes[key] = occurrence + 1
        var hash = PanelIDs.fnv1a(occurrence == 0 ? key : key + "\u{1F}\(occurrence)")
        var id = 100_000 + Int(hash % 900_000)
        while taken.contains(id) {
            hash &+= 1
            id = 100_000 + Int(hash % 900_000)
        }
        taken.insert(id)
        return id
    }

    /// 64-bit FNV-1a: stable across runs and platforms, unlike Swift's seeded `hashValue`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
