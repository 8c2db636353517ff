import Foundation
import RegLintCore

/// `input/legacy-encoding`: Vietnamese text typed in the legacy TCVN3 (ABC) or VNI encodings.
struct LegacyEncodingCheck: Check {
    static let description = CheckDescription(
        id: "input/legacy-encoding",
        name: "Legacy Vietnamese encoding",
        summary: "Vietnamese text typed in a legacy TCVN3 (ABC) or VNI font encoding",
        rationale: """
            Before Unicode, Vietnamese was typed with fonts such as .VnTime (TCVN3, also called ABC) \
            or VNI-Times that draw Vietnamese letters in place of Latin-1 characters: "Điều" is \
            stored as "§iÒu" (TCVN3) or "Ñieàu" (VNI). Such a document looks right on screen but its \
            text is not Vietnamese, so every other check on it (numbers, references, clauses) is \
            wrong and search does not find it. Convert it to Unicode (for example with Unikey's \
            converter) and save it again. The check counts Latin-1 characters inside words that \
            Unicode Vietnamese never uses: TCVN3's symbols inside words (`§iÒu`, `lµm`), or VNI's `ñ` \
            for đ together with marks written after a vowel (`laøm`, `vieäc`). German, Finnish or \
            Spanish text ("über", "työ", "año") does not trigger it.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            Example(
                "↓§iÒu 1. Ph¹m vi ®iÒu chØnh\nQuy chÕ nµy quy ®Þnh vÒ chÕ ®é lµm viÖc cña Së Khoa häc vµ C«ng nghÖ.",
                expecting: ["TCVN3"]),
            Example(
                "↓Ñieàu 1. Phaïm vi ñieàu chænh\nQuy cheá naøy quy ñònh veà cheá ñoä laøm vieäc cuûa Sôû Khoa hoïc.",
                expecting: ["VNI"]),
        ],
        nonTriggeringExamples: [
            Example(
                "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định về chế độ làm việc của Sở Khoa học và Công nghệ."),
            Example("Article 1 Scope\nThe naïve café owner, Mr Müller, signed on 1 March 2024. © 2024 Company®."),
            Example(
                "Artikel 1 Geltungsbereich\nDiese Verordnung gilt für alle Behörden über die Länder hinweg. Työ- ja elinkeinoministeriö. El año de España."
            ),
        ],
        vietnamese: .init(
            name: "Bảng mã tiếng Việt cũ",
            summary: "Văn bản tiếng Việt được gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI",
            rationale: """
                Trước khi có Unicode, tiếng Việt được gõ bằng các phông chữ như .VnTime (TCVN3, còn gọi là \
                ABC) hoặc VNI-Times, vốn vẽ chữ Việt thay cho các ký tự Latin-1: "Điều" được lưu thành "§iÒu" \
                (TCVN3) hoặc "Ñieàu" (VNI). Văn bản như vậy hiển thị đúng trên màn hình nhưng nội dung lưu trữ \
                không phải là tiếng Việt, nên mọi phép kiểm tra khác (số liệu, dẫn chiếu, điều khoản) đều sai và \
                chức năng tìm kiếm không tìm thấy. Cần chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã \
                của Unikey) rồi lưu lại. Quy tắc đếm các ký tự Latin-1 nằm trong từ mà tiếng Việt Unicode không \
                bao giờ dùng: ký hiệu của TCVN3 nằm trong từ (`§iÒu`, `lµm`), hoặc chữ `ñ` của VNI thay cho đ \
                đi kèm dấu thanh viết sau nguyên âm (`laøm`, `vieäc`). Văn bản tiếng Đức, tiếng Phần Lan hay \
                tiếng Tây Ban Nha ("über", "työ", "año") không bị báo.
                """)
    )

    init(options: NoOptions) {}

    /// TCVN3 draws Vietnamese letters with Latin-1 symbols (`µ` à, `¸` á, `¹` ạ, `®` đ, `§` Đ):
    /// inside a word they are a near-certain sign, since no European language writes them there.
    private static let tcvn3Signs: Set<Character> = Set("µ¸¶·¹¨»¾¼½ª«¬\u{AD}®§¡¢¤¥¦Þ©")
    /// VNI writes đ as `ñ` and adds a tone or vowel mark as a second character after the vowel.
    private static let vniLetterD: Set<Character> = ["ñ", "Ñ"]
    private static let vniMarks: Set<Character> = Set("øöäïûüåæëî")
    private static let asciiVowels: Set<Character> = Set("aeiouyAEIOUYâêôÂÊÔ")

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let facts = context.facts(of: document)
        var tcvn3 = Evidence()
        var vniD = Evidence()
        var vniMark = Evidence()
        // One pass over the UTF-8 bytes of each paragraph; only paragraphs that can hold evidence
        // are read as characters, and letters are counted only when the evidence is enough.
        // By index: an entry is copied only once its text passed the byte scan.
        for index in facts.paragraphs.indices where Self.mayHoldEvidence(facts.paragraphs[index].paragraph.text) {
            let entry = facts.paragraphs[index]
            let text = Array(entry.paragraph.text.precomposed)
            for (index, character) in text.enumerated() {
                guard
                    Self.tcvn3Signs.contains(character) || Self.vniLetterD.contains(character)
                        || Self.vniMarks.contains(character), Self.isInsideWord(text, index)
                else { continue }
                if Self.tcvn3Signs.contains(character) {
                    tcvn3.add(entry.paragraph, Self.word(around: index, in: text))
                } else if Self.vniLetterD.contains(character) {
                    vniD.add(entry.paragraph, Self.word(around: index, in: text))
                } else if Self.vniMarks.contains(character), index > 0, Self.asciiVowels.contains(text[index - 1]) {
                    vniMark.add(entry.paragraph, Self.word(around: index, in: text))
                }
            }
        }
        guard tcvn3.count >= 5 || (vniD.count >= 3 && vniMark.count >= 3) else { return [] }
        let letters = facts.paragraphs.reduce(0) { count, entry in
            count + entry.paragraph.text.precomposed.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
        }
        let encoding: String
        let evidence: Evidence
        if tcvn3.count >= 5, tcvn3.count * 100 >= letters {
            (encoding, evidence) = ("TCVN3 (ABC)", tcvn3)
        } else if vniD.count >= 3, vniMark.count >= 3, (vniD.count + vniMark.count) * 100 >= letters {
            (encoding, evidence) = ("VNI", vniD)
        } else {
            return []
        }
        guard let first = evidence.first else { return [] }
        return [
            Diagnostic(
                message: .legacyEncoding(encoding, sample: first.word), location: first.paragraph.location,
                excerpt: first.word,
                range: first.paragraph.text.range(of: first.word).map { TextRange($0, in: first.paragraph.text) })
        ]
    }

    /// How often a sign was seen, and where first.
    private struct Evidence {
        var count = 0
        var first: (paragraph: Paragraph, word: String)?

        mutating func add(_ paragraph: Paragraph, _ word: String) {
            count += 1
            if first == nil { first = (paragraph, word) }
        }
    }

    /// Second bytes after 0xC3 of the Latin-1 letters the check looks for (Ñ Þ ä å æ ë î ï ñ ö ø û ü),
    /// none of which Unicode Vietnamese uses.
    private static let suspiciousLatin1Letters: Set<UInt8> = [
        0x91, 0x9E, 0xA4, 0xA5, 0xA6, 0xAB, 0xAE, 0xAF, 0xB1, 0xB6, 0xB8, 0xBB, 0xBC,
    ]

    /// Whether the NFC form of `text` can hold a character the check counts: a Latin-1 sign
    /// (U+00A1–U+00BF, bytes C2 A1–BF), one of the letters above (C3 xx), or a combining mark
    /// (U+0300–U+036F, lead bytes CC and CD) that composition could turn into one. A byte scan:
    /// most paragraphs, Vietnamese or not, are skipped without reading a character.
    static func mayHoldEvidence(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0xCC || byte == 0xCD { return true }
            if previous == 0xC2, byte >= 0xA1, byte <= 0xBF { return true }
            if previous == 0xC3, suspiciousLatin1Letters.contains(byte) { return true }
            previous = byte
        }
        return false
    }

    private static func isInsideWord(_ text: [Character], _ index: Int) -> Bool {
        (index > 0 && text[index - 1].isLetter) || (index + 1 < text.count && text[index + 1].isLetter)
    }

    private static func word(around index: Int, in text: [Character]) -> String {
        var start = index
        var end = index
        while start > 0, !text[start - 1].isWhitespace { start -= 1 }
        while end + 1 < text.count, !text[end + 1].isWhitespace { end += 1 }
        return String(text[start...end])
    }
}

extension Diagnostic.Message {
    fileprivate static func legacyEncoding(_ encoding: String, sample: String) -> Self {
        Self(
            en: "the text looks like Vietnamese in the legacy \(encoding) encoding (\"\(sample)\"); every check on it "
                + "would be wrong: convert it to Unicode and save it again",
            vi: "Văn bản có vẻ được gõ bằng bảng mã cũ \(encoding), chẳng hạn \(VietnameseWording.quoted(sample)), "
                + "nên mọi phép kiểm tra trên văn bản này đều không đúng; cần chuyển sang bảng mã Unicode rồi lưu lại")
    }
}
