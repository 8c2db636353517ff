import Foundation

/// The list definitions of `numbering.xml`: abstract numberings with their levels, and the
/// numbering instances (`w:num`) that point at them with level overrides.
struct NumberingDefinitions {
    /// One level of a list: how its number looks and where it starts.
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var restartAfter: Int?
        var isLegal = false
        var suffix = "tab"
        var style: String?
    }

    struct Abstract {
        var levels: [Int: Level] = [:]
        var numberingStyleLink: String?
    }

    struct Instance {
        var abstractID: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    private(set) var abstracts: [String: Abstract] = [:]
    private(set) var instances: [String: Instance] = [:]

    init() {}

    init(data: Data, file: String, part: String) throws {
        try XMLStreamReader.read(data, file: file, part: part) { reader in
            var abstractID: String?
            var abstract = Abstract()
            var instanceID: String?
            var instance = Instance(abstractID: "")
            var overrideLevel: Int?
            var levelIndex: Int?
            var level = Level()
            while let event = try reader.next() {
                switch event {
                case .start(let name) where WordNamespaces.main.contains(name.namespace):
                    let value = reader.attribute("val")
                    switch name.localName {
                    case "abstractNum":
                        abstractID = reader.attribute("abstractNumId")
                        abstract = Abstract()
                    case "num":
                        instanceID = reader.attribute("numId")
                        instance = Instance(abstractID: "")
                    case "abstractNumId" where instanceID != nil:
                        instance.abstractID = value ?? ""
                    case "numStyleLink" where abstractID != nil:
                        abstract.numberingStyleLink = value
                    case "lvlOverride":
                        overrideLevel = reader.attribute("ilvl").flatMap { Int($0) }
                    case "startOverride":
                        if let overrideLevel, let start = value.flatMap({ Int($0) }) {
                            instance.startOverrides[overrideLevel] = start
                        }
                    case "lvl":
                        levelIndex = reader.attribute("ilvl").flatMap { Int($0) }
                        level = Level()
                    case "start" where levelIndex != nil: level.start = value.flatMap { Int($0) } ?? 1
                    case "numFmt" where levelIndex != nil: level.format = value ?? "decimal"
                    case "lvlText" where levelIndex != nil: level.text = value ?? ""
                    case "lvlRestart" where levelIndex != nil: level.restartAfter = value.flatMap { Int($0) }
                    case "isLgl" where levelIndex != nil: level.isLegal = WordNamespaces.isOn(value)
                    case "suff" where levelIndex != nil: level.suffix = value ?? "tab"
                    case "pStyle" where levelIndex != nil: level.style = value
                    case "pPr",
                        "rPr" where levelIndex != nil:
                        try reader.skipElement()
                    default: break
                    }
                case .end(let name) where WordNamespaces.main.contains(name.namespace):
                    switch name.localName {
                    case "lvl":
                        if let index = levelIndex, (0...8).contains(index) {
                            if let overrideLevel, instanceID != nil {
                                instance.levelOverrides[overrideLevel] = level
                            } else {
                                abstract.levels[index] = level
                            }
                        }
                        levelIndex = nil
                    case "lvlOverride":
                        overrideLevel = nil
                    case "abstractNum":
                        if let id = abstractID { abstracts[id] = abstract }
                        abstractID = nil
                    case "num":
                        if let id = instanceID { instances[id] = instance }
                        instanceID = nil
                    default: break
                    }
                default:
                    break
                }
            }
        }
    }

    /// The levels an instance uses: its abstract's (following `numStyleLink` through the style's
    /// numbering) with the instance's level overrides applied.
    func levels(of instanceID: String, styles: StyleSheet) -> [Int: Level]? {
        guard let instance = instances[instanceID] else { return nil }
        var abstract = abstracts[instance.abstractID]
        var hops = 0
        while let link = abstract?.numberingStyleLink, hops < 5,
            let linked = styles.numbering(of: link), let target = instances[linked.id]
        {
            abstract = abstracts[target.abstractID]
            hops += 1
        }
        guard var levels = abstract?.levels else { return nil }
        for (index, level) in instance.levelOverrides { levels[index] = level }
        return levels
    }
}
