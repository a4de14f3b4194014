// HubPlan's interactive map: canvas drawing of HUBPLAN_MAP (pan, zoom, tooltips, county zoom, layers, labels).
// Inlined into report.html at render time; no network access unless the planner asked for a tile basemap.
(function () {
  "use strict";
  var D = window.HUBPLAN_MAP, T = D.t;
  var root = document.getElementById("hp-map");
  var canvas = root.querySelector("canvas"), ctx = canvas.getContext("2d");
  var tip = root.querySelector(".hp-tip"), panel = document.getElementById("hp-panel");
  var layers = { boundaries: true, assignments: false, routes: true, lineHaul: true, gateways: true, villages: true,
                 modelled: false };
  var overlays = [];  // extra layers' drawing functions, called after the plan's lines and before the sites
  // Web Mercator world coordinates in [0, 1]: the same projection as web tiles, so a basemap lines up.
  function mx(lon) { return (lon + 180) / 360; }
  function my(lat) { var s = Math.sin(lat * Math.PI / 180); return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI); }
  var V = D.v, nv = V.x.length, vx = new Float64Array(nv), vy = new Float64Array(nv);
  for (var i = 0; i < nv; i++) { vx[i] = mx(V.x[i]); vy[i] = my(V.y[i]); }
  D.centers.forEach(function (c) { c.X = mx(c.x); c.Y = my(c.y); });
  D.hubs.forEach(function (h) { h.X = mx(h.x); h.Y = my(h.y); });
  // Outlines: rings as flat [X, Y, X, Y, ...] world coordinates, with each county's box and label point.
  var outlines = D.boundaries.map(function (b) {
    var rings = [], box = [1, 1, 0, 0], best = 0, label = null;
    b.p.forEach(function (poly) {
      poly.forEach(function (ring, r) {
        var w = new Float64Array(ring.length), sx = 0, sy = 0;
        for (var k = 0; k < ring.length; k += 2) {
          w[k] = mx(ring[k]); w[k + 1] = my(ring[k + 1]); sx += w[k]; sy += w[k + 1];
          box[0] = Math.min(box[0], w[k]); box[1] = Math.min(box[1], w[k + 1]);
          box[2] = Math.max(box[2], w[k]); box[3] = Math.max(box[3], w[k + 1]);
        }
        rings.push(w);
        if (r === 0 && ring.length > best) { best = ring.length; label = [sx * 2 / ring.length, sy * 2 / ring.length]; }
      });
    });
    return { c: b.c, rings: rings, box: box, label: label };
  });
  function countyBox(c) {
    var o = outlines.filter(function (b) { return b.c === c; })[0];
    if (o) return o.box.slice();
    var box = [1, 1, 0, 0], any = false;
    for (var i = 0; i < nv; i++) if (V.c[i] === c) { any = true; grow(box, vx[i], vy[i]); }
    D.centers.forEach(function (s) { if (s.c === c) { any = true; grow(box, s.X, s.Y); } });
    return any ? box : null;
  }
  function grow(box, x, y) { box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y); }
  var whole = [1, 1, 0, 0];
  for (i = 0; i < nv; i++) grow(whole, vx[i], vy[i]);
  D.centers.concat(D.hubs).forEach(function (s) { grow(whole, s.X, s.Y); });
  outlines.forEach(function (o) { grow(whole, o.box[0], o.box[1]); grow(whole, o.box[2], o.box[3]); });
  if (whole[0] > whole[2]) whole = [0.5, 0.5, 0.51, 0.51];

  var view = { s: 1, ox: 0, oy: 0 }, W = 0, H = 0, dpr = window.devicePixelRatio || 1;
  function sx(X) { return X * view.s - view.ox; }
  function sy(Y) { return Y * view.s - view.oy; }
  function fit(box) {
    var pad = 24, w = Math.max(box[2] - box[0], 1e-7), h = Math.max(box[3] - box[1], 1e-7);
    view.s = Math.min((W - 2 * pad) / w, (H - 2 * pad) / h);
    view.ox = (box[0] + box[2]) / 2 * view.s - W / 2;
    view.oy = (box[1] + box[3]) / 2 * view.s - H / 2;
    draw();
  }
  function zoomAt(f, px, py) {
    var s = Math.max(16, Math.min(view.s * f, 1 << 26));
    f = s / view.s;
    view.ox = (view.ox + px) * f - px; view.oy = (view.oy + py) * f - py; view.s = s;
    draw();
  }
  function resize() {
    W = canvas.clientWidth; H = canvas.clientHeight;
    canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr);
  }

  var tiles = {};
  function drawTiles() {
    var z = Math.max(0, Math.min(18, Math.round(Math.log(view.s / 256) / Math.LN2))), n = 1 << z, size = view.s / n;
    for (var tx = Math.floor(view.ox / size); tx * size < view.ox + W; tx++) {
      for (var ty = Math.floor(view.oy / size); ty * size < view.oy + H; ty++) {
        if (tx < 0 || ty < 0 || tx >= n || ty >= n) continue;
        var key = z + "/" + tx + "/" + ty, img = tiles[key];
        if (!img) {
          img = tiles[key] = new Image();
          img.onload = draw;
          img.src = D.tiles.replace("{z}", z).replace("{x}", tx).replace("{y}", ty).replace("{s}", "abc"[(tx + ty) % 3]);
        }
        if (img.complete && img.naturalWidth) ctx.drawImage(img, tx * size - view.ox, ty * size - view.oy, size + 0.5, size + 0.5);
      }
    }
  }
  function color(c) { return c >= 0 && D.counties[c] ? D.counties[c].color : "#888"; }
  function routePoints(r) {
    var c = D.centers[r.s], pts = [];
    if (c) pts.push(c.X, c.Y);
    r.stops.forEach(function (v) { if (v >= 0) pts.push(vx[v], vy[v]); });
    if (c) pts.push(c.X, c.Y);
    return pts;
  }
  D.routes.forEach(function (r) { r.pts = routePoints(r); });

  var drawn = {}, selected = -1;
  function draw() {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = "#fbfbf8"; ctx.fillRect(0, 0, W, H);
    drawn = { boundaries: 0, assignments: 0, routes: 0, lineHaul: 0, gateways: 0, villages: 0, modelled: 0, labels: 0 };
    if (D.tiles) drawTiles();
    if (layers.boundaries) {
      outlines.forEach(function (o) {
        ctx.beginPath();
        o.rings.forEach(function (w) {
          for (var k = 0; k < w.length; k += 2) (k ? ctx.lineTo : ctx.moveTo).call(ctx, sx(w[k]), sy(w[k + 1]));
          ctx.closePath();
        });
        ctx.globalAlpha = o.c === selected ? 0.22 : 0.08; ctx.fillStyle = color(o.c); ctx.fill("evenodd");
        ctx.globalAlpha = 1; ctx.strokeStyle = o.c === selected ? "#333" : "#8a8a8a"; ctx.lineWidth = o.c === selected ? 2 : 0.8;
        ctx.stroke(); drawn.boundaries++;
      });
    }
    if (layers.assignments) {
      ctx.beginPath(); ctx.strokeStyle = "rgba(120,120,120,0.45)"; ctx.lineWidth = 0.5;
      for (var i = 0; i < nv; i++) {
        var c = D.centers[V.s[i]];
        if (!c) continue;
        ctx.moveTo(sx(vx[i]), sy(vy[i])); ctx.lineTo(sx(c.X), sy(c.Y)); drawn.assignments++;
      }
      ctx.stroke();
    }
    if (layers.routes) {
      ctx.lineWidth = view.s > 3e5 ? 2 : 1.2; ctx.globalAlpha = 0.85;
      D.routes.forEach(function (r) {
        ctx.beginPath(); ctx.strokeStyle = color(r.c);
        for (var k = 0; k < r.pts.length; k += 2) (k ? ctx.lineTo : ctx.moveTo).call(ctx, sx(r.pts[k]), sy(r.pts[k + 1]));
        ctx.stroke(); drawn.routes++;
      });
      ctx.globalAlpha = 1;
    }
    if (layers.lineHaul) {
      ctx.setLineDash([6, 3]); ctx.strokeStyle = "#222"; ctx.lineWidth = 2;
      D.lines.forEach(function (l) {
        var h = D.hubs[l[0]], c = D.centers[l[1]];
        ctx.beginPath(); ctx.moveTo(sx(h.X), sy(h.Y)); ctx.lineTo(sx(c.X), sy(c.Y)); ctx.stroke(); drawn.lineHaul++;
      });
      ctx.setLineDash([]);
    }
    if (layers.gateways) {
      // Gateways: [lon, lat, name] points (outbound lines to other provinces), drawn as purple diamonds.
      ctx.fillStyle = "#8e44ad";
      D.gateways.forEach(function (g) {
        var x = sx(mx(g[0])), y = sy(my(g[1]));
        ctx.beginPath(); ctx.moveTo(x, y - 7); ctx.lineTo(x + 7, y); ctx.lineTo(x, y + 7); ctx.lineTo(x - 7, y); ctx.closePath();
        ctx.fill(); drawn.gateways++;
      });
    }
    drawGatewayArrows();
    var r = view.s > 2e5 ? 3 : 1.8;
    if (layers.villages) {
      for (i = 0; i < nv; i++) {
        var x = sx(vx[i]), y = sy(vy[i]);
        if (x < -4 || y < -4 || x > W + 4 || y > H + 4) continue;
        ctx.fillStyle = color(V.c[i]); ctx.fillRect(x - r / 2 - 0.5, y - r / 2 - 0.5, r + 1, r + 1); drawn.villages++;
      }
    }
    if (layers.modelled) {
      ctx.strokeStyle = "#d35400"; ctx.lineWidth = 1.2;
      for (i = 0; i < nv; i++) {
        if (!V.m[i]) continue;
        ctx.beginPath(); ctx.arc(sx(vx[i]), sy(vy[i]), r + 2.5, 0, 2 * Math.PI); ctx.stroke(); drawn.modelled++;
      }
    }
    overlays.forEach(function (f) { f(); });
    drawOperatingModels();
    D.centers.forEach(function (c) {
      ctx.beginPath(); ctx.arc(sx(c.X), sy(c.Y), 6, 0, 2 * Math.PI);
      ctx.fillStyle = "#c0392b"; ctx.fill(); ctx.strokeStyle = "#fff"; ctx.lineWidth = 1.5; ctx.stroke();
    });
    D.hubs.forEach(function (h) {
      ctx.fillStyle = "#1f2d3d"; ctx.fillRect(sx(h.X) - 8, sy(h.Y) - 8, 16, 16);
      ctx.strokeStyle = "#fff"; ctx.lineWidth = 1.5; ctx.strokeRect(sx(h.X) - 8, sy(h.Y) - 8, 16, 16);
    });
    drawLabels(); drawScale(); drawNorth();
  }
  // Line-haul arrows (layer gatewayArrows): from each hub toward each gateway its firms' direct lines run to,
  // stopped at the canvas edge when the gateway lies off it (it usually does: Beijing is 300 km from Datong),
  // solid out of the province, dashed inside, each gateway labelled once by its name at its arrow's head.
  layers.gatewayArrows = true;
  function edgePoint(x0, y0, x1, y1, inset) {
    var dx = x1 - x0, dy = y1 - y0, t = 1;
    if (dx > 1e-9) t = Math.min(t, (W - inset - x0) / dx);
    if (dx < -1e-9) t = Math.min(t, (inset - x0) / dx);
    if (dy > 1e-9) t = Math.min(t, (H - inset - y0) / dy);
    if (dy < -1e-9) t = Math.min(t, (inset - y0) / dy);
    t = Math.max(t, 0);
    return [x0 + dx * t, y0 + dy * t];
  }
  function drawGatewayArrows() {
    drawn.gatewayArrows = 0;
    if (!layers.gatewayArrows || !D.gatewayLines) return;
    var heads = {};
    ctx.lineWidth = 2; ctx.strokeStyle = "#1f5f8b"; ctx.fillStyle = "#1f5f8b";
    D.gatewayLines.forEach(function (l) {
      var h = D.hubs[l[0]], g = D.gateways[l[1]];
      if (!h || !g) return;
      var x0 = sx(h.X), y0 = sy(h.Y), e = edgePoint(x0, y0, sx(mx(g[0])), sy(my(g[1])), 24);
      var a = Math.atan2(e[1] - y0, e[0] - x0);
      ctx.setLineDash(l[2] ? [] : [6, 4]);
      ctx.beginPath(); ctx.moveTo(x0, y0); ctx.lineTo(e[0], e[1]); ctx.stroke();
      ctx.setLineDash([]);
      ctx.beginPath(); ctx.moveTo(e[0], e[1]);
      ctx.lineTo(e[0] - 11 * Math.cos(a - 0.4), e[1] - 11 * Math.sin(a - 0.4));
      ctx.lineTo(e[0] - 11 * Math.cos(a + 0.4), e[1] - 11 * Math.sin(a + 0.4));
      ctx.closePath(); ctx.fill(); drawn.gatewayArrows++;
      if (!heads[l[1]]) heads[l[1]] = [e[0], e[1], a];
    });
    ctx.font = "bold 12px sans-serif"; ctx.fillStyle = "#1f2d3d";
    Object.keys(heads).forEach(function (k) {
      var p = heads[k], c = Math.cos(p[2]), s = Math.sin(p[2]);
      ctx.textAlign = c > 0.4 ? "right" : c < -0.4 ? "left" : "center";
      ctx.fillText(D.gateways[k][2], p[0] - 8 * c, p[1] + (s > 0.4 ? -10 : 16));
    });
    ctx.textAlign = "start";
  }
  // Labels by priority (hubs, centers, counties), each placed only where it overlaps no label placed before it.
  function drawLabels() {
    var placed = [], items = [];
    D.hubs.forEach(function (h) { items.push([h.name, sx(h.X) + 10, sy(h.Y) - 10, "bold 13px", "#1f2d3d"]); });
    D.centers.forEach(function (c) { items.push([c.name, sx(c.X) + 8, sy(c.Y) + 4, "12px", "#8e1c12"]); });
    if (layers.boundaries) outlines.forEach(function (o) {
      if (o.label && D.counties[o.c]) items.push([D.counties[o.c].name, sx(o.label[0]), sy(o.label[1]), "14px", "#555", true]);
    });
    ctx.textBaseline = "middle";
    items.forEach(function (it) {
      ctx.font = it[3] + " system-ui, 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";
      var w = ctx.measureText(it[0]).width, x = it[5] ? it[1] - w / 2 : it[1], y = it[2];
      if (x + w < 0 || x > W || y < 0 || y > H) return;
      var box = [x - 2, y - 9, x + w + 2, y + 9];
      for (var k = 0; k < placed.length; k++) {
        var p = placed[k];
        if (box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1]) return;
      }
      placed.push(box);
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.85)"; ctx.strokeText(it[0], x, y);
      ctx.fillStyle = it[4]; ctx.fillText(it[0], x, y); drawn.labels++;
    });
  }
  function metersPerPixel() {
    var Y = (view.oy + H / 2) / view.s, lat = Math.atan(Math.sinh(Math.PI * (1 - 2 * Y)));
    return 40075016.686 * Math.cos(lat) / view.s;
  }
  function drawScale() {
    var m = metersPerPixel() * 120, p = Math.pow(10, Math.floor(Math.log(m) / Math.LN10)), d = p;
    [1, 2, 5, 10].forEach(function (f) { if (f * p <= m) d = f * p; });
    var px = d / metersPerPixel(), x = 16, y = H - 18;
    ctx.strokeStyle = "#222"; ctx.lineWidth = 2; ctx.beginPath();
    ctx.moveTo(x, y - 5); ctx.lineTo(x, y); ctx.lineTo(x + px, y); ctx.lineTo(x + px, y - 5); ctx.stroke();
    ctx.font = "12px system-ui, sans-serif"; ctx.fillStyle = "#222"; ctx.textBaseline = "bottom";
    ctx.fillText(d >= 1000 ? d / 1000 + " " + T.mapKmUnit : d + " m", x + 4, y - 4);
    root.dataset.scaleMeters = String(d);
  }
  function drawNorth() {
    var x = W - 28, y = 22;
    ctx.fillStyle = "#222"; ctx.beginPath(); ctx.moveTo(x, y - 12); ctx.lineTo(x + 7, y + 8); ctx.lineTo(x, y + 3);
    ctx.lineTo(x - 7, y + 8); ctx.closePath(); ctx.fill();
    ctx.font = "bold 12px system-ui, sans-serif"; ctx.textBaseline = "top"; ctx.textAlign = "center";
    ctx.fillText(T.mapNorth, x, y + 10); ctx.textAlign = "start";
  }

  // Hit testing in screen pixels: sites first, then villages, then routes.
  function segDist(px, py, ax, ay, bx, by) {
    var dx = bx - ax, dy = by - ay, l = dx * dx + dy * dy, t = l ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l)) : 0;
    var x = ax + t * dx - px, y = ay + t * dy - py;
    return Math.sqrt(x * x + y * y);
  }
  function hit(px, py) {
    var best = null, bd = 9;
    D.hubs.forEach(function (h, k) { var d = Math.hypot(sx(h.X) - px, sy(h.Y) - py); if (d < bd) { bd = d; best = ["hub", k]; } });
    D.centers.forEach(function (c, k) { var d = Math.hypot(sx(c.X) - px, sy(c.Y) - py); if (d < bd) { bd = d; best = ["center", k]; } });
    if (best) return best;
    best = hitOperatingModels(px, py);
    if (best) return best;
    if (layers.villages) {
      bd = 6;
      for (var i = 0; i < nv; i++) { var d = Math.hypot(sx(vx[i]) - px, sy(vy[i]) - py); if (d < bd) { bd = d; best = ["village", i]; } }
      if (best) return best;
    }
    if (layers.routes) {
      bd = 4;
      D.routes.forEach(function (r, k) {
        for (var j = 2; j < r.pts.length; j += 2) {
          var d = segDist(px, py, sx(r.pts[j - 2]), sy(r.pts[j - 1]), sx(r.pts[j]), sy(r.pts[j + 1]));
          if (d < bd) { bd = d; best = ["route", k]; }
        }
      });
    }
    return best;
  }
  function num(x) { return x == null ? "—" : Number(x).toLocaleString(D.lang === "zh" ? "zh-CN" : "en"); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (ch) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[ch]; }); }
  function rows(title, pairs) {
    return "<b>" + esc(title) + "</b><table>" + pairs.map(function (p) { return "<tr><td>" + esc(p[0]) + "</td><td>" + esc(p[1]) + "</td></tr>"; }).join("") + "</table>";
  }
  var colon = D.lang === "zh" ? "：" : ": ";
  function routeName(r) { return T.mapRouteLabel + " " + r.k; }
  function tooltip(h) {
    if (h[0] === "om") return tooltipOperatingModel(h);
    if (h[0] === "village") {
      var i = h[1], c = D.centers[V.s[i]], r = D.routes[V.r[i]];
      var pairs = [[T.mapParcels, num(V.p[i])], [T.mapCenterOf, c ? c.name : "—"], [T.mapRouteLabel, r ? String(r.k) : "—"]];
      if (V.m[i]) pairs.push(["", T.mapPositionModelled]);
      return rows(T.mapVillage + colon + V.n[i], pairs);
    }
    if (h[0] === "center") {
      var s = D.centers[h[1]];
      return rows(T.mapCenter + colon + s.full, [[T.mapSize, num(s.villages)], [T.mapLoad, num(s.parcels) + " " + T.mapParcelsUnit],
        [T.mapCapacity, num(s.cap)]]);
    }
    if (h[0] === "hub") {
      var b = D.hubs[h[1]];
      return rows(T.mapHub + colon + b.full, [[T.mapCenters, num(b.centers)], [T.mapLoad, num(b.parcels) + " " + T.mapParcelsUnit],
        [T.mapCapacity, num(b.cap)]]);
    }
    var rt = D.routes[h[1]];
    return rows(routeName(rt), [[T.mapVan, rt.van + (rt.carrier ? " · " + rt.carrier : "")], [T.mapStops, num(rt.stops.length)],
      [T.mapKm, num(rt.km)], [T.mapLoad, num(rt.load) + " / " + num(rt.cap) + " " + T.mapParcelsUnit]]);
  }

  function countyAt(px, py) {
    var X = (px + view.ox) / view.s, Y = (py + view.oy) / view.s, found = -1;
    outlines.forEach(function (o) {
      if (X < o.box[0] || X > o.box[2] || Y < o.box[1] || Y > o.box[3]) return;
      var inside = false;
      o.rings.forEach(function (w) {
        for (var k = 0, j = w.length - 2; k < w.length; j = k, k += 2) {
          if ((w[k + 1] > Y) !== (w[j + 1] > Y) && X < (w[j] - w[k]) * (Y - w[k + 1]) / (w[j + 1] - w[k + 1]) + w[k]) inside = !inside;
        }
      });
      if (inside) found = o.c;
    });
    if (found < 0) {
      var h = hit(px, py);
      if (h && h[0] === "village") found = V.c[h[1]];
      if (h && h[0] === "center") found = D.centers[h[1]].c;
    }
    return found;
  }
  function zoomToCounty(c) {
    var box = countyBox(c);
    if (!box) return false;
    selected = c; fit(box);
    var list = D.routes.filter(function (r) { return r.c === c; });
    panel.innerHTML = "<h3>" + esc(T.mapCountyRoutes.replace("{0}", D.counties[c].name)) + "</h3>" + (list.length ?
      "<ol class=\"hp-routes\">" + list.map(function (r) {
        var s = D.centers[r.s];
        return "<li data-route=\"" + r.k + "\">" + esc(routeName(r)) + " · " + esc(s ? s.name : "") + " · " + esc(r.van) +
          " · " + num(r.stops.length) + " " + esc(T.mapStops) + " · " + num(r.km) + " " + esc(T.mapKmUnit) + "</li>";
      }).join("") + "</ol>" : "<p>" + esc(T.mapNoRoutes) + "</p>");
    return true;
  }

  // Operating-model layers (HUBPLAN_MAP.om, see OperatingModelsMap.swift): post offices, bus lines, village
  // stations, origin warehouses. Each layer present in the plan gets its toggle appended to the layer box.
  var OM = D.om || {}, omLayers = [
    ["postOffices", T.mapPostOffices, "background:#007a3d", true],
    ["busLines", T.mapBusLines, "background:#16a085;height:3px", true],
    ["stations", T.mapStations, "border-bottom:9px solid #34495e;border-left:5px solid transparent;border-right:5px solid transparent;width:0;height:0", false],
    ["warehouses", T.mapWarehouses, "background:#e67e22;border-radius:50%", true]
  ].filter(function (l) { return OM[l[0]]; });
  omLayers.forEach(function (l) {
    layers[l[0]] = l[3];
    var label = document.createElement("label");
    label.innerHTML = "<input type=\"checkbox\" data-layer=\"" + l[0] + "\"> <span class=\"sw\" style=\"" + l[2] + "\"></span>" + esc(l[1]);
    root.querySelector(".hp-layers").appendChild(label);
  });
  function omPoint(item) { return [sx(mx(item[0])), sy(my(item[1]))]; }
  function drawOperatingModels() {
    omLayers.forEach(function (l) { drawn[l[0]] = 0; });
    if (layers.busLines && OM.busLines) {
      OM.busLines.forEach(function (b) {
        var a = [sx(mx(b[0])), sy(my(b[1]))], z = [sx(mx(b[2])), sy(my(b[3]))];
        ctx.setLineDash(b[9] ? [] : [4, 4]); ctx.strokeStyle = b[9] ? "#16a085" : "rgba(22,160,133,0.45)";
        ctx.lineWidth = b[9] ? 3 : 1.2;
        ctx.beginPath(); ctx.moveTo(a[0], a[1]); ctx.lineTo(z[0], z[1]); ctx.stroke();
        ctx.setLineDash([]); ctx.fillStyle = "#16a085"; ctx.beginPath(); ctx.arc(z[0], z[1], 3.5, 0, 2 * Math.PI); ctx.fill();
        drawn.busLines++;
      });
    }
    if (layers.stations && OM.stations) {
      ctx.fillStyle = "#34495e";
      OM.stations.forEach(function (st) {
        var p = omPoint(st);
        if (p[0] < -6 || p[1] < -6 || p[0] > W + 6 || p[1] > H + 6) return;
        ctx.beginPath(); ctx.moveTo(p[0], p[1] - 5); ctx.lineTo(p[0] + 4.5, p[1] + 3.5); ctx.lineTo(p[0] - 4.5, p[1] + 3.5);
        ctx.closePath(); ctx.fill(); drawn.stations++;
      });
    }
    if (layers.postOffices && OM.postOffices) {
      OM.postOffices.forEach(function (o) {
        var p = omPoint(o);
        ctx.fillStyle = "#007a3d"; ctx.fillRect(p[0] - 5, p[1] - 5, 10, 10);
        ctx.strokeStyle = "#fff"; ctx.lineWidth = 1.5; ctx.strokeRect(p[0] - 5, p[1] - 5, 10, 10); drawn.postOffices++;
      });
    }
    if (layers.warehouses && OM.warehouses) {
      OM.warehouses.forEach(function (h) {
        var p = omPoint(h);
        ctx.beginPath(); ctx.arc(p[0], p[1], 7, 0, 2 * Math.PI); ctx.fillStyle = "#e67e22"; ctx.fill();
        ctx.strokeStyle = "#5d3a12"; ctx.lineWidth = 1.5; ctx.stroke(); drawn.warehouses++;
      });
    }
  }
  // The nearest operating-model item under the cursor: ["om", layer, index].
  function hitOperatingModels(px, py) {
    var best = null, bd = 8;
    ["warehouses", "postOffices", "stations"].forEach(function (name) {
      if (!layers[name] || !OM[name]) return;
      OM[name].forEach(function (item, k) {
        var p = omPoint(item), d = Math.hypot(p[0] - px, p[1] - py);
        if (d < bd) { bd = d; best = ["om", name, k]; }
      });
    });
    if (best || !layers.busLines || !OM.busLines) return best;
    bd = 4;
    OM.busLines.forEach(function (b, k) {
      var d = segDist(px, py, sx(mx(b[0])), sy(my(b[1])), sx(mx(b[2])), sy(my(b[3])));
      if (d < bd) { bd = d; best = ["om", "busLines", k]; }
    });
    return best;
  }
  function tooltipOperatingModel(h) {
    var it = OM[h[1]][h[2]];
    if (h[1] === "postOffices") {
      return rows(T.mapPostOffices + colon + it[2], [[T.mapBackstopVillages, num(it[3])],
        [T.mapParcels, num(it[4]) + " " + T.mapParcelsUnit], [T.colPositionSource, it[5]]]);
    }
    if (h[1] === "busLines") {
      return rows(T.mapBusLines + colon + it[4], [[T.mapKm, num(it[5])], [T.mapUsed, it[9] ? T.yes : T.no],
        [T.mapParcels, num(it[6]) + " " + T.mapParcelsUnit], [T.colTrips, num(it[7]) + " / " + num(it[8]) + " " + T.colDepartures]]);
    }
    if (h[1] === "stations") {
      return rows(T.mapStations + colon + it[2], [[T.colVillages, num(it[3])],
        [T.mapParcels, num(it[4]) + " " + T.mapParcelsUnit], [T.mapFrequency, it[5]]]);
    }
    return rows(T.mapWarehouses + colon + it[2], [[T.colVillages, num(it[3])], [T.colProduceDay, num(it[4])],
      [T.colColdDay, num(it[5])], [T.colProducts, it[6]]]);
  }

  var drag = null;
  canvas.addEventListener("mousedown", function (e) { drag = { x: e.clientX, y: e.clientY, ox: view.ox, oy: view.oy, moved: false }; });
  window.addEventListener("mouseup", function (e) {
    if (drag && !drag.moved) {
      var b = canvas.getBoundingClientRect(), c = countyAt(e.clientX - b.left, e.clientY - b.top);
      if (c >= 0 && e.target === canvas) zoomToCounty(c);
    }
    drag = null;
  });
  canvas.addEventListener("mousemove", function (e) {
    var b = canvas.getBoundingClientRect(), px = e.clientX - b.left, py = e.clientY - b.top;
    if (drag) {
      if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) drag.moved = true;
      if (drag.moved) { view.ox = drag.ox - (e.clientX - drag.x); view.oy = drag.oy - (e.clientY - drag.y); draw(); tip.hidden = true; return; }
    }
    var h = hit(px, py);
    if (!h) { tip.hidden = true; return; }
    tip.innerHTML = tooltip(h); tip.hidden = false;
    tip.dataset.kind = h[0];
    tip.style.left = Math.min(px + 14, W - 240) + "px"; tip.style.top = (py + 14) + "px";
  });
  canvas.addEventListener("mouseleave", function () { tip.hidden = true; });
  canvas.addEventListener("wheel", function (e) {
    e.preventDefault();
    var b = canvas.getBoundingClientRect();
    zoomAt(Math.pow(1.2, -e.deltaY / 100), e.clientX - b.left, e.clientY - b.top);
  }, { passive: false });
  root.querySelector("[data-zoom=in]").addEventListener("click", function () { zoomAt(1.5, W / 2, H / 2); });
  root.querySelector("[data-zoom=out]").addEventListener("click", function () { zoomAt(1 / 1.5, W / 2, H / 2); });
  root.querySelector("[data-zoom=reset]").addEventListener("click", function () { selected = -1; panel.innerHTML = ""; fit(whole); });
  // Build-out years (HUBPLAN_YEARS, issue 16): a layer per year with the sites of that year, ringed in the colour
  // of what happened to them (opened green, expanded orange, kept grey; closed a black cross) and their tier.
  (function () {
    var Y = window.HUBPLAN_YEARS, fieldset = root.querySelector(".hp-layers");
    if (!Y || !fieldset) return;
    var colors = ["#27ae60", "#e67e22", "#7f8c8d", "#000"];
    Y.years.forEach(function (year) {
      layers["year" + year.y] = false;
      year.s.forEach(function (s) { s.X = mx(s.x); s.Y = my(s.y); });
      var label = document.createElement("label"), box = document.createElement("input"), sw = document.createElement("span");
      box.type = "checkbox"; box.dataset.layer = "year" + year.y;
      sw.className = "sw"; sw.style.cssText = "border:2px solid #27ae60;border-radius:50%;height:8px;width:8px";
      label.appendChild(box); label.appendChild(document.createTextNode(" ")); label.appendChild(sw);
      label.appendChild(document.createTextNode(Y.t.year.replace("{0}", year.y)));
      fieldset.appendChild(label);
    });
    overlays.push(function () {
      drawn.years = 0;
      Y.years.forEach(function (year) {
        if (!layers["year" + year.y]) return;
        year.s.forEach(function (s) {
          var x = sx(s.X), y = sy(s.Y);
          ctx.strokeStyle = colors[s.a]; ctx.lineWidth = 3; ctx.beginPath();
          if (s.a === 3) { ctx.moveTo(x - 8, y - 8); ctx.lineTo(x + 8, y + 8); ctx.moveTo(x + 8, y - 8); ctx.lineTo(x - 8, y + 8); }
          else ctx.arc(x, y, 11, 0, 2 * Math.PI);
          ctx.stroke();
          ctx.font = "bold 11px sans-serif"; ctx.fillStyle = colors[s.a];
          ctx.fillText(year.y + (s.t ? " " + s.t : ""), x + 12, y - 10);
          drawn.years++;
        });
      });
    });
  })();
  root.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.checked = layers[box.dataset.layer];
    box.addEventListener("change", function () { layers[box.dataset.layer] = box.checked; draw(); });
  });
  window.addEventListener("resize", function () { resize(); draw(); });

  resize(); fit(whole);
  // For scripts and browser tests: where things are drawn and what the last frame held.
  window.hubplanMap = {
    view: view, layers: layers, draw: draw, zoomToCounty: zoomToCounty, countyAt: countyAt,
    drawn: function () { return drawn; }, selected: function () { return selected; },
    screenOfVillage: function (i) { return [sx(vx[i]), sy(vy[i])]; },
    screenOfCenter: function (k) { return [sx(D.centers[k].X), sy(D.centers[k].Y)]; },
    villageCount: nv
  };
})();
