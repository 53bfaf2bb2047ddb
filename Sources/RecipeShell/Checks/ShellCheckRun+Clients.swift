import RecipeDiagnostics

/// curl, wget, nslookup, host, dig, nc and telnet: which words are hosts and URLs.
extension ShellCheckRun {
    static let curlShortValues = Set("oHdXuAemwxbcTFKErUYyzCPQt")
    static let curlLongValues: Set<String> = [
        "output", "header", "data", "data-raw", "data-binary", "data-urlencode", "json", "request",
        "user", "user-agent", "referer", "max-time", "connect-timeout", "write-out", "proxy",
        "cookie", "cookie-jar", "upload-file", "form", "config", "cert", "key", "cacert",
        "resolve", "retry", "retry-delay", "retry-max-time", "interface", "unix-socket",
        "limit-rate", "range", "connect-to", "noproxy", "oauth2-bearer", "pass", "proxy-user",
        "variable", "output-dir", "cert-type", "key-type", "capath", "ciphers", "dns-servers",
    ]
    static let wgetShortValues = Set("OoaTtwUPeiBYQ")
    static let lookupShortValues = Set("tWRcmN")
    static let digShortValues = Set("tpcxbfkqy")
    static let netcatShortValues = Set("wpsiqxXWTOI")
    static let digRecordTypes: Set<String> = [
        "A", "AAAA", "SRV", "CNAME", "ANY", "TXT", "PTR", "MX", "NS", "SOA", "IN", "AXFR",
    ]
    static let wgetLongValues: Set<String> = [
        "output-document", "output-file", "header", "user-agent", "timeout", "tries", "post-data",
        "body-data", "method", "directory-prefix", "user", "password", "wait", "append-output",
    ]

    /// Runs the checks of a command that runs inside a pod (after `kubectl exec … --`).
    func checkRemoteCommand(_ invocation: Invocation) {
        checkSimpleCommand(
            invocation.command, pipeline: invocation.pipeline, position: invocation.position,
            inPod: invocation.inPod)
    }

    /// The positional arguments of a command whose options are `-x`, `-xVALUE`, `-x VALUE`
    /// (when `x` is in `shortValues`), `--name=value` and `--name value` (in `longValues`).
    func operands(
        _ arguments: ArraySlice<ShellWord>, shortValues: Set<Character>, longValues: Set<String>
    ) -> [ShellWord] {
        var result: [ShellWord] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let word = arguments[index]
            let text = word.value
            index += 1
            if text.hasPrefix("--"), text.count > 2 {
                let name = String(text.dropFirst(2))
                if name == "url", index < arguments.endIndex {
                    result.append(arguments[index])
                    index += 1
                } else if longValues.contains(name) {
                    index += 1
                }
            } else if text.hasPrefix("-"), text.count > 1 {
                let letters = Array(text.dropFirst())
                if let position = letters.firstIndex(where: { shortValues.contains($0) }),
                    position == letters.count - 1
                {
                    index += 1
                }
            } else {
                result.append(word)
            }
        }
        return result
    }

    func checkCurl(_ arguments: ArraySlice<ShellWord>, inPod: String?) {
        for word in operands(
            arguments, shortValues: Self.curlShortValues, longValues: Self.curlLongValues)
        {
            checkURL(word, inPod: inPod)
        }
    }

    func checkWget(_ arguments: ArraySlice<ShellWord>, inPod: String?) {
        for word in operands(
            arguments, shortValues: Self.wgetShortValues, longValues: Self.wgetLongValues)
        {
            checkURL(word, inPod: inPod)
        }
    }

    /// `nslookup NAME [SERVER]`, `host [-t TYPE] NAME [SERVER]`: the first operand is a name.
    func checkLookup(_ arguments: ArraySlice<ShellWord>, inPod: String?) {
        let names = operands(arguments, shortValues: Self.lookupShortValues, longValues: [])
        guard let name = names.first else { return }
        checkName(name, inPod: inPod)
    }

    func checkDig(_ arguments: ArraySlice<ShellWord>, inPod: String?) {
        for word in operands(arguments, shortValues: Self.digShortValues, longValues: []) {
            guard let text = word.literal, !text.hasPrefix("@"), !text.hasPrefix("+"),
                !Self.digRecordTypes.contains(text.uppercased()) || text.contains(".")
            else { continue }
            checkName(word, inPod: inPod)
        }
    }

    /// `nc [-zv] [-w N] HOST PORT…`, `telnet HOST PORT`.
    func checkNetcat(_ arguments: ArraySlice<ShellWord>, inPod: String?) {
        let words = operands(arguments, shortValues: Self.netcatShortValues, longValues: [])
        guard let hostWord = words.first else { return }
        let ports = words.dropFirst().compactMap { word in
            word.literal.flatMap(Int.init).map { ($0, word.range) }
        }
        let host = Array(hostWord.value.utf8)
        if ports.isEmpty {
            checkHost(host: host, hostStart: 0, in: hostWord, port: nil, inPod: inPod)
        }
        for (port, range) in ports {
            checkHost(
                host: host, hostStart: 0, in: hostWord, port: (port, range, nil), inPod: inPod)
        }
    }

    /// A DNS name without a port.
    private func checkName(_ word: ShellWord, inPod: String?) {
        checkHost(host: Array(word.value.utf8), hostStart: 0, in: word, port: nil, inPod: inPod)
    }

    /// `scheme://[user@]host[:port][/path]` or `host[:port][/path]` (curl's default is http).
    func checkURL(_ word: ShellWord, inPod: String?) {
        let bytes = Array(word.value.utf8)
        var start = 0
        var scheme = "http"
        if let separator = Self.find([0x3A, 0x2F, 0x2F], in: bytes) {
            scheme = String(decoding: bytes[..<separator], as: UTF8.self).lowercased()
            start = separator + 3
        }
        guard scheme == "http" || scheme == "https" else { return }
        var end = start
        while end < bytes.count,
            ![UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#")].contains(bytes[end])
        { end += 1 }
        if let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")) { start = at + 1 }
        guard start < end, bytes[start] != UInt8(ascii: "[") else { return }
        let colon = bytes[start..<end].firstIndex(of: UInt8(ascii: ":"))
        let host = Array(bytes[start..<(colon ?? end)])
        var port: (Int, SourceRange, String?)?
        if let colon {
            let text = String(decoding: bytes[(colon + 1)..<end], as: UTF8.self)
            guard let number = Int(text) else { return }
            port = (number, subrange(word, from: colon + 1, to: end) ?? word.range, nil)
        } else {
            let number = scheme == "https" ? 443 : 80
            port = (
                number, subrange(word, from: start, to: end) ?? word.range,
                "the default port of \(scheme)://"
            )
        }
        checkHost(host: host, hostStart: start, in: word, port: port, inPod: inPod)
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for index in 0...(bytes.count - needle.count)
        where bytes[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
