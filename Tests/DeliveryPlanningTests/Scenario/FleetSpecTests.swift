// Tests of the fleet defaults and of the checks on overridden numbers.
import Testing

@testable import DeliveryPlanning

struct FleetSpecTests {
    @Test func defaultEmissionFactorIsNineLitresOfDieselPerHundredKm() {
        #expect(abs(FleetSpec.dieselVanKgCO2PerKm - 0.2259) < 1e-9)
        #expect(FleetSpec.rural.vans.map(\.coldChain) == [false, true])
        #expect(FleetSpec.coldVan.kgCO2PerKm > FleetSpec.ruralVan.kgCO2PerKm)
        #expect(throws: Never.self) { try FleetSpec.rural.validate() }
    }

    @Test func badNumbersNameTheVanAndTheField() {
        var fleet = FleetSpec.rural
        fleet.vans[1].capacityParcels = 0
        #expect { try fleet.validate() } throws: { error in
            let e = error as! CountyRoutingError
            return e.category == .badInput && e.message.contains("cold van") && e.message.contains("capacityParcels")
        }
        fleet = .rural
        fleet.depotCloseMinute = fleet.depotOpenMinute
        #expect(throws: CountyRoutingError.self) { try fleet.validate() }
        #expect(throws: CountyRoutingError.self) { try FleetSpec(vans: []).validate() }
    }
}
