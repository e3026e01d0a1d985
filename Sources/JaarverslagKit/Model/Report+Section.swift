extension Report {
    /// The report cut down to one group's part: its section in its chapter, the chapter's
    /// opening text when the group supplies it, or the foreword. A renderer shows one section
    /// on its own this way (the portal's preview). Nil when the group is not in the report.
    public func narrowed(toGroup group: String) -> Report? {
        var copy = self
        if let foreword, foreword.id == group {
            copy.chapters = []
            return copy
        }
        copy.foreword = nil
        for chapter in chapters {
            if chapter.introGroup?.group == group {
                var only = chapter
                only.sections = []
                copy.chapters = [only]
                return copy
            }
            if let section = chapter.sections.first(where: { $0.origin?.group == group }) {
                var only = chapter
                only.intro = SectionContent()
                only.introGroup = nil
                only.sections = [section]
                copy.chapters = [only]
                return copy
            }
        }
        return nil
    }
}
