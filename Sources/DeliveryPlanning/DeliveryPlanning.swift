// The DeliveryPlanning module: network -> location models -> routing -> plan; co-delivery comparison; scenarios.
