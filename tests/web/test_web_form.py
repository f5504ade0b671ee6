#!/usr/bin/python3
"""A group's web form in a real browser: a visitor fills it in on our page, reads the confirmation
mail in the SMTP sink, follows its link (opening it opens nothing), confirms, and the ticket with
the message exists through the API; a second confirmation shows the same ticket. The same form
framed in a page of a site the group allows works (a small page server on http://localhost plays
that site: another site than http://127.0.0.1, so the browser keeps our cookies out of the frame),
and that site's own form posts to us; a site the group does not name cannot frame it. One server
for the file (webdesk.WebDesk)."""

import http.server
import socketserver
import sys
import threading
import unittest

from selenium.webdriver.common.by import By

import webdesk


class OutsideSite:
    """A site of its own on http://localhost:<port> serving one page (the embedding site)."""

    def __init__(self, page):
        html = page.encode("utf-8")

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(html)))
                self.end_headers()
                self.wfile.write(html)

            def log_message(self, *args):
                pass

        self.server = socketserver.TCPServer(("127.0.0.1", 0), Handler)
        self.url = "http://localhost:%d" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class WebForm(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desk = desk = webdesk.WebDesk()
        cls.browser = webdesk.browser()
        cls.sites = []
        try:
            group = desk.api("POST", "/groups", {"name": "Sales", "web_form_enabled": True}).json()["group"]
            cls.group_id = group["id"]
            cls.form_url = desk.base_url + "/form/" + group["web_form_key"]
            # The allowed site frames the form and has a contact form of its own that posts to us.
            cls.shop = OutsideSite(
                '<!DOCTYPE html><title>Shop</title><h1>Our shop</h1>'
                '<iframe id="contact" title="Contact" src="%s" width="600" height="900"></iframe>'
                '<form id="own" method="post" action="%s">'
                '<input name="name" value="Olga Own"><input name="email" value="olga@visitor.example">'
                '<input name="subject" value="From the shop page"><textarea name="message">Hi</textarea>'
                '<button type="submit">Send ours</button></form>' % (cls.form_url, cls.form_url))
            cls.other = OutsideSite('<!DOCTYPE html><title>Other</title><iframe id="contact" src="%s"></iframe>'
                                    % cls.form_url)
            cls.sites = [cls.shop, cls.other]
            desk.api("PATCH", "/groups/%d" % cls.group_id, {"web_form_sites": [cls.shop.url]})
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        for site in cls.sites:
            site.close()
        cls.browser.quit()
        cls.desk.close()

    def setUp(self):
        self.browser.switch_to.default_content()
        self.browser.delete_all_cookies()

    # --- helpers ------------------------------------------------------------------------------
    def heading(self):
        return webdesk.heading(self.browser)

    def click(self, element):
        webdesk.click_and_wait(self.browser, element)

    def button(self, text):
        return webdesk.button(self.browser, text)

    def fill_in(self, name, address, subject, message):
        for field, text in (("name", name), ("email", address), ("subject", subject), ("message", message)):
            element = self.browser.find_element(By.ID, field)
            element.clear()
            element.send_keys(text)
        self.click(self.button("Send"))

    def ticket_titled(self, title):
        found = self.desk.api("GET", "/tickets?query=" + title.replace(" ", "%20")).json()["tickets"]
        return [t for t in found if t["title"] == title]

    def confirm_from_mail(self, address):
        """Follows the confirmation link mailed to `address` and presses its button; the page's text."""
        link = self.desk.link_mailed_to(address, "/form/confirm")
        self.browser.get(link)
        self.assertEqual(self.heading(), "Confirm your request")
        self.click(self.button("Confirm and send"))
        self.assertEqual(self.heading(), "Your request is sent")
        return link

    # --- tests --------------------------------------------------------------------------------
    def test_a_request_from_the_form_to_its_ticket(self):
        self.browser.get(self.form_url)
        self.assertEqual(self.heading(), "Write to Sales")
        # The trap field is in the page but hidden by the style sheet, not by a script.
        self.assertFalse(self.browser.find_element(By.ID, "website").is_displayed())
        self.assertEqual(self.browser.find_elements(By.TAG_NAME, "script"), [])
        self.fill_in("Vera Visitor", "", "Quote", "Please")
        self.assertEqual(self.browser.find_element(By.ID, "email-error").text,
                         "Enter your e-mail address, like name@example.com.")
        self.fill_in("Vera Visitor", "vera@visitor.example", "A quote for 40 chairs", "Oak, delivered in May.")
        self.assertEqual(self.browser.find_element(By.TAG_NAME, "h2").text, "Check your mail")

        link = self.desk.link_mailed_to("vera@visitor.example", "/form/confirm")
        mail = self.desk.smtp.messages_to("vera@visitor.example")[0]
        self.assertIn("A quote for 40 chairs", mail.get_body(("plain",)).get_content())
        # Opening the link (as mail scanners do) opens nothing.
        scanned = self.desk.request("GET", link[len(self.desk.base_url):])
        self.assertEqual(scanned.status, 200)
        self.assertEqual(self.ticket_titled("A quote for 40 chairs"), [])

        self.confirm_from_mail("vera@visitor.example")
        tickets = self.ticket_titled("A quote for 40 chairs")
        self.assertEqual(len(tickets), 1)
        ticket = tickets[0]
        self.assertEqual(ticket["group_id"], self.group_id)
        self.assertIn("Your request has the number %d." % ticket["number"], self.browser.page_source)
        articles = self.desk.api("GET", "/tickets/%d/articles" % ticket["id"]).json()["articles"]
        self.assertEqual([(a["sender"], a["channel"], a["body_text"]) for a in articles],
                         [("customer", "web", "Oak, delivered in May.")])
        customer = self.desk.api("GET", "/users/%d" % ticket["customer_id"]).json()["user"]
        self.assertEqual((customer["email"], customer["name"], customer["role"]),
                         ("vera@visitor.example", "Vera Visitor", "customer"))

        # Again: the same ticket, no second one.
        self.browser.get(link)
        self.assertIn("This request was already confirmed: it has the number %d." % ticket["number"],
                      self.browser.page_source)
        self.assertEqual(len(self.ticket_titled("A quote for 40 chairs")), 1)
        # The customer gets the usual acknowledgement of the new ticket.
        webdesk.wait_until(lambda: len(self.desk.smtp.messages_to("vera@visitor.example")) == 2, 30,
                           "the acknowledgement")
        self.assertIn(str(ticket["number"]), self.desk.smtp.messages_to("vera@visitor.example")[1]["Subject"])

    def test_the_form_framed_by_an_allowed_site(self):
        self.browser.get(self.shop.url)
        self.browser.switch_to.frame(self.browser.find_element(By.ID, "contact"))
        self.assertEqual(self.heading(), "Write to Sales")
        self.assertEqual(self.browser.find_elements(By.CLASS_NAME, "site-header"), [])  # no portal header framed
        self.fill_in("Fred Framed", "fred@visitor.example", "Framed question", "Asked in the shop's frame.")
        self.assertEqual(self.browser.find_element(By.TAG_NAME, "h2").text, "Check your mail")
        self.browser.switch_to.default_content()
        self.confirm_from_mail("fred@visitor.example")
        self.assertEqual(len(self.ticket_titled("Framed question")), 1)

    def test_the_allowed_sites_own_form_posts_to_us(self):
        self.browser.get(self.shop.url)
        self.click(self.browser.find_element(By.XPATH, "//button[normalize-space()='Send ours']"))
        self.assertTrue(self.browser.current_url.startswith(self.form_url + "?sent=1"))
        self.assertEqual(self.browser.find_element(By.TAG_NAME, "h2").text, "Check your mail")
        self.confirm_from_mail("olga@visitor.example")
        self.assertEqual(len(self.ticket_titled("From the shop page")), 1)

    def test_another_site_cannot_frame_the_form(self):
        self.browser.get(self.other.url)
        self.browser.switch_to.frame(self.browser.find_element(By.ID, "contact"))
        self.assertEqual(self.browser.find_elements(By.ID, "message"), [])
        page = self.desk.request("GET", self.form_url[len(self.desk.base_url):])
        self.assertIn("frame-ancestors %s;" % self.shop.url, page.header("Content-Security-Policy"))
        self.assertIsNone(page.header("X-Frame-Options"))


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1] + sys.argv[1:], verbosity=2)
