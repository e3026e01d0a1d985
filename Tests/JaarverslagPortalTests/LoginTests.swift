import Foundation
import HummingbirdTesting
import JaarverslagKit
import Testing

@testable import JaarverslagPortal

/// Login links, sessions and their cookie: expiry, revocation, throttling, and secrets that
/// never reach the log or the database.
@Suite("Login")
struct LoginTests {
    @Test("a login link gives an HttpOnly, SameSite=Strict session cookie and a page that moves on to the section")
    func cookie() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            let response = try await browser.login(harness.secretary)
            #expect(response.status == .ok)
            let cookie = response.headers[.setCookie] ?? ""
            #expect(cookie.hasPrefix("jaarverslag="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            #expect(response.text.contains(#"<meta http-equiv="refresh" content="0; url=/2023/woningmarkt">"#))
            let session = try await browser.get("/api/session")
            #expect(session.json["role"] as? String == "secretary")
            #expect(session.json["year"] as? Int == 2023)
            #expect(session.json["groups"] as? [String] == ["woningmarkt"])
            #expect((session.json["csrfToken"] as? String)?.count == 43)
        }
    }

    @Test("behind https the cookie is Secure and __Host- prefixed")
    func secureCookie() async throws {
        let harness = try PortalHarness(baseURL: "https://jaarverslag.example.nl")
        try await harness.withClient { client in
            let response = try await TestBrowser(client: client).login(harness.coordinator)
            let cookie = response.headers[.setCookie] ?? ""
            #expect(cookie.hasPrefix("__Host-jaarverslag="))
            #expect(cookie.contains("Secure"))
            #expect(response.headers[.strictTransportSecurity] != nil)
        }
    }

    @Test("no session gives 401 on every API route, with a Dutch message")
    func noSession() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            for path in ["/api/session", "/api/2023/fragments/woningmarkt", "/api/2023/status"] {
                let response = try await browser.get(path)
                #expect(response.status == .unauthorized)
                #expect(response.errorCode == "unauthenticated")
                #expect(
                    (response.json["error"] as? [String: Any])?["message"] as? String
                        == "u bent niet ingelogd; open de persoonlijke link uit uw uitnodiging")
            }
            let logout = try await browser.send(.post, "/api/logout", json: [:])
            #expect(logout.status == .unauthorized)
            let home = try await browser.get("/")
            #expect(home.status == .unauthorized)
            #expect(home.text.contains("persoonlijke link"))
        }
    }

    @Test("an expired link does not work, and a session ends with its invitation")
    func expiry() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            #expect(try await browser.get("/api/session").status == .ok)
            harness.clock.advance(by: Invitations.sessionLifetime + 1)
            #expect(try await browser.get("/api/session").status == .unauthorized)
            harness.clock.advance(by: Invitations.defaultValidity)
            let late = try await TestBrowser(client: client).login(harness.secretary)
            #expect(late.status == .unauthorized)
            #expect(late.headers[.setCookie] == nil)
            #expect(late.text.contains("verlopen"))
        }
    }

    @Test("revoking ends the link and every session made with it at once")
    func revocation() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            let other = TestBrowser(client: client)
            try await other.login(harness.otherSecretary)
            #expect(try harness.portal.invitations.revoke(.group("woningmarkt", year: 2023)) == 1)
            #expect(try await browser.get("/api/2023/fragments/woningmarkt").status == .unauthorized)
            #expect(try await TestBrowser(client: client).login(harness.secretary).status == .unauthorized)
            #expect(try await other.get("/api/2023/fragments/europa").status == .ok)
            #expect(try harness.portal.invitations.revoke(.coordinators) == 1)
            #expect(try await TestBrowser(client: client).login(harness.coordinator).status == .unauthorized)
        }
    }

    @Test("failed logins are limited per address: after ten, even a good link waits")
    func throttle() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            for _ in 0..<10 {
                let wrong = try await TestBrowser(client: client).login(String(repeating: "x", count: 43))
                #expect(wrong.status == .unauthorized)
            }
            let blocked = try await TestBrowser(client: client).login(harness.secretary)
            #expect(blocked.status == .tooManyRequests)
            harness.clock.advance(by: 61)
            #expect(try await TestBrowser(client: client).login(harness.secretary).status == .ok)
        }
    }

    @Test("tokens are 256 random bits and only their hashes are stored")
    func tokens() throws {
        let harness = try PortalHarness()
        let tokens = (0..<100).map { _ in Token.make() }
        #expect(Set(tokens).count == 100)
        #expect(
            tokens.allSatisfy {
                Token.isWellFormed($0)
                    && Data(base64Encoded: $0.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "=")?
                        .count == 32
            })
        let database = try Data(contentsOf: PortalDatabase.location(root: harness.root))
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: PortalDatabase.location(root: harness.root).path + "-wal"))) ?? Data()
        for token in [harness.secretary, harness.coordinator] {
            #expect(database.range(of: Data(token.utf8)) == nil && wal.range(of: Data(token.utf8)) == nil)
        }
    }

    @Test("the server's log names requests but never a login token, session cookie or CSRF token")
    func logsHoldNoSecrets() async throws {
        let harness = try PortalHarness()
        let log = CapturedLog()
        let secrets = try await harness.application(logger: log.logger()).test(.router) { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.secretary)
            _ = try await browser.get("/2023/woningmarkt")
            _ = try await TestBrowser(client: client).login(String(repeating: "y", count: 43))
            return [
                harness.secretary, String(repeating: "y", count: 43), browser.cookie!.split(separator: "=")[1].description, browser.csrf!,
            ]
        }
        #expect(log.text.contains("GET /login 200"))
        #expect(log.text.contains("GET /2023/woningmarkt 200"))
        for secret in secrets {
            #expect(!log.text.contains(secret))
        }
    }

    @Test("logging out ends the session")
    func logout() async throws {
        let harness = try PortalHarness()
        try await harness.withClient { client in
            let browser = TestBrowser(client: client)
            try await browser.login(harness.coordinator)
            let response = try await browser.send(.post, "/api/logout", json: [:])
            #expect(response.status == .ok)
            #expect(response.headers[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try await browser.get("/api/session").status == .unauthorized)
        }
    }
}
