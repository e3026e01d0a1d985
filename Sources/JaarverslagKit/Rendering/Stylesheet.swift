/// The report's stylesheets. They are CSS files in `Resources/`, embedded in the
/// binary by SwiftPM (`.embedInCode`), so the tool needs no files beside it at run time and
/// a designer edits plain CSS.
public enum Stylesheet {
    /// Inside every page: the screen layout and the rules for printing from a browser.
    public static let page = String(decoding: PackageResources.page_css, as: UTF8.self)

    /// The PDF's page layout for WeasyPrint (CSS Paged Media), given next to the page.
    public static let print = String(decoding: PackageResources.print_css, as: UTF8.self)
}
