import Foundation
import JaarverslagKit

/// Starting the next year from the page: the manifest proposed from the newest year's
/// (`ManifestTemplate.next`), confirmed or changed by the coordinator, written only when it
/// loads without errors and the year has no manifest yet; then the secretaries of the groups
/// that are still there invited again, with a new personal link each.
struct NextYear: Sendable {
    let store: PortalStore
    let invitations: Invitations

    /// What the page proposes: the plan, as YAML to confirm, and whose invitations carry over.
    struct Proposal: Sendable {
        var previous: Manifest
        var manifest: Manifest
        var yaml: String
        var carried: [Invitation]
    }

    /// One new link, shown once to the coordinator to send on.
    struct NewLink: Codable, Sendable {
        var group: String
        var name: String?
        var email: String?
        var link: String
    }

    enum Failure: Error {
        /// The YAML does not load, or is for another year: every problem with its place.
        case invalid([Diagnostic])
        case wrongYear(Message)
        case exists(String)
        case write(Message)
    }

    func proposal() throws -> Proposal? {
        guard let newest = store.years().last, let previous = store.manifest(year: newest) else { return nil }
        let manifest = ManifestTemplate.next(after: previous)
        return Proposal(
            previous: previous, manifest: manifest, yaml: ManifestTemplate.yaml(manifest),
            carried: try carried(from: newest, to: manifest))
    }

    /// The secretaries' invitations of `year` that still open a link (not revoked), for the
    /// groups `manifest` still expects; one per person and group.
    func carried(from year: Int, to manifest: Manifest) throws -> [Invitation] {
        let groups = Set(manifest.expectedGroups.map(\.group.value))
        var seen = Set<String>()
        return try invitations.all().filter { invitation in
            guard invitation.role == .secretary, invitation.year == year, invitation.revokedAt == nil,
                let group = invitation.groupID, groups.contains(group)
            else { return false }
            return seen.insert("\(group)\n\(invitation.name ?? "")\n\(invitation.email ?? "")").inserted
        }
    }

    /// Writes the new year's manifest from the coordinator's YAML and, if asked, invites the
    /// secretaries again. The year must be the one after the newest.
    func start(yaml: String, carryInvitations: Bool, link: (String) -> String) throws(Failure) -> (Manifest, [NewLink]) {
        guard let newest = store.years().last else { throw .invalid([]) }
        let path = store.base.manifestPath(year: newest + 1)
        let (loaded, diagnostics) = ManifestLoader.load(text: yaml, path: path)
        guard let loaded, !diagnostics.hasErrors else { throw .invalid(diagnostics.filter { $0.severity == .error }) }
        guard loaded.year == newest + 1 else {
            throw .wrongYear(Self.wrongYear(loaded.year, expected: newest + 1))
        }
        let manifest: Manifest
        switch ManifestTemplate.create(loaded, in: store.base) {
        case .success(let created): manifest = created
        case .failure(.exists(let path)): throw .exists(path)
        case .failure(.invalid(let problems)): throw .invalid(problems)
        case .failure(let failure): throw .write(failure.message)
        }
        guard carryInvitations else { return (manifest, []) }
        do {
            return (
                manifest,
                try carried(from: newest, to: manifest).map { old in
                    let (_, token) = try invitations.invite(
                        role: .secretary, year: manifest.year, group: old.groupID, name: old.name, email: old.email)
                    return NewLink(group: old.groupID ?? "", name: old.name, email: old.email, link: link(token))
                }
            )
        } catch {
            throw .write(Message(nl: "de uitnodigingen konden niet worden opgeslagen", en: "the invitations could not be stored"))
        }
    }

    static func wrongYear(_ year: Int, expected: Int) -> Message {
        Message(
            nl: "dit manifest is voor \(year), maar het nieuwe jaar is \(expected); zet `year: \(expected)` bovenaan",
            en: "this manifest is for \(year), but the new year is \(expected); put `year: \(expected)` at the top")
    }
}
