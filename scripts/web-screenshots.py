#!/usr/bin/python3
"""PNG screenshots of every customer web page (the requester portal's too) at desktop (1280 px) and
phone (375 px) width:
docs/screenshots/web-<page>-<desktop|phone>.png, shown in README.md. Starts its own server and SMTP
sink (tests/web/webdesk.py) from build/bin; with pngquant installed the files are made smaller.
Re-run after changing a template or the style sheet:
  /usr/bin/python3 scripts/web-screenshots.py"""

import os
import re
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


class Portal:
    """What the requester portal's pages show: queues, types, an agent."""

    def __init__(self, desk):
        self.desk = desk
        self.network = desk.api("POST", "/groups", {
            "name": "Network", "offered_to_customers": True,
            "customer_description": "Wi-Fi, cables, the VPN and the phones on your desk"}).json()["group"]["id"]
        desk.api("POST", "/groups", {"name": "Video", "offered_to_customers": True,
                                     "customer_description": "Video conferences, projectors and recordings"})
        desk.api("POST", "/types", {"name": "Question"})
        desk.api("POST", "/types", {"name": "Incident"})
        agent_id = desk.create_user("nora@staff.example", "Nora Network", role="agent", password=PASSWORD)
        desk.api("PUT", "/groups/%d/members/%d" % (self.network, agent_id), {"access": "full"})
        self.agent_id = agent_id
        self.agent = desk.api("POST", "/auth/login", {"email": "nora@staff.example", "password": PASSWORD},
                              token=None).json()["token"]

    def organization(self, name):
        return self.desk.api("POST", "/organizations", {"name": name, "shared": True}).json()["organization"]["id"]

    def customer(self, address, name, organization):
        return self.desk.api("POST", "/users", {"email": address, "name": name,
                                                "organization_id": organization}).json()["user"]["id"]

    def open_for(self, customer_id, title, text):
        ticket = self.desk.api("POST", "/tickets", {
            "title": title, "group_id": self.network, "customer_id": customer_id,
            "article": {"channel": "phone_in", "body_text": text}}, token=self.agent).json()["ticket"]
        return ticket

    def answer(self, ticket_id, text, filename=None):
        article = {"channel": "email", "body_text": text}
        if filename:
            upload = self.desk.request("POST", "/api/v1/attachments?filename=" + filename, b"1. Unplug\n2. Wait\n",
                                       {"Content-Type": "text/plain", "Authorization": "Bearer " + self.agent})
            article["attachments"] = [upload.json()["attachment"]]
        self.desk.api("PATCH", "/tickets/%d" % ticket_id, {"owner_id": self.agent_id}, token=self.agent)
        self.desk.api("POST", "/tickets/%d/articles" % ticket_id, article, token=self.agent)


def shoot_portal(desk, portal, driver, kind, width, height):
    """The requester portal: asking for a sign-in link, its page, the lists, a new request, one request."""
    url = desk.base_url
    customer = "lena.%s@lab.example" % kind
    lab = portal.organization("Physics lab (%s)" % kind)
    customer_id = portal.customer(customer, "Lena Lindqvist", lab)
    colleague_id = portal.customer("omar.%s@lab.example" % kind, "Omar Okafor", lab)
    portal.open_for(colleague_id, "Projector in room 4 stays dark", "It does not find the laptop.")
    older = portal.open_for(customer_id, "New phone for the lab desk", "The old one has no display any more.")
    portal.answer(older["id"], "The new phone is on its way.")
    closed = next(s["id"] for s in desk.api("GET", "/states").json()["states"] if s["state_type"] == "closed")
    desk.api("PATCH", "/tickets/%d" % older["id"], {"state_id": closed}, token=portal.agent)
    portal.open_for(customer_id, "Printer on floor 2 prints blank pages", "Since this morning, every page is blank.")

    driver.get(url + "/email-sign-in")
    shoot(driver, "web-email-sign-in-%s.png" % kind, width, height)
    fill_and_send(driver, {"email": customer})
    driver.get(desk.link_mailed_to(customer, "/sign-in-link"))
    shoot(driver, "web-sign-in-link-%s.png" % kind, width, height)
    webdesk.click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    shoot(driver, "web-requests-%s.png" % kind, width, height)

    driver.get(url + "/requests/new")
    driver.find_element(By.CSS_SELECTOR, "label[for^=queue-]").click()
    driver.find_element(By.ID, "title").send_keys("The VPN drops every hour")
    driver.find_element(By.ID, "text").send_keys("Since Monday the VPN disconnects every hour, at the full hour.")
    shoot(driver, "web-new-request-%s.png" % kind, width, height)
    webdesk.click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    number = int(driver.current_url.split("/requests/")[1].split("?")[0])
    found = desk.api("GET", "/tickets?query=%d" % number).json()["tickets"]
    ticket_id = next(t["id"] for t in found if t["number"] == number)
    portal.answer(ticket_id, "Please restart the router as described in the file, then tell us whether it helps.",
                  "restart-the-router.txt")
    driver.get(url + "/requests/%d" % number)
    driver.find_element(By.ID, "text").send_keys("Restarted it; it held for two hours, then dropped again.")
    webdesk.click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[enctype] button[type=submit]"))
    shoot(driver, "web-request-%s.png" % kind, width, height)

    driver.get(url + "/organization")
    shoot(driver, "web-organization-%s.png" % kind, width, height)
    driver.delete_all_cookies()


def shoot_rating(desk, portal, driver, kind, width, height):
    """The page of a reply's rating link from the mail: the score chosen, then thanked for it."""
    desk.api("PATCH", "/groups/%d" % portal.network, {"ratings_enabled": True})
    customer = "rita.%s@lab.example" % kind
    customer_id = desk.api("POST", "/users", {"email": customer, "name": "Rita Rossi"}).json()["user"]["id"]
    ticket = portal.open_for(customer_id, "Wi-Fi in the library is slow", "Pages take a minute to load.")
    portal.answer(ticket["id"], "We moved the library to the new access point; it should be fast again.")
    pattern = re.compile(re.escape(desk.base_url) + r"/rate/hdr_[A-Za-z0-9_-]+")

    def link():
        for message in desk.smtp.messages_to(customer):
            found = pattern.search(message.get_body(("plain",)).get_content())
            if found:
                return found.group(0)
        return None
    driver.get(webdesk.wait_until(link, 30, "the rating link mailed to " + customer) + "?score=4")
    driver.find_element(By.ID, "comment").send_keys("Fast again, thank you.")
    shoot(driver, "web-rate-%s.png" % kind, width, height)
    webdesk.click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    shoot(driver, "web-rate-saved-%s.png" % kind, width, height)
    driver.delete_all_cookies()


def shoot_web_form(desk, portal, driver, kind, width, height):
    """A group's web form as a site embeds it, "check your mail", and the mailed link's page before
    and after its button."""
    group = desk.api("PATCH", "/groups/%d" % portal.network, {"web_form_enabled": True}).json()["group"]
    driver.get(desk.base_url + "/form/" + group["web_form_key"])
    sender = "walter.%s@visitor.example" % kind
    for field_id, text in (("name", "Walter Weber"), ("email", sender), ("subject", "VPN drops every hour"),
                           ("message", "Since Monday the VPN disconnects on the hour, at home and in the office.")):
        driver.find_element(By.ID, field_id).send_keys(text)
    shoot(driver, "web-form-%s.png" % kind, width, height)
    webdesk.click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    shoot(driver, "web-form-sent-%s.png" % kind, width, height)
    driver.get(desk.link_mailed_to(sender, "/form/confirm"))
    shoot(driver, "web-form-confirm-%s.png" % kind, width, height)
    webdesk.click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    shoot(driver, "web-form-confirmed-%s.png" % kind, width, height)
    driver.delete_all_cookies()


def main():
    os.makedirs(OUT, exist_ok=True)
    desk = webdesk.WebDesk()
    try:
        portal = Portal(desk)
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

                driver.delete_all_cookies()
                shoot_portal(desk, portal, driver, kind, width, height)
                shoot_rating(desk, portal, driver, kind, width, height)
                shoot_web_form(desk, portal, driver, kind, width, height)
            finally:
                driver.quit()
    finally:
        desk.close()
    print("screenshots in", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
