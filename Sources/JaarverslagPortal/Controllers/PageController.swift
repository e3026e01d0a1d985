import Foundation
import Hummingbird
import JaarverslagKit

/// The pages: `/` (sends each person to their place), `/{year}` (the coordinator's
/// dashboard) and `/{year}/{group}` (the editor). They are complete without script for
/// reading; the script adds editing, live checks, the preview and saving.
struct PageController: Sendable {
    let access: Access
    let editor: FragmentEditor
    let store: PortalStore
    let invitations: Invitations
    let publisher: Publisher
    /// The address people reach the portal at, for the `invite` command the dashboard shows.
    let address: String
    let now: @Sendable () -> Date
    let language: Language

    func addRoutes(to router: Router<PortalContext>) {
        router.get("/", use: home)
        router.get(":year", use: dashboard)
        router.get(":year/:group", use: edit)
        router.get(":year/:group/voorbeeld", use: preview)
    }

    /// Where a person starts: the coordinator at the newest year's dashboard, a secretary at
    /// the section they were invited for.
    static func landing(for session: Session, store: PortalStore) -> String {
        if let year = session.invitation.year, let group = session.invitation.groupID { return "/\(year)/\(group)" }
        return store.years().last.map { "/\($0)" } ?? "/"
    }

    @Sendable func home(_ request: Request, context: PortalContext) async throws -> Response {
        guard let session = context.session else {
            return MessagePage.response(
                title: Messages.welcome, text: Messages.useYourLink, status: .unauthorized, language: language)
        }
        return Response(status: .seeOther, headers: [.location: Self.landing(for: session, store: store)])
    }

    @Sendable func dashboard(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (year, manifest) = try access.year(context.parameters.get("year") ?? "", session: session)
        guard session.isCoordinator else { throw PortalError.notFound }
        guard let result = store.check(year: year) else { throw PortalError.notFound }
        let status = StatusReport(result)
        let lastSteps = try editor.lastTransitions(year: year)
        let states = try editor.states(year: year, status: status, last: lastSteps)
        let reminders = Reminder.open(
            year: year, reportTitle: manifest.title, network: manifest.network, status: status, states: states,
            invitations: try invitations.all(), coordinator: session.author, now: now())
        let page = DashboardPage(
            status: status, manifest: manifest, states: states, lastChanges: try editor.lastChanges(year: year),
            lastSteps: lastSteps, reminders: reminders,
            publishing: .init(
                reasons: Publisher.reasons(status, states: states), files: publisher.files(year: year),
                pdfAvailable: publisher.weasyPrint != nil),
            years: store.years(), coordinator: session.author, address: address, language: language)
        return Layout.response(page.render(session: session))
    }

    @Sendable func edit(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (ref, manifest) = try access.fragment(
            year: context.parameters.get("year") ?? "", group: context.parameters.get("group") ?? "", session: session)
        let (state, loaded) = try editor.state(ref)
        let text = loaded.text ?? store.template(ref, copyText: false).text
        let check = FragmentCheck.run(ref, text: text, store: store, language: language, preview: true)
        let history = try editor.history(ref)
        let page = EditorPage(
            ref: ref, manifest: manifest, text: text, version: loaded.version, exists: loaded.text != nil, check: check, history: history,
            state: state, transitions: try editor.transitions(ref), locked: !session.isCoordinator && !state.isOpenForWriting,
            language: language)
        return Layout.response(page.render(session: session))
    }

    /// The preview frame of the saved text; the editor's script keeps it up to date.
    @Sendable func preview(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (ref, _) = try access.fragment(
            year: context.parameters.get("year") ?? "", group: context.parameters.get("group") ?? "", session: session)
        let loaded = try editor.load(ref)
        let text = loaded.text ?? store.template(ref, copyText: false).text
        return PreviewPage.response(
            FragmentCheck.run(ref, text: text, store: store, language: language, preview: true).preview, language: language)
    }

    enum Messages {
        static let welcome = Message(nl: "Jaarverslag G40", en: "G40 annual report")
        static let useYourLink = Message(
            nl: "open de persoonlijke link uit de e-mail met uw uitnodiging om uw tekst te schrijven",
            en: "open the personal link from the e-mail with your invitation to write your text")
    }
}
