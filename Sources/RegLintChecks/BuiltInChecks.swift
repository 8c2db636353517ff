import RegLintCore

/// Every built-in check, sorted by rule id. Adding a check adds one line here.
public enum BuiltInChecks {
    public static let all: [any Check.Type] = [
        LegacyEncodingCheck.self,
        DanglingReferenceCheck.self,
        NumberingCheck.self,
        UnusedSuppressionCheck.self,
    ]
}
