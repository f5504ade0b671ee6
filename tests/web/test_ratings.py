#!/usr/bin/python3
"""Satisfaction ratings in a real browser: an agent replies by e-mail through the API, the customer
follows the rating link from the mail (without signing in), confirms the score with the page's one
button, adds a comment, and the agent reads both through the API; the "how did we do?" mail of a
solved ticket pre-selects the score its link names; opening a link records nothing (mail scanners
open links); an unknown link says so; the page in each of the six languages, with the CSP. One
server for the file (webdesk.WebDesk)."""

import re
import sys
import unittest

from selenium.webdriver.common.by import By

import webdesk

PASSWORD = "a fine long password"
CAROL = "carol@rate.example"


class Ratings(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desk = desk = webdesk.WebDesk()
        cls.browser = webdesk.browser()
        try:
            cls.group = desk.api("POST", "/groups", {"name": "Support", "ratings_enabled": True}).json()["group"]["id"]
            cls.carol = desk.create_user(CAROL, "Carol Customer")
            cls.agent = desk.agent_in(cls.group, "nora@staff.example", "Nora Agent", PASSWORD)
            cls.closed_state = desk.state_of_type("closed")
        except BaseException:
            cls.desk.close()
            cls.browser.quit()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.desk.close()
        cls.browser.quit()

    def setUp(self):
        self.browser.delete_all_cookies()  # each test is a browser that never signed in

    # --- helpers ------------------------------------------------------------------------------
    def open_ticket(self, title):
        ticket = self.desk.api("POST", "/tickets", {
            "title": title, "group_id": self.group, "customer_id": self.carol,
            "article": {"channel": "phone_in", "body_text": "Carol called: " + title}}, token=self.agent)
        return ticket.json()["ticket"]["id"]

    def reply(self, ticket, text):
        return self.desk.api("POST", "/tickets/%d/articles" % ticket, {"channel": "email", "body_text": text},
                             token=self.agent).json()["article"]["id"]

    def rating_link_in_mail(self, marker, score=None):
        """The rating link in the mail to Carol that says `marker` (waits for it)."""
        query = r"\?score=%d" % score if score else ""
        pattern = re.compile(re.escape(self.desk.base_url) + r"/rate/hdr_[A-Za-z0-9_-]+" + query)

        def find():
            for message in self.desk.smtp.messages_to(CAROL):
                text = message.get_body(("plain",)).get_content()
                if marker in text:
                    match = pattern.search(text)
                    return match.group(0) if match else "none"
            return None
        link = webdesk.wait_until(find, 30, "the mail saying " + marker)
        self.assertNotEqual(link, "none", "the mail carries a rating link")
        return link

    def rating(self, ticket):
        return self.desk.api("GET", "/tickets/%d/rating" % ticket, token=self.agent).json()["rating"]

    def heading(self):
        return self.browser.find_element(By.TAG_NAME, "h1").text

    def button(self):
        return self.browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]")

    def checked_score(self):
        checked = self.browser.find_elements(By.CSS_SELECTOR, "input[name=score]:checked")
        return checked[0].get_attribute("value") if checked else None

    # --- tests --------------------------------------------------------------------------------
    def test_customer_rates_a_reply_from_the_mail_then_comments(self):
        ticket = self.open_ticket("The VPN drops")
        article = self.reply(ticket, "Please reinstall the VPN profile.")
        link = self.rating_link_in_mail("Please reinstall the VPN profile.")

        self.browser.get(link)
        self.assertEqual(self.heading(), "How did we do?")
        self.assertIn("The VPN drops", self.browser.find_element(By.TAG_NAME, "main").text)
        self.assertIsNone(self.rating(ticket), "opening the link records nothing")
        self.browser.find_element(By.CSS_SELECTOR, "label[for=score-5]").click()
        webdesk.click_and_wait(self.browser, self.button())

        notice = self.browser.find_element(By.CSS_SELECTOR, "p.notice").text
        self.assertIn("Your rating is saved", notice)
        self.assertEqual(self.checked_score(), "5")
        rating = self.rating(ticket)
        self.assertEqual((rating["score"], rating["source"], rating["article_id"]), (5, "mail_link", article))

        comment = self.browser.find_element(By.ID, "comment")
        comment.send_keys("Fixed within the hour, thank you!")
        webdesk.click_and_wait(self.browser, self.button())
        rating = self.rating(ticket)
        self.assertEqual((rating["score"], rating["comment"]), (5, "Fixed within the hour, thank you!"))
        self.assertEqual(self.browser.find_element(By.ID, "comment").get_attribute("value"),
                         "Fixed within the hour, thank you!")

    def test_how_did_we_do_preselects_the_score_of_its_link(self):
        ticket = self.open_ticket("Printer jams")
        self.desk.api("PATCH", "/tickets/%d" % ticket, {"state_id": self.closed_state}, token=self.agent)
        link = self.rating_link_in_mail('("Printer jams")', score=2)
        self.browser.get(link)
        self.assertEqual(self.checked_score(), "2")
        self.assertIsNone(self.rating(ticket))
        webdesk.click_and_wait(self.browser, self.button())
        rating = self.rating(ticket)
        self.assertEqual((rating["score"], rating["article_id"]), (2, None))

    def test_an_unknown_link_says_so(self):
        reply = self.desk.request("GET", "/rate/hdr_" + "A" * 43)
        self.assertEqual(reply.status, 404)
        self.assertIn(webdesk.catalog("en")["rate_unknown"], reply.body.replace("&#39;", "'"))

    def test_the_page_in_each_language_with_its_security_headers(self):
        ticket = self.open_ticket("Languages")
        self.reply(ticket, "Languages reply.")
        link = self.rating_link_in_mail("Languages reply.")
        path = link[len(self.desk.base_url):]
        for language in webdesk.LANGUAGES:
            with self.subTest(language=language):
                self.browser.get(link + "?score=3&lang=" + language)
                texts = webdesk.catalog(language)
                self.assertEqual(self.heading(), texts["rate_heading"])
                self.assertEqual(self.button().text, texts["rate_button"])
                self.assertEqual(self.checked_score(), "3")
        page = self.desk.request("GET", path)
        self.assertIn("default-src 'none'", page.header("Content-Security-Policy"))
        self.assertIn('name="csrf"', page.body)
        self.assertIsNone(self.rating(ticket))


if __name__ == "__main__":
    unittest.main(argv=sys.argv, verbosity=2)
