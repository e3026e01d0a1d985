import ArgumentParser
import Foundation
import JaarverslagKit
import JaarverslagPortal

/// `jaarverslag-portal invitations`: every invitation with its number, person, group and
/// whether it still works. Tokens are never shown again.
struct Invitations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invitations",
        abstract: Message(nl: "Toon alle uitnodigingen.", en: "List all invitations.").text(Text.language))

    @OptionGroup var root: RootOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let database = try PortalDatabase(root: try root.url())
        let now = Date()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        for invitation in try JaarverslagPortal.Invitations(database: database).all() {
            let scope =
                invitation.role == .coordinator ? "coordinator" : "\(invitation.groupID ?? "") \(invitation.year.map(String.init) ?? "")"
            let state: Message =
                invitation.revokedAt != nil
                ? Message(nl: "ingetrokken", en: "revoked")
                : invitation.expiresAt <= now
                    ? Message(nl: "verlopen", en: "expired")
                    : Message(
                        nl: "geldig tot \(formatter.string(from: invitation.expiresAt))",
                        en: "valid until \(formatter.string(from: invitation.expiresAt))")
            print("\(invitation.id ?? 0)\t\(scope)\t\(invitation.displayName)\t\(state.text(Text.language))")
        }
    }
}
