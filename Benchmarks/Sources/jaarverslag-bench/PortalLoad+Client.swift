import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

extension PortalLoad {
    /// One person in a browser: their session cookie and CSRF token, and `Origin` on every
    /// change, as the portal requires. The requests go through AsyncHTTPClient (on SwiftNIO, like
    /// the server): Foundation's `URLSession` on Linux added about 3 ms to every request and
    /// tens of milliseconds when twenty answered at once, on the same two cores as the server.
    final class Client: Sendable {
        let base: String
        let group: String
        let cookie: String
        let csrf: String
        let http: HTTPClient

        init(base: String, group: String, cookie: String, csrf: String, http: HTTPClient) {
            self.base = base
            self.group = group
            self.cookie = cookie
            self.csrf = csrf
            self.http = http
        }

        struct Answer {
            var status: Int
            var data: Data
            var seconds: Double
            var headers: HTTPHeaders = [:]
            var body: [String: Any] { (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:] }
        }

        /// Runs `body` with an HTTP client of one connection per person (each has their own
        /// browser), and shuts the client down afterwards, also when `body` throws.
        static func withHTTPClient<T>(people: Int, _ body: (HTTPClient) async throws -> T) async throws -> T {
            var configuration = HTTPClient.Configuration()
            configuration.redirectConfiguration = .disallow
            configuration.connectionPool = .init(idleTimeout: .seconds(120), concurrentHTTP1ConnectionsPerHostSoftLimit: people + 2)
            let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
            do {
                let result = try await body(http)
                try await http.shutdown()
                return result
            } catch {
                try? await http.shutdown()
                throw error
            }
        }

        /// Opens the login link, keeps the cookie, and fetches the CSRF token as the page does.
        static func signIn(_ link: String, base: String, http: HTTPClient) async throws -> Client {
            let login = try await send(http, HTTPClientRequest(url: link))
            guard let setCookie = login.headers.first(name: "Set-Cookie"), let pair = setCookie.split(separator: ";").first else {
                throw BenchmarkError("no session from \(link): \(login.status)")
            }
            var request = HTTPClientRequest(url: base + "/api/session")
            request.headers.add(name: "Cookie", value: String(pair))
            let session = try await send(http, request)
            let json = (try JSONSerialization.jsonObject(with: session.data)) as? [String: Any]
            guard let csrf = json?["csrfToken"] as? String else { throw BenchmarkError("no CSRF token for \(link)") }
            let group = (json?["groups"] as? [String])?.first ?? ""
            return Client(base: base, group: group, cookie: String(pair), csrf: csrf, http: http)
        }

        func request(_ method: String, _ path: String, json: [String: Any]? = nil) async throws -> Answer {
            var request = HTTPClientRequest(url: base + path)
            request.method = HTTPMethod(rawValue: method)
            request.headers.add(name: "Cookie", value: cookie)
            if method != "GET" {
                request.headers.add(name: "X-CSRF-Token", value: csrf)
                request.headers.add(name: "Origin", value: base)
            }
            if let json {
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json)))
            }
            do {
                return try await Self.send(http, request)
            } catch {
                // A request that fails outright counts as an error, with its reason.
                return Answer(status: -1, data: Data("\(method) \(path): \(error)".utf8), seconds: 0)
            }
        }

        func json(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Answer {
            try await request(method, path, json: body)
        }

        /// The answer, timed from sending the request to the last byte of the body.
        static func send(_ http: HTTPClient, _ request: HTTPClientRequest) async throws -> Answer {
            let start = ContinuousClock.now
            let response = try await http.execute(request, timeout: .seconds(30))
            let body = try await response.body.collect(upTo: 16 * 1024 * 1024)
            return Answer(
                status: Int(response.status.code), data: Data(body.readableBytesView),
                seconds: Measure.milliseconds(ContinuousClock.now - start) / 1000, headers: response.headers)
        }
    }

    /// The portal as a process of its own, its peak memory read from /proc.
    struct Server {
        let process: Process

        /// `log`: where the server's request log goes (one line per request with its time
        /// inside the server), or nowhere.
        static func start(_ portal: String, root: URL, port: Int, log: URL? = nil) throws -> Server {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: portal)
            process.arguments = ["serve", "--root", root.path, "--port", String(port)]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            if let log {
                FileManager.default.createFile(atPath: log.path, contents: nil)
                process.standardError = try FileHandle(forWritingTo: log)
            }
            try process.run()
            for _ in 0..<400 {
                if accepts(port: port) { return Server(process: process) }
                usleep(25_000)
            }
            process.terminate()
            throw BenchmarkError("the portal did not start on port \(port)")
        }

        /// The largest resident set the process has had (VmHWM), in MB.
        func peakMegabytes() -> Double {
            guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
            else { return 0 }
            return (Double(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
        }

        func stop() throws {
            process.terminate()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw BenchmarkError("the portal stopped with \(process.terminationStatus)") }
        }

        static func accepts(port: Int) -> Bool {
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(socket) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            return withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            } == 0
        }
    }
}
