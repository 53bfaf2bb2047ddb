/// Resolves scalars the way Kubernetes' YAML decoder does (go-yaml v2, YAML 1.1 flavour).
///
/// Quoted and block scalars are strings. Plain scalars are null (`~`, `null`, empty), booleans
/// (`true`, `yes`, `on`, `y` and their negatives, in the three spellings), integers (decimal,
/// `0x`, `0o`, `0b`, a leading-zero octal, `_` separators) and floats (`1.5`, `1e3`, `.inf`,
/// `.nan`); everything else is a string. Explicit core tags (`!!str`, `!!int`, …) win.
public enum ScalarResolver {
    public static func resolve(_ text: String, style: YAMLScalar.Style, tag: String?) -> YAMLValue {
        if let tag, tag != "?" {
            switch tag {
            case "tag:yaml.org,2002:str", "!": return .string(text)
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool": return boolean(text).map(YAMLValue.bool) ?? .string(text)
            case "tag:yaml.org,2002:int": return integer(text).map(YAMLValue.int) ?? .string(text)
            case "tag:yaml.org,2002:float": return float(text).map(YAMLValue.float) ?? .string(text)
            default: break
            }
        }
        guard style == .plain else { return .string(text) }
        if mayBeKeyword(text) {
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            default: break
            }
            if let bool = boolean(text) { return .bool(bool) }
        }
        guard let first = text.utf8.first,
            (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        else { return .string(text) }
        if let int = integer(text) { return .int(int) }
        if let double = float(text) { return .float(double) }
        return .string(text)
    }

    /// Whether `text` could be a null or boolean word: at most five bytes, starting with one of
    /// their first letters. Most scalars (keys, names) are not, and skip the string comparisons.
    static func mayBeKeyword(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first else { return true }
        guard utf8.count <= 5 else { return false }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "y"), UInt8(ascii: "Y"),
            UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "f"),
            UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }

    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return true
        case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    static func integer(_ text: String) -> Int? {
        plainDecimal(text) ?? anyInteger(text)
    }

    /// An integer in any of YAML 1.1's forms: sign, `_` separators, `0x`, `0o`, `0b`, `0`.
    static func anyInteger(_ text: String) -> Int? {
        var digits = Substring(text.filter { $0 != "_" })
        var negative = false
        if digits.first == "-" || digits.first == "+" {
            negative = digits.first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var radix = 10
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
            radix = 16
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0o") || digits.hasPrefix("0O") {
            radix = 8
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0b") || digits.hasPrefix("0B") {
            radix = 2
            digits = digits.dropFirst(2)
        } else if digits.count > 1 && digits.first == "0" {
            radix = 8
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, let magnitude = UInt64(digits, radix: radix) else { return nil }
        if negative {
            guard magnitude <= UInt64(Int.max) + 1 else { return nil }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt64(Int.max) else { return nil }
        return Int(magnitude)
    }

    /// The value of an optionally signed run of at most 18 decimal digits without a leading
    /// zero (`80`, `-1`, `30080`: most numbers in manifests); nil for anything else, which the
    /// general rules then read.
    static func plainDecimal(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard utf8.count <= 19 else { return nil }
        var value = 0
        var digits = 0
        var negative = false
        for (index, byte) in utf8.enumerated() {
            if index == 0, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                negative = byte == UInt8(ascii: "-")
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            // '0' alone is zero; '012' is octal and '0_1' has a separator: the general rules.
            if digits == 1, value == 0 { return nil }
            // Nineteen digits may not fit an Int: the general rules check the range.
            guard digits < 18 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    static func float(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        var bytes = Array(text.utf8)[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        func digitRun() -> Int {
            var count = 0
            while let b = bytes.first, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
                bytes = bytes.dropFirst()
                count += 1
            }
            return count
        }
        let intDigits = digitRun()
        var fracDigits = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fracDigits = digitRun()
            if intDigits == 0 && fracDigits == 0 { return nil }
        } else if intDigits == 0 {
            return nil
        }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            if digitRun() == 0 { return nil }
        }
        guard bytes.isEmpty else { return nil }
        return Double(text)
    }
}
