/// Why a file cannot be imported at all. Each reason names what the file is and what the
/// secretary can do about it; nothing is written when the import is refused.
struct ImportFailure: Error, Sendable {
    enum Reason: Sendable {
        case emptyFile
        case tooLarge(Int)
        case word97
        case encrypted
        case openDocument
        case otherOffice(String)
        case notDocx(String?)
        case damagedZip
        case tooManyEntries(Int)
        case unsafeName(String)
        case partTooLarge(String, Int)
        case packageTooLarge(Int)
        case compressionRatio(String, Int)
        case damagedPart(String)
        case missingDocument(String)
        case xml(part: String, error: XMLTree.ParseError)
    }

    var reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    func diagnostic(path: String) -> Diagnostic {
        let (rule, message, fix) = Self.describe(reason)
        return Diagnostic(rule, message, at: TextLocation(path: path), fix: fix)
    }

    private static func megabytes(_ bytes: Int) -> Int { bytes / (1024 * 1024) }

    private static func describe(_ reason: Reason) -> (Rule, Message, Message) {
        switch reason {
        case .emptyFile:
            return (.importEmptyFile, Messages.empty, Messages.sendAgain)
        case .tooLarge(let limit):
            return (.importTooLarge, Messages.tooLarge(megabytes(limit)), Messages.withoutImages)
        case .word97:
            return (.importWord97, Messages.word97, Messages.saveAsDocx)
        case .encrypted:
            return (.importEncrypted, Messages.encrypted, Messages.removePassword)
        case .openDocument:
            return (.importOpenDocument, Messages.openDocument, Messages.saveAsDocx)
        case .otherOffice(let program):
            return (.importNotWord, Messages.otherOffice(program), Messages.copyToWord)
        case .notDocx(let what):
            return (.importNotDocx, Messages.notDocx(what), Messages.saveAsDocx)
        case .damagedZip:
            return (.importDamaged, Messages.damaged, Messages.saveAgain)
        case .tooManyEntries(let limit):
            return (.importTooManyEntries, Messages.tooManyEntries(limit), Messages.saveAgain)
        case .unsafeName(let name):
            return (.importUnsafeName, Messages.unsafeName(name), Messages.saveAgain)
        case .partTooLarge(let part, let limit):
            return (.importTooLarge, Messages.partTooLarge(part, megabytes(limit)), Messages.saveAgain)
        case .packageTooLarge(let limit):
            return (.importTooLarge, Messages.packageTooLarge(megabytes(limit)), Messages.saveAgain)
        case .compressionRatio(let part, let ratio):
            return (.importZipBomb, Messages.ratio(part, ratio), Messages.saveAgain)
        case .damagedPart(let part):
            return (.importDamaged, Messages.damagedPart(part), Messages.saveAgain)
        case .missingDocument(let part):
            return (.importNoDocument, Messages.missingDocument(part), Messages.saveAsDocx)
        case .xml(let part, let error):
            let place =
                error.line > 0
                ? Message(nl: "\(part), regel \(error.line)", en: "\(part), line \(error.line)") : Message(nl: part, en: part)
            switch error.kind {
            case .doctype: return (.importDoctype, Messages.doctype(place), Messages.saveAgain)
            case .tooDeep: return (.importTooDeep, Messages.tooDeep(place), Messages.saveAgain)
            case .tooLarge: return (.importTooLarge, Messages.xmlTooLarge(place), Messages.saveAgain)
            case .notWellFormed: return (.importInvalidXML, Messages.invalidXML(place, error.message), Messages.saveAgain)
            case .encoding: return (.importInvalidXML, Messages.encoding(place, error.message), Messages.saveAgain)
            }
        }
    }

    enum Messages {
        static func encoding(_ place: Message, _ name: String) -> Message {
            Message(
                nl: "\(place.nl) is in de tekencodering \(name) geschreven; een Word-document is altijd UTF-8 of UTF-16",
                en: "\(place.en) is written in the \(name) character encoding; a Word document is always UTF-8 or UTF-16")
        }
        static let empty = Message(nl: "het bestand is leeg (0 bytes)", en: "the file is empty (0 bytes)")
        /// An empty file was lost on its way (a failed download or attachment), not damaged by Word.
        static let sendAgain = Message(
            nl: "het bestand is onderweg leeg geraakt; vraag de afzender het opnieuw te sturen, of sla het in Word opnieuw op",
            en: "the file was lost on its way; ask the sender to send it again, or save it again in Word")
        static func tooLarge(_ megabytes: Int) -> Message {
            Message(
                nl: "het bestand is groter dan \(megabytes) MB; zo groot wordt de tekst van één sectie nooit",
                en: "the file is larger than \(megabytes) MB; the text of one section is never that large")
        }
        static let withoutImages = Message(
            nl: "haal foto's en andere afbeeldingen uit het document (ze komen toch niet in het jaarverslag) en sla het opnieuw op",
            en: "remove photos and other images from the document (they do not go into the report anyway) and save it again")
        static let word97 = Message(
            nl: "dit is een Word 97-2003-document (.doc), geen .docx",
            en: "this is a Word 97-2003 document (.doc), not a .docx")
        static let saveAsDocx = Message(
            nl: "open het in Word en kies Bestand → Opslaan als → Word-document (*.docx); stuur dat bestand",
            en: "open it in Word and choose File → Save As → Word Document (*.docx); send that file")
        static let encrypted = Message(
            nl: "het document is met een wachtwoord beveiligd en kan daardoor niet gelezen worden",
            en: "the document is protected with a password and so cannot be read")
        static let removePassword = Message(
            nl:
                "open het in Word, kies Bestand → Info → Document beveiligen → Versleutelen met wachtwoord, maak het wachtwoord leeg en sla het op",
            en: "open it in Word, choose File → Info → Protect Document → Encrypt with Password, clear the password and save")
        static let openDocument = Message(
            nl: "dit is een OpenDocument-tekst (.odt, uit LibreOffice of OpenOffice), geen Word-document",
            en: "this is an OpenDocument text (.odt, from LibreOffice or OpenOffice), not a Word document")
        static func otherOffice(_ program: String) -> Message {
            Message(nl: "dit is een \(program)-bestand, geen Word-document", en: "this is a \(program) file, not a Word document")
        }
        static let copyToWord = Message(
            nl: "zet de tekst in een Word-document en sla dat op als .docx",
            en: "put the text into a Word document and save that as .docx")
        static func notDocx(_ what: String?) -> Message {
            guard let what else {
                return Message(nl: "dit is geen Word-document (.docx)", en: "this is not a Word document (.docx)")
            }
            return Message(nl: "dit is geen Word-document (.docx) maar \(what)", en: "this is not a Word document (.docx) but \(what)")
        }
        static let damaged = Message(
            nl: "het bestand is beschadigd of niet compleet (bijvoorbeeld half gedownload); het is geen leesbaar .docx-pakket",
            en: "the file is damaged or incomplete (for example half downloaded); it is not a readable .docx package")
        static let saveAgain = Message(
            nl: "open het document in Word, sla het opnieuw op als Word-document (*.docx) en probeer het nog eens",
            en: "open the document in Word, save it again as Word Document (*.docx) and try again")
        static func tooManyEntries(_ limit: Int) -> Message {
            Message(
                nl: "het bestand bevat meer dan \(limit) onderdelen; een Word-document heeft er enkele tientallen",
                en: "the file holds more than \(limit) parts; a Word document has a few dozen")
        }
        static func unsafeName(_ name: String) -> Message {
            Message(
                nl: "het bestand bevat een onderdeel met een ongeldige naam (`\(name)`); Word maakt zulke namen nooit",
                en: "the file holds a part with an invalid name (`\(name)`); Word never makes such names")
        }
        static func partTooLarge(_ part: String, _ megabytes: Int) -> Message {
            Message(
                nl: "het onderdeel \(part) pakt uit tot meer dan \(megabytes) MB; het wordt niet gelezen",
                en: "the part \(part) unpacks to more than \(megabytes) MB; it is not read")
        }
        static func packageTooLarge(_ megabytes: Int) -> Message {
            Message(
                nl: "de onderdelen van het bestand pakken samen uit tot meer dan \(megabytes) MB; het wordt niet gelezen",
                en: "the parts of the file unpack to more than \(megabytes) MB together; it is not read")
        }
        static func ratio(_ part: String, _ ratio: Int) -> Message {
            Message(
                nl:
                    "het onderdeel \(part) pakt uit tot meer dan \(ratio) keer zijn ingepakte grootte (een zip-bom); het wordt niet gelezen",
                en: "the part \(part) unpacks to more than \(ratio) times its packed size (a zip bomb); it is not read")
        }
        static func damagedPart(_ part: String) -> Message {
            Message(
                nl: "het onderdeel \(part) is beschadigd en kan niet uitgepakt worden",
                en: "the part \(part) is damaged and cannot be unpacked")
        }
        static func missingDocument(_ part: String) -> Message {
            Message(
                nl: "het bestand is een zip-pakket, maar de tekst van een Word-document (\(part)) ontbreekt",
                en: "the file is a zip package, but the text of a Word document (\(part)) is missing")
        }
        static func doctype(_ place: Message) -> Message {
            Message(
                nl:
                    "\(place.nl): het onderdeel heeft een DOCTYPE; Word schrijft die nooit, en een DOCTYPE kan bestanden of netwerkadressen laten lezen, dus het bestand wordt geweigerd",
                en:
                    "\(place.en): the part has a DOCTYPE; Word never writes one, and a DOCTYPE can make a reader fetch files or network addresses, so the file is refused"
            )
        }
        static func tooDeep(_ place: Message) -> Message {
            Message(
                nl: "\(place.nl): de XML is dieper genest dan 256 niveaus; zo maakt Word geen documenten",
                en: "\(place.en): the XML is nested deeper than 256 levels; Word makes no such documents")
        }
        static func xmlTooLarge(_ place: Message) -> Message {
            Message(nl: "\(place.nl): het onderdeel is te groot", en: "\(place.en): the part is too large")
        }
        static func invalidXML(_ place: Message, _ detail: String) -> Message {
            Message(
                nl: "\(place.nl): het onderdeel is geen geldige XML (\(detail))",
                en: "\(place.en): the part is not well-formed XML (\(detail))")
        }
    }
}

extension Rule {
    static let importEmptyFile = Rule(
        "import-empty-file", .error, stage: .importing,
        summary: Message(
            nl: "een leeg bestand (0 bytes) in plaats van een Word-document", en: "an empty file (0 bytes) instead of a Word document"))
    static let importTooLarge = Rule(
        "import-too-large", .error, stage: .importing,
        summary: Message(
            nl: "een Word-document dat groter is of groter uitpakt dan de grenzen",
            en: "a Word document larger than the limits, or unpacking past them"))
    static let importWord97 = Rule(
        "import-word97", .error, stage: .importing,
        summary: Message(
            nl: "een Word 97-2003-document (.doc), ook als het .docx heet", en: "a Word 97-2003 document (.doc), also when named .docx"))
    static let importEncrypted = Rule(
        "import-encrypted", .error, stage: .importing,
        summary: Message(nl: "een met een wachtwoord beveiligd Word-document", en: "a password-protected Word document"))
    static let importOpenDocument = Rule(
        "import-opendocument", .error, stage: .importing,
        summary: Message(nl: "een OpenDocument-tekst (.odt) in plaats van een .docx", en: "an OpenDocument text (.odt) instead of a .docx"))
    static let importNotWord = Rule(
        "import-not-word", .error, stage: .importing,
        summary: Message(
            nl: "een Excel- of PowerPoint-bestand in plaats van een Word-document",
            en: "an Excel or PowerPoint file instead of a Word document"))
    static let importNotDocx = Rule(
        "import-not-docx", .error, stage: .importing,
        summary: Message(
            nl: "een PDF, RTF, webpagina, zip of ander bestand dat geen .docx is",
            en: "a PDF, RTF, web page, zip or other file that is not a .docx"))
    static let importDamaged = Rule(
        "import-damaged", .error, stage: .importing,
        summary: Message(nl: "een afgebroken of beschadigd .docx-pakket", en: "a truncated or damaged .docx package"))
    static let importTooManyEntries = Rule(
        "import-too-many-entries", .error, stage: .importing,
        summary: Message(nl: "een .docx met meer onderdelen dan Word ooit maakt", en: "a .docx with more parts than Word ever makes"))
    static let importUnsafeName = Rule(
        "import-unsafe-name", .error, stage: .importing,
        summary: Message(
            nl: "een onderdeel met een naam die uit het pakket klimt (`../`) of absoluut is",
            en: "a part whose name climbs out of the package (`../`) or is absolute"))
    static let importZipBomb = Rule(
        "import-zip-bomb", .error, stage: .importing,
        summary: Message(
            nl: "een onderdeel dat veel meer uitpakt dan XML ooit doet (een zip-bom)",
            en: "a part that unpacks far more than XML ever does (a zip bomb)"))
    static let importNoDocument = Rule(
        "import-no-document", .error, stage: .importing,
        summary: Message(nl: "een pakket zonder de tekst van een Word-document", en: "a package without the text of a Word document"))
    static let importDoctype = Rule(
        "import-doctype", .error, stage: .importing,
        summary: Message(
            nl: "een onderdeel met een DOCTYPE (entiteiten, externe bestanden)", en: "a part with a DOCTYPE (entities, external files)"))
    static let importTooDeep = Rule(
        "import-too-deep", .error, stage: .importing,
        summary: Message(nl: "XML die dieper genest is dan 256 niveaus", en: "XML nested deeper than 256 levels"))
    static let importInvalidXML = Rule(
        "import-invalid-xml", .error, stage: .importing,
        summary: Message(
            nl: "een onderdeel dat geen geldige XML is (ook ongeldige UTF-8 of onbekende entiteiten)",
            en: "a part that is not well-formed XML (also invalid UTF-8 or unknown entities)"))
}
