#!/usr/bin/env python3
"""Uses report.html as a planner would, in headless Chromium driven by Selenium (Debian's chromium-driver).

Usage: check-report.py PLAN_FOLDER LANG SHOTS_PREFIX [--interact]
Checks: no console messages; the page is in LANG (Chinese text present for zh); with --interact also hovering a
village shows its tooltip with plan.json's values, a wheel event zooms, a layer toggle hides its layer, clicking
a county zooms to it and lists its routes, and a county page loads. Always: each operating-model layer the plan
has (post offices, bus lines, village stations, warehouses) has a toggle, draws plan.json's count of items when
ticked and none when unticked, and an item's tooltip shows on hover. Screenshots: SHOTS_PREFIX.png (page),
SHOTS_PREFIX-county.png (zoomed county), SHOTS_PREFIX-county-page.png. Exits 1 with a message per failure.
"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
from selenium.webdriver.common.by import By

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
        print(f"error: {message}", file=sys.stderr)
    return ok


def console_messages(driver):
    return [e for e in driver.get_log("browser") if "favicon" not in e.get("message", "")]


def main(folder, lang, shots, interact):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,900",
                "--force-device-scale-factor=1", "--lang=" + ("zh-CN" if lang == "zh" else "en")]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Debian's chromedriver: never a driver download.
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        run(driver, folder, lang, shots, interact)
    finally:
        driver.quit()
    if not failures:
        print(f"browser ok: {folder}/report.html ({lang}{', hover, wheel, layers, county click, county page' if interact else ''}); {shots}.png")
    return 1 if failures else 0


def run(driver, folder, lang, shots, interact):
    plan = json.load(open(f"{folder}/plan.json", encoding="utf-8"))
    driver.get("file://" + os.path.abspath(f"{folder}/report.html"))
    time.sleep(0.5)
    messages = console_messages(driver)
    check(not messages, f"console messages on report.html: {messages}")
    check(driver.execute_script("return document.documentElement.lang") == ("zh-CN" if lang == "zh" else "en"), "page language")
    headings = [h.text for h in driver.find_elements(By.TAG_NAME, "h2")]
    if lang == "zh":
        check("主要指标" in headings and "各县：中心与配送线路" in headings, f"Chinese headings missing: {headings}")
    else:
        check("Key figures" in headings, f"English headings missing: {headings}")
    M = "return window.hubplanMap"
    check(driver.execute_script(M + " != null"), "the map script did not start")
    drawn = driver.execute_script(M + ".drawn()")
    check(drawn["villages"] > 0 and drawn["routes"] == len(plan["routes"]), f"first frame drew {drawn}")
    check(driver.execute_script("return window.HUBPLAN_MAP.centers.length") == len(plan["centers"]), "centers in the map data")

    check_operating_model_layers(driver, plan)

    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(height + 40, 8000))
    time.sleep(0.3)
    driver.save_screenshot(f"{shots}.png")
    driver.set_window_size(1280, 900)
    if not interact:
        return
    canvas = driver.find_element(By.CSS_SELECTOR, "#hp-map canvas")
    driver.execute_script("arguments[0].scrollIntoView()", canvas)
    size = canvas.size

    # Hover the village drawn farthest from any other point, and read its tooltip.
    pick = driver.execute_script("""
        const m = window.hubplanMap, D = window.HUBPLAN_MAP, c = arguments[0], h = arguments[1];
        const others = D.centers.map((_, k) => m.screenOfCenter(k));
        let best = -1, room = 0;
        for (let i = 0; i < m.villageCount; i += Math.max(1, Math.floor(m.villageCount / 1500))) {
          const p = m.screenOfVillage(i);
          if (p[0] < 40 || p[1] < 60 || p[0] > c - 220 || p[1] > h - 60) continue;
          let d = 1e9;
          for (const q of others) d = Math.min(d, Math.hypot(p[0] - q[0], p[1] - q[1]) - 6);
          for (let j = 0; j < m.villageCount; j += 1) if (j !== i) { const q = m.screenOfVillage(j); d = Math.min(d, Math.hypot(p[0] - q[0], p[1] - q[1])); }
          if (d > room) { room = d; best = i; }
        }
        return best < 0 ? null : [best, m.screenOfVillage(best), D.v.id[best], D.v.n[best]];
    """, size["width"], size["height"])
    if check(pick is not None, "no village to hover"):
        index, (x, y), node, name = pick
        ActionChains(driver).move_to_element_with_offset(canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)).perform()
        time.sleep(0.2)
        tip = driver.find_element(By.CSS_SELECTOR, "#hp-map .hp-tip")
        text = tip.text
        assignment = next(a for a in plan["assignments"] if a["node"] == node)
        center = next(c for c in plan["centers"] if c["id"] == assignment["center"])
        route = next((k + 1 for k, r in enumerate(plan["routes"]) if node in r["stops"]), None)
        parcels = f"{assignment['parcelsPerDay']:.1f}".rstrip("0").rstrip(".")
        check(tip.is_displayed() and tip.get_attribute("data-kind") == "village", f"no village tooltip at {x:.0f},{y:.0f}")
        check(name in text and center["name"] in text, f"tooltip '{text}' lacks village {name} or center {center['name']}")
        check(parcels in text.replace(",", ""), f"tooltip '{text}' lacks the plan's {parcels} parcels a day")
        check(route is None or str(route) in text, f"tooltip '{text}' lacks route {route}")

    # A wheel event zooms in around the cursor.
    before = driver.execute_script(M + ".view.s")
    ActionChains(driver).scroll_from_origin(ScrollOrigin.from_element(canvas), 0, -300).perform()
    time.sleep(0.2)
    check(driver.execute_script(M + ".view.s") > before * 1.5, "the wheel did not zoom in")

    # A layer toggle hides its layer.
    driver.find_element(By.CSS_SELECTOR, "#hp-map input[data-layer=routes]").click()
    check(driver.execute_script(M + ".drawn().routes") == 0 and not driver.execute_script(M + ".layers.routes"),
          "unticking routes left routes drawn")
    driver.find_element(By.CSS_SELECTOR, "#hp-map input[data-layer=routes]").click()
    check(driver.execute_script(M + ".drawn().routes") == len(plan["routes"]), "ticking routes again did not draw them")
    driver.find_element(By.CSS_SELECTOR, "#hp-map input[data-layer=modelled]").click()
    check(driver.execute_script(M + ".drawn().modelled") > 0, "the modelled-position layer drew nothing")

    # Clicking a county (at its busiest center) zooms to it and lists its routes.
    driver.find_element(By.CSS_SELECTOR, "#hp-map button[data-zoom=reset]").click()
    whole = driver.execute_script(M + ".view.s")
    codes = [c["code"] for c in driver.execute_script("return window.HUBPLAN_MAP.counties")]
    county = max(plan["counties"], key=lambda c: c["routes"])
    center = max((k for k, c in enumerate(plan["centers"]) if c["county"] == county["code"]),
                 key=lambda k: plan["centers"][k]["villages"])
    x, y = driver.execute_script(M + ".screenOfCenter(arguments[0])", center)
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)).click().perform()
    time.sleep(0.3)
    selected = driver.execute_script(M + ".selected()")
    check(selected == codes.index(county["code"]), f"clicking {county['name']} selected county {selected}")
    check(driver.execute_script(M + ".view.s") > whole * 1.2, "clicking a county did not zoom in")
    listed = driver.find_elements(By.CSS_SELECTOR, "#hp-panel li")
    check(len(listed) == county["routes"], f"{len(listed)} routes listed for {county['name']}, plan has {county['routes']}")
    canvas.screenshot(f"{shots}-county.png")
    messages = console_messages(driver)
    check(not messages, f"console messages while using the map: {messages}")

    # The county's own page, from the county table's link.
    link = driver.find_element(By.CSS_SELECTOR, f"#counties a[href='counties/{county['code']}.html']")
    driver.get(link.get_attribute("href"))
    time.sleep(0.3)
    check(county["name"] in driver.find_element(By.TAG_NAME, "h1").text, "county page title")
    check(not console_messages(driver), "console messages on the county page")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1000, min(height + 40, 8000))
    driver.save_screenshot(f"{shots}-county-page.png")


# The operating-model layers the plan has (plan.json key -> map layer, how many items it draws).
OM_LAYERS = {"postalBackstop": ("postOffices", lambda m: len(m["postOffices"])),
             "busLines": ("busLines", lambda m: len(m["lines"])),
             "villageStations": ("stations", lambda m: len(m["stations"])),
             "originWarehouses": ("warehouses", lambda m: len(m["warehouses"]))}


def check_operating_model_layers(driver, plan):
    """Each operating-model layer of the plan has its toggle; ticked it draws every item, unticked none, and
    hovering one of its items (away from the centers) shows that layer's tooltip. Layers the plan lacks have no
    toggle."""
    M = "return window.hubplanMap"
    models = plan.get("operatingModels") or {}
    for key, (layer, count) in OM_LAYERS.items():
        boxes = driver.find_elements(By.CSS_SELECTOR, f"#hp-map input[data-layer={layer}]")
        if key not in models or not count(models[key]):
            check(not boxes, f"a {layer} toggle without {key} in plan.json")
            continue
        if not check(len(boxes) == 1, f"no toggle for the {layer} layer"):
            continue
        box, expected = boxes[0], count(models[key])
        if not box.is_selected():
            box.click()
        check(driver.execute_script(M + f".drawn().{layer}") == expected,
              f"{layer} drew {driver.execute_script(M + f'.drawn().{layer}')}, plan.json has {expected}")
        # Hover an item (a bus line at its middle) away from every center and other layer's point, which could win the hit
        # test.
        kind = driver.execute_script(f"""
            const m = window.hubplanMap, D = window.HUBPLAN_MAP, c = document.querySelector('#hp-map canvas');
            const b = c.getBoundingClientRect(), v = m.view;
            const at = (lon, lat) => {{
              const s = Math.sin(lat * Math.PI / 180);
              return [(lon + 180) / 360 * v.s - v.ox, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * v.s - v.oy];
            }};
            const sites = D.centers.map((_, k) => m.screenOfCenter(k));
            for (const other of ['postOffices', 'stations', 'warehouses']) {{
              if (other !== '{layer}') for (const o of D.om[other] || []) sites.push(at(o[0], o[1]));
            }}
            for (const item of D.om.{layer}) {{
              let p = at(item[0], item[1]);
              if ('{layer}' === 'busLines') {{ const q = at(item[2], item[3]); p = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]; }}
              if (sites.some(q => Math.hypot(p[0] - q[0], p[1] - q[1]) < 12)) continue;
              c.dispatchEvent(new MouseEvent('mousemove', {{clientX: b.left + p[0], clientY: b.top + p[1]}}));
              const tip = document.querySelector('#hp-map .hp-tip'), name = '{layer}' === 'busLines' ? item[4] : item[2];
              const title = D.t['map' + '{layer}'[0].toUpperCase() + '{layer}'.slice(1)];
              return tip.hidden ? 'hidden' : [tip.dataset.kind, tip.textContent.includes(title + (D.lang === 'zh' ? '：' : ': ') + name)];
            }}
            return null;
        """)
        check(kind is None or kind == ["om", True], f"hovering a {layer} item did not show its tooltip: {kind}")
        box.click()
        check(driver.execute_script(M + f".drawn().{layer}") == 0 and not driver.execute_script(M + f".layers.{layer}"),
              f"unticking {layer} left it drawn")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], "--interact" in sys.argv[4:]))
