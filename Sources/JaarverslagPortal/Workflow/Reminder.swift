import Foundation
import JaarverslagKit

/// Chasing: for every group that still has to hand in (nothing yet, a draft, or sent back),
/// who to write to (from the year's invitations) and a reminder ready to send.
struct Reminder: Sendable {
    struct Person: Sendable, Hashable {
        var name: String?
        var email: String?
        /// False when every link of this person has expired or been revoked: they need a new one.
        var canSignIn: Bool
    }

    var group: String
    var title: String
    var state: EditorialState
    var people: [Person]
    var subject: Message
    var text: Message

    /// Everyone who still has to hand in, in the report's order.
    static func open(
        year: Int, reportTitle: String, network: Network, status: StatusReport, states: [String: EditorialState],
        invitations: [Invitation], coordinator: String, now: Date
    ) -> [Reminder] {
        status.chapters.flatMap(\.groups).compactMap { group in
            let state = states[group.group] ?? EditorialState(status: group.state)
            guard state.isOpenForWriting, group.expected else { return nil }
            let title = group.title ?? group.group
            var people: [Person] = []
            for invitation in invitations
            where invitation.role == .secretary && invitation.year == year && invitation.groupID == group.group
                && invitation.revokedAt == nil
            {
                let person = Person(name: invitation.name, email: invitation.email, canSignIn: invitation.isUsable(at: now))
                // One person invited twice (a new link, an address added later) is greeted once.
                if let index = people.firstIndex(where: {
                    $0.name == person.name && ($0.email == person.email || $0.email == nil || person.email == nil)
                }) {
                    people[index].canSignIn = people[index].canSignIn || person.canSignIn
                    people[index].email = people[index].email ?? person.email
                } else {
                    people.append(person)
                }
            }
            let names = people.compactMap(\.name).filter { !$0.isEmpty }
            return Reminder(
                group: group.group, title: title, state: state, people: people,
                subject: Message(
                    nl: "\(reportTitle): uw tekst voor \(title)", en: "\(reportTitle): your text for \(title)"),
                text: letter(
                    greeting: names.isEmpty ? nil : DutchEnumeration.join(names), title: title, reportTitle: reportTitle,
                    network: network.name, state: state, coordinator: coordinator))
        }
    }

    private static func letter(
        greeting: String?, title: String, reportTitle: String, network: String, state: EditorialState, coordinator: String
    ) -> Message {
        let place: Message =
            switch state {
            case .returned:
                Message(
                    nl:
                        "Ik heb uw tekst voor \(title) teruggestuurd met een opmerking. Wilt u die verwerken en de tekst daarna opnieuw inleveren?",
                    en: "I sent your text for \(title) back with a comment. Could you work it in and then hand the text in again?")
            case .draft:
                Message(
                    nl:
                        "Uw tekst voor \(title) staat als concept in het portaal, maar is nog niet ingeleverd. Wilt u hem afmaken en op ‘Inleveren’ klikken?",
                    en:
                        "Your text for \(title) is in the portal as a draft, but has not been handed in yet. Could you finish it and click ‘Hand in’?"
                )
            default:
                Message(
                    nl: "Ik heb de tekst van \(title) nog niet ontvangen. Wilt u hem schrijven en inleveren?",
                    en: "I have not received the text of \(title) yet. Could you write it and hand it in?")
            }
        return Message(
            nl: """
                \(greeting.map { "Beste \($0)," } ?? "Beste secretaris,")

                Voor het \(reportTitle) van het \(network) wacht ik nog op één tekst van u. \(place.nl)

                U schrijft de tekst in het portaal, via de persoonlijke link uit uw uitnodiging. Daar begint u met de tekst van vorig jaar, of zet u een Word-bestand in. Werkt de link niet meer, laat het me dan weten: dan stuur ik u een nieuwe.

                Met vriendelijke groet,

                \(coordinator)
                """,
            en: """
                \(greeting.map { "Dear \($0)," } ?? "Dear secretary,")

                For the \(reportTitle) of the \(network) I am still waiting for one text from you. \(place.en)

                You write the text in the portal, through the personal link from your invitation. There you can start from last year's text, or put in a Word file. If the link no longer works, let me know and I will send you a new one.

                Kind regards,

                \(coordinator)
                """)
    }

    /// One message for everyone at once (to send in blind copy): the open groups, each with its state.
    static func combined(_ reminders: [Reminder], reportTitle: String, coordinator: String, language: Language) -> String {
        let lines = reminders.map { "- \($0.title) (\($0.state.label.text(language)))" }.joined(separator: "\n")
        return Message(
            nl: """
                Beste secretarissen,

                Voor het \(reportTitle) wacht ik nog op de teksten van deze groepen:

                \(lines)

                U schrijft en levert uw tekst in via de persoonlijke link uit uw uitnodiging. Werkt de link niet meer, laat het me dan weten.

                Met vriendelijke groet,

                \(coordinator)
                """,
            en: """
                Dear secretaries,

                For the \(reportTitle) I am still waiting for the texts of these groups:

                \(lines)

                You write and hand in your text through the personal link from your invitation. If the link no longer works, let me know.

                Kind regards,

                \(coordinator)
                """
        ).text(language)
    }
}
