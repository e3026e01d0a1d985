/// Every rule the tool can report, in one list: the validation rules as `Validator` registers
/// them, and the rules of loading, the manifest and the outputs. The README's rule tables are
/// generated from it, and tests check it against the declarations in the source.
public enum RuleCatalog {
    public static let all: [Rule] =
        [
            .encodingWindows1252, .encodingUTF16, .encodingInvalidUTF8,
            .emptyFile, .frontMatterMissing, .frontMatterUnterminated,
            .yamlSyntax, .yamlTab, .yamlDuplicateKey,
            .unknownField, .missingField, .wrongType, .oneLineValue,
            .unknownFile, .linkOutside, .fileNameCase, .fileNameNormalization, .fileNameEncoding, .tooManyFiles,
            .fileUnreadable, .fragmentTooLarge, .markdownTooDeep, .markdownTooManyElements,
            .manifestUnreadable, .manifestEmpty, .manifestUnrecognized, .manifestMembersPlacement, .manifestNoChapters,
            .manifestDuplicateChapter, .manifestDuplicateGroup, .manifestDuplicateCity, .manifestBlankCity, .manifestTooLarge,
            .manifestUnknownChapter, .manifestYear, .manifestNewMember, .noManifestYet,
            .docbookInvalid, .outputRefused, .pdfFailed, .manifestDuplicateStyle,
            .importUnreadable, .importEmptyFile, .importTooLarge, .importWord97, .importEncrypted, .importOpenDocument,
            .importNotWord, .importNotDocx, .importDamaged, .importTooManyEntries, .importUnsafeName, .importZipBomb,
            .importNoDocument, .importDoctype, .importTooDeep, .importInvalidXML,
            .importTable, .importObject, .importComments, .importTrackedChanges, .importFootnote, .importTitle,
            .importHeadingLevel, .importBoldHeading, .importNumbering, .importInternalLink, .importLocalLink,
            .importHiddenText, .importStrikethrough, .importTableOfContents, .importIgnoredStyle, .importUnknown,
            .importFormatting,
        ] + (Validator.rules + Validator.lints).flatMap(\.rules)

    /// The rules of one stage, in catalog order, each once.
    public static func rules(of stage: Rule.Stage) -> [Rule] {
        var seen: Set<RuleID> = []
        return all.filter { $0.stage == stage && seen.insert($0.id).inserted }
    }

    /// Looks a rule up by its id.
    public static func rule(_ id: RuleID) -> Rule? {
        all.first { $0.id == id }
    }
}
