// Every validation error, one test each: GLPK would abort on these, so they must become Swift errors.
import GLPK
import Testing

@Suite struct ModelValidationTests {
    /// The messages `validate()` throws, or [] when it passes.
    private func problems(_ model: Model) -> [String] {
        do {
            try model.validate()
            return []
        } catch {
            guard case .invalidModel(let messages) = error else { return ["unexpected \(error)"] }
            return messages
        }
    }

    /// A valid two-column, one-row model to break in one place.
    private func base() -> (Model, Variable, Variable) {
        var model = Model(name: "base")
        let x = model.addVariable(name: "x", objective: 1)
        let y = model.addVariable(name: "y", kind: .integer, upper: 5, objective: 2)
        model.addConstraint([(x, 1), (y, 1)], .greaterOrEqual(1), name: "cover")
        return (model, x, y)
    }

    @Test func validModelPasses() { #expect(problems(base().0).isEmpty) }

    @Test func nonFiniteObjectiveCoefficient() {
        var (model, x, _) = base()
        model.setObjective(x, .nan)
        #expect(problems(model) == ["column 0 \"x\": objective coefficient is nan"])
    }

    @Test func nonFiniteObjectiveConstant() {
        var (model, _, _) = base()
        model.objectiveConstant = .infinity
        #expect(problems(model) == ["objective constant is inf"])
    }

    @Test func nanOrPlusInfiniteLowerBound() {
        var (model, x, y) = base()
        model.setBounds(x, lower: .nan, upper: 1)
        model.setBounds(y, lower: .infinity, upper: .infinity)
        #expect(problems(model) == ["column 0 \"x\": lower bound is nan", "column 1 \"y\": lower bound is inf"])
    }

    @Test func nanOrMinusInfiniteUpperBound() {
        var (model, x, _) = base()
        model.setBounds(x, lower: -.infinity, upper: -.infinity)
        #expect(problems(model) == ["column 0 \"x\": upper bound is -inf"])
    }

    @Test func invertedColumnBounds() {
        var (model, x, _) = base()
        model.setBounds(x, lower: 3, upper: 2)
        #expect(problems(model) == ["column 0 \"x\": lower bound 3.0 exceeds upper bound 2.0"])
    }

    @Test func fractionalBoundOfIntegerVariable() {
        var (model, _, y) = base()
        model.setBounds(y, lower: 0.5, upper: 4)
        #expect(problems(model) == ["column 1 \"y\": integer variable has fractional lower bound 0.5"])
    }

    @Test func binaryBoundsOutsideZeroOne() {
        var model = Model()
        model.addVariable(kind: .binary, upper: 2)
        #expect(problems(model) == ["column 0: binary variable has bounds [0.0, 2.0]; both must be 0 or 1"])
    }

    @Test func nonFiniteRightHandSide() {
        var (model, x, _) = base()
        model.addConstraint([(x, 1)], .lessOrEqual(.infinity), name: "open")
        #expect(problems(model) == ["row 1 \"open\": right-hand side is inf"])
    }

    @Test func invertedRangedRow() {
        var (model, x, _) = base()
        model.addConstraint([(x, 1)], .ranged(5, 4))
        #expect(problems(model) == ["row 1: lower bound 5.0 exceeds upper bound 4.0"])
    }

    @Test func freeRow() {
        var (model, x, _) = base()
        model.addConstraint([(x, 1)], .ranged(-.infinity, .infinity))
        #expect(problems(model) == ["row 1: both bounds are infinite (a free row constrains nothing; drop it)"])
    }

    @Test func nonFiniteCoefficient() {
        var (model, x, y) = base()
        model.addConstraint([(x, .nan), (y, 1)], .equal(0), name: "bad")
        #expect(problems(model) == ["row 1 \"bad\": coefficient of column 0 \"x\" is nan"])
    }

    @Test func columnIndexOutOfRange() {
        var (model, _, _) = base()
        model.addConstraint(indices: [0, 2, -1], coefficients: [1, 1, 1], .lessOrEqual(1))
        #expect(
            problems(model) == [
                "row 1: column index 2 is out of range (the model has 2 columns)",
                "row 1: column index -1 is out of range (the model has 2 columns)",
            ])
    }

    @Test func duplicateColumnInARow() {
        var (model, x, y) = base()
        model.addConstraint([(x, 1), (y, 1), (x, 2)], .lessOrEqual(1), name: "twice")
        #expect(problems(model) == ["row 1 \"twice\": column 0 \"x\" appears more than once"])
    }

    @Test func indexAndCoefficientCountsDiffer() {
        var (model, _, _) = base()
        model.addConstraint(indices: [0, 1], coefficients: [1], .lessOrEqual(1), name: "short")
        #expect(problems(model) == ["addConstraint: row 1 \"short\": 2 indices but 1 coefficients"])
    }

    @Test func handleOutOfRangeInMutators() {
        var (model, _, _) = base()
        model.setObjective(Variable(index: 2), 1)
        model.setBounds(Variable(index: -1), lower: 0, upper: 1)
        model.setKind(Variable(index: 9), .binary)
        model.setBound(Constraint(index: 4), .equal(1))
        #expect(
            problems(model) == [
                "setObjective: variable index 2 is out of range (the model has 2 columns)",
                "setBounds: variable index -1 is out of range (the model has 2 columns)",
                "setKind: variable index 9 is out of range (the model has 2 columns)",
                "setBound: constraint index 4 is out of range (the model has 1 rows)",
            ])
    }

    @Test func negativeVariableCount() {
        var (model, _, _) = base()
        #expect(model.addVariables(count: -3).isEmpty)
        #expect(problems(model) == ["addVariables: count -3 is negative"])
    }

    @Test func nameTooLong() {
        var model = Model()
        model.addVariable(name: String(repeating: "a", count: 256))
        #expect(
            problems(model) == [
                "column 0 \"\(String(repeating: "a", count: 256))\": name is 256 bytes long; GLPK allows 255"
            ])
    }

    @Test func nameWithSpaceControlOrNonASCIICharacter() {
        var model = Model()
        model.addVariable(name: "open site")
        model.addVariable(name: "tab\there")
        model.addVariable(name: "大同")
        #expect(
            problems(model) == [
                "column 0 \"open site\": name contains ' '; use letters, digits and _ . [ ] ,",
                "column 1 \"tab\there\": name contains byte 9; use letters, digits and _ . [ ] ,",
                "column 2 \"大同\": name must start with a letter or '_'",
            ])
    }

    @Test func nameStartingWithADigit() {
        var model = Model()
        model.addVariable(name: "7up")
        #expect(problems(model) == ["column 0 \"7up\": name must start with a letter or '_'"])
    }

    @Test func reservedName() {
        var model = Model()
        let x = model.addVariable(name: "Inf")
        model.addConstraint([(x, 1)], .lessOrEqual(1), name: "R0000000")
        #expect(
            problems(model) == [
                "column 0 \"Inf\": name is reserved by the LP and MPS formats",
                "row 0 \"R0000000\": name is reserved by the LP and MPS formats",
            ])
    }

    @Test func duplicateNames() {
        var (model, x, _) = base()
        model.addVariable(name: "x")
        model.addConstraint([(x, 1)], .lessOrEqual(1), name: "cover")
        #expect(
            problems(model) == [
                "column 2 \"x\": name is also used by column 0 \"x\"",
                "row 1 \"cover\": name is also used by row 0 \"cover\"",
            ])
    }

    @Test func invalidModelName() {
        let model = Model(name: "my model")
        #expect(problems(model) == ["model name \"my model\": contains ' '; use letters, digits and _ . [ ] ,"])
    }

    @Test func everyProblemIsReportedUpToTheLimit() {
        var model = Model()
        let columns = model.addVariables(count: 150)
        for j in columns { model.setObjective(Variable(index: j), .nan) }
        model.addConstraint(indices: [0, 1, 1], coefficients: [1, .infinity, 1], .lessOrEqual(1))
        let messages = problems(model)
        #expect(messages.count == 101)
        #expect(messages.first == "column 0: objective coefficient is nan")
        #expect(messages.last == "... and 52 more problems")
    }

    @Test func solveThrowsInsteadOfReachingGLPK() {
        var (model, x, _) = base()
        model.addConstraint([(x, 1), (x, 1)], .lessOrEqual(1))
        #expect(throws: GLPKError.invalidModel(["row 1: column 0 \"x\" appears more than once"])) {
            try model.solve()
        }
        #expect(throws: GLPKError.self) { try model.solveRelaxation() }
        #expect(throws: GLPKError.self) { try model.writeLP(to: "/tmp/never-written.lp") }
    }

    @Test func invalidOptions() {
        let (model, _, _) = base()
        let options = SolveOptions(timeLimit: -1, relativeGap: .nan, warmStart: [1])
        #expect(
            throws: GLPKError.invalidOptions([
                "timeLimit is -1.0; it must be a finite number of seconds >= 0",
                "relativeGap is nan; it must be finite and >= 0",
                "warmStart has 1 values; the model has 2 columns",
            ])
        ) { try model.solve(options) }
        #expect(throws: GLPKError.invalidOptions(["warmStart[1] is inf"])) {
            try model.solve(SolveOptions(warmStart: [1, .infinity]))
        }
    }

    @Test func infeasibleWarmStartIsRejected() {
        let (model, _, _) = base()
        // y = 2.5 is fractional; x = -1 is below 0; together they do cover the row.
        #expect(
            throws: GLPKError.infeasibleWarmStart([
                "column 0 \"x\": value -1.0 is below the lower bound 0.0",
                "column 1 \"y\": value 2.5 is not integral",
            ])
        ) { try model.solve(SolveOptions(warmStart: [-1, 2.5])) }
        #expect(throws: GLPKError.infeasibleWarmStart(["row 0 \"cover\": activity 0.0 is below 1.0"])) {
            try model.solve(SolveOptions(warmStart: [0, 0]))
        }
    }
}
