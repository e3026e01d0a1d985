/// The diff with every text that came from the two reports made safe for a terminal
/// (`PrintableText.terminal`): titles, ids, names and words can hold bidirectional overrides
/// and other characters a terminal acts on. The text formatter prints only this form.
extension YearDiff {
    var printable: YearDiff {
        let safe = PrintableText.terminal
        var diff = self
        for side in [\YearDiff.old, \YearDiff.new] {
            diff[keyPath: side].source = safe(diff[keyPath: side].source)
            diff[keyPath: side].title = safe(diff[keyPath: side].title)
            diff[keyPath: side].network = safe(diff[keyPath: side].network)
        }
        diff.network = network.map { Rename(from: safe($0.from), to: safe($0.to)) }
        diff.members.joined = members.joined.map(safe)
        diff.members.left = members.left.map(safe)
        diff.chapters = chapters.map { change in
            var change = change
            change.id = safe(change.id)
            change.oldID = change.oldID.map(safe)
            change.title = safe(change.title)
            change.oldTitle = change.oldTitle.map(safe)
            return change
        }
        diff.groups = groups.map { change in
            var change = change
            change.group = safe(change.group)
            change.oldGroup = change.oldGroup.map(safe)
            change.title = safe(change.title)
            change.oldTitle = change.oldTitle.map(safe)
            change.chapter = safe(change.chapter)
            change.oldChapter = change.oldChapter.map(safe)
            return change
        }
        diff.chairs = chairs.map {
            ChairChange(group: safe($0.group), title: safe($0.title), before: $0.before.map(safe), after: $0.after.map(safe))
        }
        diff.signatory = signatory.map { SignatoryChange(from: $0.from.map(safe), to: $0.to.map(safe)) }
        diff.sections = sections.map { section in
            var section = section
            section.group = safe(section.group)
            section.oldGroup = safe(section.oldGroup)
            section.title = safe(section.title)
            section.text.hunks = section.text.hunks.map { hunk in
                var hunk = hunk
                hunk.segments = hunk.segments.map { segment in
                    var segment = segment
                    segment.text = safe(segment.text)
                    return segment
                }
                return hunk
            }
            return section
        }
        diff.unchanged = unchanged.map(safe)
        diff.pending = pending?.map {
            Pending(group: safe($0.group), title: $0.title.map(safe), chapter: safe($0.chapter), state: $0.state)
        }
        diff.skipped = skipped.map { skipped in
            var skipped = skipped
            skipped.path = safe(skipped.path)
            skipped.message = Message(nl: safe(skipped.message.nl), en: safe(skipped.message.en))
            return skipped
        }
        return diff
    }
}
