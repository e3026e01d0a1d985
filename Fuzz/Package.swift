// swift-tools-version:6.0
import Foundation
import PackageDescription

// The libFuzzer target for fragment loading and validation, in its own package so that the
// main build and tests never see the sanitizer flags. See README, "Fuzzing".
let projectPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "JaarverslagFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzFragments",
            dependencies: [.product(name: "JaarverslagKit", package: projectPackage)]
        )
    ]
)
