import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import JaarverslagPortal

/// Each role × each route × own group / other group / unknown group / other year, with and
/// without the CSRF token and a same-origin `Origin` for every change.
@Suite("Access matrix")
struct AccessMatrixTests {
    enum Role: String, CaseIterable { case anonymous, secretary, coordinator }

    enum Target: String, CaseIterable {
        case own, other, unknown, otherYear

        var year: Int { self == .otherYear ? 2014 : 2023 }
        var group: String {
            switch self {
            case .own, .otherYear: "woningmarkt"
            case .other: "europa"
            case .unknown: "bestaat-niet"
            }
        }
    }

    enum Guard: String, CaseIterable { case complete, noToken, noOrigin, foreignOrigin }

    /// What a route guards: one fragment, the year, the coordinator's overview of a year.
    enum Scope { case fragment, year, status, dashboard }

    struct Route: Sendable {
        var name: String
        var method: HTTPRequest.Method
        var scope: Scope
        var path: @Sendable (Target) -> String
        var body: (@Sendable (Target, String) -> [String: Any?])?
        var changes: Bool { method != .get }
    }

    static let routes: [Route] = [
        Route(name: "read", method: .get, scope: .fragment, path: { "/api/\($0.year)/fragments/\($0.group)" }),
        Route(
            name: "save", method: .put, scope: .fragment, path: { "/api/\($0.year)/fragments/\($0.group)" },
            body: { _, version in ["text": "---\nyear: 2023\n---\nTekst.\n", "baseVersion": version + "-verouderd"] }),
        Route(name: "history", method: .get, scope: .fragment, path: { "/api/\($0.year)/fragments/\($0.group)/history" }),
        Route(name: "version", method: .get, scope: .fragment, path: { "/api/\($0.year)/fragments/\($0.group)/history/VERSION" }),
        Route(
            name: "restore", method: .post, scope: .fragment, path: { "/api/\($0.year)/fragments/\($0.group)/restore" },
            body: { _, version in ["version": version] }),
        Route(name: "template", method: .get, scope: .fragment, path: { "/api/\($0.year)/fragments/\($0.group)/template" }),
        Route(
            name: "preview", method: .post, scope: .fragment, path: { "/api/\($0.year)/preview" },
            body: { target, _ in ["group": target.group, "text": "---\nyear: 2023\n---\nTekst.\n"] }),
        Route(
            name: "fix", method: .post, scope: .fragment, path: { "/api/\($0.year)/fix" },
            body: { target, _ in
                [
                    "group": target.group, "text": "---\nyear: 2023\n---\nWoning\u{AD}markt.\n", "rule": "invisible-character", "line": 4,
                    "column": 7,
                ]
            }),
        Route(
            name: "frontmatter", method: .post, scope: .year, path: { "/api/\($0.year)/frontmatter" },
            body: { _, _ in ["yaml": "title: Oud\n", "title": "Nieuw"] }),
        Route(name: "status", method: .get, scope: .status, path: { "/api/\($0.year)/status" }),
        Route(name: "editor page", method: .get, scope: .fragment, path: { "/\($0.year)/\($0.group)" }),
        Route(name: "preview frame", method: .get, scope: .fragment, path: { "/\($0.year)/\($0.group)/voorbeeld" }),
        Route(name: "dashboard", method: .get, scope: .dashboard, path: { "/\($0.year)" }),
    ]

    static func expected(_ role: Role, _ route: Route, _ target: Target, _ guardVariant: Guard) -> HTTPResponse.Status {
        guard role != .anonymous else { return .unauthorized }
        if route.changes && guardVariant != .complete { return .forbidden }
        let coordinator = role == .coordinator
        let yearAllowed = coordinator || target.year == 2023
        let groupAllowed = coordinator ? target != .unknown : target == .own
        switch route.scope {
        case .fragment:
            guard yearAllowed && groupAllowed else { return .notFound }
            // A save from an outdated version is a conflict, never an overwrite.
            return route.name == "save" ? .conflict : .ok
        case .year: return yearAllowed ? .ok : .notFound
        case .status: return yearAllowed ? (coordinator ? .ok : .forbidden) : .notFound
        case .dashboard: return yearAllowed && coordinator ? .ok : .notFound
        }
    }

    @Test("every role, route, target and guard gives the expected status, and refusals change nothing")
    func matrix() async throws {
        let harness = try PortalHarness()
        let before = try Self.snapshot(harness.root)
        try await harness.withClient { client in
            var browsers: [Role: TestBrowser] = [:]
            for role in Role.allCases {
                let browser = TestBrowser(client: client)
                switch role {
                case .anonymous: break
                case .secretary: try await browser.login(harness.secretary)
                case .coordinator: try await browser.login(harness.coordinator)
                }
                browsers[role] = browser
            }
            var notFoundBodies: [String: Set<String>] = [:]
            var checked = 0
            for route in Self.routes {
                for target in Target.allCases {
                    let version = try Self.currentVersion(harness, target)
                    for role in Role.allCases {
                        for guardVariant in route.changes ? Guard.allCases : [.complete] {
                            let browser = browsers[role]!
                            let path = route.path(target).replacingOccurrences(of: "VERSION", with: version)
                            let response: TestResponse
                            if let body = route.body {
                                response = try await browser.send(
                                    route.method, path, json: body(target, version), csrf: guardVariant != .noToken,
                                    origin: guardVariant == .noOrigin
                                        ? nil : guardVariant == .foreignOrigin ? "https://elders.example" : PortalHarness.origin)
                            } else {
                                response = try await browser.get(path)
                            }
                            let expected = Self.expected(role, route, target, guardVariant)
                            #expect(
                                response.status == expected,
                                "\(role) \(route.name) \(target) \(guardVariant): \(response.status.code), expected \(expected.code)")
                            if role == .secretary && response.status == .notFound && route.scope == .fragment {
                                notFoundBodies[route.name, default: []].insert(response.text)
                            }
                            checked += 1
                        }
                    }
                }
            }
            #expect(checked > 150)
            // Another group, an unknown group and another year look exactly alike.
            for (route, bodies) in notFoundBodies {
                #expect(bodies.count == 1, "\(route): \(bodies)")
            }
        }
        #expect(try Self.snapshot(harness.root) == before, "no fragment file changed")
    }

    @Test("a change without the CSRF token or from another origin is refused with 403 and changes nothing; with both it saves")
    func guardedSave() async throws {
        let harness = try PortalHarness()
        let original = harness.fileText("woningmarkt")!
        let version = ContentVersion.of(Data(original.utf8))
        let edited = original + "\nEen nieuwe alinea.\n"
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let path = "/api/2023/fragments/woningmarkt"
            let body: [String: Any?] = ["text": edited, "baseVersion": version]
            let noToken = try await browser.send(.put, path, json: body, csrf: false)
            #expect(noToken.status == .forbidden)
            #expect(noToken.errorCode == "csrf")
            let noOrigin = try await browser.send(.put, path, json: body, origin: nil)
            #expect(noOrigin.status == .forbidden)
            #expect(noOrigin.errorCode == "origin")
            let foreign = try await browser.send(.put, path, json: body, origin: "http://127.0.0.1:8081")
            #expect(foreign.status == .forbidden)
            #expect(harness.fileText("woningmarkt") == original)
            let saved = try await browser.send(.put, path, json: body)
            #expect(saved.status == .ok)
            #expect(harness.fileText("woningmarkt") == edited)
        }
    }

    static func currentVersion(_ harness: PortalHarness, _ target: Target) throws -> String {
        let url = harness.fragmentURL(target.group, year: target.year)
        guard let data = FileManager.default.contents(atPath: url.path) else { return ContentVersion.absent }
        return ContentVersion.of(data)
    }

    static func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for year in ["2014", "2023"] {
            let folder = root.appendingPathComponent("fragments/\(year)")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                files["\(year)/\(name)"] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            }
        }
        return files
    }
}

/// Odd years and group names never reach a file.
@Suite("Access: odd addresses")
struct OddAddressTests {
    @Test(
        "traversal, file names, odd years and unlisted groups are all the same 404",
        arguments: [
            "/api/2023/fragments/..%2F..%2FPackage.swift", "/api/2023/fragments/woningmarkt.md", "/api/02023/fragments/woningmarkt",
            "/api/2023/fragments/WONINGMARKT", "/api/2099/fragments/woningmarkt", "/api/20x3/fragments/woningmarkt",
            "/api/2023/fragments/%00", "/2023/..%2F2014",
        ])
    func oddAddress(path: String) async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.coordinator)
            let response = try await browser.get(path)
            #expect(response.status == .notFound, "\(path)")
        }
    }
}
