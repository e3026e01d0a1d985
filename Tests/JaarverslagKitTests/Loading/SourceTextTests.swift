import Foundation
import Testing
@testable import JaarverslagKit

@Suite struct SourceTextTests {
    @Test func stripsTheByteOrderMarkAndNormalisesLineEnds() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("a\r\nb\rc\n".utf8)
        #expect(try SourceText.decode(data, path: "x.md").get() == "a\nb\nc\n")
    }

    @Test func recognisesWindows1252FromWord() {
        let data = "---\ntitle: Financi\u{EB}n\n".data(using: .windowsCP1252)!
        guard case .failure(let diagnostic) = SourceText.decode(data, path: "x.md") else {
            Issue.record("Windows-1252 was accepted")
            return
        }
        #expect(diagnostic.rule == .encodingWindows1252)
        #expect(diagnostic.location == TextLocation(path: "x.md", line: 2, column: 15))
        #expect(diagnostic.fix?.nl.contains("UTF-8") == true)
    }

    @Test func refusesUTF16() {
        let data = Data([0xFF, 0xFE]) + "---".data(using: .utf16LittleEndian)!
        guard case .failure(let diagnostic) = SourceText.decode(data, path: "x.md") else {
            Issue.record("UTF-16 was accepted")
            return
        }
        #expect(diagnostic.rule == .encodingUTF16)
    }
}
