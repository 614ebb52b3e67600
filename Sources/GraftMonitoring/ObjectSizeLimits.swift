import GraftJSON
import Yams

/// The size limits an object meets on its way into a cluster.
enum ObjectSizeLimits {
    /// The annotation `kubectl apply` keeps a copy of the applied object in.
    static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"
    /// What all annotations of an object may hold together, keys included (apimachinery's TotalAnnotationSizeLimitB).
    static let annotationBytes = 262_144
    /// What the data of a ConfigMap may hold (Kubernetes' MaxSecretSize, applied to ConfigMaps too).
    static let configMapDataBytes = 1_048_576

    /// The bytes the object's annotations would take after a client-side `kubectl apply`: its own
    /// annotations plus the copy, written as Go's JSON encoder writes it (which escapes `<`, `>`, `&`).
    static func annotationBytesAfterApply(_ object: Node, annotations: [String: String]) -> Int {
        var writer = JSONWriter(style: .compact)
        writer.value(jsonValue(object))
        let own = annotations.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count }
        // runtime.Encode ends the copy with a newline.
        return own + lastAppliedAnnotation.utf8.count + writer.bytes.count + goEscapeExtra(object) + 1
    }

    /// The node as a JSON value, as kubectl converts YAML: mappings, sequences, and scalars by tag.
    private static func jsonValue(_ node: Node) -> JSON {
        switch node {
        case .mapping(let mapping):
            return .object(JSONObject(mapping.map { ($0.key.string ?? "", jsonValue($0.value)) }))
        case .sequence(let sequence):
            return .array(sequence.map(jsonValue))
        case .scalar(let scalar):
            switch scalar.tag.rawValue {
            case Tag.Name.bool.rawValue: return .bool(scalar.string == "true")
            case Tag.Name.int.rawValue: return JSONNumber(literal: scalar.string).map(JSON.number) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .alias:
            return .null
        }
    }

    /// What Go's encoder writes beyond GraftJSON's compact form: `\u003c` for `<`, `>`, `&`; `\u2028`,
    /// `\u2029` escaped; `\u0008`, `\u000c` for backspace and form feed (older Go).
    static func goEscapeExtra(_ node: Node) -> Int {
        switch node {
        case .mapping(let mapping):
            return mapping.reduce(0) { $0 + goEscapeExtra($1.key) + goEscapeExtra($1.value) }
        case .sequence(let sequence):
            return sequence.reduce(0) { $0 + goEscapeExtra($1) }
        case .scalar(let scalar):
            // Over the UTF-8 bytes, several times cheaper than decoding characters: scalars hold whole dashboards.
            var extra = 0, last: UInt8 = 0, beforeLast: UInt8 = 0
            for byte in Array(scalar.string.utf8) {
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): extra += 5  // \u003c for one byte
                case 0x08, 0x0C: extra += 4  // \u0008 for \b
                case 0xA8...0xA9 where beforeLast == 0xE2 && last == 0x80: extra += 3  // \u2028 for E2 80 A8
                default: break
                }
                (beforeLast, last) = (last, byte)
            }
            return extra
        case .alias:
            return 0
        }
    }

    /// `262144` as `262,144`, for messages.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}
