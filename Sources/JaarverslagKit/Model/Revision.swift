/// How a part of the report changed since an earlier year. Only a report that shows its
/// changes (`jaarverslag diff --format docbook`) carries revisions; a plain build never does,
/// and renderers show them without knowing how they were found.
public enum Revision: String, Hashable, Sendable, CaseIterable {
    case added
    case changed
    case deleted
}
