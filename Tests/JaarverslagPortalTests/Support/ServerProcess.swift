import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// The built `jaarverslag-portal` executable run as a person runs it, for the tests that
/// stop or kill the server.
final class ServerProcess {
    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("jaarverslag-portal"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("jaarverslag-portal"),
            PortalHarness.packageRoot.appendingPathComponent(".build/debug/jaarverslag-portal"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    let process = Process()
    let port: Int
    let log: URL

    /// Starts `serve` on loopback and waits until it answers.
    init(root: URL, port: Int) async throws {
        self.port = port
        log = root.appendingPathComponent("server-\(port)-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = Self.executable
        process.arguments = ["serve", "--root", root.path, "--host", "127.0.0.1", "--port", String(port)]
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        for _ in 0..<200 {
            if Self.accepts(port: port) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        throw Failure(description: "the server did not start: \(logText)")
    }

    var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the process to end (at most `seconds`) and returns its exit status, or nil.
    func waitForExit(seconds: Double) async throws -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Runs one of the portal's commands (`invite`, `revoke`) and returns what it printed.
    /// Runs the executable with `arguments`; `language` sets LANG (and clears LC_ALL and
    /// LC_MESSAGES, which would win over it).
    static func command(_ arguments: [String], language: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let language {
            var environment = ProcessInfo.processInfo.environment
            environment["LC_ALL"] = nil
            environment["LC_MESSAGES"] = nil
            environment["LANG"] = language
            process.environment = environment
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// A port on loopback that nothing listens on right now.
    static func freePort() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }
}

/// A signed-in client of a real server over loopback.
struct LiveSession {
    let client: TestClient
    let cookie: String
    let csrf: String
    let origin: String

    static func open(port: Int, loginToken: String) async throws -> LiveSession {
        let client = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(30)))
        client.connect()
        let login = try await client.execute(.init("/login?token=\(loginToken)", method: .get, authority: "127.0.0.1:\(port)"))
        guard let cookie = login.headers[.setCookie]?.split(separator: ";").first.map(String.init) else {
            throw ServerProcess.Failure(description: "login failed: \(login.status)")
        }
        let session = try await client.execute(
            .init("/api/session", method: .get, authority: "127.0.0.1:\(port)", headers: [.cookie: cookie]))
        let json = try JSONSerialization.jsonObject(with: Data(session.body!.readableBytesView)) as! [String: Any]
        return LiveSession(client: client, cookie: cookie, csrf: json["csrfToken"] as! String, origin: "http://127.0.0.1:\(port)")
    }

    func get(_ path: String) async throws -> (status: Int, json: [String: Any]) {
        let response = try await client.execute(
            .init(path, method: .get, authority: String(origin.dropFirst(7)), headers: [.cookie: cookie]))
        let json = (try? JSONSerialization.jsonObject(with: Data((response.body ?? ByteBuffer()).readableBytesView))) as? [String: Any]
        return (response.status.code, json ?? [:])
    }

    func put(_ path: String, json body: [String: Any]) async throws -> (status: Int, json: [String: Any]) {
        var headers: HTTPFields = [.cookie: cookie, .origin: origin, .contentType: "application/json"]
        headers[HTTPField.Name("X-CSRF-Token")!] = csrf
        let data = try JSONSerialization.data(withJSONObject: body)
        let response = try await client.execute(
            .init(path, method: .put, authority: String(origin.dropFirst(7)), headers: headers, body: ByteBuffer(bytes: data)))
        let json = (try? JSONSerialization.jsonObject(with: Data((response.body ?? ByteBuffer()).readableBytesView))) as? [String: Any]
        return (response.status.code, json ?? [:])
    }

    func close() async {
        try? await client.shutdown()
    }
}

/// A plain TCP connection to the server, to send a request in parts.
final class RawConnection {
    let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ServerProcess.Failure(description: "cannot connect to port \(port)") }
        var timeout = timeval(tv_sec: 15, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw ServerProcess.Failure(description: "send failed: \(errno)") }
            offset += count
        }
    }

    /// Everything the server sends until it closes the connection (or 15 s pass).
    func receiveAll() -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += buffer[..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    deinit {
        close(descriptor)
    }
}
