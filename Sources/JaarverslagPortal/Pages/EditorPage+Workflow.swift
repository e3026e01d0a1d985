import Foundation
import JaarverslagKit

extension EditorPage {
    /// Where the text stands and what the person can do next: hand it in, take it back, or (the
    /// coordinator) approve it or send it back with a comment; and every step so far.
    func workflowPanel(session: Session) -> HTML {
        let coordinator = session.isCoordinator
        let last = transitions.first
        var children: [HTML] = [
            el(
                "h2", [("id", "workflow-heading")],
                [
                    .text(t(Messages.stateHeading) + " "),
                    el("span", [("class", "badge \(state.rawValue)"), ("id", "state")], t(state.label)),
                ]
            ),
            el("p", [("id", "state-explanation")], t(explanation(coordinator: coordinator, last: last))),
        ]
        if state == .returned, let comment = last?.comment {
            children.append(
                el(
                    "blockquote", [("class", "comment"), ("id", "return-comment-shown")],
                    [el("p", [], comment), el("footer", [], "— \(last?.actor ?? ""), \(last.map { Self.format($0.time) } ?? "")")]))
        }
        var actions: [HTML] = []
        func button(_ id: String, _ label: Message, primary: Bool) {
            actions.append(
                el(
                    "button",
                    [("type", "button"), ("id", id), ("class", (primary ? "primary" : "secondary") + " needs-script"), ("hidden", "")],
                    t(label)))
        }
        if Transition.Action.submit.sources.contains(state) { button("submit", Messages.submit, primary: !coordinator) }
        if Transition.Action.withdraw.sources.contains(state) && !coordinator { button("withdraw", Messages.withdraw, primary: false) }
        if coordinator && Transition.Action.approve.sources.contains(state) { button("approve", Messages.approve, primary: true) }
        if !actions.isEmpty { children.append(el("div", [("class", "workflow-actions")], actions)) }
        if coordinator && Transition.Action.return.sources.contains(state) {
            children.append(
                el(
                    "div", [("class", "return-form needs-script"), ("hidden", "")],
                    [
                        el("label", [("for", "return-comment")], t(Messages.returnLabel)),
                        el("textarea", [("id", "return-comment"), ("rows", "3"), ("lang", "nl")], ""),
                        el("button", [("type", "button"), ("id", "return"), ("class", "secondary")], t(Messages.returnButton)),
                    ]))
        }
        children.append(el("ul", [("id", "blocking"), ("class", "diagnostics"), ("hidden", "")], []))
        if !transitions.isEmpty {
            children.append(
                el(
                    "details", [("class", "steps")] + (coordinator ? [("open", "")] : []),
                    [
                        el("summary", [], t(Messages.steps)),
                        el("ol", [("id", "steps"), ("class", "history")], transitions.map(stepItem)),
                    ]))
        }
        return el(
            "section", [("id", "workflow"), ("class", "card workflow \(state.rawValue)"), ("aria-labelledby", "workflow-heading")], children
        )
    }

    private func stepItem(_ step: Transition) -> HTML {
        var children: [HTML] = [
            el("time", [("datetime", step.time.formatted(.iso8601))], Self.format(step.time)),
            .text(" · " + t(step.action.done) + " · " + step.actor),
        ]
        if let comment = step.comment { children.append(el("div", [("class", "comment")], "“\(comment)”")) }
        return el("li", [("data-action", step.action.rawValue)], children)
    }

    private func explanation(coordinator: Bool, last: Transition?) -> Message {
        let when = last.map { Self.format($0.time) } ?? ""
        let who = last?.actor ?? ""
        switch (state, coordinator) {
        case (.missing, false):
            return Message(
                nl: "Er is nog niets opgeslagen. Schrijf uw tekst, sla hem op, en lever hem in als hij klaar is.",
                en: "Nothing has been saved yet. Write your text, save it, and hand it in when it is done.")
        case (.missing, true):
            return Message(nl: "Deze groep heeft nog niets opgeslagen.", en: "This group has not saved anything yet.")
        case (.draft, false):
            return Message(
                nl:
                    "Uw tekst is een concept. Is hij klaar en staan er geen fouten meer in? Klik dan op ‘Inleveren’; de coördinator kijkt hem daarna na.",
                en: "Your text is a draft. Is it done and free of errors? Then click ‘Hand in’; the coordinator reviews it next.")
        case (.draft, true):
            return Message(
                nl: "Nog niet ingeleverd: de secretaris is nog bezig.", en: "Not handed in yet: the secretary is still working on it.")
        case (.returned, false):
            return Message(
                nl: "De coördinator heeft uw tekst teruggestuurd (\(when)). Verwerk de opmerking hieronder en lever de tekst opnieuw in.",
                en: "The coordinator sent your text back (\(when)). Work in the comment below and hand the text in again.")
        case (.returned, true):
            return Message(
                nl: "U hebt deze tekst teruggestuurd (\(when)); hij is nog niet opnieuw ingeleverd.",
                en: "You sent this text back (\(when)); it has not been handed in again yet.")
        case (.submitted, false):
            return Message(
                nl: "U hebt uw tekst ingeleverd (\(when)). De coördinator kijkt hem na. Wilt u nog iets veranderen? Haal hem dan terug.",
                en: "You handed in your text (\(when)). The coordinator is reviewing it. Want to change something? Take it back first.")
        case (.submitted, true):
            return Message(
                nl: "Ingeleverd door \(who) (\(when)). Lees de tekst en keur hem goed, of stuur hem terug met een opmerking.",
                en: "Handed in by \(who) (\(when)). Read the text and approve it, or send it back with a comment.")
        case (.approved, false):
            return Message(
                nl: "Uw tekst is goedgekeurd\(last == nil ? "" : " (\(when))") en gaat zo het jaarverslag in. Dank u wel!",
                en: "Your text has been approved\(last == nil ? "" : " (\(when))") and goes into the report as it is. Thank you!")
        case (.approved, true):
            return Message(
                nl:
                    "Goedgekeurd\(last == nil ? "" : " door \(who) (\(when))"). Moet er toch nog iets veranderen? Stuur de tekst dan terug met een opmerking.",
                en:
                    "Approved\(last == nil ? "" : " by \(who) (\(when))"). Must something still change? Then send the text back with a comment."
            )
        }
    }
}
