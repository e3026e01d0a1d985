"""The portal in a real browser (Debian's chromium and chromium-driver, driven by Selenium),
used as a secretary and then as the coordinator would.

Called by BrowserTests.swift with the server running:
    python3 editor_test.py BASE_URL SECRETARY_LINK COORDINATOR_LINK SCREENSHOT_DIR
Exits 0 when every step worked; otherwise prints the step that failed and exits 1.
"""

import os
import sys
import tempfile

from browser_support import report_failure, start_browser, step
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import Select, WebDriverWait

SENTENCE = "Meer over ons werk staat op [de site](www.g40stedennetwerk.nl)."
FIXED = "Meer over ons werk staat op [de site](https://www.g40stedennetwerk.nl)."


def preview_text(driver):
    """The text of the preview frame (the section as the compiler renders it)."""
    driver.switch_to.frame(driver.find_element(By.ID, "preview"))
    try:
        return driver.find_element(By.ID, "voorbeeld").text
    finally:
        driver.switch_to.default_content()


def preview_link(driver, address):
    """The text of the preview's link to `address`, or None."""
    driver.switch_to.frame(driver.find_element(By.ID, "preview"))
    try:
        links = driver.find_elements(By.CSS_SELECTOR, 'a[href="%s"]' % address)
        return links[0].text if links else None
    finally:
        driver.switch_to.default_content()



# The elements that reach past the right edge of the window, outside anything that scrolls
# sideways on purpose (the dashboard's tables): the page itself must never scroll sideways.
WIDER_THAN_SCREEN = """
  const width = document.documentElement.clientWidth;
  const wide = [];
  if (document.documentElement.scrollWidth > width) wide.push('scrollWidth ' + document.documentElement.scrollWidth);
  for (const element of document.querySelectorAll('body *')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 0.5) continue;
    let scroller = element.parentElement;
    while (scroller && getComputedStyle(scroller).overflowX !== 'auto') scroller = scroller.parentElement;
    if (!scroller) wide.push(element.tagName + '#' + element.id + '.' + element.className);
  }
  return wide.slice(0, 5).join(', ');
"""


def main():
    base, secretary_link, coordinator_link, shots, new_group_link = sys.argv[1:6]
    driver = start_browser()
    # A step that reloads the page may replace an element while it is read.
    wait = WebDriverWait(driver, 20, ignored_exceptions=(StaleElementReferenceException,))
    try:
        step("open the secretary's login link")
        driver.get(secretary_link)
        wait.until(lambda d: d.current_url == base + "/2023/woningmarkt")
        body = wait.until(lambda d: d.find_element(By.ID, "body") if d.find_element(By.ID, "body").get_attribute("readonly") is None else False)
        assert driver.find_element(By.ID, "save").is_displayed(), "the save button shows once the script runs"
        assert "Geen fouten" in driver.find_element(By.ID, "check-summary").text
        assert "Themagroep Woningmarkt" in preview_text(driver), "the preview frame shows the saved section"

        step("type a sentence with a mistake")
        body.click()
        body.send_keys(Keys.CONTROL, Keys.END)
        body.send_keys(Keys.ENTER, Keys.ENTER, SENTENCE)
        finding = wait.until(lambda d: next(
            (li for li in d.find_elements(By.CSS_SELECTOR, "#diagnostics li.error") if "www.g40stedennetwerk.nl" in li.text), False))
        assert "geen volledig webadres" in finding.text, finding.text
        # The line is counted in the text box, as the secretary sees it, not in the whole file.
        lines = body.get_attribute("value").split("\n")
        number = next(i for i, line in enumerate(lines) if SENTENCE in line) + 1
        assert finding.find_element(By.CSS_SELECTOR, ".place").text == "regel %d" % number, (finding.text, number)
        # The address the finding quotes is code, not wrapped in backticks a secretary must puzzle over.
        quoted = [code.text for code in finding.find_elements(By.CSS_SELECTOR, ".message code")]
        assert any("www.g40stedennetwerk.nl" in text for text in quoted), (quoted, finding.get_attribute("innerHTML"))
        assert "`" not in finding.text, finding.text
        wait.until(lambda d: "Meer over ons werk staat op de site" in preview_text(d))
        assert "Niet opgeslagen" in driver.find_element(By.ID, "save-state").text
        assert "1 fout, 0 waarschuwingen" in driver.find_element(By.ID, "check-summary").text
        driver.execute_script("window.scrollTo(0, 0); const b = document.getElementById('body'); b.scrollTop = b.scrollHeight;")
        driver.save_screenshot(os.path.join(shots, "portal-editor.png"))

        step("click the finding and fix the address where it points")
        finding.click()
        assert driver.switch_to.active_element.get_attribute("id") == "body", "the finding puts the cursor in the text"
        body.send_keys("https://www.g40stedennetwerk.nl).")
        wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#diagnostics li.error"))
        wait.until(lambda d: preview_link(d, "https://www.g40stedennetwerk.nl") == "de site")
        assert FIXED in body.get_attribute("value"), body.get_attribute("value")[-300:]

        step("paste a word with Word's soft hyphen and fix it at a click")
        body.send_keys(Keys.CONTROL, Keys.END)
        body.send_keys(" Woning\u00admarkt.")
        button = wait.until(lambda d: next(
            (b for b in d.find_elements(By.CSS_SELECTOR, "#diagnostics li.warning button.fix-button") if b.is_displayed()), False))
        assert "zacht afbreekstreepje" in button.find_element(By.XPATH, "..").text
        button.click()
        wait.until(lambda d: "Hersteld" in d.find_element(By.ID, "notice").text)
        wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#diagnostics li"))
        assert body.get_attribute("value").endswith(" Woningmarkt."), repr(body.get_attribute("value")[-40:])
        assert "\u00ad" not in body.get_attribute("value")

        step("paste from Word with a table: the text comes, and what did not is listed")
        body.send_keys(Keys.CONTROL, Keys.END)
        driver.execute_script(
            "const data = new DataTransfer();"
            "data.setData('text/html', arguments[1]); data.setData('text/plain', 'Wij bouwden: Deventer 1.200');"
            "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));",
            body, "<p class=MsoNormal>Wij bouwden in <b>2023</b>:</p><table><tr><td>Deventer</td><td>1.200</td></tr></table>")
        notice = wait.until(lambda d: d.find_element(By.ID, "notice") if "niet alles kon mee" in d.find_element(By.ID, "notice").text else False)
        listed = notice.find_elements(By.CSS_SELECTOR, "li")
        assert len(listed) == 1 and "tabel" in listed[0].text and "Deventer" in listed[0].text, notice.text
        assert "Wij bouwden in **2023**:" in body.get_attribute("value"), body.get_attribute("value")[-100:]

        step("a PDF chosen as Word file is refused, saying what to do")
        with tempfile.NamedTemporaryFile(suffix=".docx", delete=False) as pdf:
            pdf.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        driver.find_element(By.ID, "word-file").send_keys(pdf.name)
        notice = wait.until(lambda d: d.find_element(By.ID, "notice") if "kon niet worden gelezen" in d.find_element(By.ID, "notice").text else False)
        assert "Opslaan als → Word-document (*.docx)" in notice.text, notice.text
        os.unlink(pdf.name)

        step("save")
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: "Opgeslagen" in d.find_element(By.ID, "notice").text)
        wait.until(lambda d: d.find_element(By.ID, "save-state").text == "Alles is opgeslagen.")
        wait.until(lambda d: "Jan Jansen" in d.find_element(By.ID, "history").text)

        step("reload and see the text")
        driver.refresh()
        body = wait.until(lambda d: d.find_element(By.ID, "body") if d.find_element(By.ID, "body").get_attribute("readonly") is None else False)
        assert FIXED in body.get_attribute("value")
        assert "status: draft" in driver.find_element(By.ID, "field-yaml").get_attribute("value")

        step("signed in again in another tab (a session that ran out): this tab still saves")
        token = "const done = arguments[0]; fetch('/api/session').then((r) => r.json()).then((j) => done(j.csrfToken));"
        before = driver.execute_async_script(token)
        body.send_keys(Keys.CONTROL, Keys.END)
        body.send_keys(" Na opnieuw inloggen.")
        first = driver.current_window_handle
        driver.switch_to.new_window("tab")
        driver.get(base + "/")
        # The old session ends (as after 12 hours), then the link signs in anew.
        driver.execute_async_script(
            "const done = arguments[0]; fetch('/api/session').then((r) => r.json()).then((j) => fetch('/api/logout',"
            " {method: 'POST', headers: {'X-CSRF-Token': j.csrfToken, 'Content-Type': 'application/json'}, body: '{}'}))"
            ".then((r) => done(r.status));")
        driver.get(secretary_link)
        wait.until(lambda d: d.current_url == base + "/2023/woningmarkt")
        driver.close()
        driver.switch_to.window(first)
        assert driver.execute_async_script(token) != before, "signing in again gives a new session"
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: "Opgeslagen" in d.find_element(By.ID, "notice").text)
        assert "Na opnieuw inloggen." in driver.find_element(By.ID, "body").get_attribute("value")

        step("a save that would put the text in the foreword's place is refused, saying what to put back")
        yaml = driver.find_element(By.ID, "field-yaml")
        driver.execute_script("arguments[0].open = true", yaml.find_element(By.XPATH, "ancestor::details[1]"))
        kept = yaml.get_attribute("value")
        moved = kept.replace("group: woningmarkt", "group: voorwoord")
        assert moved != kept
        set_yaml = "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));"
        driver.execute_script(set_yaml, yaml, moved)
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: "hoort bij groep woningmarkt" in d.find_element(By.ID, "notice").text)
        refused = driver.find_element(By.ID, "notice")
        assert "terug" in refused.text and "`" not in refused.text, refused.text
        assert [c.text for c in refused.find_elements(By.TAG_NAME, "code")] == ["group: woningmarkt"], refused.get_attribute("innerHTML")
        assert not driver.find_element(By.ID, "conflict").is_displayed(), "not a conflict with another version"
        driver.execute_script(set_yaml, yaml, kept)

        step("leaving with unsaved changes asks first")
        body.click()
        body.send_keys(Keys.CONTROL, Keys.END)
        body.send_keys(" Nog niet opgeslagen.")
        wait.until(lambda d: "Niet opgeslagen" in d.find_element(By.ID, "save-state").text)
        # WebDriver answers the browser's own leave-page dialog by itself, so the page's
        # beforeunload handler is asked directly: it must cancel while changes are unsaved.
        leave = "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"
        assert driver.execute_script(leave) is True, "no warning before leaving with unsaved changes"
        # Put the text back as saved, so the page can be left.
        body.send_keys(Keys.BACKSPACE * len(" Nog niet opgeslagen."))
        wait.until(lambda d: d.find_element(By.ID, "save-state").text == "Alles is opgeslagen.")
        assert driver.execute_script(leave) is False, "a warning although everything is saved"

        step("add a trekker from the member cities and save")
        driver.find_element(By.ID, "add-chair").click()
        row = driver.find_elements(By.CSS_SELECTOR, "#chair-rows .chair-row")[-1]
        Select(row.find_element(By.CSS_SELECTOR, ".chair-city")).select_by_value("Delft")
        Select(row.find_element(By.CSS_SELECTOR, ".chair-role")).select_by_value("trekker")
        wait.until(lambda d: "city: Delft" in d.find_element(By.ID, "field-yaml").get_attribute("value"))
        wait.until(lambda d: "role: trekker" in d.find_element(By.ID, "field-yaml").get_attribute("value"))
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: d.find_element(By.ID, "save-state").text == "Alles is opgeslagen.")
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#history li")) >= 3)

        step("view the saved version: its trekker as a field, not as YAML")
        newest = driver.find_elements(By.CSS_SELECTOR, "#history li")[0]
        newest.find_element(By.CSS_SELECTOR, ".view").click()
        wait.until(lambda d: "Delft (trekker)" in d.find_element(By.ID, "version-view-fields").text)
        fields = driver.find_element(By.ID, "version-view-fields").text
        assert "Titel" in fields and "Voorzitters en trekkers" in fields, fields
        shown = driver.find_element(By.ID, "version-view-text").text
        assert FIXED in shown, shown[-300:]
        assert "role:" not in shown and not shown.startswith("---"), shown[:300]

        step("view and restore the version before the trekker")
        earlier = driver.find_elements(By.CSS_SELECTOR, "#history li")[1]
        earlier.find_element(By.CSS_SELECTOR, ".view").click()
        wait.until(lambda d: "Delft" not in d.find_element(By.ID, "version-view-fields").text)
        wait.until(lambda d: d.find_element(By.ID, "version-view").is_displayed())
        shown = driver.find_element(By.ID, "version-view-text").text
        assert FIXED in shown and "role:" not in shown, shown[-300:]
        assert "Jan Jansen" in driver.find_element(By.ID, "version-view-heading").text
        earlier.find_element(By.CSS_SELECTOR, ".restore").click()
        WebDriverWait(driver, 5).until(lambda d: d.switch_to.alert).accept()
        wait.until(lambda d: "teruggezet" in d.find_element(By.ID, "notice").text)
        wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#chair-rows .chair-row"))
        assert "Delft" not in driver.find_element(By.ID, "field-yaml").get_attribute("value")
        assert FIXED in driver.find_element(By.ID, "body").get_attribute("value")
        assert "status: draft" in driver.find_element(By.ID, "field-yaml").get_attribute("value")
        assert "teruggezet" in driver.find_element(By.ID, "history").text

        step("the coordinator sees the group's new state")
        driver.delete_all_cookies()
        driver.get(coordinator_link)
        wait.until(lambda d: d.current_url == base + "/2023")
        row = driver.find_element(By.CSS_SELECTOR, 'tr[data-group="woningmarkt"]')
        assert row.get_attribute("data-state") == "draft", row.get_attribute("data-state")
        assert "concept" in row.text and "Jan Jansen" in row.text, row.text
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
        driver.save_screenshot(os.path.join(shots, "portal-dashboard.png"))

        step("a group with no text yet: the outline is not called saved; the first save shows the state and hand-in")
        driver.delete_all_cookies()
        driver.get(new_group_link)
        wait.until(lambda d: d.current_url == base + "/2023/europa")
        wait.until(lambda d: d.find_element(By.ID, "body").get_attribute("readonly") is None)
        assert driver.find_element(By.ID, "save-state").text.startswith("Nog niet opgeslagen"), driver.find_element(By.ID, "save-state").text
        assert driver.find_element(By.ID, "state").text == "ontbreekt", driver.find_element(By.ID, "state").text
        assert not [b for b in driver.find_elements(By.ID, "submit") if b.is_displayed()], "nothing to hand in yet"
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: d.find_element(By.ID, "state").text == "concept")
        wait.until(lambda d: d.find_element(By.ID, "submit").is_displayed())
        assert "Opgeslagen" in driver.find_element(By.ID, "notice").text, driver.find_element(By.ID, "notice").text
        wait.until(lambda d: d.find_element(By.ID, "save-state").text == "Alles is opgeslagen.")

        step("on a phone (the link opened from Outlook) nothing runs off the screen")
        driver.set_window_size(360, 800)
        for page in ("/2023", "/2023/woningmarkt"):
            driver.get(base + page)
            wait.until(lambda d: d.find_element(By.TAG_NAME, "h1"))
            wide = driver.execute_script(WIDER_THAN_SCREEN)
            assert not wide, "%s at 360 px: %s" % (page, wide)
        print("browser test: every step passed", flush=True)
        return 0
    except Exception:
        report_failure(driver, os.path.join(shots, "portal-failure.png"))
        return 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
