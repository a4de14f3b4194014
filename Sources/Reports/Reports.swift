// The Reports module: GeoJSON, CSV, SVG maps and self-contained HTML reports of plans.
