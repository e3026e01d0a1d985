/// Builds the `Report` from the ordered fragments and the manifest: splits bodies at their
/// headings into sub-sections, numbers chapters where the style says so, and places the
/// member list.
public enum Assembler {
    public static func assemble(_ ordered: Orderer.Ordered, manifest: Manifest) -> Report {
        let members = MemberList(cities: manifest.members.cities.map(\.value), networkShortName: manifest.network.shortName)
        var chapters: [Chapter] = []
        for (index, planned) in ordered.chapters.enumerated() {
            var intro = planned.intro.map { SectionSplitter.split(body($0), idPrefix: $0.groupID ?? planned.plan.id) } ?? SectionContent()
            if case .chapter(planned.plan.id) = manifest.members.placement {
                intro.blocks.append(Block(.memberList(members), at: TextLocation(path: manifest.path)))
            }
            chapters.append(
                Chapter(
                    kind: .chapter, id: planned.plan.id, number: manifest.numberedChapters ? index + 1 : nil, title: planned.plan.title,
                    intro: intro, introGroup: planned.intro.map(origin), sections: planned.sections.map(section)))
        }
        if case .appendix(let title) = manifest.members.placement {
            chapters.append(
                Chapter(
                    kind: .appendix, id: "leden", number: nil, title: title,
                    intro: SectionContent(blocks: [Block(.memberList(members), at: TextLocation(path: manifest.path))]),
                    introGroup: nil, sections: []))
        }
        let foreword = ordered.foreword.map { fragment in
            Foreword(
                id: fragment.groupID ?? Manifest.forewordPillar, title: fragment.title ?? "Voorwoord",
                content: SectionSplitter.split(body(fragment), idPrefix: fragment.groupID ?? Manifest.forewordPillar),
                signature: fragment.frontMatter.signature, source: fragment.path)
        }
        return Report(
            year: manifest.year, title: manifest.title, network: manifest.network,
            numberedChapters: manifest.numberedChapters, foreword: foreword,
            chapters: chapters.filter { !$0.intro.isEmpty || !$0.sections.isEmpty })
    }

    /// A fragment's body as it is printed: with its SafeLinks addresses unwrapped (most have none).
    static func body(_ fragment: Fragment) -> [Block] {
        SafeLinks.mayContain(fragment.text) ? SafeLinkUnwrapper.unwrap(fragment.body) : fragment.body
    }

    /// One group's section as the report prints it: the body split at its headings.
    public static func section(_ fragment: Fragment) -> Section {
        let id = fragment.groupID ?? Identifier.slug(fragment.id.group)
        return Section(
            id: id, title: fragment.title ?? id, origin: origin(fragment), content: SectionSplitter.split(body(fragment), idPrefix: id))
    }

    /// A text handed in but not yet approved (`submitted`) is not final: the report marks it as
    /// a draft, like one still being written.
    private static func origin(_ fragment: Fragment) -> Section.Origin {
        let status = fragment.frontMatter.status?.value ?? .final
        return Section.Origin(
            group: fragment.groupID ?? "", path: fragment.path, chairs: fragment.frontMatter.chairs,
            formerly: fragment.frontMatter.formerly, status: status.isFinal ? .final : .draft)
    }
}
