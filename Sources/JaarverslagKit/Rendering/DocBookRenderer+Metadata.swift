/// What the DocBook says about the report and its groups besides their text, in the
/// vocabulary the standard tools (DocBook XSL, pandoc, dblatex) know:
///
/// - the network is the book's author, `author/personname` (DocBook XSL's FO back page and
///   dblatex print only a personal name; as an `orgname` they show an empty author), and the
///   report's year its `pubdate` and `date` (dblatex prints `date`, pandoc reads it);
/// - the published edition is the one `revision` of a `revhistory`: the year, the network's
///   short name and the title. dblatex's stock style always prints a revision table and a
///   table of collaborators after the title page; these fill both with the report's own facts
///   instead of leaving them empty or dated with the day of the build;
/// - the foreword's signatory is a `para role="signature"` with a `personname` and a
///   `jobtitle`, not an `info/author`, which pandoc would make the author of the whole book;
/// - a chapter's opening group is a `biblioid class="other" otherclass="group"`;
/// - an earlier name is a `bibliorelation type="replaces"`, its `otherclass` naming the report
///   it had that name in (`jaarverslag-2014`);
/// - chairs and trekkers are a `para role="chairs"` under the title, `Trekkers: Dordrecht en
///   Apeldoorn.`, each a `phrase` with the role: every tool shows them with their role, where
///   DocBook XSL and dblatex show an `othercredit` as a bare name.
extension DocBookRenderer {
    func writeInfo(_ report: Report, to writer: XMLWriter) {
        writer.startBlock("info")
        writer.line("title", report.title)
        writer.startBlock("author")
        writer.line("personname", report.network.name)
        writer.endBlock()
        writer.line("pubdate", report.publicationDate)
        writer.line("date", report.publicationDate)
        writer.startBlock("revhistory")
        writer.startBlock("revision")
        writer.line("revnumber", report.publicationDate)
        writer.line("date", report.publicationDate)
        writer.line("authorinitials", report.network.shortName)
        writer.line("revremark", "\(report.title), \(report.network.name)" + (report.isDraft ? " – \(Report.draftMark)" : ""))
        writer.endBlock()
        writer.endBlock()
        writer.endBlock()
    }

    /// `Paul Depla, voorzitter G40 Stedennetwerk`, under the foreword.
    func write(_ signature: Signature, to writer: XMLWriter) {
        writer.startLine("para", attributes: [("role", "signature")])
        writer.startInline("personname")
        writer.text(signature.name)
        writer.endInline()
        if let role = signature.role {
            writer.text(", ")
            writer.startInline("jobtitle")
            writer.text(role)
            writer.endInline()
        }
        writer.endLine()
    }

    /// A group's id (for a chapter's opening group), earlier names and chairs, after the title.
    func write(_ origin: Section.Origin, introOf chapter: Bool, to writer: XMLWriter) {
        if chapter || !origin.formerly.isEmpty {
            writer.startBlock("info")
            if chapter { writer.line("biblioid", origin.group, attributes: [("class", "other"), ("otherclass", "group")]) }
            for former in origin.formerly {
                let report = former.year.map { "jaarverslag-\($0)" } ?? "jaarverslag"
                writer.line(
                    "bibliorelation", former.title, attributes: [("type", "replaces"), ("class", "other"), ("otherclass", report)])
            }
            writer.endBlock()
        }
        writeChairs(origin.chairs, to: writer)
    }

    /// `Voorzitter: Jan Hamming (Zaanstad); trekkers: Delft en Ede.`
    func writeChairs(_ chairs: [Chair], to writer: XMLWriter) {
        guard !chairs.isEmpty else { return }
        writer.startLine("para", attributes: [("role", "chairs")])
        for (index, group) in Chair.byRole(chairs).enumerated() {
            let label = group.role.label(count: group.chairs.count)
            writer.text((index == 0 ? label.capitalizedFirst : "; " + label) + ": ")
            for (position, chair) in group.chairs.enumerated() {
                writer.text(DutchEnumeration.separator(before: position, of: group.chairs.count))
                writer.startInline("phrase", attributes: [("role", chair.role.rawValue)])
                if let name = chair.name {
                    writer.startInline("personname")
                    writer.text(name)
                    writer.endInline()
                    writer.text(" (")
                }
                writer.startInline("orgname")
                writer.text(chair.city)
                writer.endInline()
                if chair.name != nil { writer.text(")") }
                writer.endInline()
            }
        }
        writer.text(".")
        writer.endLine()
    }
}
