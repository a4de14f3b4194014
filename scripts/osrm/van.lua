-- HubPlan's rural delivery-van profile for OSRM: OSRM's car profile with what a loaded van on village runs does.
--
-- Differences from car.lua (documented in docs/network-format.md, "Roads from OpenStreetMap"):
--   * no motorways (a county's village runs do not take them; highway=motorway and motorway_link are not routable);
--   * farm tracks are routable (highway=track, 15 km/h; tracktype grade1..5 caps 40/25/15/10/8 km/h), since many
--     villages in Shanxi and Hebei are reached only by them;
--   * slower on unpaved surfaces (gravel 30, unpaved/compacted 30, ground/dirt/earth 20, mud 8 km/h) and overall
--     (road-class speeds about 20% below car's; never above 80 km/h, a loaded 3.5 t van);
--   * a larger vehicle (2.6 m high, 2.0 m wide, 6.0 m long, 3.5 t), so width, height and weight limits apply.
-- The profile folder must also hold car.lua and lib/ (hubplan network roads copies them beside it).
api_version = 4

local car = require('car')

function setup()
  local profile = car.setup()
  local highway = profile.speeds.highway
  highway.motorway = nil
  highway.motorway_link = nil
  highway.trunk = 70
  highway.trunk_link = 35
  highway.primary = 55
  highway.primary_link = 25
  highway.secondary = 45
  highway.secondary_link = 20
  highway.tertiary = 35
  highway.tertiary_link = 18
  highway.unclassified = 25
  highway.residential = 20
  highway.living_street = 8
  highway.service = 12
  highway.track = 15
  profile.restricted_highway_whitelist.track = true
  profile.tracktype_speeds = { grade1 = 40, grade2 = 25, grade3 = 15, grade4 = 10, grade5 = 8 }
  local surface = profile.surface_speeds
  surface.gravel = 30; surface.fine_gravel = 35; surface.compacted = 35; surface.unpaved = 30
  surface.ground = 20; surface.dirt = 20; surface.earth = 20; surface.sand = 12; surface.mud = 8
  profile.vehicle_max_speed = 80
  profile.vehicle_height = 2.6
  profile.vehicle_width = 2.0
  profile.vehicle_length = 6.0
  profile.vehicle_weight = 3500
  return profile
end

return {
  setup = setup,
  process_way = car.process_way,
  process_node = car.process_node,
  process_turn = car.process_turn
}
