#!/usr/bin/python3
"""Single sign-on through a reverse proxy (domain::ProxySignOn), held to its rule against a real
helpdesk-server: the user header signs a browser in only when an admin turned it on and only from
a trusted proxy's address; the name maps to one account (realm → domain, a full address, or a
unique local part) and anything ambiguous, unknown, inactive or two-factor is refused; the header's
name is a setting. One server for the file (webdesk.WebDesk); requests come from 127.0.0.1."""

import html
import sys
import time
import unittest

import webdesk
from test_web_security import cookie_of, totp

PASSWORD = "a fine long password"


class ProxySignOn(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desk = webdesk.WebDesk()
        desk = cls.desk
        desk.create_user("anna@sso.example", "Anna Kerberos", password=PASSWORD)
        desk.create_user("carol@other.example", "Carol Address", password=PASSWORD)
        desk.create_user("bob@one.example", "Bob One", password=PASSWORD)
        desk.create_user("bob@two.example", "Bob Two", password=PASSWORD)
        gone = desk.create_user("gone@sso.example", "Gone Away", password=PASSWORD)
        desk.api("PATCH", "/users/%d" % gone, {"active": False})
        desk.create_user("sven@staff.example", "Sven Staff", role="agent", password=PASSWORD)

    @classmethod
    def tearDownClass(cls):
        cls.desk.close()

    def setUp(self):
        self.configure(enabled=True, header="X-Remote-User", proxies=["127.0.0.1"],
                       realm_domains={"SSO.EXAMPLE.ORG": "sso.example"})

    def configure(self, **settings):
        return self.desk.api("PATCH", "/settings/sso", settings).json()["settings"]

    def visit(self, name, path="/", header="X-Remote-User"):
        """GET `path` with the user header; the name shown on the home page it leads to, or None."""
        reply = self.desk.request("GET", path, headers={header: name})
        session, _ = cookie_of(reply, "hd_session")
        if not session:
            self.assertEqual(reply.status, 200)
            self.assertIn('id="password"', reply.body)  # the sign-in form, as without the header
            return None
        self.assertEqual((reply.status, reply.header("Location")), (303, "/"))
        home = self.desk.request("GET", "/", headers={"Cookie": "hd_session=" + session})
        self.assertEqual(home.status, 200)
        me = self.desk.api("GET", "/me", token=session).json()["user"]
        self.assertIn(me["name"], home.body)
        return me["name"]

    def test_off_by_default_and_honoured_once_turned_on(self):
        self.configure(enabled=False)
        self.assertIsNone(self.visit("anna@sso.example"))
        self.assertFalse(self.desk.api("GET", "/settings/sso").json()["settings"]["enabled"])
        self.configure(enabled=True)
        self.assertEqual(self.visit("anna@sso.example"), "Anna Kerberos")

    def test_the_mapping_rule(self):
        cases = [
            ("anna@SSO.EXAMPLE.ORG", "Anna Kerberos"),  # a mapped realm becomes its mail domain
            ("anna@sso.example.org", "Anna Kerberos"),  # realms compare case-insensitively
            ("ANNA@sso.example", "Anna Kerberos"),      # an address as it is
            ("carol@other.example", "Carol Address"),
            ("carol@OTHER.EXAMPLE", "Carol Address"),
            ("anna", "Anna Kerberos"),                  # a bare name: the one account with that local part
            ("carol", "Carol Address"),
            ("bob", None),                              # two candidates: refused, never a guess
            ("bob@one.example", "Bob One"),             # ... a full address says which
            ("nobody@sso.example", None),
            ("anna@UNMAPPED.ORG", None),                # an unmapped realm is taken as an address
            ("gone", None),                             # inactive
            ("gone@sso.example", None),
            ("", None),
            ("anna smith", None),
            ("EXAMPLE\\anna", None),
            ("anna@sso.example@evil.example", None),
        ]
        for name, shown in cases:
            with self.subTest(name=name):
                self.assertEqual(self.visit(name), shown)

    def test_staff_get_the_desktop_client_page(self):
        reply = self.desk.request("GET", "/sign-in", headers={"X-Remote-User": "sven"})
        session, _ = cookie_of(reply, "hd_session")
        home = self.desk.request("GET", "/", headers={"Cookie": "hd_session=" + session})
        self.assertIn("Sven Staff", home.body)
        self.assertIn(self.desk.base_url, html.unescape(home.body))  # the server address for the desktop client

    def test_only_a_trusted_proxy_is_believed(self):
        self.configure(proxies=["127.0.0.2"])
        for _ in range(3):
            self.assertIsNone(self.visit("anna@sso.example"))
        webdesk.wait_until(lambda: "not a trusted proxy" in self.desk.log(), 10, "the untrusted header logged")
        self.assertEqual(self.desk.log().count("X-Remote-User from 127.0.0.1 ignored"), 1)
        # With no list of its own, the server's --trusted-proxies (none here) decide.
        self.configure(proxies=[])
        self.assertIsNone(self.visit("anna@sso.example"))

    def test_the_header_name_is_a_setting(self):
        self.configure(header="X-Kerberos-User")
        self.assertIsNone(self.visit("anna@sso.example"))
        self.assertEqual(self.visit("anna@sso.example", header="X-Kerberos-User"), "Anna Kerberos")

    def test_not_signed_straight_back_in_after_signing_out(self):
        self.assertIsNone(self.visit("anna@sso.example", path="/sign-in?notice=signed_out"))

    def test_a_two_factor_account_signs_in_with_its_code(self):
        address = "tess@sso.example"
        self.desk.create_user(address, "Tess Twofactor", password=PASSWORD)
        token = self.desk.api("POST", "/auth/login", {"email": address, "password": PASSWORD}, token=None).json()["token"]
        secret = self.desk.api("POST", "/me/two_factor/setup", {}, token=token).json()["secret"]
        self.desk.api("POST", "/me/two_factor/enable", {"code": totp(secret, time.time())}, token=token)
        self.assertIsNone(self.visit("tess"))

    def test_settings_are_checked(self):
        for change in ({"header": "Cookie"}, {"header": "X Remote"}, {"proxies": ["proxy.example"]},
                       {"realm_domains": {"EXAMPLE.ORG": "not a domain"}}, {"enabled": "yes"}, {"unknown": 1}):
            with self.subTest(change=change):
                reply = self.desk.request("PATCH", "/api/v1/settings/sso", webdesk.json.dumps(change),
                                          {"Content-Type": "application/json",
                                           "Authorization": "Bearer " + self.desk.admin_token})
                self.assertIn(reply.status, (400, 422))
        customer = self.desk.api("POST", "/auth/login", {"email": "carol@other.example", "password": PASSWORD},
                                 token=None).json()["token"]
        refused = self.desk.request("GET", "/api/v1/settings/sso", headers={"Authorization": "Bearer " + customer})
        self.assertEqual(refused.status, 403)
        settings = self.desk.api("GET", "/settings/sso").json()["settings"]
        self.assertEqual(settings["realm_domains"], {"SSO.EXAMPLE.ORG": "sso.example"})


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False, verbosity=2).result.wasSuccessful() else 1)
