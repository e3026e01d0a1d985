"""What the portal's browser scripts share: headless chromium through Selenium, and what to
show when a step fails (the traceback, the browser's console, a screenshot)."""

import os
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def step(name):
    print("step:", name, flush=True)


def start_browser(downloads=None):
    """Debian's chromium, headless, in Dutch; downloads (if given) go to that folder unasked."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1400,1150", "--lang=nl-NL", "--no-first-run", "--disable-extensions"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if downloads:
        options.add_experimental_option("prefs", {
            "download.default_directory": downloads, "download.prompt_for_download": False,
            "plugins.always_open_pdf_externally": True})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    if downloads:
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def report_failure(driver, screenshot):
    """Prints why a step failed and what the page's console said, and keeps a screenshot."""
    traceback.print_exc()
    for entry in driver.get_log("browser"):
        print("browser console:", entry.get("level"), entry.get("message"), flush=True)
    try:
        driver.save_screenshot(screenshot)
    except Exception:
        pass
