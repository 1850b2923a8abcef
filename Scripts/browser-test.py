#!/usr/bin/env python3
"""Drives real Chromium (Debian chromium + chromium-driver, through Selenium) through Truce's web pages.

Usage: browser-test.py BASE_URL SCREENSHOT_DIR PASSWORD
The accounts monitor, guarantor and government (party syrian-government) must exist with PASSWORD.
Exits 0 when every step holds, 1 with the failed step otherwise.
"""
import os
import sys

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

base, shots, password = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
os.makedirs(shots, exist_ok=True)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600"]:
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(5)


def submit(button_id):
    """Clicks a form's button and waits until the next page has replaced this one and finished loading."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, button_id).click()

    def replaced(_):
        try:
            page.is_enabled()
            return False
        except WebDriverException:
            # Stale, or the old document's context is gone mid-navigation: either way, it was replaced.
            return True

    WebDriverWait(driver, 15).until(replaced)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def check(condition, step):
    if not condition:
        driver.save_screenshot(os.path.join(shots, "failure.png"))
        print("FAILED: " + step + "\nURL: " + driver.current_url + "\n" + driver.page_source[:3000])
        driver.quit()
        sys.exit(1)
    print("ok: " + step)


def login(name):
    driver.get(base + "/login")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    submit("sign-in")
    check(name in driver.find_element(By.CLASS_NAME, "who").text, "signed in as " + name)


def logout():
    submit("logout")
    check(len(driver.find_elements(By.ID, "login-link")) == 1, "signed out")


def file_report(place, when, description):
    driver.get(base + "/reports/new")
    driver.find_element(By.ID, "observed_at").send_keys(when)
    driver.find_element(By.ID, "place").send_keys(place)
    Select(driver.find_element(By.ID, "category")).select_by_visible_text("shelling")
    Select(driver.find_element(By.ID, "perpetrator")).select_by_visible_text("syrian-government")
    driver.find_element(By.ID, "description").send_keys(description)
    submit("file-report")
    check("/incidents/" in driver.current_url, "the report form leads to the incident page")
    return driver.current_url.rstrip("/").split("/")[-1]


def transition(to, reason, evidence=""):
    Select(driver.find_element(By.ID, "to")).select_by_visible_text(to)
    driver.find_element(By.ID, "reason").send_keys(reason)
    if evidence:
        driver.find_element(By.ID, "evidence").send_keys(evidence)
    submit("transition")
    check(driver.find_element(By.ID, "state").text == to, "the incident is " + to)


# A monitor files two reports in the form; both show in the list and on the map.
login("monitor")
verified = file_report("Douma", "2017-07-15T10:00", "Six mortar rounds on a residential quarter <script>alert(1)</script>")
unverified = file_report("Aleppo", "2017-07-14T09:00", "Heavy machine-gun fire reported")
driver.get(base + "/incidents")
rows = [row.get_attribute("data-id") for row in driver.find_elements(By.CSS_SELECTOR, "#incident-list tr[data-id]")]
check(verified in rows and unverified in rows, "both incidents are in the list")
driver.get(base + "/?from=2017-07-01&to=2017-07-31")
dots = [dot.get_attribute("data-id") for dot in driver.find_elements(By.CSS_SELECTOR, "svg.map circle.incident")]
check(verified in dots and unverified in dots, "both incidents are on the map")

# The monitor verifies and attributes the first; a guarantor publishes it.
driver.get(base + "/incidents/" + verified)
transition("under-review", "two sources, crater seen")
transition("verified", "crater and fragment analysis", "photo:sha256:9f86d081")
Select(driver.find_element(By.ID, "party")).select_by_visible_text("syrian-government")
driver.find_element(By.ID, "attribution-reason").send_keys("trajectory from government positions")
driver.find_element(By.ID, "attribution-evidence").send_keys("radar:42")
submit("attribute")
findings = driver.find_element(By.ID, "findings").text
check("Violation of eastern-ghouta-no-hostilities" in findings, "the finding names the zone clause")
check(driver.find_element(By.ID, "attribution").text == "syrian-government", "the attribution is shown")
driver.save_screenshot(os.path.join(shots, "incident.png"))
logout()

# The accused party replies.
login("government")
driver.get(base + "/incidents/" + verified)
driver.find_element(By.ID, "reply-text").send_keys("Our units returned fire at a mortar position.")
submit("reply")
check("Our units returned fire" in driver.find_element(By.ID, "replies").text, "the reply is attached")
logout()

login("guarantor")
driver.get(base + "/incidents/" + verified)
transition("published", "weekly public report")
driver.get(base + "/?from=2017-07-01&to=2017-07-31")
driver.save_screenshot(os.path.join(shots, "dashboard.png"))
driver.get(base + "/daily?day=2017-07-15")
check("eastern-ghouta" in driver.find_element(By.ID, "daily").text, "the daily report lists the zones")
driver.save_screenshot(os.path.join(shots, "daily-report.png"))
# Printed to PDF by the browser (what "print to PDF" gives): a real PDF, without the navigation.
import base64
pdf = base64.b64decode(driver.print_page())
with open(os.path.join(shots, "daily-report.pdf"), "wb") as handle:
    handle.write(pdf)
check(pdf.startswith(b"%PDF") and len(pdf) > 5000, "the daily report prints to PDF")
check(not driver.execute_script(
    "return [...document.querySelectorAll('header nav, form')].some(e => window.getComputedStyle(e).display !== 'none' && matchMedia('print').matches)"),
    "print styles are in place")
# On a phone-sized screen the dashboard fits the width.
driver.set_window_size(390, 844)
driver.get(base + "/?from=2017-07-01&to=2017-07-31")
overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
driver.save_screenshot(os.path.join(shots, "dashboard-phone.png"))
check(overflow <= 1, "the dashboard fits a phone's width (overflow %s px)" % overflow)
driver.set_window_size(1280, 1600)
logout()

# The public sees the published incident, never the unverified one.
driver.get(base + "/incidents")
rows = [row.get_attribute("data-id") for row in driver.find_elements(By.CSS_SELECTOR, "#incident-list tr[data-id]")]
check(verified in rows and unverified not in rows, "the public sees the published incident only")
driver.get(base + "/incidents/" + unverified)
check("does not exist" in driver.page_source, "the unverified incident's page is not shown to the public")
driver.get(base + "/incidents/" + verified)
accounts = " ".join(cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#reports td.account"))
check("<script>alert(1)</script>" in accounts, "the description's markup is shown as text")
check(len(driver.find_elements(By.CSS_SELECTOR, "#reports script")) == 0, "no script element came from the description")

# The talks: anyone reads the timeline and a round; a mediator records a commitment's status, step by step.
driver.get(base + "/talks")
check(len(driver.find_elements(By.CSS_SELECTOR, "#process-timeline rect.round")) == 13, "the timeline shows the 13 rounds")
driver.find_element(By.CSS_SELECTOR, "table.rounds a[href='/talks/rounds/geneva-4']").click()
WebDriverWait(driver, 15).until(lambda d: d.current_url.endswith("/talks/rounds/geneva-4"))
heads = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#delegations td.head")]
names = driver.find_element(By.ID, "delegations").text
check("Bashar al-Ja'afari" in heads, "Geneva IV's government delegation is headed by Bashar al-Ja'afari")
check(all(p in names for p in ["High Negotiations Committee", "Cairo platform", "Moscow platform"]),
      "Geneva IV lists the HNC, Cairo and Moscow platforms")
proximity = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "#meetings li[data-date='2017-02-26'][data-kind='proximity']")]
check(len(proximity) == 2 and any("Cairo" in t for t in proximity) and any("Moscow" in t for t in proximity),
      "the 26 Feb proximity meetings with the Cairo and Moscow platforms are on the round's timeline")
check(len(driver.find_elements(By.CSS_SELECTOR, "#round-timeline circle.meeting[data-date='2017-02-26']")) == 2,
      "and on its drawn timeline")
driver.save_screenshot(os.path.join(shots, "talks-round.png"))
driver.get(base + "/talks/commitments/humanitarian-access-zones")
check(len(driver.find_elements(By.ID, "record-step")) == 0, "the public has no form to assess a commitment")

login("mediator")
driver.get(base + "/talks/commitments/humanitarian-access-zones")


def record_step(status, at, reason, evidence=""):
    Select(driver.find_element(By.ID, "step-status")).select_by_value(status)
    driver.find_element(By.ID, "step-at").send_keys(at)
    if reason:
        driver.find_element(By.ID, "step-reason").send_keys(reason)
    if evidence:
        driver.find_element(By.ID, "step-evidence").send_keys(evidence)
    submit("record-step")


record_step("3", "2017-06-01", "")
check("a reason is required" in driver.find_element(By.CLASS_NAME, "error").text, "a change without a reason is refused")
record_step("3", "2017-06-01", "Convoys reached all four areas")
record_step("broken", "2017-07-16", "Douma shelled; convoys stopped", "incident:" + verified)
steps = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#steps tr")][1:]
check(len(steps) == 3 and "mediator (mediator)" in steps[1] and "Convoys reached all four areas" in steps[1]
      and "Douma shelled" in steps[2], "every step is kept with who, when and why")
check(len(driver.find_elements(By.CSS_SELECTOR, "#steps a[href='/incidents/%s']" % verified)) == 1, "the evidence links the incident")
driver.save_screenshot(os.path.join(shots, "talks-commitment.png"))
driver.get(base + "/talks/commitments?status=broken&from=2017-07-01&to=2017-07-31")
rows = [row.get_attribute("data-id") for row in driver.find_elements(By.CSS_SELECTOR, "#commitments tr[data-id]")]
check(rows == ["humanitarian-access-zones"], "the tracker filters by status")
card = driver.find_element(By.CSS_SELECTOR, "#scorecards tr[data-party='syrian-government']")
check(card.find_element(By.CLASS_NAME, "violations").text == "1", "the government's scorecard counts its verified violation in July")
driver.save_screenshot(os.path.join(shots, "talks-commitments.png"))
logout()
# News intake: a monitor pastes an article; its shelling is one report suggestion, accepted into a media report.
login("monitor")
driver.get(base + "/news")
driver.find_element(By.CSS_SELECTOR, "details summary").click()
driver.find_element(By.ID, "article-published").send_keys("2017-07-17")
driver.find_element(By.ID, "article-outlet").send_keys("Reuters")
driver.find_element(By.ID, "article-text").send_keys(
    "Shelling kills five in Damascus suburb\n\nSyrian government forces shelled the town of Douma on Sunday, "
    "killing five civilians, a monitoring group said.\n")
submit("take-article")
check("1 new suggestions" in driver.find_element(By.CLASS_NAME, "notice").text, "the article's shelling is suggested")
row = driver.find_element(By.CSS_SELECTOR, "#suggestions tr[data-kind='report'][data-state='pending']")
row.find_element(By.NAME, "reason").send_keys("consistent with the monitors' own report")
row.find_element(By.NAME, "latitude").send_keys("33.5719")
row.find_element(By.NAME, "longitude").send_keys("36.4025")
Select(row.find_element(By.NAME, "perpetrator")).select_by_value("syrian-government")
page = driver.find_element(By.TAG_NAME, "html")
row.find_element(By.CLASS_NAME, "accept").click()
WebDriverWait(driver, 15).until(lambda d: "/incidents/" in d.current_url)
check("Reuters" in driver.find_element(By.ID, "reports").text, "the accepted suggestion is a media report on its incident")
driver.save_screenshot(os.path.join(shots, "news-accepted.png"))
driver.get(base + "/news?state=accepted")
check("accepted by monitor (monitor)" in driver.find_element(By.ID, "suggestions").text, "the decision shows who made it")
logout()
driver.quit()
print("browser flow passed; screenshots in " + shots)
