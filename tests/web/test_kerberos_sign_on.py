#!/usr/bin/python3
"""Windows-style (Kerberos) single sign-on end to end, as docs/sso.md sets it up: a throwaway realm
(Debian's krb5-kdc on an ephemeral loopback port, its database under a temporary directory), Apache
with mod_auth_gssapi and mod_proxy_http in front of a real helpdesk-server (webdesk.WebDesk), a
ticket from kinit, and curl --negotiate as the browser. The customer is signed in as the account the
principal maps to; the same header sent straight to the server from another address signs no one
in. Skips only when a program it needs is not installed (scripts/install-deps.sh installs them)."""

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import unittest

import webdesk
from test_web_security import cookie_of

REALM = "SSO.TEST"
PASSWORD = "Kerberos-pass-phrase-1"  # kadmin -q splits at spaces
APACHE_MODULES = "/usr/lib/apache2/modules"
PROGRAMS = ["/usr/sbin/krb5kdc", "/usr/sbin/kdb5_util", "/usr/sbin/kadmin.local", "/usr/bin/kinit",
            "/usr/sbin/apache2", "/usr/bin/curl", APACHE_MODULES + "/mod_auth_gssapi.so",
            APACHE_MODULES + "/mod_proxy_http.so"]
MISSING = [p for p in PROGRAMS if not os.path.exists(p)]


def tcp_open(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


@unittest.skipIf(MISSING, "Kerberos sign-on test needs %s (scripts/install-deps.sh installs them)" % ", ".join(MISSING))
class KerberosSignOn(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.processes = []
        cls.directory = tempfile.mkdtemp(prefix="hd-krb-")
        os.chmod(cls.directory, 0o755)  # Apache's children run as www-data
        cls.desk = webdesk.WebDesk(["--trusted-proxies", "127.0.0.1"])
        try:
            cls.start_realm()
            cls.start_apache()
            cls.desk.create_user("anna@sso.example", "Anna Kerberos", password="a fine long password")
            cls.desk.api("PATCH", "/settings/sso", {"enabled": True, "header": "X-Remote-User",
                                                    "realm_domains": {REALM: "sso.example"}})
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        for process in reversed(cls.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        cls.desk.close()
        shutil.rmtree(cls.directory, ignore_errors=True)

    @classmethod
    def path(cls, name):
        return os.path.join(cls.directory, name)

    @classmethod
    def write(cls, name, text):
        with open(cls.path(name), "w", encoding="utf-8") as f:
            f.write(text)
        return cls.path(name)

    @classmethod
    def run_quietly(cls, command, **options):
        done = subprocess.run(command, env=cls.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=30,
                              check=False, **options)
        if done.returncode != 0:
            raise AssertionError("%s failed: %s" % (" ".join(command), done.stderr.decode("utf-8", "replace")))

    @classmethod
    def start_realm(cls):
        cls.kdc_port = webdesk.free_port()
        cls.env = dict(os.environ, KRB5_CONFIG=cls.write("krb5.conf", """
[libdefaults]
    default_realm = %(realm)s
    dns_lookup_kdc = false
    dns_lookup_realm = false
    dns_canonicalize_hostname = false
    rdns = false
    udp_preference_limit = 1
[realms]
    %(realm)s = {
        kdc = 127.0.0.1:%(port)d
    }
[domain_realm]
    localhost = %(realm)s
""" % {"realm": REALM, "port": cls.kdc_port}), KRB5_KDC_PROFILE=cls.write("kdc.conf", """
[kdcdefaults]
    kdc_ports = %(port)d
    kdc_tcp_ports = %(port)d
[realms]
    %(realm)s = {
        database_name = %(dir)s/principal
        key_stash_file = %(dir)s/stash
        acl_file = %(dir)s/kadm5.acl
    }
[logging]
    kdc = FILE:%(dir)s/kdc.log
""" % {"realm": REALM, "port": cls.kdc_port, "dir": cls.directory}),
                       KRB5CCNAME="FILE:" + cls.path("ccache"), KRB5RCACHETYPE="none")
        cls.write("kadm5.acl", "")
        cls.run_quietly(["/usr/sbin/kdb5_util", "create", "-s", "-r", REALM, "-P", "master key of the test"])
        for query in ("addprinc -pw %s anna" % PASSWORD, "addprinc -randkey HTTP/localhost",
                      "ktadd -k %s HTTP/localhost" % cls.path("http.keytab")):
            cls.run_quietly(["/usr/sbin/kadmin.local", "-r", REALM, "-q", query])
        shutil.chown(cls.path("http.keytab"), "www-data", "www-data")
        cls.processes.append(subprocess.Popen(["/usr/sbin/krb5kdc", "-n", "-r", REALM], env=cls.env,
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        webdesk.wait_until(lambda: tcp_open(cls.kdc_port), 20, "the KDC to listen")
        cls.run_quietly(["/usr/bin/kinit", "anna@" + REALM], input=(PASSWORD + "\n").encode())

    @classmethod
    def start_apache(cls):
        cls.apache_port = webdesk.free_port()
        modules = "\n".join("LoadModule %s_module %s/mod_%s.so" % (name, APACHE_MODULES, name) for name in (
            "mpm_event", "authn_core", "authz_core", "authz_user", "auth_gssapi", "headers", "proxy",
            "proxy_http"))
        config = cls.write("httpd.conf", """
%(modules)s
ServerRoot %(dir)s
ServerName localhost
Listen 127.0.0.1:%(port)d
PidFile %(dir)s/apache.pid
DefaultRuntimeDir %(dir)s
Mutex file:%(dir)s default
ErrorLog %(dir)s/apache-error.log
LogLevel warn auth_gssapi:debug
User www-data
Group www-data
<Location />
    AuthType GSSAPI
    AuthName "Helpdesk"
    GssapiCredStore keytab:%(dir)s/http.keytab
    GssapiAllowedMech krb5
    Require valid-user
    # expr= reads the authenticated user (r->user) itself: %%{REMOTE_USER}s would read an environment
    # variable that is not set yet when mod_headers runs, and send "(null)".
    RequestHeader set X-Remote-User expr=%%{REMOTE_USER}
</Location>
ProxyPass / http://127.0.0.1:%(desk)d/
ProxyPassReverse / http://127.0.0.1:%(desk)d/
""" % {"modules": modules, "dir": cls.directory, "port": cls.apache_port, "desk": cls.desk.port})
        with open(cls.path("apache-out.log"), "wb") as out:
            apache = subprocess.Popen(["/usr/sbin/apache2", "-f", config, "-DFOREGROUND"], env=cls.env, stdout=out,
                                      stderr=subprocess.STDOUT)
        cls.processes.append(apache)

        def listening():
            if apache.poll() is not None:
                raise AssertionError("apache2 ended: " + cls.apache_log())
            return tcp_open(cls.apache_port)
        webdesk.wait_until(listening, 20, "Apache to listen")

    def curl(self, *arguments):
        """curl through Apache as localhost (the service principal's host name); (status, body)."""
        reply = subprocess.run(
            ["/usr/bin/curl", "-sS", "--max-time", "20", "--resolve", "localhost:%d:127.0.0.1" % self.apache_port,
             "-w", "\n%{http_code}", *arguments], env=self.env, check=True, capture_output=True, timeout=30)
        body, _, status = reply.stdout.decode("utf-8", "replace").rpartition("\n")
        return int(status), body

    def test_a_ticket_signs_the_customer_in_through_the_proxy(self):
        jar = self.path("cookies")
        status, body = self.curl("--negotiate", "-u", ":", "-c", jar, "-b", jar, "-L",
                                 "-H", "X-Remote-User: someone-else",  # replaced by Apache, never believed
                                 "http://localhost:%d/sign-in" % self.apache_port)
        self.assertEqual(status, 200, body + self.apache_log())
        self.assertIn("Anna Kerberos", body, self.desk.log()[-2000:] + self.apache_log())
        self.assertIn("anna@sso.example", body)
        self.assertNotIn('id="password"', body)
        with open(jar, encoding="utf-8") as f:
            self.assertIn("hd_session\thds_", f.read())

    def test_without_a_ticket_apache_asks_for_one(self):
        status, _ = self.curl("-H", "X-Remote-User: anna@" + REALM, "http://localhost:%d/" % self.apache_port)
        self.assertEqual(status, 401)

    def test_the_header_sent_straight_to_the_server_is_not_believed(self):
        # From 127.0.0.2: any address other than the proxy's.
        connection = http.client.HTTPConnection("127.0.0.1", self.desk.port, timeout=10,
                                                source_address=("127.0.0.2", 0))
        try:
            connection.request("GET", "/", headers={"X-Remote-User": "anna@" + REALM})
            reply = connection.getresponse()
            body = reply.read().decode("utf-8", "replace")
            response = webdesk.Response(reply.status, reply.getheaders(), body)
        finally:
            connection.close()
        self.assertEqual(response.status, 200)
        self.assertIn('id="password"', body)
        self.assertNotIn("Anna Kerberos", body)
        self.assertEqual(cookie_of(response, "hd_session"), (None, None))

    @classmethod
    def apache_log(cls):
        text = ""
        for name in ("apache-out.log", "apache-error.log"):
            try:
                with open(cls.path(name), encoding="utf-8", errors="replace") as f:
                    text += "\n" + f.read()[-3000:]
            except OSError:
                pass
        return text


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False, verbosity=2).result.wasSuccessful() else 1)
