#!/usr/bin/python3
"""The customers' pages hold against a hostile site and speak the visitor's language: every page
carries the security headers, every form POST without its token is refused with 403, the session
cookie has the right flags (Secure behind a trusted https proxy) and is an API session that
sign-out ends, and the sign-in page renders in each of the six languages. One server for the file
(webdesk.WebDesk), trusting 127.0.0.1 as a reverse proxy."""

import base64
import hashlib
import hmac
import re
import struct
import sys
import time
import unittest

from selenium.webdriver.common.by import By

import webdesk

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'")
PASSWORD = "a fine long password"


def csrf_of(html):
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def totp(secret, at=None):
    """The RFC 6238 code (SHA-1, 30 s, 6 digits) of a base32 secret at a time."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    step = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def cookie_of(response, name):
    """The value a Set-Cookie of `response` gives `name`, and the whole header."""
    for header in response.all("Set-Cookie"):
        if header.startswith(name + "="):
            return header.split(";")[0].split("=", 1)[1], header
    return None, None


class WebSecurity(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desk = webdesk.WebDesk(["--trusted-proxies", "127.0.0.1"])
        cls.desk.create_user("sam@customer.example", "Sam Secure", password=PASSWORD)

    @classmethod
    def tearDownClass(cls):
        cls.desk.close()

    def form_visit(self, path, headers=None):
        """GET a page with a form: its form cookie and token."""
        page = self.desk.request("GET", path, headers=headers)
        form_cookie, _ = cookie_of(page, "hd_form")
        return form_cookie, csrf_of(page.body)

    def post(self, path, fields, cookie=None, headers=None):
        all_headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if cookie:
            all_headers["Cookie"] = cookie
        all_headers.update(headers or {})
        return self.desk.request("POST", path, webdesk.form_body(fields), all_headers)

    def sign_in(self, headers=None, email="sam@customer.example", password=PASSWORD, code=None):
        form_cookie, token = self.form_visit("/sign-in")
        fields = {"csrf": token, "email": email, "password": password}
        if code:
            fields["code"] = code
        return self.post("/sign-in", fields, "hd_form=" + form_cookie, headers)

    def test_a_two_factor_account_is_asked_for_its_code(self):
        address = "tina@staff.example"
        self.desk.create_user(address, "Tina Twofactor", role="agent", password=PASSWORD)
        api_session = self.desk.api("POST", "/auth/login", {"email": address, "password": PASSWORD}, token=None)
        token = api_session.json()["token"]
        secret = self.desk.api("POST", "/me/two_factor/setup", {}, token=token).json()["secret"]
        self.desk.api("POST", "/me/two_factor/enable", {"code": totp(secret)}, token=token)

        asked = self.sign_in(email=address)
        self.assertEqual(asked.status, 401)
        self.assertIn("signs in with two factors", asked.body)
        self.assertIn('id="code"', asked.body)
        self.assertEqual(cookie_of(asked, "hd_session"), (None, None))
        wrong = self.sign_in(email=address, code="000000" if totp(secret) != "000000" else "111111")
        self.assertIn("The code is wrong", wrong.body)
        self.assertEqual(cookie_of(wrong, "hd_session"), (None, None))
        # The code of the next step (the one before was used to turn it on), within the drift allowed.
        signed_in = self.sign_in(email=address, code=totp(secret, time.time() + 30))
        self.assertEqual(signed_in.status, 303)
        session, _ = cookie_of(signed_in, "hd_session")
        home = self.desk.request("GET", "/", headers={"Cookie": "hd_session=" + session})
        self.assertIn("Your account is ready", home.body)

    def test_repeated_failures_are_held_back(self):
        address = "fred@customer.example"
        self.desk.create_user(address, "Fred Failing", password=PASSWORD)
        statuses = [self.sign_in(email=address, password="not the password").status for _ in range(6)]
        self.assertEqual(statuses[:5], [401] * 5)
        held = self.sign_in(email=address)  # even the right password waits now
        self.assertEqual(held.status, 429)
        self.assertGreater(int(held.header("Retry-After")), 0)
        self.assertIn("Too many failed attempts", held.body)
        self.assertEqual(cookie_of(held, "hd_session"), (None, None))

    def test_the_account_language_beats_the_browser_once_signed_in(self):
        address = "dora@customer.example"
        user_id = self.desk.create_user(address, "Dora Deutsch", password=PASSWORD)
        self.desk.api("PATCH", "/users/%d" % user_id, {"language": "de"})
        session, _ = cookie_of(self.sign_in(email=address), "hd_session")
        home = self.desk.request("GET", "/", headers={"Cookie": "hd_session=" + session, "Accept-Language": "en"})
        self.assertIn('<html lang="de">', home.body)
        self.assertIn(webdesk.catalog("de")["home_heading"], home.body)

    def test_every_page_carries_the_security_headers(self):
        for path, status in [("/", 200), ("/sign-in", 200), ("/forgot-password", 200),
                             ("/reset-password?token=hdr_unknown", 410), ("/accept-invitation", 410),
                             ("/no-such-page", 404)]:
            with self.subTest(path=path):
                page = self.desk.request("GET", path)
                self.assertEqual(page.status, status)
                self.assertEqual(page.header("Content-Security-Policy"), CSP)
                self.assertEqual(page.header("X-Frame-Options"), "DENY")
                self.assertEqual(page.header("X-Content-Type-Options"), "nosniff")
                self.assertEqual(page.header("Referrer-Policy"), "no-referrer")
                self.assertEqual(page.header("Cache-Control"), "no-store")
                self.assertNotIn("<script", page.body)
                self.assertNotIn("style=", page.body)
        css = re.search(r'href="([^"]+\.css)"', self.desk.request("GET", "/").body).group(1).replace("&#x2F;", "/")
        sheet = self.desk.request("GET", css)
        self.assertEqual(sheet.status, 200)
        self.assertEqual(sheet.header("Content-Type"), "text/css; charset=utf-8")
        self.assertIn("max-age=31536000", sheet.header("Cache-Control"))
        self.assertEqual(self.desk.request("GET", "/static/helpdesk.0000.css").status, 404)

    def test_a_post_without_its_form_token_is_refused(self):
        form_cookie, token = self.form_visit("/forgot-password")
        other_cookie, _ = self.form_visit("/forgot-password")
        for name, fields, cookie in [
                ("no token", {"email": "sam@customer.example"}, "hd_form=" + form_cookie),
                ("a made-up token", {"csrf": "x" * 43, "email": "sam@customer.example"}, "hd_form=" + form_cookie),
                ("another browser's token", {"csrf": token, "email": "sam@customer.example"},
                 "hd_form=" + other_cookie),
                ("no cookie", {"csrf": token, "email": "sam@customer.example"}, None)]:
            with self.subTest(name):
                refused = self.post("/forgot-password", fields, cookie)
                self.assertEqual(refused.status, 403)
                self.assertIn("This form has expired", refused.body)
        for path in ("/sign-in", "/sign-out", "/reset-password", "/accept-invitation"):
            with self.subTest(path):
                self.assertEqual(self.post(path, {"email": "sam@customer.example"}, "hd_form=" + form_cookie).status,
                                 403)
        accepted = self.post("/forgot-password", {"csrf": token, "email": "sam@customer.example"},
                             "hd_form=" + form_cookie)
        self.assertEqual(accepted.status, 200)

    def test_session_cookie_flags_and_sign_out_ends_the_api_session(self):
        signed_in = self.sign_in()
        self.assertEqual(signed_in.status, 303)
        self.assertEqual(signed_in.header("Location"), "/")
        session, header = cookie_of(signed_in, "hd_session")
        self.assertTrue(session.startswith("hds_"))
        flags = [part.strip().lower() for part in header.split(";")[1:]]
        self.assertIn("httponly", flags)
        self.assertIn("samesite=lax", flags)
        self.assertIn("path=/", flags)
        self.assertNotIn("secure", flags)  # plain http, no proxy said otherwise

        # The cookie's session is an API session: the API knows it until sign-out ends it.
        self.assertEqual(self.desk.api("GET", "/me", token=session).status, 200)
        home = self.desk.request("GET", "/", headers={"Cookie": "hd_session=" + session})
        self.assertIn("Sam Secure", home.body)
        signed_out = self.post("/sign-out", {"csrf": csrf_of(home.body)}, "hd_session=" + session)
        self.assertEqual(signed_out.status, 303)
        _, removal = cookie_of(signed_out, "hd_session")
        self.assertIn("expires=", removal.lower())
        self.assertEqual(self.desk.api("GET", "/me", token=session).status, 401)
        self.assertIn('action="/sign-in"', self.desk.request("GET", "/", headers={"Cookie": "hd_session=" + session}).body)

    def test_cookies_are_secure_behind_a_trusted_https_proxy(self):
        _, header = cookie_of(self.sign_in({"X-Forwarded-Proto": "https"}), "hd_session")
        self.assertIn("secure", [part.strip().lower() for part in header.split(";")])
        page = self.desk.request("GET", "/sign-in", headers={"X-Forwarded-Proto": "https"})
        self.assertIn("secure", cookie_of(page, "hd_form")[1].lower())

    def test_wrong_password_is_answered_on_the_form(self):
        form_cookie, token = self.form_visit("/sign-in")
        refused = self.post("/sign-in", {"csrf": token, "email": "sam@customer.example", "password": "wrong one"},
                            "hd_form=" + form_cookie)
        self.assertEqual(refused.status, 401)
        self.assertIn("The e-mail address or the password is wrong.", refused.body)
        self.assertEqual(cookie_of(refused, "hd_session"), (None, None))

    def test_each_language_renders_the_sign_in_page(self):
        driver = webdesk.browser()
        try:
            driver.execute_cdp_cmd("Network.enable", {})
            headings = set()
            for language in webdesk.LANGUAGES:
                with self.subTest(language):
                    texts = webdesk.catalog(language)
                    driver.execute_cdp_cmd("Network.setExtraHTTPHeaders",
                                           {"headers": {"Accept-Language": language + "-XX, en;q=0.1"}})
                    driver.get(self.desk.base_url + "/")
                    self.assertEqual(driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), language)
                    self.assertEqual(driver.find_element(By.TAG_NAME, "h1").text, texts["sign_in_heading"])
                    self.assertEqual(driver.find_element(By.CSS_SELECTOR, "label[for=password]").text,
                                     texts["password"])
                    self.assertEqual(driver.find_element(By.CSS_SELECTOR, "main button").text,
                                     texts["sign_in_button"])
                    headings.add(texts["forgot_password_link"])
                    driver.find_element(By.LINK_TEXT, texts["forgot_password_link"])
            self.assertEqual(len(headings), len(webdesk.LANGUAGES))

            # The language links override the browser's choice, on this page and the next.
            driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {"Accept-Language": "fr"}})
            driver.get(self.desk.base_url + "/sign-in")
            webdesk.click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Deutsch"))
            self.assertEqual(driver.find_element(By.TAG_NAME, "h1").text, webdesk.catalog("de")["sign_in_heading"])
            driver.get(self.desk.base_url + "/forgot-password")
            self.assertEqual(driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), "de")
        finally:
            driver.quit()

    def test_signed_out_root_is_the_sign_in_page_in_a_browser(self):
        driver = webdesk.browser(375, 740)
        try:
            driver.get(self.desk.base_url + "/")
            self.assertEqual(driver.find_element(By.TAG_NAME, "h1").text, "Sign in")
            email = driver.find_element(By.ID, "email")
            self.assertEqual(driver.find_element(By.CSS_SELECTOR, "label[for=email]").text, "E-mail address")
            # Nothing sticks out of a phone's width.
            self.assertLessEqual(driver.execute_script("return document.documentElement.scrollWidth"), 375)
            self.assertGreater(email.size["width"], 250)
        finally:
            driver.quit()


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False, verbosity=2).result.wasSuccessful() else 1)
