#!/usr/bin/python3
"""The requester portal in a real browser: a customer signs in with a one-time link from the mail
(opening the link alone signs no one in), opens a request in a chosen queue with a file, sees the
agent's reply (never the agent's internal note), replies with a file the agent then reads through
the API, and reopens the request once the agent closed it; the customer's public history through
the API; the organization's requests only where the organization is shared; another customer gets
the same 404 for someone else's request and file as for a request that does not exist; every portal
page in each of the six languages. One server for the file (webdesk.WebDesk)."""

import os
import re
import sys
import tempfile
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import webdesk

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'")
PASSWORD = "a fine long password"


def csrf_of(html):
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


class RequesterPortal(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desk = desk = webdesk.WebDesk()
        cls.browser = webdesk.browser()
        cls.files = tempfile.mkdtemp(prefix="hd-portal-files-")
        cls.links_mailed = {}
        try:
            cls.network = desk.api("POST", "/groups", {
                "name": "Network", "offered_to_customers": True,
                "customer_description": "Wi-Fi, cables and the VPN"}).json()["group"]["id"]
            desk.api("POST", "/groups", {"name": "Video", "offered_to_customers": True})
            desk.api("POST", "/groups", {"name": "Back office"})  # not offered
            desk.api("POST", "/types", {"name": "Question"})
            acme = desk.api("POST", "/organizations", {"name": "Acme", "shared": True}).json()["organization"]["id"]
            solo = desk.api("POST", "/organizations", {"name": "Solo", "shared": False}).json()["organization"]["id"]
            cls.customers = {}
            for key, address, name, organization in [
                    ("carol", "carol@acme.example", "Carol Customer", acme),
                    ("dave", "dave@acme.example", "Dave Colleague", acme),
                    ("sam", "sam@solo.example", "Sam Solo", solo),
                    ("tom", "tom@solo.example", "Tom Solo", solo),
                    ("erin", "erin@else.example", "Erin Elsewhere", None)]:
                body = {"email": address, "name": name, "role": "customer"}
                if organization:
                    body["organization_id"] = organization
                cls.customers[key] = (address, desk.api("POST", "/users", body).json()["user"]["id"])
            agent_id = desk.create_user("nora@staff.example", "Nora Network", role="agent", password=PASSWORD)
            desk.api("PUT", "/groups/%d/members/%d" % (cls.network, agent_id), {"access": "full"})
            cls.agent = desk.api("POST", "/auth/login", {"email": "nora@staff.example", "password": PASSWORD},
                                 token=None).json()["token"]
            states = desk.api("GET", "/states").json()["states"]
            cls.closed_state = next(s["id"] for s in states if s["state_type"] == "closed")
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        cls.desk.close()

    def setUp(self):
        self.browser.delete_all_cookies()

    # --- helpers ------------------------------------------------------------------------------
    def open(self, path):
        self.browser.get(self.desk.base_url + path)

    def heading(self):
        return self.browser.find_element(By.TAG_NAME, "h1").text

    def click(self, element):
        webdesk.click_and_wait(self.browser, element)

    def button(self, text):
        return self.browser.find_element(By.XPATH, "//main//button[normalize-space()='%s']" % text)

    def fill(self, field_id, text):
        field = self.browser.find_element(By.ID, field_id)
        field.clear()
        field.send_keys(text)

    def file(self, name, content):
        path = os.path.join(self.files, name)
        with open(path, "wb") as f:
            f.write(content)
        return path

    def mailed_link(self, who):
        """The newest sign-in link mailed to a customer (waits for it)."""
        address = self.customers[who][0]
        self.links_mailed[who] = self.links_mailed.get(who, 0) + 1
        return self.desk.link_mailed_to(address, "/sign-in-link", count=self.links_mailed[who])

    def sign_in_by_link(self, who):
        """Asks for a link on the sign-in page, follows it from the mail and presses its button."""
        self.open("/sign-in")
        self.click(self.browser.find_element(By.LINK_TEXT, "E-mail me a sign-in link instead"))
        self.fill("email", self.customers[who][0])
        self.click(self.button("E-mail me a sign-in link"))
        self.assertEqual(self.heading(), "Check your mailbox")
        self.browser.get(self.mailed_link(who))
        self.click(self.button("Sign in"))
        self.assertEqual(self.heading(), "Welcome")
        return self.browser.get_cookie("hd_session")["value"]

    def ask_for_link(self, who):
        """Asks for a sign-in link without a browser; the form cookie of the asking browser."""
        page = self.desk.request("GET", "/email-sign-in")
        form = re.search(r"hd_form=([^;]+)", page.header("Set-Cookie")).group(1)
        sent = self.desk.request("POST", "/email-sign-in",
                                 webdesk.form_body({"csrf": csrf_of(page.body), "email": self.customers[who][0]}),
                                 {"Content-Type": "application/x-www-form-urlencoded", "Cookie": "hd_form=" + form})
        self.assertEqual(sent.status, 200)
        return form

    def session_of(self, who):
        """A web session of a customer, signed in by a link without a browser (for plain requests)."""
        form = self.ask_for_link(who)
        link = self.mailed_link(who)
        opened = self.desk.request("GET", link[len(self.desk.base_url):], headers={"Cookie": "hd_form=" + form})
        signed_in = self.desk.request(
            "POST", "/sign-in-link",
            webdesk.form_body({"csrf": csrf_of(opened.body), "token": link.split("token=")[1]}),
            {"Content-Type": "application/x-www-form-urlencoded", "Cookie": "hd_form=" + form})
        self.assertEqual(signed_in.status, 303)
        return re.search(r"hd_session=([^;]+)", signed_in.header("Set-Cookie")).group(1)

    def get(self, path, session, **headers):
        headers["Cookie"] = "hd_session=" + session
        return self.desk.request("GET", path, headers=headers)

    def ticket_id(self, number):
        found = self.desk.api("GET", "/tickets?query=%d" % number).json()["tickets"]
        return next(t["id"] for t in found if t["number"] == number)

    def agent_opens(self, who, title):
        """An agent opens a Network request for a customer through the API; its number."""
        created = self.desk.api("POST", "/tickets", {
            "title": title, "group_id": self.network, "customer_id": self.customers[who][1],
            "article": {"channel": "phone_in", "body_text": "Called about " + title}}, token=self.agent)
        return created.json()["ticket"]["number"]

    def timeline_text(self):
        return self.browser.find_element(By.CLASS_NAME, "timeline").text

    def summary(self):
        terms = self.browser.find_elements(By.CSS_SELECTOR, ".summary dt")
        values = self.browser.find_elements(By.CSS_SELECTOR, ".summary dd")
        return {t.text: v.text for t, v in zip(terms, values)}

    # --- tests --------------------------------------------------------------------------------
    def test_a_request_from_the_sign_in_link_to_reopening(self):
        # The link's page signs no one in by being opened (mail scanners open links), only its button.
        self.open("/sign-in")
        self.click(self.browser.find_element(By.LINK_TEXT, "E-mail me a sign-in link instead"))
        self.assertEqual(self.heading(), "Sign in with a link by e-mail")
        self.fill("email", "carol@acme.example")
        self.click(self.button("E-mail me a sign-in link"))
        self.assertIn("If carol@acme.example belongs to an account, a sign-in link is on its way.",
                      self.browser.page_source)
        link = self.mailed_link("carol")
        scanned = self.desk.request("GET", link[len(self.desk.base_url):])
        self.assertEqual(scanned.status, 200)
        self.assertNotIn("hd_session", " ".join(scanned.all("Set-Cookie")))
        self.browser.get(link)
        self.assertEqual(self.heading(), "Sign in")
        self.assertIsNone(self.browser.get_cookie("hd_session"))
        self.click(self.button("Sign in"))
        self.assertEqual(self.heading(), "Welcome")
        self.assertIn("You are signed in as Carol Customer (carol@acme.example).", self.browser.page_source)
        self.assertIn("You have no open requests.", self.browser.page_source)
        session = self.browser.get_cookie("hd_session")["value"]
        # The link works once.
        self.browser.delete_all_cookies()
        self.browser.get(link)
        self.assertEqual(self.heading(), "This sign-in link no longer works")
        self.browser.add_cookie({"name": "hd_session", "value": session})

        # A new request in a chosen queue, with a type and a file.
        self.open("/")
        self.click(self.browser.find_element(By.LINK_TEXT, "New request"))
        self.assertEqual(self.heading(), "Open a new request")
        queues = [label.text for label in self.browser.find_elements(By.CSS_SELECTOR, ".queues label")]
        self.assertEqual(queues, ["Network", "Video"])  # the offered ones, never "Back office"
        self.assertIn("Wi-Fi, cables and the VPN", self.browser.page_source)
        self.click(self.button("Send the request"))  # nothing filled in
        self.assertEqual(self.browser.find_element(By.ID, "queue-error").text, "Choose what your request is about.")
        self.browser.find_element(By.CSS_SELECTOR, "label[for^=queue-]").click()
        Select(self.browser.find_element(By.ID, "type")).select_by_visible_text("Question")
        self.fill("title", "The VPN drops every hour")
        self.fill("text", "Since Monday the VPN disconnects every hour.")
        self.browser.find_element(By.ID, "files").send_keys(self.file("vpn-log.txt", b"12:00 disconnected\n"))
        self.click(self.button("Send the request"))
        number = int(re.search(r"/requests/(\d+)\?notice=request_opened$", self.browser.current_url).group(1))
        self.assertIn("Your request is open.", self.browser.page_source)
        self.assertEqual(self.heading(), "The VPN drops every hour")
        summary = self.summary()
        self.assertEqual(summary["Queue"], "Network")
        self.assertEqual(summary["State"], "Received")
        self.assertEqual(summary["Handled by"], "Not yet assigned")
        self.assertEqual(summary["Type"], "Question")
        self.assertEqual(summary["Number"], str(number))
        self.assertTrue(summary["Opened"].endswith(" UTC"), summary["Opened"])  # times say their zone
        self.assertIn("vpn-log.txt", self.timeline_text())
        ticket = self.ticket_id(number)

        # The agent takes it, replies with a file, and writes an internal note.
        upload = self.desk.request("POST", "/api/v1/attachments?filename=steps.txt", b"1. restart the router\n",
                                   {"Content-Type": "text/plain", "Authorization": "Bearer " + self.agent})
        self.assertEqual(upload.status, 201)
        attachment = upload.json()["attachment"]
        self.desk.api("PATCH", "/tickets/%d" % ticket, {"owner_id": self.desk.api(
            "GET", "/me", token=self.agent).json()["user"]["id"], "tags": ["vip-secret"]}, token=self.agent)
        self.desk.api("POST", "/tickets/%d/articles" % ticket, {
            "channel": "email", "body_text": "Please restart the router, as in the file.",
            "attachments": [attachment]}, token=self.agent)
        self.desk.api("POST", "/tickets/%d/articles" % ticket,
                      {"channel": "note", "body_text": "Internal: this customer breaks everything"}, token=self.agent)

        self.browser.refresh()
        timeline = self.timeline_text()
        self.assertIn("Please restart the router, as in the file.", timeline)
        # The agent's plain name: never the quoted name and address the mail went out with.
        writers = [e.text for e in self.browser.find_elements(By.CSS_SELECTOR, ".message-head .from")]
        self.assertEqual(writers[-1], "Nora Network")
        self.assertFalse(any('"' in w or "<" in w or "@" in w for w in writers), writers)
        self.assertNotIn("nora@staff.example", self.browser.page_source)
        self.assertNotIn("Internal: this customer", self.browser.page_source)
        self.assertNotIn("vip-secret", self.browser.page_source)
        self.assertIn("Assigned to Nora Network by Nora Network", timeline)
        self.assertEqual(self.summary()["Handled by"], "Nora Network")

        # The agent's file downloads through the web session, as a file to save.
        href = self.browser.find_element(By.LINK_TEXT, "steps.txt").get_attribute("href")
        download = self.get(href[len(self.desk.base_url):], session)
        self.assertEqual(download.status, 200)
        self.assertEqual(download.body, "1. restart the router\n")
        self.assertTrue(download.header("Content-Disposition").startswith('attachment; filename="steps.txt"'))
        self.assertEqual(download.header("Content-Type"), "application/octet-stream")
        self.assertEqual(download.header("X-Content-Type-Options"), "nosniff")

        # The customer replies with a file; the agent reads both through the API.
        self.fill("text", "Restarted it, still dropping. Log attached.")
        self.browser.find_element(By.ID, "files").send_keys(self.file("after-restart.log", b"13:00 dropped again\n"))
        self.click(self.button("Send the reply"))
        self.assertIn("Your reply is sent.", self.browser.page_source)
        articles = self.desk.api("GET", "/tickets/%d/articles" % ticket, token=self.agent).json()["articles"]
        last = articles[-1]
        self.assertEqual(last["body_text"], "Restarted it, still dropping. Log attached.")
        self.assertEqual(last["sender"], "customer")
        self.assertEqual(last["channel"], "web")
        self.assertEqual([a["filename"] for a in last["attachments"]], ["after-restart.log"])
        stored = self.desk.request("GET", "/api/v1/attachments/" + last["attachments"][0]["sha256"],
                                   headers={"Authorization": "Bearer " + self.agent})
        self.assertEqual(stored.body, "13:00 dropped again\n")

        # The agent closes it; it moves to the closed list; the customer reopens it.
        self.desk.api("PATCH", "/tickets/%d" % ticket, {"state_id": self.closed_state}, token=self.agent)
        self.open("/")
        self.assertNotIn("The VPN drops every hour", self.browser.page_source)
        self.click(self.browser.find_element(By.LINK_TEXT, "Closed"))
        self.click(self.browser.find_element(By.LINK_TEXT, "The VPN drops every hour"))
        self.assertEqual(self.summary()["State"], "Closed")
        self.assertIn("Closed by Nora Network", self.timeline_text())
        self.click(self.button("Reopen this request"))
        self.assertIn("The request is open again.", self.browser.page_source)
        self.assertEqual(self.summary()["State"], "In progress")
        self.assertIn("Reopened by Carol Customer", self.timeline_text())
        # The owner hears of it, as of a reply.
        webdesk.wait_until(lambda: any(m["Subject"].endswith("Reopened by the customer: The VPN drops every hour")
                                       for m in self.desk.smtp.messages_to("nora@staff.example")),
                           what="the owner's mail about the reopened request")
        self.assertEqual(self.desk.api("GET", "/tickets/%d" % ticket, token=self.agent).json()["ticket"]["state_type"],
                         "open")

        # The same history through the API with the customer's session: public changes only.
        history = self.desk.api("GET", "/tickets/%d/history" % ticket, token=session).json()["history"]
        fields = {entry["field"] for entry in history}
        self.assertIn("state_id", fields)
        self.assertNotIn("tags", fields)
        closing = next(e for e in history if e.get("new_state_type") == "closed")
        self.assertEqual(closing["actor_name"], "Nora Network")
        seen = self.desk.api("GET", "/tickets/%d/articles" % ticket, token=session).json()["articles"]
        self.assertFalse(any("Internal:" in a["body_text"] for a in seen))

        # Pages of the portal carry the security headers.
        page = self.get("/requests/%d" % number, session)
        self.assertEqual(page.header("Content-Security-Policy"), CSP)
        self.assertEqual(page.header("Cache-Control"), "no-store")
        self.assertNotIn("<script", page.body)

    def test_the_organization_view_shows_colleagues_requests_only_where_shared(self):
        colleague = self.agent_opens("dave", "Projector in room 4 is dark")
        stranger = self.agent_opens("tom", "Tom's printer jams")
        self.sign_in_by_link("carol")
        self.click(self.browser.find_element(By.LINK_TEXT, "My organization"))
        self.assertEqual(self.heading(), "Your organization's requests")
        row = self.browser.find_element(By.XPATH, "//tr[td/a[text()='Projector in room 4 is dark']]")
        self.assertIn("Dave Colleague", row.find_element(By.CLASS_NAME, "requester").text)
        self.assertNotIn("Tom's printer jams", self.browser.page_source)
        self.click(row.find_element(By.LINK_TEXT, "Projector in room 4 is dark"))
        self.assertEqual(self.summary()["Asked by"], "Dave Colleague")
        self.assertIn("/requests/%d" % colleague, self.browser.current_url)

        # In an organization that does not share its requests there is no such view.
        self.browser.delete_all_cookies()
        self.sign_in_by_link("sam")
        self.assertEqual(self.browser.find_elements(By.LINK_TEXT, "My organization"), [])
        self.assertNotIn("Tom's printer jams", self.browser.page_source)
        self.open("/organization")
        self.assertEqual(self.heading(), "Page not found")
        self.open("/requests/%d" % stranger)
        self.assertEqual(self.heading(), "Page not found")

    def test_another_customer_gets_the_same_404_for_a_request_and_its_file(self):
        number = self.agent_opens("carol", "Carol's laptop")
        ticket = self.ticket_id(number)
        upload = self.desk.request("POST", "/api/v1/attachments?filename=laptop.txt", b"serial 123\n",
                                   {"Content-Type": "text/plain", "Authorization": "Bearer " + self.agent})
        self.desk.api("POST", "/tickets/%d/articles" % ticket, {
            "channel": "email", "body_text": "Your laptop's details", "attachments": [upload.json()["attachment"]]},
            token=self.agent)
        article = self.desk.api("GET", "/tickets/%d/articles" % ticket, token=self.agent).json()["articles"][-1]
        carol = self.session_of("carol")
        file_path = "/requests/%d/files/%d/0" % (number, article["id"])
        self.assertEqual(self.get(file_path, carol).status, 200)
        self.assertEqual(self.get("/requests/%d" % number, carol).status, 200)

        erin = self.session_of("erin")
        missing = self.get("/requests/99999999", erin)
        self.assertEqual(missing.status, 404)
        for path in ("/requests/%d" % number, file_path, "/requests/99999999/files/%d/0" % article["id"]):
            with self.subTest(path=path):
                refused = self.get(path, erin)
                self.assertEqual(refused.status, 404)
                self.assertEqual(re.search(r"<h1>(.*?)</h1>", refused.body).group(1), "Page not found")
                self.assertNotIn("Carol", refused.body)
        home = self.get("/", erin)
        reply = self.desk.request(
            "POST", "/requests/%d/reply" % number, webdesk.form_body({"csrf": csrf_of(home.body), "text": "mine?"}),
            {"Content-Type": "application/x-www-form-urlencoded", "Cookie": "hd_session=" + erin})
        self.assertEqual(reply.status, 404)
        reopen = self.desk.request(
            "POST", "/requests/%d/reopen" % number, webdesk.form_body({"csrf": csrf_of(home.body)}),
            {"Content-Type": "application/x-www-form-urlencoded", "Cookie": "hd_session=" + erin})
        self.assertEqual(reopen.status, 404)
        self.assertEqual(len(self.desk.api("GET", "/tickets/%d/articles" % ticket,
                                           token=self.agent).json()["articles"]), 2)
        # Without a session the portal's pages ask to sign in first.
        anonymous = self.desk.request("GET", "/requests/%d" % number)
        self.assertEqual((anonymous.status, anonymous.header("Location")), (303, "/sign-in"))

    def test_an_admin_turns_the_portal_off(self):
        session = self.session_of("erin")
        self.desk.api("PATCH", "/settings/portal", {"enabled": False})
        try:
            off = webdesk.catalog("en")["portal_off_heading"]
            for path in ("/", "/requests?state=closed", "/requests/new", "/organization", "/email-sign-in"):
                with self.subTest(path=path, who="a signed-in customer"):
                    page = self.get(path, session)
                    self.assertEqual(page.status, 200)
                    self.assertEqual(re.search(r"<h1>(.*?)</h1>", page.body).group(1), off)
            # A visitor is told so too, and staff still sign in (with a password: links are the portal's).
            self.open("/")
            self.assertEqual(self.heading(), off)
            self.click(self.browser.find_element(By.LINK_TEXT, "Staff: sign in here"))
            self.assertEqual(self.heading(), "Sign in")
            self.assertEqual(self.browser.find_elements(By.LINK_TEXT, "E-mail me a sign-in link instead"), [])
            self.fill("email", "nora@staff.example")
            self.fill("password", PASSWORD)
            self.click(self.button("Sign in"))
            self.assertEqual(self.heading(), "Your account is ready")
            # Password links keep working.
            self.assertEqual(self.desk.request("GET", "/forgot-password").status, 200)
            self.assertEqual(self.desk.request("GET", "/reset-password?token=hdr_unknown").status, 410)
        finally:
            self.desk.api("PATCH", "/settings/portal", {"enabled": True})
        self.assertEqual(self.get("/", session).status, 200)
        self.assertIn("Your open requests", self.get("/", session).body)

    def test_a_new_request_asks_for_the_fields_customers_fill_in(self):
        fields = [self.desk.api("POST", "/custom_fields", body).json()["custom_field"]["id"] for body in (
            {"object_kind": "ticket", "name": "serial_number", "label": "Serial number", "field_type": "text",
             "required": True, "customer_editable": True},
            {"object_kind": "ticket", "name": "floor", "label": "Floor", "field_type": "integer",
             "customer_editable": True},
            {"object_kind": "ticket", "name": "cost_centre", "label": "Cost centre", "field_type": "text"})]
        try:
            self.sign_in_by_link("erin")
            self.open("/requests/new")
            labels = [label.text for label in self.browser.find_elements(By.CSS_SELECTOR, "form label")]
            self.assertIn("Serial number (required)", labels)
            self.assertIn("Floor", labels)
            self.assertNotIn("Cost centre", " ".join(labels))  # the desk's own field is not asked for
            self.browser.find_element(By.CSS_SELECTOR, "label[for^=queue-]").click()
            self.fill("title", "Screen flickers")
            self.fill("text", "The screen flickers since today.")
            self.click(self.button("Send the request"))
            self.assertEqual(self.browser.find_element(By.ID, "field-serial_number-error").text,
                             "Fill in “Serial number”: it is needed for your request.")
            self.assertEqual(self.browser.find_element(By.ID, "form-error").text,
                             "The request was not sent: look at the fields marked below.")
            self.fill("field-serial_number", "SN-4711")
            self.fill("field-floor", "third")
            self.click(self.button("Send the request"))
            self.assertEqual(self.browser.find_element(By.ID, "field-floor-error").text,
                             "“Floor” does not take this value. Check it and try again.")
            self.assertEqual(self.browser.find_element(By.ID, "field-serial_number").get_attribute("value"),
                             "SN-4711")  # what was typed stays
            self.fill("field-floor", "3")
            self.click(self.button("Send the request"))
            number = int(re.search(r"/requests/(\d+)\?notice=request_opened$", self.browser.current_url).group(1))
            ticket = self.desk.api("GET", "/tickets/%d" % self.ticket_id(number)).json()["ticket"]
            self.assertEqual(ticket["custom"], {"serial_number": "SN-4711", "floor": 3})
        finally:
            for field in fields:
                self.desk.api("PATCH", "/custom_fields/%d" % field, {"active": False})

    def test_every_portal_page_renders_in_each_language(self):
        number = self.agent_opens("dave", "Dave's keyboard")
        session = self.session_of("dave")
        paths = ["/", "/requests?state=closed", "/organization", "/requests/new", "/requests/%d" % number,
                 "/email-sign-in", "/sign-in-link?token=hdl_not_a_link"]
        english = webdesk.catalog("en")
        keys = [key for key in english if "_" in key]  # "email" or "password" are words of the pages too
        for language in webdesk.LANGUAGES:
            texts = webdesk.catalog(language)
            self.assertEqual(set(texts), set(english))
            for path in paths:
                with self.subTest(language=language, path=path):
                    separator = "&" if "?" in path else "?"
                    page = self.get(path + separator + "lang=" + language, session)
                    self.assertIn(page.status, (200, 410))
                    self.assertIn('<html lang="%s">' % language, page.body)
                    shown = re.sub(r"<[^>]+>", " ", page.body)
                    missing = [key for key in keys if re.search(r"\b%s\b" % re.escape(key), shown)]
                    self.assertEqual(missing, [])
                    self.assertNotIn("{{", page.body)
                    self.assertNotIn("{name}", page.body)
        # The link's page itself, with its button, in the browser's language.
        self.ask_for_link("dave")
        link = self.mailed_link("dave")[len(self.desk.base_url):]
        for language in webdesk.LANGUAGES:
            with self.subTest(language=language, path="/sign-in-link"):
                opened = self.desk.request("GET", link, headers={"Accept-Language": language})
                self.assertIn(webdesk.catalog(language)["link_intro"], opened.body)

if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"] + sys.argv[1:])
