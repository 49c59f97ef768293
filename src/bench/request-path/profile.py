#!/usr/bin/env python3
"""Where the CPU of the request path goes: the execution samples of a JFR recording (the bench's
JFR=1 run), from the first request on, by the library whose code is on top of the stack (the first
frame outside the JDK) and by the methods most often on top. Usage: profile.py RECORDING.jfr [jfr]"""
import collections, json, re, subprocess, sys

recording = sys.argv[1]
jfr = sys.argv[2] if len(sys.argv) > 2 else "jfr"
out = subprocess.run([jfr, "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "96", recording],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]

LIBRARIES = [
    ("com.marketplace.", "service code"), ("org.hibernate.", "Hibernate"), ("io.quarkus.hibernate", "Hibernate"),
    ("org.drools.", "Drools"), ("org.kie.", "Drools"), ("org.mvel2.", "Drools"),
    ("com.fasterxml.jackson", "Jackson"), ("org.postgresql.", "PostgreSQL driver"), ("io.agroal.", "Agroal pool"),
    ("com.arjuna.", "transactions"), ("io.quarkus.narayana", "transactions"), ("io.netty.", "HTTP"),
    ("io.vertx.", "HTTP"), ("org.jboss.resteasy", "HTTP"), ("io.quarkus.vertx", "HTTP"),
    ("io.quarkus.resteasy", "HTTP"), ("io.quarkus.security", "security"), ("io.smallrye.", "SmallRye"),
    ("io.micrometer.", "metrics"), ("io.quarkus.micrometer", "metrics"), ("org.hibernate.validator", "validation"),
    ("io.quarkus.arc", "CDI"), ("org.jboss.logmanager", "logging"), ("org.jboss.logging", "logging"),
]

def frames(event):
    return [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in event["values"]["stackTrace"]["frames"]]

def on_request_path(stack):
    return not any("Quarkus.run" in f or "QuarkusEntryPoint" in f or "StartupEvent" in f for f in stack)

def library(stack):
    for frame in stack:
        for prefix, name in LIBRARIES:
            if frame.startswith(prefix):
                return name
    return "JDK only (GC helpers, compiler, I/O)"

def including(stack):
    found = set()
    for frame in stack:
        for prefix, name in LIBRARIES:
            if frame.startswith(prefix):
                found.add(name)
    return found

stacks = [frames(e) for e in events]
stacks = [s for s in stacks if s and on_request_path(s)]
total = len(stacks)
print(f"{total} execution samples after start-up")
top = collections.Counter(library(s) for s in stacks)
incl = collections.Counter(name for s in stacks for name in including(s))
print(f"{'library on top':38} {'self %':>7} {'incl. %':>8}")
for name, n in top.most_common():
    print(f"{name:38} {100 * n / total:7.1f} {100 * incl[name] / total:8.1f}")
print("\nmethods most often on top of the stack (first frame outside the JDK):")
first = collections.Counter()
for s in stacks:
    for frame in s:
        if not re.match(r"(java|javax|jdk|sun)\.", frame):
            first[frame] += 1
            break
for frame, n in first.most_common(int(sys.argv[3]) if len(sys.argv) > 3 else 25):
    print(f"{100 * n / total:5.1f}  {frame}")
