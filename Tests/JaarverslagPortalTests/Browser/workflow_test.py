"""The year's workflow in a real browser (Debian's chromium and chromium-driver, driven by
Selenium): a secretary puts in a Word file and hands in; the coordinator sends it back with a
comment; the secretary pastes a sentence from Word and hands in again; the coordinator approves, builds the report
with its PDF and downloads the PDF; then starts the next year from the page.

Called by BrowserTests.swift with the server running:
    python3 workflow_test.py BASE_URL SECRETARY_LINK COORDINATOR_LINK SCREENSHOT_DIR DOCX DOWNLOAD_DIR
Exits 0 when every step worked; otherwise prints the step that failed and exits 1.
"""

import os
import sys
import time

from browser_support import report_failure, start_browser, step
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait

COMMENT = "Noem ook de woondeals van 2024."
FIX = "In 2024 volgen de **woondeals** van de [tweede ronde](https://www.g40stedennetwerk.nl/nieuws)."
PASTED = ('<html><body><!--StartFragment--><p class=MsoNormal>In 2024 volgen de <b>woondeals</b> van de '
          '<a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.g40stedennetwerk.nl%2Fnieuws'
          '&amp;data=05%7C02&amp;reserved=0">tweede ronde</a>.<o:p></o:p></p><!--EndFragment--></body></html>')


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
    base, secretary_link, coordinator_link, shots, docx, downloads = sys.argv[1:7]
    driver = start_browser(downloads)
    # A step that reloads the page (handing in, a build) may replace an element while it is read.
    wait = WebDriverWait(driver, 30, ignored_exceptions=(StaleElementReferenceException,))
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
        before = body.get_attribute("value")
        driver.find_element(By.ID, "import-accept").click()
        # The editor holds text: taking the Word text over asks first, and can be undone.
        alert = WebDriverWait(driver, 5).until(lambda d: d.switch_to.alert)
        assert "Word-bestand" in alert.text, alert.text
        alert.accept()
        wait.until(lambda d: "woondeals" in d.find_element(By.ID, "body").get_attribute("value"))
        body.send_keys(Keys.CONTROL, "z")
        wait.until(lambda d: d.find_element(By.ID, "body").get_attribute("value") == before)
        body.send_keys(Keys.CONTROL, Keys.SHIFT, "z")
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
        chase = driver.find_element(By.CSS_SELECTOR, '.reminders li[data-group="europa"]')
        assert "Beste Els Europa," in chase.find_element(By.TAG_NAME, "textarea").get_attribute("value")
        assert not driver.find_elements(By.CSS_SELECTOR, '.reminders li[data-group="woningmarkt"]'), "handed in: not chased"
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", driver.find_element(By.ID, "herinneren"))
        driver.save_screenshot(os.path.join(shots, "portal-chase.png"))
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
        body.send_keys(Keys.ENTER, Keys.ENTER)
        # A paste from Word: the page sends the clipboard's HTML to the server, which maps it.
        driver.execute_script(
            "const data = new DataTransfer();"
            "data.setData('text/html', arguments[0]); data.setData('text/plain', 'platte tekst');"
            "document.getElementById('body').dispatchEvent("
            "new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));",
            PASTED)
        wait.until(lambda d: FIX in d.find_element(By.ID, "body").get_attribute("value"))
        assert "platte tekst" not in body.get_attribute("value")
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

        step("the coordinator starts 2024 from the page, and the secretary's invitation carries over")
        driver.get(base + "/2023")
        driver.find_element(By.CSS_SELECTOR, 'a[href="/nieuw-jaar"]').click()
        wait.until(lambda d: d.current_url == base + "/nieuw-jaar")
        assert "year: 2024" in driver.find_element(By.ID, "next-year-yaml").get_attribute("value")
        carried = driver.find_element(By.ID, "carried").text
        assert "woningmarkt: Jan Jansen" in carried, carried
        driver.save_screenshot(os.path.join(shots, "portal-next-year.png"))
        driver.find_element(By.ID, "start-year").click()
        wait.until(lambda d: d.find_element(By.ID, "new-links").is_displayed())
        links = driver.find_element(By.ID, "new-links-text").get_attribute("value")
        assert "woningmarkt — Jan Jansen" in links and "/login?token=" in links, links
        assert "Het jaar 2024 is begonnen." in driver.find_element(By.ID, "notice").text
        driver.find_element(By.ID, "to-new-year").click()
        wait.until(lambda d: d.current_url == base + "/2024")
        print("browser test: every step passed", flush=True)
        return 0
    except Exception:
        report_failure(driver, os.path.join(shots, "portal-workflow-failure.png"))
        return 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
