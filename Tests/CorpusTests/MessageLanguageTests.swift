import Foundation
import Testing

/// `--lang vi` and `messages: vi`: every message of the Vietnamese corpus in Vietnamese, rule ids
/// and report fields unchanged.
@Suite("Messages in Vietnamese")
struct MessageLanguageTests {
    private func run(_ arguments: [String]) throws -> CommandLineRunner.Result {
        try CommandLineRunner.run(arguments)
    }

    /// English words that a Vietnamese message must not contain outside the document's own
    /// words (quoted in “…”).
    static let englishWords = [
        "is", "the", "expected", "should", "missing", "was", "has", "and", "not", "of", "with", "before", "after",
        "stated", "points", "nowhere", "disagree", "restates", "numbering", "profile", "registry", "suppression",
        "requires", "found", "replaced", "repealed", "expired", "starts", "skips", "column", "row", "document",
    ]

    /// The English words left in a message once the document's quoted words are taken out.
    static func englishLeft(in message: String) -> [String] {
        var own = ""
        var depth = 0
        for character in message {
            if character == "“" {
                depth += 1
            } else if character == "”" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                own.append(character)
            }
        }
        let words = own.lowercased().split { !$0.isLetter }.map(String.init)
        return words.filter(englishWords.contains)
    }

    private func messages(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try run(arguments)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return try #require(json["findings"] as? [[String: Any]])
    }

    /// The Vietnamese corpus with `--lang vi`: `corpus/expected/check.vi.txt`, and no English in
    /// any message. Re-record with REGLINT_RECORD_GOLDENS=1 after an intended change.
    @Test func vietnameseCorpusIsReportedInVietnamese() throws {
        let result = try run(["check", "--lang", "vi", "--fail-on", "never", "corpus/vi"])
        #expect(result.status == 0)
        let golden = CorpusLocation.corpus.appendingPathComponent("expected/check.vi.txt")
        if ProcessInfo.processInfo.environment["REGLINT_RECORD_GOLDENS"] == "1" {
            try Data(result.output.utf8).write(to: golden)
        } else {
            #expect(result.output == (try String(contentsOf: golden, encoding: .utf8)))
        }
        let findings = try messages(["check", "--lang", "vi", "--fail-on", "never", "--format", "json", "corpus/vi"])
        #expect(findings.count >= 15)
        for finding in findings {
            let message = try #require(finding["message"] as? String)
            #expect(!message.isEmpty)
            #expect(Self.englishLeft(in: message).isEmpty, "English left in: \(message)")
            #expect(!message.contains(")("), "double brackets in: \(message)")
            #expect(!message.contains("))"), "double brackets in: \(message)")
        }
    }

    /// Only the message text changes with the language: rule ids, severities, paths, locations,
    /// excerpts and fixes are the same.
    @Test func machineFieldsDoNotChangeWithTheLanguage() throws {
        let english = try messages(["check", "--fail-on", "never", "--format", "json", "corpus/vi"])
        let vietnamese = try messages(["check", "--lang", "vi", "--fail-on", "never", "--format", "json", "corpus/vi"])
        #expect(english.count == vietnamese.count)
        for (lhs, rhs) in zip(english, vietnamese) {
            for key in ["rule", "severity", "path", "excerpt"] {
                #expect(lhs[key] as? String == rhs[key] as? String, "\(key)")
            }
            #expect(
                NSDictionary(dictionary: lhs["location"] as? [String: Any] ?? [:]).isEqual(
                    to: rhs["location"] as? [String: Any] ?? [:]))
            #expect(lhs["message"] as? String != rhs["message"] as? String)
        }
    }

    @Test func messagesKeyOfTheConfigurationChoosesTheLanguage() throws {
        let config = try CommandLineRunner.temporaryFile("cfg.yml", "messages: vi\n")
        let vietnamese = try run(["check", "--config", config, "--fail-on", "never", "corpus/vi/quy-che-dan-chu.docx"])
        #expect(
            vietnamese.output.contains(
                "Tỷ lệ 100/125 là 80,0%, nhưng văn bản ghi 85% — “100/125 (85%)” [figures/percent]"))
        // --lang wins over the configuration.
        let english = try run([
            "check", "--config", config, "--lang", "en", "--fail-on", "never", "corpus/vi/quy-che-dan-chu.docx",
        ])
        #expect(english.output.contains("100/125 is 80,0%, stated 85% — “100/125 (85%)” [figures/percent]"))
    }

    @Test func anInvalidMessagesValueIsAConfigurationError() throws {
        let french = try CommandLineRunner.temporaryFile("cfg.yml", "messages: fr\n")
        let result = try run(["check", "--config", french, "corpus/vi/quy-che-dan-chu.docx"])
        #expect(result.status == 2)
        #expect(result.errors.contains("cfg.yml: messages: expected vi or en, found 'fr'"), "\(result.errors)")
        let spelled = try CommandLineRunner.temporaryFile("cfg.yml", "messages: vietnamese\n")
        let suggestion = try run(["check", "--config", spelled, "corpus/vi/quy-che-dan-chu.docx"])
        #expect(suggestion.status == 2)
        #expect(suggestion.errors.contains("messages: expected vi or en, found 'vietnamese' (did you mean 'vi'?)"))
        #expect(try run(["check", "--lang", "fr", "corpus/vi/quy-che-dan-chu.docx"]).status == 2)
    }

    /// A pack rule's `message_vi` and a plugin finding's `message_vi` are shown with `--lang vi`.
    @Test func packsAndPluginsMayGiveVietnamese() throws {
        let tutorial = "corpus/tutorial.reglint.yml"
        let result = try run([
            "check", "--lang", "vi", "--config", tutorial, "--fail-on", "never", "corpus/vi", "corpus/en",
        ])
        #expect(
            result.output.contains(
                "Mức hỗ trợ tiền ăn 200.000 đồng vượt mức trần của đơn vị là 150.000 đồng — “Hỗ trợ tiền ăn: 200.000 đồng” [an-ha/meal-allowance]"
            ),
            "\(result.output)")
        #expect(
            result.output.contains(
                "từ); nên tách thành nhiều đoạn — “1. Văn phòng Sở là đầu” [readability/long-paragraph]"),
            "\(result.output)")
        // A rule without a message of its own has the default message in Vietnamese.
        #expect(result.output.contains("Nên dùng “email” thay cho “e-mail” [an-ha/email]"))
    }

    @Test func rulesAreListedInVietnamese() throws {
        let result = try run(["rules", "--lang", "vi"])
        #expect(result.status == 0)
        #expect(result.output.contains("structure/numbering  (warning)\n    Điều, khoản, điểm được đánh số sai thứ tự"))
        let json = try run(["rules", "--lang", "vi", "--format", "json"])
        #expect(json.output.contains("\"id\" : \"figures/sum\""))
        #expect(json.output.contains("Tổng số ghi trong văn bản khác với tổng các số thành phần đã nêu"))
    }
}
