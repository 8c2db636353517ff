import Foundation
import RegLintCore
import RegLintReaders
import Testing

/// YAML rule packs: each kind, scoping, diacritics and validation.
@Suite("YAML rule packs")
struct RulePackTests {
    /// Writes a pack named `test` with the given rule files and loads it.
    private func pack(_ rules: [String: String], packFile: String = "name: test\nversion: 1.0.0\n") throws -> RulePack {
        try RulePack.load(folder: try write(rules, packFile: packFile))
    }

    private func write(_ rules: [String: String], packFile: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("rules"), withIntermediateDirectories: true)
        try Data(packFile.utf8).write(to: folder.appendingPathComponent("pack.yml"))
        for (name, text) in rules {
            try Data(text.utf8).write(to: folder.appendingPathComponent("rules/\(name).yml"))
        }
        return folder.path
    }

    private func findings(_ rule: String, _ outline: String) throws -> [Diagnostic] {
        let loaded = try pack(["rule": rule])
        let only = try #require(loaded.rules.first)
        #expect(only.description.id == "test/rule")
        return only.diagnostics(in: OutlineReader.read(outline), language: .vi)
    }

    @Test func existenceQuotesTheWordsAsPrintedAndIgnoresDiacriticsWhenAsked() throws {
        let rule =
            "kind: existence\nphrases: [Sở Thông tin và Truyền thông]\nignore_diacritics: true\n"
            + "message: \"'{match}' no longer exists\"\n"
        let found = try findings(
            rule, "Điều 1. Phối hợp\nGiao So Thong tin va Truyen thong chủ trì; Sở THÔNG TIN và Truyền thông phối hợp.")
        #expect(
            found.map(\.message.text) == [
                "'So Thong tin va Truyen thong' no longer exists", "'Sở THÔNG TIN và Truyền thông' no longer exists",
            ])
        #expect(found.map(\.excerpt) == ["So Thong tin va Truyen thong", "Sở THÔNG TIN và Truyền thông"])
        let strict = try findings(
            "kind: existence\nphrases: [Sở Thông tin]\n", "Điều 1. X\nSo Thong tin; Sở Thông tinh.")
        #expect(strict.isEmpty, "without ignore_diacritics only the exact letters match, and never inside a word")
    }

    @Test func decomposedTextMatchesToo() throws {
        let found = try findings(
            "kind: existence\nphrases: [hằng năm]\n",
            "Điều 1. X\n" + "Báo cáo hằng năm.".decomposedStringWithCanonicalMapping)
        #expect(found.count == 1)
    }

    @Test func substitutionOffersTheFix() throws {
        let found = try findings("kind: substitution\nswap:\n  e-mail: email\n", "Article 1 Scope\nSend an E-mail.")
        #expect(found.map(\.message.text) == ["use 'email' instead of 'E-mail'"])
        #expect(found.first?.fix == Fix(replacement: "email"))
    }

    @Test func requiredWordingInEverySectionInScope() throws {
        let rule = "kind: required\nphrases: [có hiệu lực]\nscope:\n  sections: [article]\n  headings: [hiệu lực]\n"
        let found = try findings(
            rule, "Điều 1. Phạm vi\nKhông nói gì.\nĐiều 2. Hiệu lực thi hành\nQuy chế được ban hành.")
        #expect(found.map(\.message.text) == ["Điều 2. Hiệu lực thi hành lacks the required wording"])
        #expect(try findings(rule, "Điều 2. Hiệu lực thi hành\nQuy chế có hiệu lực từ ngày ký.").isEmpty)
    }

    @Test func consistencyReportsTheLessUsedSpelling() throws {
        let found = try findings(
            "kind: consistency\neither: [hằng năm, hàng năm]\n",
            "Điều 1. X\nBáo cáo hằng năm.\nKiểm tra hằng năm.\nTổng kết hàng năm.")
        #expect(found.map(\.message.text) == ["'hàng năm' and 'hằng năm' both appear; use one spelling"])
        #expect(found.first?.location.paragraph == 4)
    }

    @Test func patternOverHeadingsWithCaptureGroups() throws {
        let rule =
            "kind: pattern\nover: headings\nignore_case: false\nmessage: \"Điều {1} is in capitals\"\n"
            + "pattern: '^Điều (\\d+)\\.? [A-ZĐÀ-Ỹ ]{8,}$'\n"
        let found = try findings(rule, "Điều 1. PHẠM VI ĐIỀU CHỈNH\nMột.\nĐiều 2. Đối tượng áp dụng\nHai.")
        #expect(found.map(\.message.text) == ["Điều 1 is in capitals"])
    }

    @Test func limitComparesTheFigureInScope() throws {
        let rule =
            "kind: limit\npattern: 'tiền ăn:?\\s*([0-9.]+) đồng'\nmax: 150000\n"
            + "message: \"{value} above {bound}\"\nscope:\n  headings: [hội nghị]\n"
        let found = try findings(
            rule,
            "Điều 1. Chi hội nghị\nTiền ăn: 200.000 đồng/ngày.\nTiền ăn: 100.000 đồng.\nĐiều 2. Công tác\nTiền ăn: 300.000 đồng."
        )
        #expect(found.map(\.message.text) == ["200.000 above 150.000"])
        #expect(found.first?.excerpt == "Tiền ăn: 200.000 đồng")
    }

    @Test func brokenPacksNameTheFileTheRuleAndTheKey() throws {
        func error(_ rules: [String: String], packFile: String = "name: test\n") throws -> String {
            let folder = try write(rules, packFile: packFile)
            do {
                _ = try RulePack.load(folder: folder)
                return "loaded"
            } catch {
                return error.description.replacingOccurrences(of: folder + "/", with: "")
            }
        }
        #expect(
            try error(["one": "kind: existence\nphrase: [x]\n"])
                == "rules/one.yml: phrase: rule test/one: unknown key (did you mean 'phrases'?)")
        #expect(
            try error(["one": "kind: existance\n"]).hasPrefix(
                "rules/one.yml: kind: rule test/one: unknown kind 'existance' (did you mean 'existence'?"))
        #expect(
            try error(["one": "kind: pattern\npattern: '(unclosed'\n"])
                == "rules/one.yml: pattern: rule test/one: not a valid regular expression: (unclosed")
        #expect(
            try error(["one": "kind: limit\npattern: x\n"]).contains("max: rule test/one: a limit needs max or min"))
        #expect(
            try error(["one": "kind: existence\nphrases: [x]\nscope:\n  sections: [articel]\n"]).contains(
                "did you mean 'article'?"))
        #expect(
            try error(["one": "kind: existence\nphrases: [x]\n"], packFile: "name: test\nversoin: 1\n")
                == "pack.yml: versoin: unknown key (did you mean 'version'?)")
        #expect(try error(["One": "kind: existence\nphrases: [x]\n"]).contains("rule test/One"))
        #expect(try error([:]).contains("the pack has no rules"))
    }
}
