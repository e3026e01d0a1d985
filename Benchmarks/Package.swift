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
        .package(path: "..")
    ],
    targets: [
        .executableTarget(
            name: "jaarverslag-bench",
            dependencies: [.product(name: "JaarverslagKit", package: projectPackage)]
        )
    ]
)
