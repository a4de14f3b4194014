// Building models: handles, bulk columns, flat rows, objective values and the feasibility checker.
import GLPK
import Testing

@Suite struct ModelTests {
    @Test func handlesAndCountsFollowInsertionOrder() {
        var model = Model(name: "m", direction: .maximize)
        let x = model.addVariable(name: "x")
        let bulk = model.addVariables(count: 3, kind: .integer, upper: 9, objective: 2)
        let b = model.addVariable(kind: .binary)
        let row = model.addConstraint(indices: Array(bulk), coefficients: [1, 2, 3], .lessOrEqual(10))
        let other = model.addConstraint([(x, 1), (b, -1)], .equal(0))
        #expect(x.index == 0 && bulk == 1..<4 && b.index == 4)
        #expect(row.index == 0 && other.index == 1)
        #expect(model.variableCount == 5 && model.constraintCount == 2 && model.nonzeroCount == 5)
        #expect(model.hasIntegerVariables)
    }

    @Test func binaryVariablesDefaultToZeroOne() throws {
        var model = Model(direction: .maximize)
        model.addVariable(kind: .binary, objective: 1)
        #expect(try model.solve().objective == 1)
    }

    @Test func objectiveValueIncludesTheConstant() {
        var model = Model()
        model.objectiveConstant = 5
        let x = model.addVariable(objective: 2)
        model.addVariable(objective: -1)
        #expect(model.objectiveValue(at: [3, 4]) == 7)
        #expect(model.objectiveValue(at: [3]).isNaN)
        _ = x
    }

    @Test func violationsFindEveryBrokenBoundRowAndIntegrality() {
        var model = Model()
        let x = model.addVariable(name: "x", kind: .integer, upper: 3)
        let y = model.addVariable(name: "y")
        model.addConstraint([(x, 1), (y, 1)], .ranged(1, 2), name: "band")
        #expect(model.violations(in: [1, 0.5]).isEmpty)
        #expect(
            model.violations(in: [3.5, 1]) == [
                "column 0 \"x\": value 3.5 is above the upper bound 3.0",
                "column 0 \"x\": value 3.5 is not integral",
                "row 0 \"band\": activity 4.5 is above 2.0",
            ])
        #expect(model.violations(in: [1]) == ["the point has 1 values; the model has 2 columns"])
    }

    @Test func modelIsAValue() throws {
        var original = TestModels.knapsack()
        let copy = original
        original.objectiveConstant = 100
        #expect(try copy.solve().objective == 309)
        #expect(try original.solve().objective == 409)
    }
}
