"""Installs a shadow rule set on the service under load: its active files with the late processing goal
changed from 0.6 % to 0.4 % (so the shadow disagrees on some weeks, as a challenger would).
Arguments: the service's base URL and user:password of an analyst."""
import base64
import json
import sys
import urllib.request

base, credentials = sys.argv[1], sys.argv[2]
auth = "Basic " + base64.b64encode(credentials.encode()).decode()


def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": auth, "Content-Type": "application/json",
                                              "Accept": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


version = call("GET", "/api/v1/rules")["version"]
files = {f["path"]: f["text"] for f in call("GET", "/api/v1/rules/versions/" + version)["files"]}
goals = files["fba-onsite/tables/goals.drl"]
changed = goals.replace('"LATE_PROCESSING_RATE",       1,        new BigDecimal("0.006")',
                        '"LATE_PROCESSING_RATE",       1,        new BigDecimal("0.004")')
if changed == goals:
    sys.exit("the late processing goal is not where install-shadow.py looks for it")
files["fba-onsite/tables/goals.drl"] = changed
shadow = call("PUT", "/api/v1/rules/shadow", {"files": files})
print("shadow rule set", shadow["version"][:12], "installed beside", version[:12])
