"""Support for the browser tests of the customers' web pages (tests/web/test_*.py).

WebDesk starts ONE real helpdesk-server (the built executable, on its embedded PostgreSQL under a
temporary directory) and an SMTP sink (aiosmtpd) on ephemeral loopback ports, and configures the
outgoing mail through the API as an admin would. browser() opens headless Chromium through
Selenium. Run with Debian's /usr/bin/python3 (python3-selenium, python3-aiosmtpd).
"""

import email
import email.policy
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse

from aiosmtpd.controller import Controller
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))
BIN_DIR = os.environ.get("HELPDESK_BIN_DIR", os.path.join(SOURCE_ROOT, "build", "bin"))
LANGUAGES = ["en", "fr", "pl", "ru", "it", "de"]


def catalog(language):
    """The page texts of a language, as the server compiled them in."""
    with open(os.path.join(SOURCE_ROOT, "resources", "web", "i18n", language + ".json"), encoding="utf-8") as f:
        return json.load(f)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, timeout=30.0, what="a condition"):
    """Polls `condition` until it returns something true; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for " + what)
        time.sleep(0.05)


class _Collect:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"


class SmtpSink:
    """A real SMTP server keeping every message it is handed."""

    def __init__(self):
        self.port = free_port()
        self._handler = _Collect()
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def messages_to(self, address):
        with self._handler.lock:
            return [m for rcpts, m in self._handler.messages if address in rcpts]

    def stop(self):
        self._controller.stop()


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # list of (name, value)
        self.body = body

    def header(self, name):
        return next((v for n, v in self.headers if n.lower() == name.lower()), None)

    def all(self, name):
        return [v for n, v in self.headers if n.lower() == name.lower()]

    def json(self):
        return json.loads(self.body)


class WebDesk:
    """One helpdesk-server with its database and an SMTP sink, for one test file."""

    def __init__(self, extra_args=()):
        self.directory = tempfile.mkdtemp(prefix="hd-web-")
        os.chmod(self.directory, 0o755)  # the embedded cluster runs as postgres when we are root
        self.smtp = SmtpSink()
        self.port = free_port()
        self.base_url = "http://127.0.0.1:%d" % self.port
        self._log_path = os.path.join(self.directory, "server.log")
        self._log = open(self._log_path, "wb")
        self.process = subprocess.Popen(
            [os.path.join(BIN_DIR, "helpdesk-server"), "--data-dir", os.path.join(self.directory, "data"),
             "--port", str(self.port), "--admin-email", "admin@web.example", *extra_args],
            stdout=self._log, stderr=subprocess.STDOUT)
        try:
            wait_until(self._listening, 120, "the server to listen")
            password = re.search(r"One-time password[^:]*: (\S+)", self.log()).group(1)
            self.admin_token = self.api("POST", "/auth/login", {"email": "admin@web.example", "password": password},
                                        token=None).json()["token"]
            self.api("PATCH", "/settings/mail", {
                "public_url": self.base_url, "system_address": "helpdesk@web.example",
                "noreply_address": "noreply@web.example",
                "smtp": {"host": "127.0.0.1", "port": self.smtp.port, "security": "none"}})
        except BaseException:
            self.close()
            raise

    def log(self):
        with open(self._log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def _listening(self):
        if self.process.poll() is not None:
            raise AssertionError("helpdesk-server ended:\n" + self.log())
        return "listening on" in self.log()

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._log.close()
        self.smtp.stop()
        shutil.rmtree(self.directory, ignore_errors=True)

    # --- HTTP ---------------------------------------------------------------------------------
    def request(self, method, path, body=None, headers=None):
        """One HTTP request without following redirects."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            reply = connection.getresponse()
            return Response(reply.status, reply.getheaders(), reply.read().decode("utf-8", "replace"))
        finally:
            connection.close()

    def api(self, method, path, body=None, token="admin"):
        headers = {"Content-Type": "application/json"}
        token = self.admin_token if token == "admin" else token
        if token:
            headers["Authorization"] = "Bearer " + token
        reply = self.request(method, "/api/v1" + path, None if body is None else json.dumps(body), headers)
        if reply.status >= 300 and not (method == "GET" and reply.status == 401):
            raise AssertionError("%s %s: %d %s" % (method, path, reply.status, reply.body))
        return reply

    def create_user(self, email_address, name, role="customer", password=None):
        body = {"email": email_address, "name": name, "role": role}
        if password:
            body["password"] = password
        return self.api("POST", "/users", body).json()["user"]["id"]

    def agent_in(self, group_id, email_address, name, password):
        """Creates an agent with full access to a group; their API token."""
        agent_id = self.create_user(email_address, name, role="agent", password=password)
        self.api("PUT", "/groups/%d/members/%d" % (group_id, agent_id), {"access": "full"})
        return self.api("POST", "/auth/login", {"email": email_address, "password": password},
                        token=None).json()["token"]

    def state_of_type(self, state_type):
        """The id of a ticket state of a type ("closed")."""
        return next(s["id"] for s in self.api("GET", "/states").json()["states"] if s["state_type"] == state_type)

    def invite(self, user_id):
        self.api("POST", "/users/%d/invite" % user_id, {})

    # --- mail ---------------------------------------------------------------------------------
    def link_mailed_to(self, address, path, count=1):
        """The link to `path` in the `count`-th mail to `address` carrying one (waits for it)."""
        pattern = re.compile(re.escape(self.base_url + path) + r"\?token=[A-Za-z0-9_-]+")

        def links():
            found = []
            for message in self.smtp.messages_to(address):
                body = message.get_body(("plain",))
                match = pattern.search(body.get_content() if body else "")
                if match:
                    found.append(match.group(0))
            return found if len(found) >= count else None
        return wait_until(links, 30, "a mail to %s with a link to %s" % (address, path))[count - 1]

    def expire_password_links(self, address):
        """Lets every password link of an account expire, as an hour or a week would."""
        with open(os.path.join(self.directory, "data", "pgdata", "postmaster.pid")) as f:
            lines = f.read().splitlines()
        sql = ("UPDATE password_tokens SET expires_at = now() - interval '1 minute' WHERE user_id ="
               " (SELECT id FROM users WHERE email = '%s')" % address.replace("'", "''"))
        command = ["/usr/lib/postgresql/15/bin/psql", "-h", lines[4], "-p", lines[3], "-d", "helpdesk", "-qAtc", sql]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--"] + command
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def browser(width=1280, height=900, language=None):
    """Headless Chromium (Debian's) driven by Selenium."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=%d,%d" % (width, height), "--hide-scrollbars"):
        options.add_argument(argument)
    if language:
        options.add_argument("--lang=" + language)
        options.add_experimental_option("prefs", {"intl.accept_languages": language})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    # A window is at least 500 pixels wide: a phone's width is emulated, as its developer tools do.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    return driver


def _left(page):
    """Whether the browser left the page whose <html> element is `page`. Chromium sometimes says
    so with "Node with given id does not belong to the document" instead of a stale element."""
    def check(_driver):
        try:
            page.is_enabled()
            return False
        except WebDriverException:  # StaleElementReferenceException among them
            return True
    return check


def click_and_wait(driver, element, timeout=15):
    """Clicks a link or a submit button and waits until the page it leads to has loaded."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, timeout).until(_left(page))
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return document.readyState") == "complete")


def heading(driver):
    """The text of the page's <h1>."""
    return driver.find_element(By.TAG_NAME, "h1").text


def button(driver, text):
    """The button of the page's main content that says `text`."""
    return driver.find_element(By.XPATH, "//main//button[normalize-space()='%s']" % text)


def form_body(fields):
    return urllib.parse.urlencode(fields)
