import JaarverslagKit

/// Where a fragment stands in the editorial workflow, as the dashboard and the editor show it.
///
/// The fragment file is the source of truth: its front matter's `status` says draft,
/// submitted or final (`final` is the approved text, and what a year kept without the portal
/// writes). The portal's own record adds one thing the file cannot hold: that a draft was
/// sent back by the coordinator, with a comment.
enum EditorialState: String, Codable, Sendable, CaseIterable {
    /// No file yet.
    case missing
    /// Concept: being written.
    case draft
    /// Teruggestuurd: a draft again, sent back by the coordinator with a comment.
    case returned
    /// Ingeleverd: handed in, waiting for the coordinator.
    case submitted
    /// Goedgekeurd: ready for the report (`status: final`).
    case approved

    /// The state of a fragment whose front matter says `status` (nil when there is no file),
    /// given the last transition the portal recorded for it.
    init(status: FrontMatter.Status?, last: Transition?) {
        switch status {
        case nil: self = .missing
        case .draft?: self = last?.action == .return ? .returned : .draft
        case .submitted?: self = .submitted
        case .final?: self = .approved
        }
    }

    /// The state from `jaarverslag status` alone, for a group the portal has no record of. A
    /// text with errors is still to be written, whatever its `status` says: it cannot go in.
    init(status: StatusReport.State) {
        switch status {
        case .missing: self = .missing
        case .draft, .error: self = .draft
        case .submitted: self = .submitted
        case .final: self = .approved
        }
    }

    /// The status the file holds in this state.
    var fileStatus: FrontMatter.Status {
        switch self {
        case .missing, .draft, .returned: .draft
        case .submitted: .submitted
        case .approved: .final
        }
    }

    /// Whether a secretary may still change the text: only while it is theirs to write.
    var isOpenForWriting: Bool { fileStatus == .draft }

    var label: Message {
        switch self {
        case .missing: Message(nl: "ontbreekt", en: "missing")
        case .draft: Message(nl: "concept", en: "draft")
        case .returned: Message(nl: "teruggestuurd", en: "returned")
        case .submitted: Message(nl: "ingeleverd", en: "submitted")
        case .approved: Message(nl: "goedgekeurd", en: "approved")
        }
    }
}

extension Transition.Action {
    /// The state a fragment is in after this step.
    var target: EditorialState {
        switch self {
        case .submit: .submitted
        case .approve: .approved
        case .return: .returned
        case .withdraw: .draft
        }
    }

    /// The states this step may start from.
    var sources: Set<EditorialState> {
        switch self {
        case .submit: [.draft, .returned]
        case .approve: [.draft, .returned, .submitted]
        case .return: [.submitted, .approved]
        case .withdraw: [.submitted]
        }
    }

    /// Approving and returning are the coordinator's; handing in and taking back are open to
    /// whoever may edit the group (the secretary, and the coordinator on their behalf).
    var coordinatorOnly: Bool { self == .approve || self == .return }

    /// A text goes forward only without errors.
    var needsNoErrors: Bool { self == .submit || self == .approve }

    /// The past tense, for the history: `ingeleverd door Jan Jansen`.
    var done: Message {
        switch self {
        case .submit: Message(nl: "ingeleverd", en: "handed in")
        case .approve: Message(nl: "goedgekeurd", en: "approved")
        case .return: Message(nl: "teruggestuurd", en: "returned")
        case .withdraw: Message(nl: "teruggehaald", en: "taken back")
        }
    }
}
