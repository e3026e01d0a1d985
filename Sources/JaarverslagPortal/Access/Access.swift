import Foundation
import JaarverslagKit

/// The one place where a URL's year and group become something a route may touch. The
/// year must have a manifest, the group must be one the manifest expects, and the session
/// must be allowed that group: in that order, before any fragment file is opened. Every
/// failure is the same 404, so a secretary cannot tell another group's section from one that
/// does not exist.
struct Access: Sendable {
    let store: PortalStore

    func year(_ text: String, session: Session) throws -> (year: Int, manifest: Manifest) {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (48...57).contains($0) }), let year = Int(text) else {
            throw PortalError.notFound
        }
        guard session.isCoordinator || session.invitation.year == year else { throw PortalError.notFound }
        guard let manifest = store.manifest(year: year) else {
            // A manifest with a mistake in it (the coordinator is editing it) is not a year that
            // does not exist: the coordinator is told what to repair, the others to wait.
            let problems = store.manifestProblems(year: year)
            guard !problems.isEmpty else { throw PortalError.notFound }
            throw PortalError.manifestBroken(year: year, problems: problems, coordinator: session.isCoordinator)
        }
        return (year, manifest)
    }

    func fragment(year yearText: String, group: String, session: Session) throws -> (ref: FragmentID, manifest: Manifest) {
        let (year, manifest) = try self.year(yearText, session: session)
        guard manifest.expectedGroups.contains(where: { $0.group.value == group }), session.mayEdit(year: year, group: group) else {
            throw PortalError.notFound
        }
        return (FragmentID(year: year, group: group), manifest)
    }
}
