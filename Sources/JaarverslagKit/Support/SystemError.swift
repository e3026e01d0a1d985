#if canImport(Glibc)
    import Glibc
#endif

/// An error number from the operating system as a sentence a secretary understands, with what
/// to do about it. The C library's own texts (`strerror`) are English only.
public struct SystemError: Error, Hashable, Sendable {
    /// `errno` of the failing call.
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// The error of the last failing system call.
    static var current: SystemError { SystemError(code: errno) }

    public var message: Message {
        switch code {
        case ENOSPC, EDQUOT:
            return Message(
                nl: "de schijf is vol; maak ruimte vrij en probeer het opnieuw", en: "the disk is full; free some space and try again")
        case EACCES, EPERM:
            return Message(
                nl: "u heeft geen toestemming om hier te schrijven of te lezen; vraag de beheerder om rechten op deze map",
                en: "you have no permission to write or read here; ask the administrator for rights on this folder")
        case EROFS:
            return Message(nl: "deze schijf of map is alleen-lezen", en: "this disk or folder is read-only")
        case ENOENT:
            return Message(nl: "het bestand of de map bestaat niet", en: "the file or folder does not exist")
        case EISDIR:
            return Message(nl: "op die plek staat een map, geen bestand", en: "there is a folder in that place, not a file")
        case ENOTDIR:
            return Message(nl: "een deel van het pad is een bestand, geen map", en: "part of the path is a file, not a folder")
        case EEXIST:
            return Message(nl: "het bestand bestaat al", en: "the file already exists")
        case EMFILE, ENFILE:
            return Message(nl: "er zijn te veel bestanden tegelijk open", en: "too many files are open at once")
        default:
            // The C library's text is English; it is quoted inside a sentence that says what to do.
            let text = String(cString: strerror(code))
            return Message(
                nl: "het besturingssysteem meldt een fout (\(text), errno \(code)); probeer het opnieuw, en vraag anders de beheerder",
                en: "the operating system reports an error (\(text), errno \(code)); try again, or else ask the administrator")
        }
    }
}
