/// Reads a document's title, number, issuer and dates from the text before its first heading.
///
/// Vietnamese administrative documents open with a fixed header: the issuing body and
/// `Số: 12/QC-STTTT` on the left, the national motto and `Hà Nội, ngày 15 tháng 9 năm 2022` on
/// the right, then the document type in capitals (`QUY CHẾ`) and its subject on the next line.
/// English policies state `Policy number: ISP-01`, `Effective date: 1 March 2024` and the like.
package enum PreambleMetadataReader {
    private static let documentTypes: Set<String> = [
        "quy che", "quy dinh", "quyet dinh", "nghi dinh", "thong tu", "thong tu lien tich",
        "huong dan", "ke hoach", "luat", "bo luat", "nghi quyet", "chi thi", "dieu le", "noi quy",
        "phap lenh", "cong van", "thong bao", "chuong trinh", "de an", "quy trinh", "hien phap", "lenh",
        "bao cao", "to trinh", "phieu trinh", "ket luan", "thong bao ket luan", "bien ban", "cong dien",
        "phuong an", "du an", "thong cao", "hop dong", "giay moi",
    ]
    /// Words that may stand before "số" in a number line: `Luật số: 24/2018/QH14`.
    private static let numberedTypes: Set<String> = [
        "", "luat", "bo luat", "nghi quyet", "phap lenh", "lenh", "nghi dinh", "quyet dinh", "thong tu",
    ]
    private static let numberLabels = [
        "policy number", "document number", "document no", "reference number", "reference", "number",
        "no", "policy no", "ref",
    ]
    private static let effectiveLabels = ["effective date", "effective from", "effective", "date of effect"]
    private static let issuedLabels = ["date of issue", "issue date", "issued", "approved", "approval date", "date"]
    private static let issuerLabels = ["issued by", "issuer", "issuing body", "owner", "policy owner", "approved by"]

    package static func read(preamble: [String], titles: [String], language: Language) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        let lines = preamble.flatMap { $0.split(separator: "\n").map { String($0).trimmingWhitespace } }
            .filter { !$0.isEmpty }
        for (index, line) in lines.enumerated() {
            let folded = line.foldedForMatching
            if metadata.number == nil, let number = vietnameseNumber(line) {
                metadata.number = number
                if metadata.issuer == nil { metadata.issuer = issuer(before: index, in: lines) }
                continue
            }
            if let (label, value) = labelled(line) {
                if metadata.number == nil, numberLabels.contains(label) {
                    metadata.number = value
                } else if effectiveLabels.contains(label), let day = DateParser.firstDate(in: value) {
                    metadata.dates.append(DocumentDate(kind: "effective", day: day))
                } else if issuedLabels.contains(label), let day = DateParser.firstDate(in: value) {
                    metadata.dates.append(DocumentDate(kind: "issued", day: day))
                } else if metadata.issuer == nil, issuerLabels.contains(label) {
                    metadata.issuer = value
                }
                continue
            }
            // "Hà Nội, ngày 15 tháng 9 năm 2022": a place, a comma, then the signing date.
            if !metadata.dates.contains(where: { $0.kind == "issued" }), isPlaceAndDate(folded),
                let day = DateParser.firstDate(in: line)
            {
                metadata.dates.append(DocumentDate(kind: "issued", day: day))
            }
        }
        metadata.title = title(titles: titles, lines: lines)
        return metadata
    }

    /// `Số: 12/QC-STTTT`, `Số 12/QC-STTTT` or `Luật số: 24/2018/QH14` → the number; a draft's
    /// blank `Số: /QĐ-UBND` gives `/QĐ-UBND`.
    private static func vietnameseNumber(_ line: String) -> String? {
        guard let so = line.prefix(16).range(of: "số", options: [.caseInsensitive]),
            numberedTypes.contains(String(line[..<so.lowerBound]).foldedForMatching.trimmingWhitespace)
        else { return nil }
        let rest = line[so.upperBound...].drop(while: { $0 == ":" || $0.isWhitespace })
        let token = rest.prefix(while: { !$0.isWhitespace })
        guard token.contains("/"), token.first?.isNumber == true || token.first == "/" else { return nil }
        return String(token)
    }

    /// `Label: value` with a known label, folded.
    private static func labelled(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let label = String(line[..<colon]).foldedForMatching.replacingDots
        let value = String(line[line.index(after: colon)...]).trimmingWhitespace
        guard !value.isEmpty, label.count <= 30 else { return nil }
        let known = numberLabels + effectiveLabels + issuedLabels + issuerLabels
        return known.contains(label) ? (label, value) : nil
    }

    /// The capitalised line just before the number: the issuing body.
    private static func issuer(before index: Int, in lines: [String]) -> String? {
        for candidate in lines[..<index].reversed() {
            if candidate.allSatisfy({ "-_=*–— ".contains($0) }) { continue }
            let letters = candidate.filter(\.isLetter)
            guard !letters.isEmpty, letters.allSatisfy(\.isUppercase) else { return nil }
            if candidate.foldedForMatching.hasPrefix("cong hoa") { return nil }
            return candidate
        }
        return nil
    }

    /// The document type line in capitals (`QUYẾT ĐỊNH`, `ĐIỀU LỆ HIỆP HỘI …`) with the subject
    /// line after it; otherwise an official letter's subject (`V/v …`); otherwise the paragraphs in
    /// the Title style; otherwise nil.
    private static func title(titles: [String], lines: [String]) -> String? {
        let titles = titles.filter { !isNationalHeader($0) }
        for (index, line) in lines.enumerated() where isDocumentTypeLine(line) {
            if documentTypes.contains(line.foldedForMatching), index + 1 < lines.count, isSubjectLine(lines[index + 1])
            {
                return line + " " + lines[index + 1]
            }
            return line
        }
        // An official letter (công văn) has no type line: its subject "V/v …" is its title.
        if let subject = lines.first(where: { $0.foldedForMatching.hasPrefix("v/v") }) { return subject }
        return titles.isEmpty ? nil : titles.joined(separator: " ")
    }

    /// A document type alone, in capitals: `KẾ HOẠCH`, `ĐIỀU LỆ`, `QUY CHẾ`.
    package static func isDocumentTypeWord(_ line: String) -> Bool {
        let text = line.trimmingWhitespace
        return documentTypes.contains(text.foldedForMatching) && isCapitalised(text)
    }

    /// A document type line in capitals: `BÁO CÁO`, `PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC`.
    package static func isDocumentTypeLine(_ line: String) -> Bool {
        let text = line.trimmingWhitespace
        return startsWithDocumentType(text) && isCapitalised(text)
    }

    private static func isCapitalised(_ text: String) -> Bool {
        text.filter(\.isLetter).allSatisfy(\.isUppercase)
    }

    /// `QUYẾT ĐỊNH`, `ĐIỀU LỆ HIỆP HỘI …`, `QUYẾT ĐỊNH:` (the enacting word before the articles).
    private static func startsWithDocumentType(_ line: String) -> Bool {
        let folded = line.foldedForMatching
        guard !folded.hasSuffix(":") else { return false }
        return documentTypes.contains(folded) || documentTypes.contains { folded.hasPrefix($0 + " ") && $0.count > 3 }
    }

    /// The national title and motto, `Số: …`, `Hà Nội, ngày …`, `Kính gửi:`, a document type
    /// line: lines of a Vietnamese document's header, which stay in the preamble even when
    /// they are typed in a heading style.
    package static func isHeaderLine(_ line: String) -> Bool {
        let text = line.trimmingWhitespace
        let folded = text.foldedForMatching
        if isNationalHeader(text) || folded.hasPrefix("kinh gui") || folded.hasPrefix("v/v") { return true }
        if vietnameseNumber(text) != nil { return true }
        if isPlaceAndDate(folded) { return true }
        return startsWithDocumentType(text)
            || documentTypes.contains(folded.replacingDots.trimmingCharacters(in: [":"]))
    }

    /// `ha noi, ngay 15 thang 9 nam 2022` (folded): a place, a comma, then a date.
    package static func isPlaceAndDate(_ folded: String) -> Bool {
        guard let comma = folded.firstIndex(of: ","), folded.distance(from: folded.startIndex, to: comma) <= 40
        else { return false }
        return String(folded[comma...].dropFirst()).trimmingWhitespace.hasPrefix("ngay ")
    }

    private static func isNationalHeader(_ line: String) -> Bool {
        let folded = line.foldedForMatching
        return folded.contains("cong hoa xa hoi chu nghia viet nam") || folded.contains("doc lap - tu do")
    }

    private static func isSubjectLine(_ line: String) -> Bool {
        let folded = line.foldedForMatching
        return !line.hasPrefix("(") && !folded.hasPrefix("can cu") && line.count <= 300
    }
}

extension String {
    fileprivate var replacingDots: String {
        filter { $0 != "." }.trimmingWhitespace
    }
}
