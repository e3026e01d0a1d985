/// Puts the fragments in printed order: chapters as the manifest lists them; within a
/// chapter the manifest's group order, then unlisted groups by `order` and then by title,
/// sorted the Dutch way.
public enum Orderer {
    /// The fragments of one chapter in order.
    public struct ChapterFragments: Sendable {
        public var plan: ChapterPlan
        public var intro: Fragment?
        public var sections: [Fragment]
    }

    public struct Ordered: Sendable {
        public var foreword: Fragment?
        public var chapters: [ChapterFragments]
    }

    public static func order(_ fragments: [Fragment], by manifest: Manifest) -> Ordered {
        var byGroup: [String: Fragment] = [:]
        for fragment in fragments {
            if let group = fragment.groupID, byGroup[group] == nil { byGroup[group] = fragment }
        }
        let foreword = manifest.foreword.flatMap { byGroup[$0.value] }
        let chapters = manifest.chapters.map { plan -> ChapterFragments in
            let listed = Set(plan.groups.map(\.value) + [plan.intro?.value].compactMap { $0 })
            let planned = plan.groups.compactMap { byGroup[$0.value] }
            let unlisted = fragments.filter { fragment in
                guard let group = fragment.groupID, fragment.frontMatter.pillar?.value == plan.id,
                    !listed.contains(group), group != manifest.foreword?.value,
                    byGroup[group]?.id == fragment.id
                else { return false }
                return true
            }
            .sorted(by: unlistedOrder)
            return ChapterFragments(plan: plan, intro: plan.intro.flatMap { byGroup[$0.value] }, sections: planned + unlisted)
        }
        return Ordered(foreword: foreword, chapters: chapters)
    }

    private static func unlistedOrder(_ a: Fragment, _ b: Fragment) -> Bool {
        let orderA = a.frontMatter.order?.value ?? Int.max
        let orderB = b.frontMatter.order?.value ?? Int.max
        if orderA != orderB { return orderA < orderB }
        let titleA = a.title ?? a.groupID ?? a.id.group
        let titleB = b.title ?? b.groupID ?? b.id.group
        if titleA != titleB { return DutchCollation.areInIncreasingOrder(titleA, titleB) }
        return a.id < b.id
    }
}
