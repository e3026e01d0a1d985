import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension PortalLoad {
    /// One person in a browser: their own connection, their session cookie and CSRF token,
    /// and `Origin` on every change, as the portal requires.
    final class Client: Sendable {
        let base: String
        let group: String
        let cookie: String
        let csrf: String
        let session: URLSession

        init(base: String, group: String, cookie: String, csrf: String, session: URLSession) {
            self.base = base
            self.group = group
            self.cookie = cookie
            self.csrf = csrf
            self.session = session
        }

        struct Answer {
            var status: Int
            var data: Data
            var seconds: Double
            var body: [String: Any] { (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:] }
        }

        /// Opens the login link, keeps the cookie, and fetches the CSRF token as the page does.
        static func signIn(_ link: String, base: String) async throws -> Client {
            let configuration = URLSessionConfiguration.ephemeral
            configuration.httpShouldSetCookies = false
            configuration.httpMaximumConnectionsPerHost = 1
            configuration.timeoutIntervalForRequest = 30
            let session = URLSession(configuration: configuration)
            let (_, response) = try await send(session, URLRequest(url: URL(string: link)!))
            guard let setCookie = response.value(forHTTPHeaderField: "Set-Cookie"), let pair = setCookie.split(separator: ";").first else {
                throw BenchmarkError("no session from \(link): \(response.statusCode)")
            }
            var request = URLRequest(url: URL(string: base + "/api/session")!)
            request.setValue(String(pair), forHTTPHeaderField: "Cookie")
            let (data, _) = try await send(session, request)
            let json = (try JSONSerialization.jsonObject(with: data)) as? [String: Any]
            guard let csrf = json?["csrfToken"] as? String else { throw BenchmarkError("no CSRF token for \(link)") }
            let group = (json?["groups"] as? [String])?.first ?? ""
            return Client(base: base, group: group, cookie: String(pair), csrf: csrf, session: session)
        }

        func request(_ method: String, _ path: String, json: [String: Any]? = nil) async throws -> Answer {
            var request = URLRequest(url: URL(string: base + path)!)
            request.httpMethod = method
            request.setValue(cookie, forHTTPHeaderField: "Cookie")
            if method != "GET" {
                request.setValue(csrf, forHTTPHeaderField: "X-CSRF-Token")
                request.setValue(base, forHTTPHeaderField: "Origin")
            }
            if let json {
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                request.httpBody = try JSONSerialization.data(withJSONObject: json)
            }
            let start = ContinuousClock.now
            do {
                let (data, response) = try await Self.send(session, request)
                return Answer(status: response.statusCode, data: data, seconds: Measure.milliseconds(ContinuousClock.now - start) / 1000)
            } catch {
                // A request that fails outright counts as an error, with its time and reason.
                return Answer(
                    status: -1, data: Data("\(method) \(path): \(error)".utf8),
                    seconds: Measure.milliseconds(ContinuousClock.now - start) / 1000)
            }
        }

        func json(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Answer {
            try await request(method, path, json: body)
        }

        static func send(_ session: URLSession, _ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
            try await withCheckedThrowingContinuation { continuation in
                session.dataTask(with: request) { data, response, error in
                    if let error { return continuation.resume(throwing: error) }
                    guard let response = response as? HTTPURLResponse else {
                        return continuation.resume(throwing: BenchmarkError("no HTTP answer"))
                    }
                    continuation.resume(returning: (data ?? Data(), response))
                }.resume()
            }
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
