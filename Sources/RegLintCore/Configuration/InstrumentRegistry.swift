import Foundation
import Yams

/// Instruments and bodies with their status, from registry files (docs/configuration.md, "Registries")
/// and the corpus itself. Citations match entries by a key that ignores case, spacing, the
/// words `số`/`No.`/`năm`, diacritics (so `NĐ` and `ND` agree), Unicode form and leading zeros
/// of the number, and never by prefix.
public struct InstrumentRegistry: Sendable, Equatable {
    /// The status words of a registry entry.
    public enum Status: String, Sendable, Codable, Equatable {
        case inForce = "in-force", amended, replaced, repealed, expired
        case merged, renamed, dissolved
    }

    /// An instrument: a law, decree, standard or internal regulation.
    public struct Instrument: Sendable, Codable, Equatable {
        public var id: String
        public var title: String?
        public var type: String?
        public var aliases: [String]
        public var status: Status
        /// The last day in force.
        public var until: Day?
        public var replacedBy: String?

        public init(
            id: String, title: String? = nil, type: String? = nil, aliases: [String] = [], status: Status,
            until: Day? = nil, replacedBy: String? = nil
        ) {
            self.id = id
            self.title = title
            self.type = type
            self.aliases = aliases
            self.status = status
            self.until = until
            self.replacedBy = replacedBy
        }

        enum CodingKeys: String, CodingKey {
            case id, title, type, aliases, status, until
            case replacedBy = "replaced_by"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            title = try container.decodeIfPresent(String.self, forKey: .title)
            type = try container.decodeIfPresent(String.self, forKey: .type)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            status = try container.decode(Status.self, forKey: .status)
            until = try container.decodeIfPresent(Day.self, forKey: .until)
            replacedBy = try container.decodeIfPresent(String.self, forKey: .replacedBy)
        }

        /// Whether the instrument is no longer in force on `day`.
        public func isOutdated(on day: Day) -> Bool {
            guard [.replaced, .repealed, .expired, .merged, .renamed, .dissolved].contains(status) else { return false }
            return until.map { $0 < day } ?? true
        }
    }

    /// A state body renamed, merged or dissolved.
    public struct Body: Sendable, Codable, Equatable {
        public var name: String
        public var aliases: [String]
        public var status: Status
        public var until: Day?
        public var replacedBy: String?

        enum CodingKeys: String, CodingKey {
            case name, aliases, status, until
            case replacedBy = "replaced_by"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            status = try container.decode(Status.self, forKey: .status)
            until = try container.decodeIfPresent(Day.self, forKey: .until)
            replacedBy = try container.decodeIfPresent(String.self, forKey: .replacedBy)
        }
    }

    public private(set) var instruments: [Instrument] = []
    public private(set) var bodies: [Body] = []
    private var byKey: [String: Int] = [:]

    public init(instruments: [Instrument] = [], bodies: [Body] = []) {
        for instrument in instruments { add(instrument) }
        self.bodies = bodies
    }

    /// Adds an instrument; a key already taken keeps its first entry.
    public mutating func add(_ instrument: Instrument) {
        let index = instruments.count
        instruments.append(instrument)
        var keys = [Self.key(instrument.id)] + instrument.aliases.map(Self.key)
        if let type = instrument.type { keys.append(Self.key(type + " " + instrument.id)) }
        for key in keys where !key.isEmpty && byKey[key] == nil { byKey[key] = index }
    }

    /// The entry a citation names, if any.
    public func instrument(for citation: Citation) -> Instrument? {
        if citation.kind == .link, let target = citation.target {
            // A link or Akoma Ntoso reference matches an entry that lists its target as an alias.
            return byKey[Self.key(target)].map { instruments[$0] }
        }
        guard let identifier = citation.identifier else { return nil }
        var keys = [Self.key(identifier)]
        if let type = citation.instrumentType { keys.insert(Self.key(type + " " + identifier), at: 0) }
        // A bare number-year ("Nghị định 04/2015") only matches through its type and an alias.
        if !identifier.contains(where: \.isLetter), citation.instrumentType != nil { keys.removeLast() }
        return keys.lazy.compactMap { self.byKey[$0] }.first.map { instruments[$0] }
    }

    /// The entry with this id, if any.
    public func instrument(id: String) -> Instrument? {
        byKey[Self.key(id)].map { instruments[$0] }
    }

    /// The matching key: folded, without spaces and the words số, No., năm; numbers without
    /// leading zeros (`04/2015/NĐ-CP` → `4/2015/nd-cp`).
    public static func key(_ text: String) -> String {
        var folded = " " + text.foldedForMatching + " "
        if let key = asciiKey(folded) { return key }
        for word in [" so ", " no. ", " no ", " nam "] { folded = folded.replacingOccurrences(of: word, with: " ") }
        var result = ""
        var previous: Character = " "
        var pendingZeros = ""
        for character in folded where !character.isWhitespace {
            if character == "0", !(previous.isNumber) {
                pendingZeros.append(character)
                continue
            }
            if !pendingZeros.isEmpty {
                if !character.isNumber { result += "0" }
                pendingZeros = ""
            }
            result.append(character)
            previous = character
        }
        if !pendingZeros.isEmpty { result += "0" }
        return result
    }

    /// ``key(_:)`` of folded text that is all ASCII (Vietnamese symbols and names are, once
    /// folded), by its bytes: nil when it holds any other character.
    private static func asciiKey(_ folded: String) -> String? {
        var folded = folded
        return folded.withUTF8 { text -> String? in
            guard UTF8Search.isASCII(text) else { return nil }
            // Each word dropped in one pass from the left, as `replacingOccurrences` does.
            var bytes = Array(text)
            for word in keyDroppedWords {
                guard bytes.count >= word.count else { continue }
                var kept: [UInt8] = []
                kept.reserveCapacity(bytes.count)
                var index = 0
                while index < bytes.count {
                    if index + word.count <= bytes.count, bytes[index..<index + word.count].elementsEqual(word) {
                        kept.append(0x20)
                        index += word.count
                    } else {
                        kept.append(bytes[index])
                        index += 1
                    }
                }
                bytes = kept
            }
            // White space out; zeros that begin a number out, a number of zeros kept as one.
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var previous: UInt8 = 0x20
            var pendingZeros = false
            for byte in bytes where !byte.isASCIIWhitespace {
                let isDigit = (0x30...0x39).contains(byte)
                if byte == 0x30, !(0x30...0x39).contains(previous) {
                    pendingZeros = true
                    continue
                }
                if pendingZeros {
                    if !isDigit { result.append(0x30) }
                    pendingZeros = false
                }
                result.append(byte)
                previous = byte
            }
            if pendingZeros { result.append(0x30) }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The words ``key(_:)`` drops, with the spaces around them.
    private static let keyDroppedWords: [[UInt8]] = [" so ", " no. ", " no ", " nam "].map { Array($0.utf8) }

    // MARK: Loading

    private struct FileContents: Decodable {
        var instruments: [Instrument]?
        var bodies: [Body]?
    }

    /// Reads registry files (YAML, or CSV with columns id,title,type,status,until,replaced_by,aliases
    /// where aliases are separated by `;`); a path `builtin:NAME` is one of the registries compiled
    /// into reglint (``BuiltInRegistries``).
    /// - Throws: ``ConfigurationError`` naming the file and entry that is wrong.
    public static func load(paths: [String]) throws(ConfigurationError) -> InstrumentRegistry {
        var registry = InstrumentRegistry()
        for path in paths {
            let text: String
            if BuiltInRegistries.isReference(path) {
                guard let builtIn = BuiltInRegistries.text(for: path) else {
                    throw .unreadable(file: path, reason: "no such built-in registry")
                }
                text = builtIn
            } else {
                do {
                    text = try String(contentsOfFile: path, encoding: .utf8)
                } catch {
                    throw .unreadable(file: path, reason: "cannot read the registry (\(error.localizedDescription))")
                }
            }
            if path.lowercased().hasSuffix(".csv") {
                for instrument in try parseCSV(text, file: path) { registry.add(instrument) }
                continue
            }
            do {
                let contents = try YAMLDecoder().decode(FileContents.self, from: text)
                for instrument in contents.instruments ?? [] { registry.add(instrument) }
                registry.bodies += contents.bodies ?? []
            } catch let error as DecodingError {
                throw .invalid(file: path, key: error.codingPathDescription, reason: error.reasonDescription)
            } catch {
                throw .invalid(file: path, key: nil, reason: "not a registry: \(error)")
            }
        }
        return registry
    }

    private static func parseCSV(_ text: String, file: String) throws(ConfigurationError) -> [Instrument] {
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first?.split(separator: ",").map({ $0.trimmingWhitespace.lowercased() }) else {
            return []
        }
        lines.removeFirst()
        var result: [Instrument] = []
        for (number, line) in lines.enumerated() where !line.trimmingWhitespace.isEmpty {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace }
            func cell(_ name: String) -> String? {
                header.firstIndex(of: name).flatMap { $0 < cells.count && !cells[$0].isEmpty ? cells[$0] : nil }
            }
            guard let id = cell("id"), let statusText = cell("status"), let status = Status(rawValue: statusText) else {
                throw .invalid(
                    file: file, key: "line \(number + 2)",
                    reason: "needs an id and a status (in-force, amended, replaced, repealed, expired)")
            }
            let until = cell("until").flatMap(Day.init(iso:))
            result.append(
                Instrument(
                    id: id, title: cell("title"), type: cell("type"),
                    aliases: cell("aliases")?.split(separator: ";").map { $0.trimmingWhitespace } ?? [], status: status,
                    until: until, replacedBy: cell("replaced_by")))
        }
        return result
    }
}
