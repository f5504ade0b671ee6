#!/usr/bin/python3
"""The password-reset and invitation links of our mails, followed in a real browser: a person asks
for a reset on the page, follows the mailed link, chooses a password, is signed in, signs out and
in again with it; an invited agent does the same and is sent to the desktop client; a used or
expired link says so and offers a new one; a weak password and a mismatched confirmation are
refused next to their field. One server for the file (webdesk.WebDesk)."""

import sys
import unittest

from selenium.webdriver.common.by import By

import webdesk

NEW_PASSWORD = "correct horse battery staple"


class PasswordLinks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desk = webdesk.WebDesk()
        cls.browser = webdesk.browser()

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        cls.desk.close()

    def setUp(self):
        self.browser.delete_all_cookies()

    # --- helpers ------------------------------------------------------------------------------
    def open(self, path_or_url):
        url = path_or_url if path_or_url.startswith("http") else self.desk.base_url + path_or_url
        self.browser.get(url)

    def fill(self, field_id, text):
        field = self.browser.find_element(By.ID, field_id)
        field.clear()
        field.send_keys(text)

    def submit(self):
        webdesk.click_and_wait(self.browser, self.browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))

    def heading(self):
        return self.browser.find_element(By.TAG_NAME, "h1").text

    def ask_for_reset(self, address):
        self.open("/sign-in")
        webdesk.click_and_wait(self.browser, self.browser.find_element(By.LINK_TEXT, "Forgot your password?"))
        self.fill("email", address)
        self.submit()
        self.assertEqual(self.heading(), "Check your mailbox")
        self.assertIn(address, self.browser.page_source)

    def choose_password(self, password, confirmation=None):
        self.fill("password", password)
        self.fill("confirmation", password if confirmation is None else confirmation)
        self.submit()

    def sign_in(self, address, password):
        self.open("/sign-in")
        self.fill("email", address)
        self.fill("password", password)
        self.submit()

    def field_error(self, field_id):
        field = self.browser.find_element(By.ID, field_id)
        self.assertEqual(field.get_attribute("aria-invalid"), "true")
        error = self.browser.find_element(By.ID, field_id + "-error")
        self.assertIn(field_id + "-error", field.get_attribute("aria-describedby"))
        return error.text

    # --- tests --------------------------------------------------------------------------------
    def test_reset_link_from_the_mail_sets_the_password_and_signs_in(self):
        address = "rita@customer.example"
        self.desk.create_user(address, "Rita Customer", password="an old password 1")
        self.ask_for_reset(address)
        link = self.desk.link_mailed_to(address, "/reset-password")

        self.open(link)
        self.assertEqual(self.heading(), "Choose a new password")
        self.choose_password(NEW_PASSWORD)

        # Signed in, on the home page, the link's token nowhere on it.
        self.assertEqual(self.browser.current_url, self.desk.base_url + "/?notice=password_set")
        self.assertIn("Your password is set.", self.browser.page_source)
        self.assertIn("You are signed in as Rita Customer (%s)." % address, self.browser.page_source)
        token = link.split("token=")[1]
        self.assertNotIn(token, self.browser.page_source)
        for anchor in self.browser.find_elements(By.TAG_NAME, "a"):
            self.assertNotIn("token", anchor.get_attribute("href"))
        session = self.browser.get_cookie("hd_session")
        self.assertTrue(session and session["httpOnly"] and session["sameSite"] == "Lax")

        # Sign out, then in again with the new password; the old one is gone.
        webdesk.click_and_wait(self.browser, self.browser.find_element(By.XPATH, "//button[text()='Sign out']"))
        self.assertEqual(self.heading(), "Sign in")
        self.assertIn("You are signed out.", self.browser.page_source)
        self.assertIsNone(self.browser.get_cookie("hd_session"))
        self.sign_in(address, "an old password 1")
        self.assertIn("The e-mail address or the password is wrong.", self.browser.page_source)
        self.sign_in(address, NEW_PASSWORD)
        self.assertEqual(self.heading(), "Welcome")
        self.assertIn("Rita Customer", self.browser.find_element(By.CLASS_NAME, "who").text)

        # The same link a second time: used, so it says so and offers a new one.
        self.browser.delete_all_cookies()
        self.open(link)
        self.assertEqual(self.heading(), "This link no longer works")
        self.assertEqual(self.browser.find_element(By.ID, "email").get_attribute("value"), "")
        self.assertEqual(self.browser.find_element(By.CSS_SELECTOR, "main form").get_attribute("action"),
                         self.desk.base_url + "/forgot-password")

    def test_expired_link_offers_a_new_one_for_the_same_address(self):
        address = "eddie@customer.example"
        self.desk.create_user(address, "Eddie Expired", password="an old password 2")
        self.ask_for_reset(address)
        first = self.desk.link_mailed_to(address, "/reset-password")
        self.desk.expire_password_links(address)

        self.open(first)
        self.assertEqual(self.heading(), "This link no longer works")
        self.assertIn("one hour", self.browser.page_source)
        self.assertEqual(self.browser.find_element(By.ID, "email").get_attribute("value"), address)
        self.submit()  # "Send me a link", prefilled
        self.assertEqual(self.heading(), "Check your mailbox")
        second = self.desk.link_mailed_to(address, "/reset-password", count=2)
        self.assertNotEqual(first, second)
        self.open(second)
        self.choose_password(NEW_PASSWORD)
        self.assertEqual(self.heading(), "Welcome")

    def test_weak_password_and_mismatched_confirmation_are_refused_next_to_the_field(self):
        address = "wanda@customer.example"
        self.desk.create_user(address, "Wanda Weak", password="an old password 3")
        self.ask_for_reset(address)
        self.open(self.desk.link_mailed_to(address, "/reset-password"))

        self.choose_password("Password123")  # long enough, but among the most common
        self.assertEqual(self.heading(), "Choose a new password")
        self.assertIn("most common", self.field_error("password"))

        self.choose_password("short")
        self.assertIn("at least 10 characters", self.field_error("password"))

        self.choose_password(NEW_PASSWORD, NEW_PASSWORD + "!")
        self.assertIn("differ", self.field_error("confirmation"))
        self.assertEqual(self.browser.find_elements(By.ID, "password-error"), [])

        # The link still works after the refusals.
        self.choose_password(NEW_PASSWORD)
        self.assertEqual(self.heading(), "Welcome")

    def test_invited_agent_chooses_a_password_and_is_sent_to_the_desktop_client(self):
        address = "ivan@staff.example"
        user_id = self.desk.create_user(address, "Ivan Invited", role="agent")
        self.desk.invite(user_id)
        link = self.desk.link_mailed_to(address, "/accept-invitation")

        self.open(link)
        self.assertEqual(self.heading(), "Welcome: choose your password")
        self.choose_password(NEW_PASSWORD)
        self.assertEqual(self.heading(), "Your account is ready")
        self.assertIn("desktop client", self.browser.page_source)
        self.assertEqual(self.browser.find_element(By.CSS_SELECTOR, ".server-address code").text,
                         self.desk.base_url)
        self.assertNotIn(link.split("token=")[1], self.browser.page_source)

        # The account is active and signs in to the API with the password chosen.
        reply = self.desk.api("POST", "/auth/login", {"email": address, "password": NEW_PASSWORD}, token=None)
        self.assertEqual(reply.json()["user"]["role"], "agent")

        self.browser.delete_all_cookies()
        self.open(link)
        self.assertEqual(self.heading(), "This invitation no longer works")


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False, verbosity=2).result.wasSuccessful() else 1)
