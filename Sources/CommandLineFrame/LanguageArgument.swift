/// The value of `--lang` (`--lang nl` or `--lang=nl`) anywhere in the arguments, read before
/// ArgumentParser parses them: the help texts and usage errors it prints are made before the
/// option's own value exists. Both executables read it this way.
public enum LanguageArgument {
    public static func value(in arguments: [String]) -> String? {
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count { return arguments[index + 1] }
        return arguments.first { $0.hasPrefix("--lang=") }.map { String($0.dropFirst("--lang=".count)) }
    }
}
