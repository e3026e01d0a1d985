import Foundation

/// The one way the stages read and write a repository's fragments and manifests.
///
/// `Workspace` keeps them as files (`fragments/<year>/<group>.md`, `reports/<year>/report.yaml`).
/// Another store can wrap it to add locking, history or access rules (the portal), or lay a
/// text being edited over one fragment (a preview), without any stage knowing.
public protocol FragmentStore: Sendable {
    /// Years that have a manifest, oldest first.
    func years() -> [Int]
    /// Years that have a folder of fragments, oldest first.
    func fragmentYears() -> [Int]

    /// The manifest's place as printed in diagnostics (`reports/2023/report.yaml`).
    func manifestPath(year: Int) -> String
    func readManifest(year: Int) -> Result<Data, StoreError>
    /// Writes a year's manifest atomically, as `writeFragment` does a fragment. With
    /// `createOnly`, an existing manifest is never replaced (`StoreError.exists`): starting a
    /// year twice cannot overwrite the coordinator's plan.
    func writeManifest(year: Int, _ data: Data, createOnly: Bool) throws(StoreError)

    /// A fragment's place as printed in diagnostics (`fragments/2023/woningmarkt.md`).
    func fragmentPath(_ id: FragmentID) -> String
    /// The fragments of a year in a fixed order, and the problems of the folder itself (stray
    /// files, links out of it, names that clash, too many files), which are never skipped silently.
    func listFragments(year: Int) -> (ids: [FragmentID], diagnostics: [Diagnostic])
    /// The fragment's bytes; at most `limit` bytes are ever read, so a huge file costs nothing.
    func readFragment(_ id: FragmentID, limit: Int) -> Result<Data, StoreError>
    /// Replaces the fragment atomically: a reader or a crash sees the old bytes or the new ones.
    /// With `createOnly`, an existing fragment is never replaced (`StoreError.exists`).
    func writeFragment(_ id: FragmentID, _ data: Data, createOnly: Bool) throws(StoreError)
}

/// Why a store could not read or write a file.
public enum StoreError: Error, Hashable, Sendable {
    /// There is no such file.
    case missing
    /// The file exists but is not a regular file (a pipe, a device, a folder).
    case notAFile
    /// `createOnly`, and the file is already there.
    case exists
    /// The file is a symbolic link to a place outside the repository; it is not read.
    case outside
    /// The file is larger than `limit` bytes; none of it was read.
    case tooLarge(limit: Int)
    case system(SystemError)

    /// What went wrong with the file at `path`, in both languages.
    public func message(path: String) -> Message {
        switch self {
        case .missing:
            return Message(nl: "\(path) bestaat niet", en: "\(path) does not exist")
        case .notAFile:
            return Message(
                nl: "\(path) is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat) en wordt niet gelezen",
                en: "\(path) is not a regular file (but, for example, a pipe or a device) and is not read")
        case .exists:
            return Message(nl: "\(path) bestaat al; er is niets overschreven", en: "\(path) already exists; nothing was overwritten")
        case .tooLarge(let limit):
            let megabytes = limit / (1024 * 1024)
            return Message(
                nl: "\(path) is groter dan \(megabytes) MB en wordt niet gelezen",
                en: "\(path) is larger than \(megabytes) MB and is not read")
        case .outside:
            return Message(
                nl: "\(path) is een snelkoppeling naar buiten de repository en wordt niet gelezen",
                en: "\(path) is a symbolic link out of the repository and is not read")
        case .system(let error):
            return Message(nl: "\(path): \(error.message.nl)", en: "\(path): \(error.message.en)")
        }
    }
}

/// A fragment a command could not write, and why.
public struct StoreWriteFailure: CommandFailure {
    public var path: String
    public var reason: StoreError

    public init(path: String, reason: StoreError) {
        self.path = path
        self.reason = reason
    }

    public var message: Message {
        let why = reason.message(path: path)
        return Message(nl: "kan niet schrijven: \(why.nl)", en: "cannot write: \(why.en)")
    }
}
