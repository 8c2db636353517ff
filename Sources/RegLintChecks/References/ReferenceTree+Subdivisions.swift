import RegLintCore

/// Resolving references by subdivision words (`subsection (c) of this section`, `paragraph (3)
/// of section 12`, `paragraph 3 of Schedule 1`), whose steps may stand at any depth below the
/// part before them (``Citation/Step/isAtAnyDepth``). Conservative: a subdivision is missing only
/// when no part below is numbered so at any depth, every part below has a number, and some of
/// them are numbered in the same style (digits, or letters and Roman numerals).
extension ReferenceTree {
    /// The most parts below one part that are looked at; a larger part is not judged.
    private static let descendantLimit = 5_000

    /// What is wrong with a reference by subdivision words, or nil when it resolves (or cannot
    /// be judged).
    func subdivisionProblem(with citation: Citation) -> Diagnostic.Message? {
        var steps = citation.steps[...]
        var scopes: [Int] = []
        if citation.isRelative {
            // The article or section it stands in; in a schedule or annex also that (`paragraph 3`
            // of a UK schedule is the schedule's paragraph).
            guard let section = sectionOfLocation[citation.location] else { return nil }
            if let article = enclosingArticle(of: section) { scopes.append(article) }
            if let annex = enclosingAnnex(of: section) { scopes.append(annex) }
        } else {
            guard let head = steps.popFirst(), !head.isAtAnyDepth else { return nil }
            var top = citation
            top.steps = [head]
            if let problem = problem(with: top) { return problem }
            let level: Level = head.kind == .annex ? .annex : .article
            guard let found = find(head.value, at: level) else { return nil }
            scopes = [found]
        }
        for step in steps {
            guard let first = scopes.first else { return nil }
            guard let found = scopes.lazy.compactMap({ descendant(numbered: step.value, below: $0) }).first else {
                return missingSubdivision(step.value, below: first, citation: citation)
            }
            scopes = [found]
        }
        return nil
    }

    private func enclosingAnnex(of index: Int) -> Int? {
        var cursor: Int? = index
        while let current = cursor {
            if facts.sections[current].section.kind == .annex { return current }
            cursor = facts.sections[current].parent
        }
        return nil
    }

    /// The first part below `parent`, at any depth, numbered `value` (a part numbered `4.2` also
    /// answers to `2`).
    private func descendant(numbered value: String, below parent: Int) -> Int? {
        let wanted = Self.normalized(value)
        return descendants(of: parent).first {
            normalizedNumbers[$0] == wanted || normalizedLastParts[$0] == wanted
        }
    }

    /// The parts below `parent` in document order (not quoted ones), or none when there are more
    /// than ``descendantLimit``.
    private func descendants(of parent: Int) -> [Int] {
        var result: [Int] = []
        var stack = Array((children[parent] ?? []).reversed())
        while let index = stack.popLast() {
            result.append(index)
            guard result.count <= Self.descendantLimit else { return [] }
            stack.append(contentsOf: (children[index] ?? []).reversed())
        }
        return result
    }

    /// The message for `value` missing below `parent`, or nil when that cannot be told: parts
    /// without numbers below it, or none numbered in the style of `value`.
    private func missingSubdivision(_ value: String, below parent: Int, citation: Citation) -> Diagnostic.Message? {
        let below = descendants(of: parent).filter {
            [.clause, .point, .section].contains(facts.sections[$0].section.kind)
        }
        guard !below.isEmpty, below.allSatisfy({ !numbers[$0].isEmpty }) else { return nil }
        let isDigits = Self.isDigits(value)
        var seen: Set<String> = []
        var alike: [String] = []
        for index in below where Self.isDigits(numbers[index]) == isDigits {
            let printed = (facts.sections[index].section.number ?? numbers[index]).trimmingWhitespace
            if seen.insert(printed).inserted { alike.append(printed) }
        }
        guard !alike.isEmpty else { return nil }
        let shown = alike.prefix(8).joined(separator: ", ") + (alike.count > 8 ? ", …" : "")
        let written = citation.text.contains("(\(value))") ? "(\(value))" : value
        let name = label(of: parent)
        return Diagnostic.Message(
            en:
                "\(name) has no part numbered \(written) at any level (\(isDigits ? "numbered" : "lettered") parts: \(shown))",
            vi: "\(vietnameseName(name)) không có phần nào đánh số \(written) "
                + "(các phần đánh số bằng \(isDigits ? "chữ số" : "chữ cái"): \(shown))")
    }

    /// `3`, `12A`: numbered in digits (letters and Roman numerals are the other style).
    private static func isDigits(_ value: String) -> Bool {
        value.first?.isNumber == true
    }
}
