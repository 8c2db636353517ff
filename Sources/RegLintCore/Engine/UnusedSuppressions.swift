/// `structure/unused-suppression`, the rule the engine reports itself: once every check (per
/// document, corpus, pack and plugin) has run and the document's inline suppressions have
/// filtered the findings, a suppression that silenced nothing is reported.
public enum UnusedSuppressions {
    public static let description = CheckDescription(
        id: .unusedSuppression,
        name: "Unused suppression",
        summary: "An inline suppression that suppresses nothing",
        rationale: """
            A suppression (`<?reglint disable RULE?>` in XML, a Word comment starting \
            `reglint: disable RULE` in DOCX) that no longer silences any finding has outlived its \
            reason: the text it covered was fixed or moved. Left in place, it would silently hide \
            the next real problem in that range, so remove it. The engine reports this rule itself, \
            after every check of the run (corpus checks, packs and plugins included) has reported \
            and the suppressions have been applied.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            Example(
                "#reglint disable structure/numbering\n↓Điều 1. Phạm vi\nĐiều 2. Đối tượng\n#reglint enable structure/numbering"
            ),
            Example("Article 1 Scope\n#reglint disable\n↓1. Text with nothing to silence."),
        ],
        nonTriggeringExamples: [
            Example("Điều 1. Phạm vi\nĐiều 2. Đối tượng")
        ],
        vietnamese: .init(
            name: "Lệnh tắt kiểm tra thừa",
            summary: "Lệnh tắt kiểm tra đặt trong văn bản nhưng không che phát hiện nào",
            rationale: """
                Lệnh tắt kiểm tra (`<?reglint disable RULE?>` trong XML, ghi chú Word bắt đầu bằng \
                `reglint: disable RULE` trong DOCX) không còn che phát hiện nào thì lý do đặt nó đã \
                hết: đoạn văn bản nó bao đã được sửa hoặc chuyển đi nơi khác. Nếu để lại, lệnh này sẽ \
                lặng lẽ che mất lỗi thật tiếp theo trong phạm vi đó, vì vậy nên xóa. Quy tắc này do \
                chính bộ máy kiểm tra báo, sau khi mọi phép kiểm tra của lượt chạy (kể cả kiểm tra \
                toàn bộ kho văn bản, gói quy tắc và phần mở rộng) đã báo xong và các lệnh tắt đã được \
                áp dụng.
                """)
    )

    /// "suppression of RULES suppresses nothing; remove it".
    static func message(for rules: [RuleID]) -> Diagnostic.Message {
        let names = rules.isEmpty ? "every rule" : rules.map(\.rawValue).joined(separator: ", ")
        let quoted =
            rules.isEmpty ? "mọi quy tắc" : "quy tắc " + rules.map { "“\($0.rawValue)”" }.joined(separator: ", ")
        return Diagnostic.Message(
            en: "suppression of \(names) suppresses nothing; remove it",
            vi: "Lệnh tắt kiểm tra \(quoted) không che phát hiện nào; nên xóa lệnh này")
    }
}
