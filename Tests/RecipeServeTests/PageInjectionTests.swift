import Testing

@testable import RecipeServe

@Suite struct PageInjectionTests {
    @Test func insertsBeforeTheLastBodyClose() {
        let html = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let out = String(decoding: PageInjection.inject(into: html, generation: 7, failure: nil), as: UTF8.self)
        #expect(out == "<html><body><p>&lt;/body&gt;</p><script src=\"/_recipegen/live.js\" data-generation=\"7\"></script>\n</BODY></html>")
    }

    @Test func appendsWhenThereIsNoBody() {
        let out = String(decoding: PageInjection.inject(into: Array("<p>x".utf8), generation: 1, failure: nil), as: UTF8.self)
        #expect(out == "<p>x<script src=\"/_recipegen/live.js\" data-generation=\"1\"></script>\n")
    }

    @Test func escapesTheDiagnosticsInTheOverlay() {
        let overlay = PageInjection.overlay("error[RG1]: '<script>' & \"x\"")
        #expect(overlay.contains("<pre>error[RG1]: &#39;&lt;script&gt;&#39; &amp; &quot;x&quot;</pre>"))
    }
}
