import Foundation
import Hummingbird
import HummingbirdTesting
import JaarverslagKit
import Logging
import TemporaryFolders
import NIOConcurrencyHelpers
import HTTPTypes

@testable import JaarverslagPortal

/// A clock the tests move, to expire links and sessions.
final class TestClock: Sendable {
    private let value = NIOLockedValueBox(Date(timeIntervalSince1970: 1_790_000_000))
    var now: Date { value.withLockedValue { $0 } }
    func advance(by seconds: TimeInterval) { value.withLockedValue { $0 = $0.addingTimeInterval(seconds) } }
}

/// A portal on a fresh copy of the real 2014 and 2023 years, in the middle of 2023's writing:
/// the sections of `woningmarkt` and `europa` are drafts (`status: draft`), the others approved
/// (`final`), with invitations for the secretary of `woningmarkt` 2023, the secretary of
/// `europa` 2023 and the coordinator.
struct PortalHarness {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let origin = "http://127.0.0.1:8080"

    let root: URL
    let clock: TestClock
    let portal: Portal
    let secretary: String
    let otherSecretary: String
    let coordinator: String

    init(baseURL: String = PortalHarness.origin, loginAttemptsPerMinute: Int = 10, port: Int = 8080) throws {
        root = TemporaryFolders.make("portal")
        for folder in ["fragments/2014", "fragments/2023", "reports/2014", "reports/2023"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder).deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Self.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        // Only the inputs: compiled outputs are not the portal's business.
        for year in ["2014", "2023"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("reports/\(year)").path)
            where name != "report.yaml" {
                try FileManager.default.removeItem(at: root.appendingPathComponent("reports/\(year)/\(name)"))
            }
        }
        for group in Self.drafts {
            let url = root.appendingPathComponent("fragments/2023/\(group).md")
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "status: final", with: "status: draft").write(to: url, atomically: true, encoding: .utf8)
        }
        let clock = TestClock()
        self.clock = clock
        portal = try Portal(
            configuration: PortalConfiguration(
                root: root, port: port, baseURL: URL(string: baseURL), now: { clock.now }, loginAttemptsPerMinute: loginAttemptsPerMinute))
        secretary = try portal.invitations.invite(role: .secretary, year: 2023, group: "woningmarkt", name: "Jan Jansen", email: nil).token
        otherSecretary = try portal.invitations.invite(role: .secretary, year: 2023, group: "europa", name: "Els Europa", email: nil).token
        coordinator = try portal.invitations.invite(role: .coordinator, year: nil, group: nil, name: "Carla Coördinator", email: nil).token
    }

    /// The groups whose sections are still being written.
    static let drafts = ["woningmarkt", "europa"]

    func application(logger: Logger? = nil) -> some ApplicationProtocol {
        portal.application(logger: logger ?? Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    func fragmentURL(_ group: String, year: Int = 2023) -> URL {
        root.appendingPathComponent("fragments/\(year)/\(group).md")
    }

    func fileText(_ group: String, year: Int = 2023) -> String? {
        try? String(contentsOf: fragmentURL(group, year: year), encoding: .utf8)
    }

    /// Runs `test` against the application in-process (no network).
    func withClient<T: Sendable>(_ test: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        try await application().test(.router, test)
    }
}

/// A browser as the tests drive it: it keeps the session cookie and CSRF token, and sends
/// `Origin` and `X-CSRF-Token` with every change unless told not to.
final class TestBrowser: Sendable {
    let client: any TestClientProtocol
    private let state = NIOLockedValueBox<(cookie: String?, csrf: String?)>((nil, nil))

    init(client: any TestClientProtocol) {
        self.client = client
    }

    var cookie: String? { state.withLockedValue { $0.cookie } }
    var csrf: String? { state.withLockedValue { $0.csrf } }

    /// Opens a login link and, when it works, fetches the CSRF token as the page's script does.
    @discardableResult
    func login(_ token: String) async throws -> TestResponse {
        let response = try await client.execute(uri: "/login?token=\(token)", method: .get)
        if let setCookie = response.headers[.setCookie], let pair = setCookie.split(separator: ";").first {
            state.withLockedValue { $0.cookie = String(pair) }
            let session = try await get("/api/session")
            let json = try JSONSerialization.jsonObject(with: Data(session.body.readableBytesView)) as? [String: Any]
            state.withLockedValue { $0.csrf = json?["csrfToken"] as? String }
        }
        return response
    }

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers(csrf: false, origin: nil))
    }

    func send(
        _ method: HTTPRequest.Method, _ uri: String, json: [String: Any?], csrf: Bool = true, origin: String? = PortalHarness.origin
    ) async throws -> TestResponse {
        let data = try JSONSerialization.data(withJSONObject: json.compactMapValues { $0 })
        return try await send(method, uri, body: ByteBuffer(bytes: data), csrf: csrf, origin: origin)
    }

    func send(
        _ method: HTTPRequest.Method, _ uri: String, body: ByteBuffer, csrf: Bool = true, origin: String? = PortalHarness.origin,
        contentType: String = "application/json"
    ) async throws -> TestResponse {
        var fields = headers(csrf: csrf, origin: origin)
        fields[.contentType] = contentType
        return try await client.execute(uri: uri, method: method, headers: fields, body: body)
    }

    private func headers(csrf sendCSRF: Bool, origin: String?) -> HTTPFields {
        var fields = HTTPFields()
        if let cookie { fields[.cookie] = cookie }
        if sendCSRF, let csrf { fields[HTTPField.Name("X-CSRF-Token")!] = csrf }
        if let origin { fields[.origin] = origin }
        return fields
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:] }
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
}
