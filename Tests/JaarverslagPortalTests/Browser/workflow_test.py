"""The year's workflow in a real browser (Debian's chromium and chromium-driver, driven by
Selenium): a secretary puts in a Word file and hands in; the coordinator sends it back with a
comment; the secretary fixes it and hands in again; the coordinator approves, builds the report
with its PDF and downloads the PDF.

Called by BrowserTests.swift with the server running:
    python3 workflow_test.py BASE_URL SECRETARY_LINK COORDINATOR_LINK DOCX SCREENSHOT_DIR DOWNLOAD_DIR
Exits 0 when every step worked; otherwise prints the step that failed and exits 1.
"""

import os
import sys
import time
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

COMMENT = "Noem ook de woondeals van 2024."
FIX = "In 2024 volgen de woondeals van de tweede ronde."


def step(name):
    print("step:", name, flush=True)


def editable_body(driver, wait):
    """The text area once the script has made it editable."""
    return wait.until(lambda d: d.find_element(By.ID, "body") if d.find_element(By.ID, "body").get_attribute("readonly") is None else False)


def state(driver):
    return driver.find_element(By.ID, "state").text


def sign_in(driver, wait, link, lands_on):
    driver.delete_all_cookies()
    driver.get(link)
    wait.until(lambda d: d.current_url == lands_on)


def main():
    base, secretary_link, coordinator_link, docx, shots, downloads = sys.argv[1:7]
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1400,1150", "--lang=nl-NL", "--no-first-run", "--disable-extensions"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads, "download.prompt_for_download": False,
        "plugins.always_open_pdf_externally": True})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    wait = WebDriverWait(driver, 30)
    editor = base + "/2023/woningmarkt"
    try:
        step("the secretary opens the link and puts in a Word file")
        sign_in(driver, wait, secretary_link, editor)
        body = editable_body(driver, wait)
        assert state(driver) == "concept", state(driver)
        driver.find_element(By.ID, "word-file").send_keys(docx)
        panel = wait.until(lambda d: d.find_element(By.ID, "import") if d.find_element(By.ID, "import").is_displayed() else False)
        findings = driver.find_element(By.ID, "import-findings").text
        assert "tabel" in findings and "opmerking" in findings, findings
        assert "Klopt dit bedrag nog?" in findings, findings
        assert "woondeals" in driver.find_element(By.ID, "import-text").text
        assert "woondeals" not in body.get_attribute("value"), "nothing is taken over before the secretary says so"
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", panel)
        driver.save_screenshot(os.path.join(shots, "portal-import.png"))
        driver.find_element(By.ID, "import-accept").click()
        wait.until(lambda d: "woondeals" in d.find_element(By.ID, "body").get_attribute("value"))
        assert "status: draft" in driver.find_element(By.ID, "field-yaml").get_attribute("value")

        step("the secretary saves and hands in")
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: d.find_element(By.ID, "save-state").text == "Alles is opgeslagen.")
        driver.find_element(By.ID, "submit").click()
        wait.until(lambda d: "Ingeleverd." in d.find_element(By.ID, "notice").text)
        wait.until(lambda d: state(d) == "ingeleverd")
        assert driver.find_element(By.ID, "body").get_attribute("readonly") is not None, "a handed-in text is closed"

        step("the coordinator sees it handed in and sends it back with a comment")
        sign_in(driver, wait, coordinator_link, base + "/2023")
        row = driver.find_element(By.CSS_SELECTOR, 'tr[data-group="woningmarkt"]')
        assert row.get_attribute("data-state") == "submitted", row.get_attribute("data-state")
        assert "Jan Jansen" in row.text, row.text
        row.find_element(By.CSS_SELECTOR, "a").click()
        wait.until(lambda d: d.current_url == editor)
        wait.until(lambda d: d.find_element(By.ID, "return-comment").is_displayed())
        driver.find_element(By.ID, "return-comment").send_keys(COMMENT)
        driver.find_element(By.ID, "return").click()
        wait.until(lambda d: "Teruggestuurd." in d.find_element(By.ID, "notice").text)
        wait.until(lambda d: state(d) == "teruggestuurd")

        step("the secretary reads the comment, fixes the text and hands in again")
        sign_in(driver, wait, secretary_link, editor)
        shown = driver.find_element(By.ID, "return-comment-shown").text
        assert COMMENT in shown and "Carla Coördinator" in shown, shown
        body = editable_body(driver, wait)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(shots, "portal-returned.png"))
        body.click()
        body.send_keys(Keys.CONTROL, Keys.END)
        body.send_keys(Keys.ENTER, Keys.ENTER, FIX)
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: d.find_element(By.ID, "save-state").text == "Alles is opgeslagen.")
        driver.find_element(By.ID, "submit").click()
        wait.until(lambda d: state(d) == "ingeleverd")

        step("the coordinator approves both open texts")
        sign_in(driver, wait, coordinator_link, base + "/2023")
        for group in ["woningmarkt", "europa"]:
            driver.get(base + "/2023/" + group)
            wait.until(lambda d: d.find_element(By.ID, "approve").is_displayed())
            driver.find_element(By.ID, "approve").click()
            wait.until(lambda d: state(d) == "goedgekeurd")

        step("the coordinator builds the report with its PDF and downloads the PDF")
        driver.get(base + "/2023")
        assert "Alles is goedgekeurd" in driver.find_element(By.ID, "publish-state").text, driver.find_element(By.ID, "publish-state").text
        pdf = driver.find_element(By.ID, "with-pdf")
        if not pdf.is_selected():
            pdf.click()
        driver.find_element(By.ID, "build").click()
        link = WebDriverWait(driver, 180).until(
            lambda d: next(iter(d.find_elements(By.CSS_SELECTOR, '#files [data-edition="published"] a[data-format="pdf"]')), False))
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", driver.find_element(By.ID, "publiceren"))
        driver.save_screenshot(os.path.join(shots, "portal-publish.png"))
        link.click()
        target = os.path.join(downloads, "jaarverslag-2023.pdf")
        deadline = time.time() + 60
        while time.time() < deadline and not (os.path.exists(target) and os.path.getsize(target) > 0):
            time.sleep(0.2)
        with open(target, "rb") as handle:
            assert handle.read(5) == b"%PDF-", "the download is not a PDF"
        print("browser test: every step passed", flush=True)
        return 0
    except Exception:
        traceback.print_exc()
        for entry in driver.get_log("browser"):
            print("browser console:", entry.get("level"), entry.get("message"), flush=True)
        try:
            driver.save_screenshot(os.path.join(shots, "portal-workflow-failure.png"))
        except Exception:
            pass
        return 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
