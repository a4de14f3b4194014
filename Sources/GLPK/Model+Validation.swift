// Checks a whole model before GLPK sees it (GLPK aborts on bad input) and reports every problem found.

extension Model {
    /// GLPK's own capacity limits (api/prob1.c); larger models would make it abort.
    static let maximumRows = 100_000_000
    static let maximumColumns = 100_000_000
    static let maximumNonzeros = 500_000_000
    /// GLPK accepts names of at most 255 bytes.
    static let maximumNameLength = 255

    /// Throws ``GLPKError/invalidModel(_:)`` listing every problem, each naming the row or column (index and
    /// name) and the field at fault; returns quietly when GLPK may safely load the model.
    ///
    /// Checked: finite objective, coefficients and row bounds; bounds not inverted (`lower <= upper`, no
    /// `+inf` lower or `-inf` upper); integral bounds for integer variables and bounds in {0, 1} for binary
    /// ones; column indices in range and at most once per row; no free rows; names (1-255 characters from
    /// `A-Z a-z 0-9 _ . [ ] ,`, starting with a letter or `_`, unique among columns and among rows, not
    /// `inf`, `infinity`, `free` or `R0000000`, which CPLEX LP and MPS readers would misread); GLPK's size
    /// limits; and misuse of the mutators (an out-of-range handle, mismatched index and coefficient arrays).
    /// At most ``ProblemList/limit`` messages are listed, followed by a count of the rest.
    public func validate() throws(GLPKError) {
        let problems = validationProblems()
        if !problems.isEmpty { throw GLPKError.invalidModel(problems) }
    }

    /// Every problem of the model as messages; empty when the model is valid.
    func validationProblems() -> [String] {
        var problems = ProblemList()
        for message in deferredProblems { problems.add(message) }
        if !name.isEmpty, let reason = Model.nameProblem(name) { problems.add("model name \"\(name)\": \(reason)") }
        if !objectiveConstant.isFinite { problems.add("objective constant is \(objectiveConstant)") }
        if variableCount > Model.maximumColumns {
            problems.add("the model has \(variableCount) columns; GLPK allows \(Model.maximumColumns)")
        }
        if constraintCount > Model.maximumRows {
            problems.add("the model has \(constraintCount) rows; GLPK allows \(Model.maximumRows)")
        }
        if nonzeroCount > Model.maximumNonzeros {
            problems.add("the model has \(nonzeroCount) coefficients; GLPK allows \(Model.maximumNonzeros)")
        }
        checkColumns(into: &problems)
        checkRows(into: &problems)
        checkNames(columnNames, label: columnLabel, into: &problems)
        checkNames(rowNames, label: rowLabel, into: &problems)
        return problems.messages
    }

    /// `column 3 "x_open"`, or `column 3` when it has no name.
    func columnLabel(_ index: Int) -> String {
        columnName(index).map { "column \(index) \"\($0)\"" } ?? "column \(index)"
    }

    /// `row 7 "capacity_2"`, or `row 7` when it has no name.
    func rowLabel(_ index: Int) -> String {
        rowName(index).map { "row \(index) \"\($0)\"" } ?? "row \(index)"
    }

    private func checkColumns(into problems: inout ProblemList) {
        for j in 0..<variableCount {
            let low = lower[j]
            let high = upper[j]
            if !costs[j].isFinite { problems.add("\(columnLabel(j)): objective coefficient is \(costs[j])") }
            if low.isNaN || low == .infinity { problems.add("\(columnLabel(j)): lower bound is \(low)") }
            if high.isNaN || high == -.infinity { problems.add("\(columnLabel(j)): upper bound is \(high)") }
            if low > high { problems.add("\(columnLabel(j)): lower bound \(low) exceeds upper bound \(high)") }
            switch kinds[j] {
            case .continuous:
                break
            case .integer:
                if low.isFinite && low.rounded() != low {
                    problems.add("\(columnLabel(j)): integer variable has fractional lower bound \(low)")
                }
                if high.isFinite && high.rounded() != high {
                    problems.add("\(columnLabel(j)): integer variable has fractional upper bound \(high)")
                }
            case .binary:
                if !(low == 0 || low == 1) || !(high == 0 || high == 1) {
                    problems.add("\(columnLabel(j)): binary variable has bounds [\(low), \(high)]; both must be 0 or 1")
                }
            }
        }
    }

    private func checkRows(into problems: inout ProblemList) {
        let columnCount = variableCount
        // lastRow[j] is the last row that mentioned column j: a duplicate check in one pass, no hashing.
        var lastRow = [Int](repeating: -1, count: columnCount)
        for i in 0..<constraintCount {
            checkBound(rowBounds[i], row: i, into: &problems)
            for k in rowStart[i]..<rowStart[i + 1] {
                let column = entryColumns[k]
                let value = entryValues[k]
                if column < 0 || column >= columnCount {
                    problems.add(
                        "\(rowLabel(i)): column index \(column) is out of range (the model has \(columnCount) columns)")
                    continue
                }
                if !value.isFinite { problems.add("\(rowLabel(i)): coefficient of \(columnLabel(column)) is \(value)") }
                if lastRow[column] == i {
                    problems.add("\(rowLabel(i)): \(columnLabel(column)) appears more than once")
                }
                lastRow[column] = i
            }
        }
    }

    private func checkBound(_ bound: ConstraintBound, row i: Int, into problems: inout ProblemList) {
        switch bound {
        case .lessOrEqual(let v), .greaterOrEqual(let v), .equal(let v):
            if !v.isFinite { problems.add("\(rowLabel(i)): right-hand side is \(v)") }
        case .ranged(let low, let high):
            if low.isNaN || low == .infinity { problems.add("\(rowLabel(i)): lower bound is \(low)") }
            if high.isNaN || high == -.infinity { problems.add("\(rowLabel(i)): upper bound is \(high)") }
            if low > high { problems.add("\(rowLabel(i)): lower bound \(low) exceeds upper bound \(high)") }
            if low == -.infinity && high == .infinity {
                problems.add("\(rowLabel(i)): both bounds are infinite (a free row constrains nothing; drop it)")
            }
        }
    }

    private func checkNames(_ table: NameTable, label: (Int) -> String, into problems: inout ProblemList) {
        var firstUse: [String: Int] = [:]
        for (index, name) in table.entries {
            if let reason = Model.nameProblem(name) { problems.add("\(label(index)): name \(reason)") }
            if let earlier = firstUse[name] {
                problems.add("\(label(index)): name is also used by \(label(earlier))")
            } else {
                firstUse[name] = index
            }
        }
    }

    /// Why `name` cannot go to GLPK and into LP/MPS files, or nil when it can.
    ///
    /// GLPK aborts on control characters (classified by the C locale), LP and MPS readers split names at
    /// spaces and misread some words, so names keep to a portable subset of ASCII.
    static func nameProblem(_ name: String) -> String? {
        let bytes = Array(name.utf8)
        if bytes.isEmpty { return "is empty" }
        if bytes.count > maximumNameLength { return "is \(bytes.count) bytes long; GLPK allows \(maximumNameLength)" }
        func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        func isAllowed(_ b: UInt8) -> Bool {
            switch b {
            case 48...57, 65...90, 97...122, UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: ","):
                true
            default:
                false
            }
        }
        if !(isLetter(bytes[0]) || bytes[0] == UInt8(ascii: "_")) { return "must start with a letter or '_'" }
        if let bad = bytes.first(where: { !isAllowed($0) }) {
            let shown = bad >= 32 && bad < 127 ? "'\(Character(Unicode.Scalar(bad)))'" : "byte \(bad)"
            return "contains \(shown); use letters, digits and _ . [ ] ,"
        }
        if ["inf", "infinity", "free"].contains(name.lowercased()) || name == "R0000000" {
            return "is reserved by the LP and MPS formats"
        }
        return nil
    }
}

/// Collects validation messages, keeping the first ``limit`` and counting the rest.
struct ProblemList {
    /// How many messages are kept; a million bad coefficients should not make a million-line error.
    static let limit = 100
    private(set) var kept: [String] = []
    private(set) var total = 0

    /// Records one problem.
    mutating func add(_ message: String) {
        total += 1
        if kept.count < ProblemList.limit { kept.append(message) }
    }

    /// The kept messages, plus a final line counting the ones left out.
    var messages: [String] {
        total > kept.count ? kept + ["... and \(total - kept.count) more problems"] : kept
    }
}
