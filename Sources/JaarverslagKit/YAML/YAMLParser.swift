import CYaml

/// libyaml behind a small Swift wrapper: reads one YAML document into `YAMLNode`s from
/// libyaml's own events, and refuses what a front matter or manifest never needs and what can
/// be turned against the tool.
///
/// libyaml is the copy Yams is built on (its `CYaml` module). Yams' own composer is not used
/// for reading: it resolves every alias (the "billion laughs" expansion), hashes whole subtrees
/// to find duplicate keys, and keeps no anchors once it is done. Here an anchor or alias is
/// refused at the event that carries it, wherever it stands (a value, a key, a flow collection,
/// a quoted key), and the tree has one node per event, so time and memory stay proportional to
/// the text. A file is read once.
enum YAMLParser {
    /// Bounds on the tree, reported as problems when exceeded.
    struct Limits: Sendable {
        /// Collections inside collections; a front matter needs three levels.
        var depth: Int
        /// Scalars, sequences and mappings together.
        var nodes: Int
    }

    enum Problem: Hashable, Sendable {
        /// libyaml's scanner or parser could not read the text: its own (English) problem text,
        /// where it noticed, and where the construct it was reading began (when it says).
        case syntax(String, YAMLMark, context: YAMLMark?)
        /// A character YAML does not allow in a file (libyaml's reader); line and column in the text.
        case character(UInt32, line: Int, column: Int)
        /// NEL, U+2028 or U+2029: YAML counts a new line there, the file's other readers do not.
        case lineSeparator(UInt32, line: Int, column: Int)
        case anchor(YAMLMark)
        case alias(YAMLMark)
        /// The same key twice in one mapping: where it is first, and where it comes again.
        case duplicateKey(String, first: YAMLMark, again: YAMLMark)
        case tooDeep(YAMLMark)
        case tooManyNodes(YAMLMark)
        case secondDocument(YAMLMark)
    }

    struct Outcome: Sendable {
        /// The document; nil when it is empty or a problem stopped the reading.
        var root: YAMLNode?
        var problem: Problem?
        /// Scalars (keys and values) whose decoded text holds a character XML 1.0 forbids, such
        /// as `"\x01"` or `"\e"`: the first such character of each, and where the scalar starts.
        var forbidden: [(scalar: Unicode.Scalar, mark: YAMLMark)] = []
        /// The keys of the top-level mapping, as far as the reading got.
        var topLevelKeys: [String] = []
    }

    static func parse(_ text: String, limits: Limits) -> Outcome {
        var text = text
        var outcome = text.withUTF8 { bytes in
            var reader = EventReader(limits: limits)
            reader.read(bytes)
            return reader.outcome
        }
        // The separator is the problem, whatever libyaml made of the lines it split there; the
        // keys read so far still tell what kind of file this is.
        if let separator = lineSeparator(in: text) {
            outcome.root = nil
            outcome.problem = separator
        }
        // libyaml's reader checks characters before the parser sees them, so a control
        // character anywhere in a short file stops the reading before its first key; the lines
        // before it tell what kind of file this is.
        if case .character(_, let line, _)? = outcome.problem, outcome.topLevelKeys.isEmpty, line > 1 {
            let before = text.split(separator: "\n", maxSplits: line - 1, omittingEmptySubsequences: false).prefix(line - 1)
            outcome.topLevelKeys = parse(before.joined(separator: "\n"), limits: limits).topLevelKeys
        }
        return outcome
    }

    /// The first NEL, LS or PS, with its place counted on LF only. A byte scan: the three are
    /// C2 85, E2 80 A8 and E2 80 A9 in UTF-8.
    private static func lineSeparator(in text: String) -> Problem? {
        guard text.containsByte(0xC2) || text.containsByte(0xE2) else { return nil }
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if InvisibleCharacters.isLineSeparator(scalar) { return .lineSeparator(scalar.value, line: line, column: column) }
            column += 1
        }
        return nil
    }

    /// One pass over libyaml's events with an explicit stack (no recursion).
    private struct EventReader {
        let limits: Limits
        var outcome = Outcome()
        private var stack: [Frame] = []
        private var nodes = 0
        private var documents = 0

        /// An open collection. A class, so that adding to it never copies what it holds.
        private final class Frame {
            let mark: YAMLMark
            let isMapping: Bool
            var items: [YAMLNode] = []
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var pendingKey: YAMLNode?

            init(mapping: Bool, at mark: YAMLMark) {
                self.mark = mark
                isMapping = mapping
            }
        }

        init(limits: Limits) {
            self.limits = limits
        }

        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                outcome.problem = .syntax("out of memory", YAMLMark(line: 1, column: 1), context: nil)
                return
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    outcome.problem = Self.problem(of: parser, in: bytes)
                    return
                }
                let done = event.type == YAML_STREAM_END_EVENT
                let problem = handle(event)
                yaml_event_delete(&event)
                if let problem {
                    outcome.problem = problem
                    return
                }
                if done { return }
            }
        }

        /// Takes one event; returns the problem that ends the reading, if any.
        private mutating func handle(_ event: yaml_event_t) -> Problem? {
            let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return .secondDocument(mark) }
            case YAML_ALIAS_EVENT:
                return .alias(mark)
            case YAML_SCALAR_EVENT:
                if event.data.scalar.anchor != nil { return .anchor(mark) }
                let value = String(
                    decoding: UnsafeBufferPointer(start: event.data.scalar.value, count: Int(event.data.scalar.length)), as: UTF8.self)
                if let forbidden = XMLCharacters.firstForbidden(in: value) { outcome.forbidden.append((forbidden, mark)) }
                let style: YAMLNode.ScalarStyle
                switch event.data.scalar.style {
                case YAML_PLAIN_SCALAR_STYLE: style = .plain
                case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .block
                default: style = .quoted
                }
                return add(YAMLNode(kind: .scalar(value, style: style), mark: mark))
            case YAML_SEQUENCE_START_EVENT:
                if event.data.sequence_start.anchor != nil { return .anchor(mark) }
                return open(Frame(mapping: false, at: mark))
            case YAML_MAPPING_START_EVENT:
                if event.data.mapping_start.anchor != nil { return .anchor(mark) }
                return open(Frame(mapping: true, at: mark))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                return close()
            default:
                break
            }
            return nil
        }

        private mutating func open(_ frame: Frame) -> Problem? {
            guard stack.count < limits.depth else { return .tooDeep(frame.mark) }
            nodes += 1
            guard nodes <= limits.nodes else { return .tooManyNodes(frame.mark) }
            stack.append(frame)
            return nil
        }

        private mutating func close() -> Problem? {
            guard let frame = stack.popLast() else { return nil }
            guard frame.isMapping else { return attach(YAMLNode(kind: .sequence(frame.items), mark: frame.mark)) }
            var first: [String: YAMLMark] = [:]
            for (key, _) in frame.pairs {
                guard let text = key.string else { continue }
                if let earlier = first[text] { return .duplicateKey(text, first: earlier, again: key.mark) }
                first[text] = key.mark
            }
            return attach(YAMLNode(kind: .mapping(frame.pairs), mark: frame.mark))
        }

        /// A new scalar: counted, then put in its place.
        private mutating func add(_ node: YAMLNode) -> Problem? {
            nodes += 1
            guard nodes <= limits.nodes else { return .tooManyNodes(node.mark) }
            return attach(node)
        }

        /// Puts a finished node into the collection that holds it, or makes it the root.
        private mutating func attach(_ node: YAMLNode) -> Problem? {
            guard let top = stack.last else {
                outcome.root = node
                return nil
            }
            if !top.isMapping {
                top.items.append(node)
            } else if let key = top.pendingKey {
                top.pairs.append((key, node))
                top.pendingKey = nil
            } else {
                if stack.count == 1, let text = node.string { outcome.topLevelKeys.append(text) }
                top.pendingKey = node
            }
            return nil
        }

        /// libyaml's error, located in the text.
        private static func problem(of parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>) -> Problem {
            let text = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            switch parser.error {
            case YAML_READER_ERROR:
                let offset = min(Int(parser.problem_offset), bytes.count)
                let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<offset]), as: UTF8.self)
                let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
                let value = parser.problem_value >= 0 ? UInt32(parser.problem_value) : 0xFFFD
                return .character(value, line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
            default:
                let mark = parser.problem_mark
                let context = parser.context == nil ? nil : parser.context_mark
                return .syntax(
                    text, YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1),
                    context: context.map { YAMLMark(line: Int($0.line) + 1, column: Int($0.column) + 1) })
            }
        }
    }
}
