import Foundation
import Testing
@testable import JaarverslagKit

@Suite struct DocBookReaderTests {
    func read(_ xml: String) -> Result<Report, DocBookReader.Failure> {
        DocBookReader.read(data: Data(xml.utf8), path: "in.xml")
    }

    @Test func readsBackWhatTheRendererWrites() throws {
        let sources = try YearLoader.load(year: 2099, from: TestSupport.everythingWorkspace).get()
        let report = Pipeline.assemble(sources)
        let xml = DocBookRenderer().render(report)
        let back = try read(xml).get()
        #expect(DocBookRenderer().render(back) == xml)
        #expect(back.foreword?.signature == report.foreword?.signature)
        #expect(back.memberList == report.memberList)
        #expect(back.chapters.map(\.id) == report.chapters.map(\.id))
    }

    @Test func refusesADoctypeWithAnExternalEntity() {
        let result = read(
            """
            <?xml version="1.0"?>
            <!DOCTYPE book [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <book xmlns="http://docbook.org/ns/docbook"><info><title>&x;</title></info></book>
            """)
        guard case .failure(let failure) = result else { Issue.record("accepted"); return }
        #expect(failure.message.en.contains("DOCTYPE"))
    }

    @Test func refusesBillionLaughs() {
        var entities = "<!ENTITY l0 \"lol\">"
        for level in 1...9 { entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let result = read(
            "<?xml version=\"1.0\"?><!DOCTYPE book [\(entities)]><book xmlns=\"http://docbook.org/ns/docbook\"><info><title>&l9;</title></info></book>"
        )
        guard case .failure = result else { Issue.record("accepted"); return }
    }

    @Test func refusesWhatIsNotDocBook() {
        guard case .failure(let failure) = read("<html><body>hallo</body></html>") else { Issue.record("accepted"); return }
        #expect(failure.message.en.contains("not a DocBook 5 book"))
        guard case .failure(let broken) = read("<book xmlns=\"http://docbook.org/ns/docbook\"><info>") else {
            Issue.record("accepted"); return
        }
        #expect(broken.message.en.contains("not well-formed"))
    }

    @Test func refusesElementsItDoesNotKnow() {
        let result = read(
            """
            <book xmlns="http://docbook.org/ns/docbook"><info><title>T</title></info>
            <chapter xml:id="hoofdstuk.a"><info><title>A</title></info><table/></chapter></book>
            """)
        guard case .failure(let failure) = result else { Issue.record("accepted"); return }
        #expect(failure.line == 2)
        #expect(failure.message.en.contains("unexpected element `table`"))
    }
}
