// The Reports module: terminal tables, GeoJSON, SVG maps and self-contained HTML reports of plans.
