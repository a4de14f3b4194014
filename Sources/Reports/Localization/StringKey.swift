// Every text HubPlan's reports, county pages, workbook and map show: one key each, translated in each table.

/// The key of one text. Each language's table (``StringsZH``, ``StringsEN``) switches over every case, so a key
/// missing from a table does not compile. `{0}`, `{1}` are filled by ``Strings/callAsFunction(_:_:)``.
public enum StringKey: String, CaseIterable, Sendable {
    // Report page
    case reportTitle, incomplete, aLimit, keyFigures, mapHeading, countiesHeading, savingsHeading, costsHeading,
        hubsHeading, stagesHeading, warningsHeading, figure, value, figParcelsDay, figParcelsYear, figCounties,
        figCenters,
        figHubs, figRoutes, figRouteKm, figTotalCost, figSaving, figDistances, figComplete, yes, no, notCompared, total,
        savingsNone,
        savingsNote, noHubs, footerGenerated, footerBoundaries, mapNoScript
    // Columns
    case colCounty, colModelled, colCountyCode, colName, colVillages, colParcelsDay, colCenters, colRoutes, colKmDay,
        colCostDay,
        colPage, colKmAlone, colKmShared, colVansAlone, colVansShared, colCostAlone, colCostShared, colSaving,
        colCO2Alone, colCO2Shared, colItem, colAmount, colHub, colID, colTownship, colFixedCost, colCapacity,
        colStage, colStatus, colObjective, colBound, colGap, colSeconds, colNote, colLon, colLat, colLoad, colTier,
        colVillage, colCenter, colKm, colMinutes, colParcels, colRoute, colVan, colCarrier, colStop, colArrival,
        colOnBoard, colKmSoFar, colStops, colCost, colLineKm, colTolls, colKey, colFirm, colSubsidy, colAward,
        colUtilisation, colFarthest
    // Costs
    case costCenters, costHubs, costRoutes, costVillageTransport, costLineHaul, costTolls, costSubsidy, costTotal,
        costAward, moneyUnit, moneyUnitPerDay
    // Stage names and statuses
    case stageCenters, stageHubs, stageRoutes, statusOptimal, statusFeasible, statusTimeLimit, statusSkipped,
        statusInfeasible, statusNoSolution, statusWithViolations, statusStopped
    // Place names
    case tierCountyCenter, tierHub, tierCandidate, sharedVan, countySeatOf, directTrip
    // County page
    case countyPageTitle, countyCentersHeading, countyVillagesHeading, countyRoutesHeading, countySavingHeading,
        countyCostsHeading, countyMapHeading, backToReport, villagesServed, parcelsServed, farthestVillage,
        routesCount, routeKmDay, vansUsed, longestRoute, fullestRoute, centerFixedYear, routesYear, countyTotalYear,
        countyNoSaving, countyPagesNote
    // Map (passed to the page's script)
    case mapVillages, mapAssignments, mapRoutes, mapLineHaul, mapGateways, mapBoundaries, mapModelled, mapCenters,
        mapHubs, mapLayers, mapLegend, mapZoomIn, mapZoomOut, mapReset, mapVillage, mapCenter, mapHub, mapRouteLabel,
        mapParcels, mapVan, mapStops, mapKm, mapLoad, mapSize, mapCountyRoutes, mapClickCounty, mapNoRoutes,
        mapPositionModelled, mapCenterOf, mapCountyLabel, mapNorth, mapParcelsUnit, mapKmUnit, mapCapacity
    // Workbook
    case sheetSummary, sheetCenters, sheetAssignments, sheetRoutes, sheetLines, sheetFirms, sheetScenario,
        firmsNone, arrivalNote, scenarioKey, scenarioValue
    // Warnings the pipeline writes, recognised and translated (others are shown as written)
    case warnNotRouted, warnRouterViolations, warnHubsClipped
    // Build-out year by year: the schedule table and the map's year layers (issue 16)
    case schedHeading, schedModel, schedGap, schedReserve, schedDiscount, schedUnit, schedYear, schedParcelsDay,
        schedCenters, schedOpened, schedExpanded, schedClosed, schedCapacity, schedLoad, schedUnserved, schedCapital,
        schedOperating, schedTransport, schedUnservedCost, schedTotal, schedDiscounted, schedRouting, schedCenter,
        schedCounty, mapYear, mapYearOpened, mapYearExpanded, mapYearKept, mapYearClosed
    // Build-out year by year: the regional hubs' tiers and each year's hub and line-haul costs
    case schedHub, schedHubCosts, schedLineHaul
    // Build-out year by year: the policy's money each year (toll subsidy, one-time award)
    case schedSubsidy, schedAward
    // Operating models: report tables and map layers (OperatingModelsReport, OperatingModelsMap)
    case omHeading, omModel, omKmWithout, omKmWith, omVansWithout, omVansWith, omCostWithout, omCostWith, omSaved,
        omCO2Without, omCO2With, omBackstop, omStations, omBuses, omWarehouses, omNote, omBackstopHeading,
        omBackstopNote, omStationsHeading, omBusesHeading, omBusesNote, omWarehousesHeading, colPostOffice,
        colPositionSource, colPays, colFeeDay, colFeeYear, colStations, colExpressRate, colCoverModel, colBusStation,
        colTownshipSeat, colProduceDay, colTrips, colDepartures, colPerTrip, colFeePerParcel, colWarehouse, colColdDay,
        colProducts, posSurveyed, posSourceData, posModelled, mapPostOffices, mapBusLines, mapStations, mapWarehouses,
        mapBackstopVillages, mapFrequency, freqDaily, freqEveryOtherDay, freqTwiceWeekly, mapUsed
    // Firms section of the report: per-firm table, policy levers, line-haul map and its arrows
    case firmsHeading, firmsHandled, colShare, colHubsMainFirst, colFirmLines, colTripsDay, colTollsYear,
        colSubsidyYear, colCapped, colAwardOnce, firmsLevers, firmsAwardShare, firmsAwardCounties, firmsMapCaption,
        gatewayInProvince, gatewayPerDay, mapGatewayArrows
}
