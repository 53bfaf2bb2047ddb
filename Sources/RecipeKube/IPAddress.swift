/// An IPv4 or IPv6 address, parsed the way Kubernetes 1.28–1.32 parse them
/// (`netutils.ParseIPSloppy`: IPv4 parts with leading zeros are read as decimal).
///
/// An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is an IPv4 address, as Go's `To4` treats it.
struct IPAddress: Hashable, Sendable {
    /// 4 bytes for IPv4, 16 for IPv6.
    var bytes: [UInt8]

    var family: IPFamily { bytes.count == 4 ? .ipv4 : .ipv6 }

    /// Parses an address; nil when `text` is not one (zones, CIDRs and spaces are refused).
    init?(_ text: String) {
        let utf8 = Array(text.utf8)
        if utf8.contains(UInt8(ascii: ":")) {
            guard let v6 = Self.parseIPv6(utf8[...]) else { return nil }
            if v6[0..<10].allSatisfy({ $0 == 0 }) && v6[10] == 0xFF && v6[11] == 0xFF {
                bytes = Array(v6[12..<16])
            } else {
                bytes = v6
            }
        } else {
            guard let v4 = Self.parseIPv4(utf8[...]) else { return nil }
            bytes = v4
        }
    }

    /// `0.0.0.0` or `::`.
    var isUnspecified: Bool { bytes.allSatisfy { $0 == 0 } }

    /// `127.0.0.0/8` or `::1`.
    var isLoopback: Bool {
        family == .ipv4 ? bytes[0] == 127 : bytes[0..<15].allSatisfy { $0 == 0 } && bytes[15] == 1
    }

    /// `169.254.0.0/16` or `fe80::/10`.
    var isLinkLocalUnicast: Bool {
        family == .ipv4
            ? bytes[0] == 169 && bytes[1] == 254 : bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80
    }

    /// `224.0.0.0/24` or IPv6 multicast with link-local scope (`ffX2::/16`).
    var isLinkLocalMulticast: Bool {
        family == .ipv4
            ? bytes[0] == 224 && bytes[1] == 0 && bytes[2] == 0
            : bytes[0] == 0xFF && bytes[1] & 0x0F == 0x02
    }

    private static func parseIPv4(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        let parts = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var out: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 8, part.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            else { return nil }
            let value = part.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard value <= 255 else { return nil }
            out.append(UInt8(value))
        }
        return out
    }

    private static func parseIPv6(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        guard text.count <= 45 else { return nil }
        var head: [UInt8] = []
        var tail: [UInt8] = []
        var sawGap = false
        var rest = text
        if rest.starts(with: [0x3A, 0x3A]) {
            sawGap = true
            rest = rest.dropFirst(2)
            if rest.isEmpty { return Array(repeating: 0, count: 16) }
        }
        while !rest.isEmpty {
            let end = rest.firstIndex(of: UInt8(ascii: ":")) ?? rest.endIndex
            let group = rest[rest.startIndex..<end]
            let isLast = end == rest.endIndex
            if isLast, group.contains(UInt8(ascii: ".")) {
                guard let v4 = parseIPv4(group) else { return nil }
                if sawGap { tail += v4 } else { head += v4 }
                break
            }
            guard let value = hexGroup(group) else { return nil }
            let pair = [UInt8(value >> 8), UInt8(value & 0xFF)]
            if sawGap { tail += pair } else { head += pair }
            if isLast { break }
            rest = rest[(end + 1)...]
            if rest.first == UInt8(ascii: ":") {
                guard !sawGap else { return nil }
                sawGap = true
                rest = rest.dropFirst()
                if rest.isEmpty { break }
            } else if rest.isEmpty {
                return nil
            }
        }
        let count = head.count + tail.count
        if sawGap {
            guard count <= 14 else { return nil }
            return head + Array(repeating: 0, count: 16 - count) + tail
        }
        return count == 16 ? head : nil
    }

    private static func hexGroup(_ group: ArraySlice<UInt8>) -> Int? {
        guard !group.isEmpty, group.count <= 4 else { return nil }
        var value = 0
        for byte in group {
            let digit: Int
            switch byte {
            case 0x30...0x39: digit = Int(byte - 0x30)
            case 0x41...0x46: digit = Int(byte - 0x41 + 10)
            case 0x61...0x66: digit = Int(byte - 0x61 + 10)
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }
}

/// An address block written `address/prefix` (host bits are allowed, as in 1.28–1.32).
struct IPNetwork: Hashable, Sendable {
    var address: IPAddress
    var prefixLength: Int

    /// Parses a CIDR; nil when `text` is not one.
    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let address = IPAddress(String(parts[0])), !parts[1].isEmpty,
            parts[1].count <= 3, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
            let prefix = Int(parts[1])
        else { return nil }
        let written = parts[0].contains(":") ? 128 : 32
        guard prefix <= written else { return nil }
        self.address = address
        self.prefixLength = address.family == .ipv4 && written == 128 ? max(prefix - 96, 0) : prefix
    }

    /// Whether `ip` lies in the block.
    func contains(_ ip: IPAddress) -> Bool {
        guard ip.family == address.family else { return false }
        var remaining = prefixLength
        for (a, b) in zip(address.bytes, ip.bytes) where remaining > 0 {
            let bits = min(remaining, 8)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if a & mask != b & mask { return false }
            remaining -= bits
        }
        return true
    }
}
