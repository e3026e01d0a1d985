import Foundation
import Testing

/// `build --pdf`: the PDF looks like a printed report, and is the same file every time.
/// Needs WeasyPrint, the Noto fonts and poppler-utils (all installed by `.ci/run`).
@Suite(.enabled(if: Tool.path("weasyprint") != nil && Tool.path("pdftotext") != nil, "weasyprint or poppler-utils is not installed"))
struct PDFTests {
    /// The 2023 report built once with `--pdf`, shared by the tests that only read it.
    final class Built: Sendable {
        let folder: URL
        let pdf: URL
        let pages: [String]

        init(year: Int, environment: [String: String] = [:]) throws {
            folder = CLI.temporaryDirectory("pdf")
            let result = try CLI.run(["build", String(year), "--output-dir", folder.path, "--pdf"], environment: environment)
            guard result.status == 0 else { throw Failed(message: result.stderr) }
            pdf = folder.appendingPathComponent("jaarverslag-\(year).pdf")
            let text = try Tool.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).stdout
            pages = text.components(separatedBy: "\u{0C}").dropLast().map { $0 }
        }

        /// The lines of a page (1-based), without empty ones.
        func lines(_ page: Int) -> [String] {
            pages[page - 1].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        /// The first page after the contents whose text shows `heading` as a line of its own.
        func page(of heading: String) -> Int? {
            (3...pages.count).first { lines($0).contains(heading) }
        }
    }

    struct Failed: Error {
        var message: String
    }

    static let report2023: Result<Built, any Error> = Result { try Built(year: 2023) }
    static let chapters2023 = [
        "Voorwoord", "Pijler Werk en economie", "Pijler Sociaal", "Pijler Fysiek", "Overige themagroepen",
        "Informatie over de G40-steden",
    ]

    @Test func twoBuildsGiveTheSameBytes() throws {
        let first = try Self.report2023.get()
        // Seconds later, in another time zone and locale: the fonts' timestamps and the
        // creation date come from the report, not from the clock.
        let second = try Built(year: 2023, environment: ["TZ": "Pacific/Kiritimati", "LANG": "nl_NL.UTF-8"])
        defer { try? FileManager.default.removeItem(at: second.folder) }
        #expect(try Data(contentsOf: first.pdf) == Data(contentsOf: second.pdf))
    }

    @Test func a4WithTitleLanguageAndDateInTheMetadata() throws {
        let built = try Self.report2023.get()
        let info = try Tool.run("pdfinfo", ["-f", "1", "-l", "999", built.pdf.path]).stdout
        #expect(info.contains("Title:           Jaarverslag 2023 – G40 Stedennetwerk"))
        #expect(info.contains("Author:          G40 Stedennetwerk"))
        #expect(info.contains("CreationDate:    Sun Jan  1 00:00:00 2023 UTC"))
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }
        #expect(sizes.count == built.pages.count)
        #expect(sizes.allSatisfy { $0.hasSuffix("595.276 x 841.89 pts (A4)") })
        let bytes = try Data(contentsOf: built.pdf)
        #expect(bytes.range(of: Data("/Lang (nl)".utf8)) != nil)
    }

    /// Every font is embedded (and subset): the PDF looks the same on any computer.
    @Test func fontsAreEmbedded() throws {
        let fonts = try Tool.run("pdffonts", [try Self.report2023.get().pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font.contains("Noto"), "\(font)")
            #expect(font.contains(" yes yes yes "), "not embedded: \(font)")
        }
    }

    @Test func theCoverShowsNetworkAndTitle() throws {
        let built = try Self.report2023.get()
        #expect(built.lines(1) == ["G40 STEDENNETWERK", "Jaarverslag 2023"])
    }

    /// The contents give each chapter's page, and that is the page where the chapter starts.
    @Test func theContentsHaveTheRightPageNumbers() throws {
        let built = try Self.report2023.get()
        let contents = built.lines(2)
        #expect(contents.first == "Inhoud")
        for chapter in Self.chapters2023 {
            let entry = try #require(contents.first { $0.hasPrefix(chapter + " .") }, "\(chapter) is not in the contents")
            let number = Int(entry.split(separator: " ").last!)
            #expect(number == built.page(of: chapter), "\(chapter)")
        }
    }

    /// Each chapter starts a page; the pages after it carry its title as running head, the
    /// report's name, and the page number at the foot.
    @Test func chaptersStartAPageAndNameTheRunningHead() throws {
        let built = try Self.report2023.get()
        let starts = Self.chapters2023.compactMap(built.page(of:))
        #expect(starts.count == Self.chapters2023.count)
        for (chapter, start) in zip(Self.chapters2023, starts) {
            #expect(Array(built.lines(start).prefix(2)) == ["G40 Stedennetwerk · Jaarverslag 2023", chapter])
            let next = start + 1
            guard next <= built.pages.count, !starts.contains(next) else { continue }
            #expect(Array(built.lines(next).prefix(2)) == [chapter, "G40 Stedennetwerk · Jaarverslag 2023"], "page \(next)")
        }
        for page in 2...built.pages.count {
            #expect(built.lines(page).last == String(page), "page \(page) has no number at its foot")
        }
    }

    /// Long Dutch words are hyphenated (`hyphens: auto` with `lang="nl"`).
    @Test func dutchWordsAreHyphenated() throws {
        let built = try Self.report2023.get()
        let source = try String(contentsOf: CLI.packageRoot.appendingPathComponent("reports/2023/jaarverslag-2023.txt"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        var hyphenated = 0
        for page in 1...built.pages.count {
            // The page number closes the page; a word broken across pages is left out.
            let lines = built.lines(page).dropLast()
            for (line, next) in zip(lines, lines.dropFirst()) where line.hasSuffix("\u{2010}") {
                hyphenated += 1
                // The halves join into a word of the report: a break inside a word, not a dash.
                let head = line.dropLast().split(separator: " ").last.map(String.init) ?? ""
                let tail = next.split(separator: " ").first.map(String.init) ?? ""
                let word = (head + tail).trimmingCharacters(in: .punctuationCharacters)
                let inReport = source.contains(word)
                #expect(inReport, "\(head)‐ \(tail) is not a word of the report")
            }
        }
        #expect(hyphenated >= 20)
    }

    /// City names in the member list are never broken by hyphenation ("Eind‐hoven"); a line
    /// may still end at a name's own hyphen (Sittard-Geleen).
    @Test func cityNamesAreNotHyphenated() throws {
        let built = try Self.report2023.get()
        let members = "De 41 gemeenten van de G40 zijn:"
        let page = try #require((1...built.pages.count).last { built.lines($0).contains { $0.hasPrefix(members) } })
        let lines = built.lines(page).drop { !$0.hasPrefix(members) }
        #expect(lines.count > 2)
        #expect(!lines.contains { $0.hasSuffix("\u{2010}") }, "\(lines.filter { $0.hasSuffix("\u{2010}") })")
    }

    /// A list item that opens with a bold label ("Gezond Leven", then its paragraph) never
    /// leaves the label alone at the foot of a page.
    @Test func aListLabelStaysWithItsText() throws {
        let built = try Self.report2023.get()
        let page = try String(contentsOf: built.folder.appendingPathComponent("jaarverslag-2023.html"), encoding: .utf8)
        let labels = Set(page.matches(of: /<li>\s*<p><strong>([^<]+)<\/strong><\/p>\s*<p>/).map { String($0.1) })
        #expect(labels.contains("Gezond Leven"))
        for number in 2...built.pages.count {
            // The page number closes the page; the line above it ends the page's text (with the
            // item's bullet when it is the item's first line).
            let last = (built.lines(number).dropLast().last ?? "").trimmingPrefix("• ")
            #expect(!labels.contains(String(last)), "page \(number) ends with the label \(last)")
        }
    }

    /// The PDF is tagged for screen readers: headings (the contents and each chapter), lists
    /// and links are marked as such.
    @Test func theStructureIsTagged() throws {
        let built = try Self.report2023.get()
        let info = try Tool.run("pdfinfo", [built.pdf.path]).stdout
        #expect(info.contains("Tagged:          yes"))
        let text = String(decoding: try Data(contentsOf: built.pdf), as: UTF8.self)
        func count(_ tag: String) -> Int { text.components(separatedBy: "/S /\(tag)\n").count - 1 }
        #expect(count("H1") == 1)
        #expect(count("H2") == Self.chapters2023.count + 1)
        #expect(count("H3") >= 20)
        #expect(count("L") >= 10 && count("LI") >= 30)
        #expect(count("Link") >= 40)
    }

    /// The lettered lists of 2014 print as the report did: "a) Voorbereiding", with a space
    /// (WeasyPrint drops an ordinary space at the end of a list marker).
    @Test func letteredItemsHaveASpaceAfterTheBracket() throws {
        let built = try Built(year: 2014)
        defer { try? FileManager.default.removeItem(at: built.folder) }
        let lines = built.pages.joined().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for item in ["a) Voorbereiding G32 bestuur tweedaagse.", "b) Nationaal Hervorming Programma 2014.", "f) Living Labs."] {
            #expect(lines.contains(item), "\(item)")
        }
    }

    /// Bookmarks (the PDF outline) for the contents, the foreword and every chapter.
    @Test func bookmarksFollowTheHeadings() throws {
        let bytes = try Data(contentsOf: try Self.report2023.get().pdf)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("/Outlines"))
        let titles = Set(text.matches(of: /\/Title \(([^)]*)\)/).map { String($0.1) })
        for chapter in Self.chapters2023 + ["Inhoud", "Thema MKB en economische vernieuwing"] {
            #expect(titles.contains(chapter), "no bookmark for \(chapter)")
        }
    }

    /// No text runs into the margins or off the page: every word lies inside the text block
    /// of the print stylesheet (24 mm left, 22 mm right of an A4 page).
    @Test func noTextLeavesTheTextBlock() throws {
        let built = try Self.report2023.get()
        let boxes = try Tool.run("pdftotext", ["-bbox", built.pdf.path, "-"]).stdout
        let left = 24 / 25.4 * 72 - 0.5
        let right = 595.276 - 22 / 25.4 * 72 + 0.5
        var words = 0
        for word in boxes.matches(of: /xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)"/) {
            let (xMin, yMin, xMax, yMax) = (Double(word.1)!, Double(word.2)!, Double(word.3)!, Double(word.4)!)
            #expect(xMin >= left && xMax <= right && yMin >= 0 && yMax <= 841.89, "a word at \(xMin)–\(xMax), \(yMin)–\(yMax)")
            words += 1
        }
        #expect(words > 5000)
    }

    /// Without WeasyPrint, `--pdf` says how to install it and writes nothing at all.
    @Test func withoutWeasyPrintNothingIsWritten() throws {
        let output = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLI.run(["build", "2023", "--output-dir", output.path, "--pdf"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("apt-get install weasyprint"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    /// When WeasyPrint fails, the build fails and no output is replaced, not even the others.
    @Test func aFailingWeasyPrintReplacesNothing() throws {
        let output = CLI.temporaryDirectory()
        let tools = CLI.temporaryDirectory("tools")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: tools)
        }
        // Written close-on-exec, so that no process another test starts holds it open.
        let fake = tools.appendingPathComponent("weasyprint")
        let descriptor = open(fake.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o755)
        let script = Array("#!/bin/sh\necho 'kapot lettertype' >&2\nexit 1\n".utf8)
        #expect(script.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == script.count)
        close(descriptor)
        let old = output.appendingPathComponent("jaarverslag-2023.txt")
        try "vorige versie\n".write(to: old, atomically: true, encoding: .utf8)
        let result = try CLI.run(
            ["build", "2023", "--output-dir", output.path, "--pdf"], environment: ["PATH": tools.path + ":/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("WeasyPrint could not make the PDF: kapot lettertype [pdf-failed]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["jaarverslag-2023.txt"])
        #expect(try String(contentsOf: old, encoding: .utf8) == "vorige versie\n")
    }
}
