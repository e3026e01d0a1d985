/// Some lines counted from the one a finding points at: `deze regel en de 3 regels eronder`.
/// Messages say this instead of file line numbers, because the portal counts lines in its text
/// box (without the front matter) and the file counts them with it: "de regels 17–18" next to
/// a finding placed at "regel 10" would send a secretary to the wrong lines.
enum LineSpan {
    static func from(_ first: Int, to last: Int) -> Message {
        switch last - first {
        case ...0: return Message(nl: "deze regel", en: "this line")
        case 1: return Message(nl: "deze regel en de regel eronder", en: "this line and the one below it")
        case let below:
            return Message(nl: "deze regel en de \(below) regels eronder", en: "this line and the \(below) lines below it")
        }
    }
}
