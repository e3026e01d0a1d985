import Foundation
import JaarverslagKit

extension DashboardPage {
    /// Publishing: whether the year is ready (`status --final`), and if not, why; the build
    /// (published edition, or on purpose a draft edition); and the files built so far.
    func publishCard() -> HTML {
        var children: [HTML] = [el("h2", [("id", "publiceren")], t(Messages.publishHeading))]
        let ready = publishing.reasons.isEmpty
        if ready {
            children.append(el("p", [("class", "lead"), ("id", "publish-state")], t(Messages.ready)))
        } else {
            children.append(el("p", [("id", "publish-state")], t(Messages.notReady(publishing.reasons.count))))
            children.append(el("ul", [("class", "reasons"), ("id", "reasons")], publishing.reasons.map { el("li", [], t($0)) }))
        }
        var controls: [HTML] = []
        if publishing.pdfAvailable {
            controls.append(
                el(
                    "label", [("class", "check")],
                    [el("input", [("type", "checkbox"), ("id", "with-pdf"), ("checked", "")]), .text(" " + t(Messages.withPDF))]))
        } else {
            controls.append(el("span", [("class", "hint"), ("id", "no-pdf")], t(Messages.noPDF)))
        }
        if ready {
            controls.append(el("button", [("type", "button"), ("class", "primary"), ("id", "build")], t(Messages.build)))
        }
        controls.append(
            el(
                "button", [("type", "button"), ("class", ready ? "secondary" : "primary"), ("id", "build-draft")],
                t(Messages.buildDraft)))
        children.append(el("div", [("class", "build-bar needs-script"), ("hidden", "")], controls))
        children.append(el("p", [("class", "hint")], t(ready ? Messages.publishedWhere : Messages.draftWhere)))
        children.append(el("div", [("id", "build-result"), ("role", "status"), ("aria-live", "polite")], []))
        children.append(fileLists())
        return el("section", [("class", "card publish"), ("aria-labelledby", "publiceren")], children)
    }

    private func fileLists() -> HTML {
        var lists: [HTML] = []
        for (edition, heading) in [(Publisher.Edition.published, Messages.publishedFiles), (.draft, Messages.draftFiles)] {
            let files = publishing.files.filter { $0.edition == edition }
            guard !files.isEmpty else { continue }
            let built = files.compactMap(\.modified).max().map { EditorPage.format($0) } ?? ""
            lists.append(
                el(
                    "div", [("class", "files"), ("data-edition", edition.rawValue)],
                    [
                        el("h3", [], t(heading) + (built.isEmpty ? "" : " (\(built))")),
                        el("ul", [], files.map(fileItem)),
                    ]))
        }
        return el("div", [("id", "files")], lists)
    }

    private func fileItem(_ file: BuiltFile) -> HTML {
        el(
            "li", [],
            [
                el(
                    "a", [("href", file.url), ("data-format", file.format)] + (file.format == "html" ? [] : [("download", file.name)]),
                    t(Messages.format(file.format))),
                .text(" · \(file.name) · " + Self.size(file.size)),
            ])
    }

    /// `1,2 MB`, `48 kB`, the Dutch way.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_000_000 {
            return String(format: "%.1f MB", Double(bytes) / 1_000_000).replacingOccurrences(of: ".", with: ",")
        }
        return "\(max(1, (bytes + 500) / 1000)) kB"
    }
}
