/// One way to read a year on the command line, for every command: an argument of digits only
/// is a year, and a year is written with four digits. `202` or `20244` is a mistake to say,
/// not a file name (`diff`) or a year nobody has (`check`).
public enum YearArgument {
    public struct Failure: CommandFailure {
        public var argument: String

        public var message: Message {
            if isDigits(argument) {
                return Message(
                    nl: "`\(argument)` is geen jaartal; schrijf het jaar met vier cijfers, bijvoorbeeld 2024",
                    en: "`\(argument)` is not a year; write the year with four digits, for example 2024")
            }
            return Message(
                nl: "`\(argument)` is geen jaartal; geef het jaar met vier cijfers, bijvoorbeeld 2024",
                en: "`\(argument)` is not a year; give the year with four digits, for example 2024")
        }
    }

    /// The year, or why the argument is none.
    public static func parse(_ argument: String) -> Result<Int, Failure> {
        guard isDigits(argument), argument.count == 4, let year = Int(argument) else { return .failure(Failure(argument: argument)) }
        return .success(year)
    }

    /// Whether the argument means a year (rightly written or not): digits only.
    public static func isDigits(_ argument: String) -> Bool {
        !argument.isEmpty && argument.utf8.allSatisfy { (48...57).contains($0) }
    }
}
