#!/usr/bin/python3
"""PNG screenshots of every customer web page at desktop (1280 px) and phone (375 px) width:
docs/screenshots/web-<page>-<desktop|phone>.png, shown in README.md. Starts its own server and SMTP
sink (tests/web/webdesk.py) from build/bin; with pngquant installed the files are made smaller.
Re-run after changing a template or the style sheet:
  /usr/bin/python3 scripts/web-screenshots.py"""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "web"))

import webdesk  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

OUT = os.path.join(HERE, "..", "docs", "screenshots")
WIDTHS = {"desktop": (1280, 800), "phone": (375, 740)}
PASSWORD = "correct horse battery staple"


def shoot(driver, name, width, height):
    # The whole page, not just the window: the emulated screen grows to the page's height.
    full = max(height, driver.execute_script("return document.documentElement.scrollHeight"))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": full, "deviceScaleFactor": 1, "mobile": width < 600})
    path = os.path.join(OUT, name)
    driver.save_screenshot(path)
    # Flat colours take a small palette: Debian's pngquant makes the files a third of their size.
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--output", path, "64", path], check=False)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def fill_and_send(driver, fields):
    for field_id, text in fields.items():
        driver.find_element(By.ID, field_id).send_keys(text)
    webdesk.click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def main():
    os.makedirs(OUT, exist_ok=True)
    desk = webdesk.WebDesk()
    try:
        for kind, (width, height) in WIDTHS.items():
            driver = webdesk.browser(width, height)
            try:
                customer = "maria.%s@customer.example" % kind
                desk.create_user(customer, "Maria Rossi", password="an old password 9")
                agent = "alex.%s@staff.example" % kind
                agent_id = desk.create_user(agent, "Alex Agent", role="agent")
                url = desk.base_url

                driver.get(url + "/")
                shoot(driver, "web-sign-in-%s.png" % kind, width, height)
                driver.get(url + "/forgot-password")
                shoot(driver, "web-forgot-password-%s.png" % kind, width, height)
                fill_and_send(driver, {"email": customer})
                shoot(driver, "web-link-sent-%s.png" % kind, width, height)

                driver.get(desk.link_mailed_to(customer, "/reset-password"))
                fill_and_send(driver, {"password": "password123", "confirmation": "password12"})
                shoot(driver, "web-choose-password-%s.png" % kind, width, height)
                fill_and_send(driver, {"password": PASSWORD, "confirmation": PASSWORD})
                shoot(driver, "web-home-%s.png" % kind, width, height)

                driver.delete_all_cookies()
                driver.get(desk.link_mailed_to(customer, "/reset-password"))
                shoot(driver, "web-link-dead-%s.png" % kind, width, height)

                desk.invite(agent_id)
                driver.get(desk.link_mailed_to(agent, "/accept-invitation"))
                fill_and_send(driver, {"password": PASSWORD, "confirmation": PASSWORD})
                shoot(driver, "web-staff-home-%s.png" % kind, width, height)

                driver.get(url + "/no-such-page")
                shoot(driver, "web-not-found-%s.png" % kind, width, height)
            finally:
                driver.quit()
    finally:
        desk.close()
    print("screenshots in", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
