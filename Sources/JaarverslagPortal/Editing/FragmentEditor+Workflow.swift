import Foundation
import GRDB
import JaarverslagKit

/// The editorial workflow on top of saving: each step rewrites the front matter's `status`
/// (nothing else) as a new version, recorded with who, when and the coordinator's comment.
extension FragmentEditor {
    enum StepOutcome: Sendable {
        case done(version: String, state: EditorialState)
        case conflict(current: Loaded)
    }

    /// The fragment's state: its file's `status`, and whether the portal sent it back.
    func state(_ ref: FragmentID) throws -> (state: EditorialState, loaded: Loaded) {
        let loaded = try load(ref)
        return (try state(of: loaded, ref: ref), loaded)
    }

    func state(of loaded: Loaded, ref: FragmentID) throws -> EditorialState {
        let last = try transitions(ref, limit: 1).first
        if loaded.text == nil { return .missing }
        guard let status = Self.status(of: loaded.text, ref: ref) else { return .draft }
        return EditorialState(status: status, last: last)
    }

    /// Takes one step, if the file is still at `expectedVersion` (the version whose text was
    /// checked for errors) and the step may start from the fragment's state.
    func step(
        _ action: Transition.Action, _ ref: FragmentID, expectedVersion: String, actor: String, isCoordinator: Bool, comment: String?
    ) throws -> StepOutcome {
        if action.coordinatorOnly && !isCoordinator { throw PortalError.coordinatorOnly }
        return try locks.withLock(ref) {
            try stepLocked(action, ref, expectedVersion: expectedVersion, actor: actor, comment: comment)
        }
    }

    private func stepLocked(
        _ action: Transition.Action, _ ref: FragmentID, expectedVersion: String, actor: String, comment: String?
    ) throws -> StepOutcome {
        let current = try read(ref)
        try recordIfChangedOutside(ref, current)
        guard current.version == expectedVersion else { return .conflict(current: Loaded(contents: current)) }
        let state = try state(of: Loaded(contents: current), ref: ref)
        guard action.sources.contains(state), let text = current.text else { throw PortalError.wrongState(state, action) }
        guard let changed = FrontMatterEditor.apply(.init(status: action.target.fileStatus), toFragment: text) else {
            throw PortalError.frontMatterUnreadable
        }
        let data = current.format.encode(changed)
        let transition = Transition(
            id: nil, year: ref.year, groupID: ref.group, action: action, actor: actor, time: now(), comment: comment, version: "")
        let kind: SavedVersion.Kind =
            switch action {
            case .submit: .submit
            case .approve: .approve
            case .return: .return
            case .withdraw: .withdraw
            }
        switch try commit(ref, data: data, text: changed, over: current, author: actor, kind: kind, transition: transition) {
        case .saved(let version, _): return .done(version: version, state: action.target)
        case .conflict(let loaded): return .conflict(current: loaded)
        }
    }

    /// The steps a fragment went through, newest first.
    func transitions(_ ref: FragmentID, limit: Int? = nil) throws -> [Transition] {
        try database.pool.read { db in
            try Transition.filter(Column("year") == ref.year && Column("groupID") == ref.group).order(Column("id").desc)
                .limit(limit ?? Int.max).fetchAll(db)
        }
    }

    /// Every group's state in a year: `status` from the files, as `jaarverslag status` reads
    /// them, and which drafts the portal sent back. `last`: the year's `lastTransitions`, when
    /// the caller has them already.
    func states(year: Int, status: StatusReport, last known: [String: Transition]? = nil) throws -> [String: EditorialState] {
        let last = try known ?? lastTransitions(year: year)
        var states: [String: EditorialState] = [:]
        for group in status.chapters.flatMap(\.groups) {
            let state = EditorialState(status: group.state)
            states[group.group] = state == .draft && last[group.group]?.action == .return ? .returned : state
        }
        return states
    }

    /// The last step of every fragment of a year, for the dashboard.
    func lastTransitions(year: Int) throws -> [String: Transition] {
        try database.pool.read { db in
            let rows = try Transition.fetchAll(
                db,
                sql: "SELECT * FROM \"transition\" WHERE id IN (SELECT MAX(id) FROM \"transition\" WHERE year = ? GROUP BY groupID)",
                arguments: [year])
            return Dictionary(rows.map { ($0.groupID, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
