/// Equality of JSON values down to each number's text, which `==` compares by value.
public enum JSONExactness {
    /// Whether `a` and `b` are the same JSON, numbers written alike (objects in any order).
    public static func same(_ a: JSON?, _ b: JSON?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (.number(x)?, .number(y)?): return x.text == y.text
        case let (.array(x)?, .array(y)?): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case let (.object(x)?, .object(y)?): return same(x, y)
        default: return a == b
        }
    }

    /// Whether two objects have the same members, numbers written alike.
    public static func same(_ a: JSONObject, _ b: JSONObject) -> Bool {
        a.count == b.count && a.members.allSatisfy { same($0.value, b[$0.key]) }
    }
}
