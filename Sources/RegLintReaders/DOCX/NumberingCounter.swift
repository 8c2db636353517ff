/// Generates the labels Word prints for automatically numbered paragraphs, in document order.
///
/// Counters belong to a list: paragraphs whose `w:num` instances share an abstract numbering
/// continue one list. The first paragraph of an instance with `w:startOverride` restarts it, and
/// the other instances continue from there (Word shows 1, 2, 3, 4 for a restarted list whose
/// later items use the original instance). Numbering a level resets the deeper levels (unless
/// `w:lvlRestart` says otherwise).
struct NumberingCounter {
    private let definitions: NumberingDefinitions
    private let styles: StyleSheet
    private var counters: [String: [Int: Int]] = [:]
    private var restartedInstances: Set<String> = []

    init(definitions: NumberingDefinitions, styles: StyleSheet) {
        self.definitions = definitions
        self.styles = styles
    }

    /// The label (with its suffix: tab, space or nothing) for the next paragraph of this list
    /// level, or nil when the numbering is absent or switched off (`numId` 0).
    mutating func label(instance instanceID: String, level requested: Int) -> String? {
        guard instanceID != "0", let levels = definitions.levels(of: instanceID, styles: styles),
            let instance = definitions.instances[instanceID]
        else { return nil }
        let levelIndex = min(max(requested, 0), 8)
        guard let level = levels[levelIndex] else { return nil }
        let listKey = instance.abstractID
        var values = counters[listKey] ?? [:]
        if !instance.startOverrides.isEmpty, !restartedInstances.contains(instanceID) {
            // The first paragraph of an instance with w:startOverride restarts the list; the
            // instances sharing its abstract numbering then continue from there, as Word does.
            restartedInstances.insert(instanceID)
            for overridden in instance.startOverrides.keys { values[overridden] = nil }
        }
        let start = instance.startOverrides[levelIndex] ?? level.start
        values[levelIndex] = values[levelIndex].map { $0 + 1 } ?? start
        for deeper in (levelIndex + 1)..<9 {
            let restart = levels[deeper]?.restartAfter
            if restart == nil || (restart != 0 && levelIndex < (restart ?? 0)) {
                values[deeper] = nil
            }
        }
        counters[listKey] = values
        let text = render(level, levels: levels, values: values, instance: instance, current: levelIndex)
        switch level.suffix {
        case "space": return text.isEmpty ? nil : text + " "
        case "nothing": return text.isEmpty ? nil : text
        default: return text.isEmpty ? nil : text + "\t"
        }
    }

    private func render(
        _ level: Level, levels: [Int: Level], values: [Int: Int], instance: NumberingDefinitions.Instance, current: Int
    ) -> String {
        if level.format == "bullet" { return Self.bulletText(level.text) }
        if level.format == "none" { return level.text.contains("%") ? "" : level.text }
        var result = ""
        var characters = Substring(level.text)
        while let first = characters.first {
            characters = characters.dropFirst()
            guard first == "%", let digit = characters.first, let number = digit.wholeNumberValue,
                (1...9).contains(number)
            else {
                result.append(first)
                continue
            }
            characters = characters.dropFirst()
            let index = number - 1
            let referenced = levels[index] ?? Level()
            let value = values[index] ?? instance.startOverrides[index] ?? referenced.start
            let format = level.isLegal && index < current ? "decimal" : referenced.format
            result += NumberFormat.render(value, format: format)
        }
        return result
    }

    /// Bullets in symbol fonts use private-use code points; show them as a plain bullet.
    private static func bulletText(_ text: String) -> String {
        guard let scalar = text.unicodeScalars.first else { return "" }
        return (0xE000...0xF8FF).contains(scalar.value) ? "•" : text
    }

    typealias Level = NumberingDefinitions.Level
}
