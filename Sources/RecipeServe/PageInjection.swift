/// What serve mode adds to the HTML pages it sends: the live-reload script and, after a failed
/// rebuild, an overlay with the build's diagnostics. Other responses are sent as built.
///
/// The script and the overlay's style are separate files under ``prefix``, so a page whose
/// Content-Security-Policy allows only its own origin's scripts still reloads.
enum PageInjection {
    /// Paths under this prefix belong to the server, not to the site.
    static let prefix = "/_recipegen/"
    static let eventsPath = prefix + "events"
    static let scriptPath = prefix + "live.js"
    static let stylePath = prefix + "overlay.css"

    /// `html` with the script (and the overlay, when `failure` is set) before its last `</body>`.
    static func inject(into html: [UInt8], generation: Int, failure: String?) -> [UInt8] {
        var snippet = ""
        if let failure { snippet += overlay(failure) }
        snippet += "<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>\n"
        let insertion = Array(snippet.utf8)
        guard let index = lastBodyClose(in: html) else { return html + insertion }
        return Array(html[..<index]) + insertion + Array(html[index...])
    }

    /// A page that holds only the overlay, for when no site has been built yet.
    static func failurePage(_ failure: String, generation: Int) -> [UInt8] {
        let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>recipegen: build failed</title>\n</head>\n<body>\n</body>\n</html>\n"
        return inject(into: Array(page.utf8), generation: generation, failure: failure)
    }

    /// The overlay's markup with the diagnostics escaped.
    static func overlay(_ failure: String) -> String {
        "<link rel=\"stylesheet\" href=\"\(stylePath)\">\n"
            + "<div id=\"recipegen-overlay\" role=\"alertdialog\" aria-labelledby=\"recipegen-overlay-title\">\n"
            + "<h2 id=\"recipegen-overlay-title\">The last rebuild failed</h2>\n"
            + "<p>This is the last good build; it will reload when the problems below are fixed.</p>\n"
            + "<pre>" + escape(failure) + "</pre>\n</div>\n"
    }

    /// Escapes text for an HTML element or attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The byte offset of the last `</body>` (any case), if any.
    static func lastBodyClose(in html: [UInt8]) -> Int? {
        let needle = Array("</body>".utf8)
        guard html.count >= needle.count else { return nil }
        var index = html.count - needle.count
        while index >= 0 {
            var matches = true
            for offset in 0..<needle.count where lowercase(html[index + offset]) != needle[offset] {
                matches = false
                break
            }
            if matches { return index }
            index -= 1
        }
        return nil
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// Reloads the page when the server reports a generation other than the page's own.
    static let script = """
        (function () {
          var script = document.currentScript;
          var generation = script ? script.getAttribute("data-generation") : null;
          var source = new EventSource("\(eventsPath)");
          function check(event) {
            if (event.data !== generation) { source.close(); location.reload(); }
          }
          source.addEventListener("hello", check);
          source.addEventListener("reload", check);
        })();

        """

    /// The overlay covers the page and stays readable in light and dark mode.
    static let style = """
        #recipegen-overlay {
          position: fixed; inset: 0; z-index: 2147483647; overflow: auto;
          padding: 2rem; background: rgba(20, 20, 24, 0.96); color: #f4f4f5;
          font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        }
        #recipegen-overlay h2 { margin: 0 0 0.5rem; color: #fca5a5; font-size: 1.25rem; }
        #recipegen-overlay pre { white-space: pre-wrap; margin: 1rem 0 0; }

        """
}
