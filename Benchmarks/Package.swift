// swift-tools-version:6.0
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between checkouts.
let projectPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

// The benchmarks live in their own package so that the main build and `swift test` stay lean.
// Run from the repository root:  swift run -c release --package-path Benchmarks jaarverslag-bench
let package = Package(
    name: "JaarverslagBenchmarks",
    dependencies: [
        .package(path: ".."),
        // The load test's HTTP client (`jaarverslag-bench load`), on SwiftNIO like the server.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .executableTarget(
            name: "jaarverslag-bench",
            dependencies: [
                .product(name: "JaarverslagKit", package: projectPackage),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        )
    ]
)
