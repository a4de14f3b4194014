// The population: feasible and infeasible subpopulations, biased fitness, survivor and parent selection.
import SolverControl

/// Two subpopulations (feasible, infeasible), each kept between μ and μ+λ members (Vidal 2022).
///
/// A member's biased fitness mixes its rank by penalised cost with its rank by diversity (mean broken-pairs
/// distance to its closest members); the `numElite` best by cost are protected from losing to diversity.
/// When a subpopulation reaches μ+λ, members are removed one by one (clones first, then the worst biased
/// fitness) until μ remain. Parents are drawn by binary tournament on biased fitness.
final class Population {
    private(set) var feasible: [Individual] = []
    private(set) var infeasible: [Individual] = []
    private let minimumSize: Int
    private let generationSize: Int
    private let numElite: Int
    private let numClose: Int
    private let firstClient: Int
    /// The ``Individual/id`` the next member gets.
    private var nextID = 0

    /// A population with the given HGS parameters.
    init(minimumSize: Int, generationSize: Int, numElite: Int, numClose: Int, firstClient: Int) {
        self.minimumSize = minimumSize
        self.generationSize = generationSize
        self.numElite = numElite
        self.numClose = numClose
        self.firstClient = firstClient
    }

    /// Number of members.
    var count: Int { feasible.count + infeasible.count }

    /// Adds `individual` to its subpopulation, then trims the subpopulation if it is full.
    func add(_ individual: Individual) {
        if individual.isFeasible {
            insert(individual, into: &feasible)
        } else {
            insert(individual, into: &infeasible)
        }
    }

    private func insert(_ individual: Individual, into members: inout [Individual]) {
        individual.id = nextID
        nextID += 1
        for other in members {
            let distance = individual.brokenPairsDistance(to: other, firstClient: firstClient)
            Population.insertClosest(&other.closest, distance, individual)
            Population.insertClosest(&individual.closest, distance, other)
        }
        var place = members.count
        while place > 0 && members[place - 1].penalisedCost > individual.penalisedCost { place -= 1 }
        members.insert(individual, at: place)
        if members.count > minimumSize + generationSize {
            while members.count > minimumSize { removeWorst(from: &members) }
        }
    }

    private static func insertClosest(
        _ list: inout [(distance: Double, other: Int)], _ distance: Double,
        _ other: Individual
    ) {
        var place = list.count
        while place > 0 && list[place - 1].distance > distance { place -= 1 }
        list.insert((distance, other.id), at: place)
    }

    /// Removes a clone if there is one (the worse of it), otherwise the member of worst biased fitness.
    private func removeWorst(from members: inout [Individual]) {
        updateBiasedFitness(&members)
        var worst = -1
        var worstIsClone = false
        var worstFitness = -Double.infinity
        for (k, member) in members.enumerated() {
            let isClone = (member.closest.first?.distance ?? 1) < 1e-9
            if (isClone && !worstIsClone) || (isClone == worstIsClone && member.biasedFitness > worstFitness) {
                worst = k
                worstIsClone = isClone
                worstFitness = member.biasedFitness
            }
        }
        let removed = members.remove(at: worst)
        for member in members {
            if let k = member.closest.firstIndex(where: { $0.other == removed.id }) { member.closest.remove(at: k) }
        }
    }

    /// Recomputes biased fitness: rank by cost plus (1 - elite/size) times rank by diversity.
    private func updateBiasedFitness(_ members: inout [Individual]) {
        let size = members.count
        guard size > 1 else {
            members.first?.biasedFitness = 0
            return
        }
        var diversity: [(value: Double, index: Int)] = members.enumerated().map {
            (-$0.element.averageDistanceToClosest(numClose), $0.offset)
        }
        diversity.sort { $0.value != $1.value ? $0.value < $1.value : $0.index < $1.index }
        let weight = 1 - Double(numElite) / Double(size)
        for (rank, entry) in diversity.enumerated() {
            let fitRank = Double(entry.index) / Double(size - 1)
            let divRank = Double(rank) / Double(size - 1)
            members[entry.index].biasedFitness = fitRank + weight * divRank
        }
    }

    /// A parent chosen by binary tournament on biased fitness over both subpopulations.
    func selectParent(random: inout SeededGenerator) -> Individual {
        updateBiasedFitness(&feasible)
        updateBiasedFitness(&infeasible)
        func draw() -> Individual {
            let k = random.next(below: count)
            return k < feasible.count ? feasible[k] : infeasible[k - feasible.count]
        }
        let a = draw(), b = draw()
        return a.biasedFitness <= b.biasedFitness ? a : b
    }

    /// A feasible member drawn among the best `share` of them by cost (at least the best); `nil` when none is
    /// feasible.
    func elite(share: Double, random: inout SeededGenerator) -> Individual? {
        guard !feasible.isEmpty else { return nil }
        let pool = max(1, min(feasible.count, Int(share * Double(feasible.count))))
        return feasible[random.next(below: pool)]
    }

    /// Re-prices the infeasible members after a penalty change and restores their cost order.
    func reprice(_ evaluator: CostEvaluator) {
        for member in infeasible { member.penalisedCost = evaluator.penalisedCost(member.stats) }
        infeasible.sort { $0.penalisedCost < $1.penalisedCost }
    }

    /// Empties both subpopulations (a restart).
    func clear() {
        feasible = []
        infeasible = []
    }
}
