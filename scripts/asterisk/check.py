#!/usr/bin/env python3
"""Loads a `pbxc build` into a real Asterisk and checks that calls route as `pbxc trace` says.

Asterisk runs inside ROOT, a Debian root that has it (Debian 12 has no Asterisk
package; Debian sid does — see docs/outputs.md for making one with debootstrap),
with libfaketime so that each call happens at the local time its scenario names.
For every scenario it restarts Asterisk at that time, places the call as a Local
channel (keys are sent as DTMF once the dialplan answers), reads the applications
Asterisk executed from its log, and compares with `pbxc trace --format json`:

  * the phones that ring first (Dial's endpoints, or the queue's members) are the
    ones of the trace's first ring step, in order;
  * a call that rings nobody ends in the context of the trace's end node.

Calls from a given caller (`CALLER_CALLS`: call blocking) enter through a context of
the host's that sets the caller ID first, and are compared with `pbxc trace --from`.
The manual night-mode switch is dialled as a phone would (`*28`): the hint of its BLF
key must show it on, an inbound call must then route as `pbxc trace --night on`
says, and a second dial must switch it off again.

Besides: loading the build must log no WARNING or ERROR about pbxc's files (the
dialplan, pjsip.conf, queues.conf, voicemail.conf, musiconhold.conf) or the modules
that read them; the customers' extra scenarios (`EXTRA_CALLS`: outbound barring in
every dialled form, dial by name) must reach their context; and a message left in a
mailbox must arrive as an e-mail with the WAV attached, to the mailbox's address and to
its `copy_to` (Asterisk's `mailcmd` is a script that writes each mail to a file).

Devices are not registered, so Dial returns at once (CHANUNAVAIL); what happens after
the first ring therefore follows "unreachable", which the trace does not model, and
is not compared. Exit 0 when every scenario agrees, 1 otherwise.

    scripts/asterisk/check.py --root /srv/sid --build out --repository examples
"""
import argparse, json, os, re, shutil, subprocess, sys, time

CONF_DIR = "/etc/pbxc-asterisk"

# customer, number, local time, keys: the seed numberplan and the other examples,
# at opening hours, weekends, holidays (incl. one of the build year's next year)
# and across a DST change.
DEFAULT_CALLS = [
    ("acme", "+31887654000", "2026-11-24 10:00", ""),
    ("acme", "+31887654000", "2026-11-24 10:00", "1"),
    ("acme", "+31887654000", "2026-11-24 10:00", "2"),
    ("acme", "+31887654000", "2026-11-28 10:00", "1"),
    ("acme", "+31887654000", "2026-12-25 10:00", "1"),
    ("acme", "+31887654000", "2027-04-27 10:00", "1"),
    ("acme", "+31887654000", "2026-03-30 09:00", "1"),
    ("acme", "+31887654020", "2026-11-24 22:00", ""),
    ("acme", "+31887654020", "2026-11-24 10:00", ""),
    ("bakkerij-jansen", "+31524512345", "2026-11-24 10:00", ""),
    ("brussel-dental", "MAIN", "2026-11-24 10:00", "1"),
    ("brussel-dental", "MAIN", "2026-07-21 10:00", "1"),
    ("kanzlei-weber", "MAIN", "2026-11-24 10:00", "1"),
    ("kanzlei-weber", "MAIN", "2026-10-03 10:00", ""),
    # zorg-noord: a circular group that rings (Queue r), a summer closing period, a
    # holiday two years after the build, and a mailbox that only greets and forwards.
    ("zorg-noord", "+31502110000", "2026-11-24 10:00", "1"),
    ("zorg-noord", "+31502110000", "2026-07-28 10:00", "1"),
    ("zorg-noord", "+31502110000", "2028-12-25 10:00", "1"),
    ("zorg-noord", "+31502110002", "2026-11-24 10:00", ""),
    # a user with a simultaneous ring: the desk phone and the mobile through the trunk
    ("zorg-noord", "+31502110004", "2026-11-24 10:00", ""),
    # a number for outgoing calls only: every outside caller hears the busy tone
    ("zorg-noord", "+31502110006", "2026-11-24 10:00", ""),
    # a fixed-order group without "next member": the first member, until the overflow
    ("zorg-noord", "+31502110007", "2026-11-24 10:00", ""),
]

# customer, number, local time, caller (a number, or `anonymous`): call blocking,
# compared with `pbxc trace --from`.
CALLER_CALLS = [
    ("zorg-noord", "+31502110004", "2026-11-24 12:30", "+31612345678"),  # blocked in the lunch break
    ("zorg-noord", "+31502110004", "2026-11-24 12:30", "0612345678"),    # the national form too
    ("zorg-noord", "+31502110004", "2026-11-24 10:00", "+31612345678"),  # not outside it
    ("zorg-noord", "+31502110004", "2026-11-24 10:00", "0031201234567"),  # blocked always
    ("zorg-noord", "+31502110004", "2026-11-24 10:00", "anonymous"),     # withheld number
    ("zorg-noord", "+31502110004", "2026-11-24 10:00", "+31201234568"),  # a number no block names
]

# customer, feature code, the number then called, local time: night mode switched by hand.
NIGHT_SWITCH = ("zorg-noord", "*28", "+31502110000", "2026-11-24 10:00")

# customer, originate (number@context), local time, caller extension, the context
# (and extension) the call must reach, or `trunk`: it is dialled out through the trunk. Barring: every dialled form of a barred class.
EXTRA_CALLS = [
    ("zorg-noord", "0031906123456@zorg-noord-phones", "2026-11-24 10:00", "wait", "zorg-noord-end,barred"),
    ("zorg-noord", "+31906123456@zorg-noord-phones", "2026-11-24 10:00", "wait", "zorg-noord-end,barred"),
    ("zorg-noord", "0906123456@zorg-noord-phones", "2026-11-24 10:00", "wait", "zorg-noord-end,barred"),
    ("zorg-noord", "004930123456@zorg-noord-phones", "2026-11-24 10:00", "wait", "zorg-noord-end,barred"),
    ("zorg-noord", "+4930123456@zorg-noord-phones", "2026-11-24 10:00", "wait", "zorg-noord-end,barred"),
    # a call home in any form goes out through the trunk
    ("zorg-noord", "0031502110005@zorg-noord-phones", "2026-11-24 10:00", "wait", "trunk"),
    ("zorg-noord", "0502110005@zorg-noord-phones", "2026-11-24 10:00", "wait", "trunk"),
    # no phone of the group registered (the site has no internet): the mobile, through the trunk
    ("zorg-noord", "+31502110009@zorg-noord-inbound", "2026-11-24 10:00", "wait", "zorg-noord-external,+31620004000"),
    # busy tone: no member of the group can take the call
    ("zorg-noord", "+31502110008@zorg-noord-inbound", "2026-11-24 10:00", "wait", "zorg-noord-end,busy"),
    # an internal call to a user who refuses every outside caller is not refused: eva has
    # no phone, so it ends as unreachable (hangup), never in the busy tone of the block
    ("zorg-noord", "305@zorg-noord-phones", "2026-11-24 10:00", "wait", "zorg-noord-end,hangup"),
    # dial by name: 8, then S-M-I (764) for Smit, then 1 to accept: Anna's user context.
    ("zorg-noord", "+31502110000@zorg-noord-inbound", "2026-11-24 10:00", "k8wwwwww764wwwwwwwwwwww1",
     "zorg-noord-user-anna"),
]

# A message left in a mailbox: the caller talks for a few seconds and hangs up; the
# mails expected (to, and whether the WAV is attached).
VOICEMAIL_CALL = ("zorg-noord", "+31502110001", "2026-11-24 10:00",
                  ["anna@zorg-noord.example", "praktijk@zorg-noord.example"])
MAIL_DIR = "/var/spool/pbxc-mail"


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


class Asterisk:
    def __init__(self, root):
        self.root = root
        self.log = os.path.join(root, "var/log/pbxc-asterisk/full")

    def rx(self, command):
        return run(["chroot", self.root, "asterisk", "-C", f"{CONF_DIR}/asterisk.conf", "-rx", command]).stdout

    def install(self, build, callers=()):
        etc = os.path.join(self.root, CONF_DIR.lstrip("/"))
        shutil.rmtree(etc, ignore_errors=True)
        shutil.copytree(build, os.path.join(etc, "out"))
        for d in ("var/log/pbxc-asterisk", "var/run/pbxc-asterisk"):
            os.makedirs(os.path.join(self.root, d), exist_ok=True)
        customers = sorted(c for c in os.listdir(build) if os.path.isdir(os.path.join(build, c)))
        files = {
            "asterisk.conf": "[directories]\nastetcdir => %s\nastrundir => /var/run/pbxc-asterisk\n"
                             "astlogdir => /var/log/pbxc-asterisk\n[options]\nverbose = 5\n" % CONF_DIR,
            # Debian ships three builds of app_voicemail (file, IMAP, ODBC); only the file one is used.
            "modules.conf": "[modules]\nautoload = yes\nnoload = app_voicemail_odbc.so\nnoload = app_voicemail_imap.so\n"
                            "noload = res_prometheus.so\nnoload = res_pjsip_notify.so\nnoload = res_pjsip_phoneprov_provider.so\n",
            "logger.conf": "[logfiles]\nfull => notice,warning,error,verbose(5)\n",
            # The caller: answers, waits, presses its keys (k<keys>) or none (wait), stays on.
            "extensions.conf": "[globals]\nPBXC_TRUNK=trunk\n\n[pbxc-caller]\n"
                               "exten => _k.,1,Wait(2)\n same => n,SendDTMF(${EXTEN:1},250)\n same => n,Wait(60)\n"
                               "exten => wait,1,Wait(60)\n"
                               # leaves a message: speaks (a prompt) after the beep, then hangs up
                               "exten => talk,1,Wait(6)\n same => n,Playback(demo-congrats)\n same => n,Hangup()\n\n"
                               # a call from a given caller: f<i> sets the caller ID, then enters the trunk's context
                               + "[pbxc-from]\n" + "".join(
                f"exten => f{i},1,{caller_id(caller)}\n same => n,Goto({customer}-inbound,{number},1)\n"
                for i, (customer, number, caller) in enumerate(callers)) + "\n" + "".join(
                f"#include out/{c}/routing/extensions.conf\n" for c in customers),
            "pjsip.conf": "[transport-udp]\ntype = transport\nprotocol = udp\nbind = 127.0.0.1:15060\n" + "".join(
                f"#include out/{c}/routing/pjsip.conf\n" for c in customers),
            "queues.conf": "".join(f"#include out/{c}/routing/queues.conf\n" for c in customers),
            # The host's [general]: record WAV, mail through a script that keeps each mail.
            "voicemail.conf": "[general]\nformat = wav\nattach = yes\nserveremail = pbx@pbxc.test\n"
                              "mailcmd = /usr/local/bin/pbxc-mail\n\n" + "".join(
                f"#include out/{c}/routing/voicemail.conf\n" for c in customers),
            "musiconhold.conf": "".join(f"#include out/{c}/routing/musiconhold.conf\n" for c in customers),
        }
        for name, text in files.items():
            with open(os.path.join(etc, name), "w") as f:
                f.write(text)
        # Custom device states (the night-mode switch) live in the astdb: start from none.
        for name in ("astdb.sqlite3", "astdb"):
            path = os.path.join(self.root, "var/lib/asterisk", name)
            if os.path.exists(path):
                os.remove(path)
        mail = os.path.join(self.root, "usr/local/bin/pbxc-mail")
        with open(mail, "w") as f:
            f.write("#!/bin/sh\nmkdir -p %s\ncat > %s/mail-$(date +%%s%%N).eml\n" % (MAIL_DIR, MAIL_DIR))
        os.chmod(mail, 0o755)
        # A customer's own music on hold: its folder under the sounds, with some music.
        for c in customers:
            with open(os.path.join(build, c, "routing/musiconhold.conf")) as f:
                for line in f:
                    if line.startswith("directory = sounds/"):
                        folder = os.path.join(self.root, "usr/share/asterisk", line.split("=", 1)[1].strip())
                        os.makedirs(folder, exist_ok=True)
                        moh = os.path.join(self.root, "usr/share/asterisk/moh")
                        for name in sorted(os.listdir(moh))[:1]:
                            shutil.copy(os.path.join(moh, name), folder)

    def mails(self):
        folder = os.path.join(self.root, MAIL_DIR.lstrip("/"))
        if not os.path.isdir(folder):
            return []
        result = []
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), errors="replace") as f:
                result.append(f.read())
        return result

    def clear_mails(self):
        shutil.rmtree(os.path.join(self.root, MAIL_DIR.lstrip("/")), ignore_errors=True)

    def start(self, local_time, zone):
        self.stop()
        self.offset = 0
        if os.path.exists(self.log):
            os.remove(self.log)
        lib = run(["chroot", self.root, "sh", "-c", "ls /usr/lib/*/faketime/libfaketime.so.1"]).stdout.strip()
        run(["chroot", self.root, "env", f"TZ={zone}", f"FAKETIME=@{local_time}:00", f"LD_PRELOAD={lib}",
             "asterisk", "-C", f"{CONF_DIR}/asterisk.conf", "-n", "-F"])
        for _ in range(60):
            if "Asterisk Ready" in self.read_log() or "fully booted" in self.rx("core waitfullybooted"):
                return
            time.sleep(0.5)

    def stop(self):
        self.rx("core stop now")
        time.sleep(1)

    def mark(self):
        """Later reads of the log start here (several calls in one run of Asterisk)."""
        self.offset = len(self.read_log(whole=True))

    def read_log(self, whole=False):
        try:
            with open(self.log, errors="replace") as f:
                return f.read()[0 if whole else getattr(self, "offset", 0):]
        except FileNotFoundError:
            return ""


def caller_id(caller):
    if caller == "anonymous":
        return "Set(CALLERID(num-pres)=prohib)"
    return f"Set(CALLERID(num)={caller})"


def executed(log):
    """(context, extension, application, arguments) of every executed priority, in order."""
    steps = []
    for m in re.finditer(r'Executing \[([^@\]]+)@([^:\]]+):\d+\] (\w+)\("[^"]*", "(.*)"\) in new stack', log):
        steps.append((m.group(2), m.group(1), m.group(3), m.group(4)))
    return steps


def first_ring(steps, queues):
    """What rings first: a Dial's phones (and external numbers rung beside them,
    through the trunk), or a queue's members; a Dial only through the trunk is a forward."""
    for context, _, app, args in steps:
        devices = args.split(",")[0].split("&")
        if app == "Dial" and "${" not in args and not all("@" in d for d in devices):
            return [d[len("PJSIP/"):].split("@")[0] for d in devices]
        if app == "Queue":
            return queues.get(args.split(",")[0], [])
    return None


def queue_members(build, customer, routing):
    """queue name → endpoints of its members, from queues.conf and routing.json."""
    result, current = {}, None
    with open(os.path.join(build, customer, "routing/queues.conf")) as f:
        for line in f:
            if line.startswith("["):
                current = line.strip()[1:-1]
                result[current] = []
            elif line.startswith("member =>"):
                user = line.split("Local/")[1].split("@")[0]
                result[current] += routing["nodes"][f"user:{user}"]["endpoints"]
    return result


def context_of(node, customer):
    if node in ("hangup", "busy", "refused", "barred"):
        return f"{customer}-end"
    if node.startswith("external:"):
        return f"{customer}-external"
    if node == "voicemail":
        return f"{customer}-voicemail"
    kind, _, ident = node.partition(":")
    return f"{customer}-{kind}-{ident}"


def night_switch(asterisk, compare):
    """Dials the night-mode feature code from a phone: the BLF hint must turn on, a call
    must route as `pbxc trace --night on`, and dialling again must turn it off. Returns
    the number of disagreements."""
    customer, code, number, when = NIGHT_SWITCH
    failures = 0
    asterisk.start(when, "Europe/Amsterdam")

    def lamp():
        for line in asterisk.rx("core show hints").splitlines():
            if line.strip().startswith(f"{code}@{customer}-"):
                return re.search(r"State:(\S+)", line).group(1)
        return None

    def dial_code():
        asterisk.rx(f"channel originate Local/{code}@{customer}-phones extension wait@pbxc-caller")
        time.sleep(4)

    before = lamp()
    dial_code()
    on = lamp()
    ok = before == "Idle" and on == "InUse"
    print(f"{'ok  ' if ok else 'FAIL'} {customer} dials {code}: the BLF hint goes from {before} to {on} (want Idle → InUse)")
    failures += 0 if ok else 1
    failures += 0 if compare(customer, number, when, "", night=True, restart=False) else 1
    dial_code()
    off = lamp()
    ok = off == "Idle"
    print(f"{'ok  ' if ok else 'FAIL'} {customer} dials {code} again: the BLF hint is {off} (want Idle)")
    failures += 0 if ok else 1
    failures += 0 if compare(customer, number, when, "", restart=False) else 1
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", required=True, help="a Debian root with asterisk and faketime installed")
    parser.add_argument("--build", required=True, help="the output folder of `pbxc build`")
    parser.add_argument("--repository", required=True, help="the repository the build came from (for `pbxc trace`)")
    parser.add_argument("--pbxc", default=".build/debug/pbxc")
    parser.add_argument("--call", action="append", help="CUSTOMER|NUMBER|YYYY-MM-DD HH:MM|KEYS (default: the examples' calls)")
    args = parser.parse_args()
    calls = [tuple(c.split("|")) for c in args.call] if args.call else DEFAULT_CALLS
    callers = [] if args.call else CALLER_CALLS

    asterisk = Asterisk(args.root)
    asterisk.install(args.build, [(c, n, f) for c, n, _, f in callers])
    asterisk.start("2026-11-24 10:00", "UTC")
    version = asterisk.rx("core show version").strip()
    reload = asterisk.rx("dialplan reload").strip()
    ours = [l for l in asterisk.read_log().splitlines()
            if re.search(r"(WARNING|ERROR)", l) and re.search(
                r"out/|extensions\.conf|pjsip\.conf|queues\.conf|voicemail|musiconhold|pbx_config|app_queue|app_directory"
                r"|res_pjsip|config_options", l)
            # a host config file this test Asterisk does not have is not pbxc's
            and not re.search(r"Unable to load config|Missing config file|Cannot load config", l)]
    contexts = asterisk.rx("dialplan show").strip().splitlines()[-1]
    print(f"{version}\n{reload}: {contexts}")
    failures = len(ours)
    for line in ours:
        print(f"  problem: {line}")

    def compare(customer, number, when, keys, caller=None, night=False, originate=None, restart=True):
        """Places one call and compares what Asterisk ran with `pbxc trace`; True when they agree."""
        with open(os.path.join(args.build, customer, "routing/routing.json")) as f:
            routing = json.load(f)
        if number == "MAIN":  # the first number that enters a menu, else a group
            number = min(sorted(routing["numbers"].items()), key=lambda kv: (not kv[1].startswith("menu:"),
                                                                              not kv[1].startswith("group:")))[0]
        extra = (["--from", caller] if caller else []) + (["--night", "on"] if night else [])
        trace = json.loads(run([args.pbxc, "trace", customer, number, "--at", when, "--keys", keys,
                                "--format", "json", "--repository", args.repository] + extra).stdout)
        if restart:
            asterisk.start(when, routing["customer"]["timezone"])
        else:
            asterisk.mark()
        dialler = f"k{keys}" if keys else "wait"
        asterisk.rx(f"channel originate {originate or f'Local/{number}@{customer}-inbound'} extension {dialler}@pbxc-caller")
        time.sleep(16 if not keys else 8)  # a menu's timeout is 10 s
        steps = [s for s in executed(asterisk.read_log()) if not s[0].startswith("pbxc-")]
        expected_ring = None
        for step in trace["steps"]:
            if step["event"] == "ring":
                users = step.get("ringing", [])
                node = routing["nodes"].get(step["node"], {})
                if node.get("kind") == "hunt_group" and node.get("policy") == "fixed_order":
                    # one member at a time: the first who has a phone rings first
                    users = [u for u in users if routing["nodes"][u].get("endpoints")][:1]
                # a user's simultaneous ring joins calls to the user, not a group's ringing
                expected_ring = [e for u in users for e in routing["nodes"][u].get("endpoints", [])
                                 + (routing["nodes"][u].get("simring", []) if node.get("kind") == "user" else [])]
                break
        got_ring = first_ring(steps, queue_members(args.build, customer, routing))
        label = f"{customer} {number} {when} keys '{keys}'" + (f" from {caller}" if caller else "") \
            + (" night switch on" if night else "")
        if expected_ring:
            ok = got_ring == expected_ring
            print(f"{'ok  ' if ok else 'FAIL'} {label}: rings {got_ring} (trace: {expected_ring})")
        else:
            last = steps[-1][0] if steps else "(nothing ran)"
            want = context_of(trace["outcome"], customer)
            ok = got_ring is None and last == want
            print(f"{'ok  ' if ok else 'FAIL'} {label}: ends in {last} (trace: {trace['outcome']} → {want})")
        if not ok:
            for s in steps:
                print("      ", s)
        return ok

    for customer, number, when, keys in calls:
        failures += 0 if compare(customer, number, when, keys) else 1
    for i, (customer, number, when, caller) in enumerate(callers):
        failures += 0 if compare(customer, number, when, "", caller=caller, originate=f"Local/f{i}@pbxc-from") else 1
    if not args.call:
        failures += night_switch(asterisk, compare)
    for customer, origin, when, caller, want in ([] if args.call else EXTRA_CALLS):
        asterisk.start(when, "Europe/Amsterdam")
        asterisk.rx(f"channel originate Local/{origin} extension {caller}@pbxc-caller")
        time.sleep(20 if caller.startswith("k") else 4)
        steps = [s for s in executed(asterisk.read_log()) if not s[0].startswith("pbxc-")]
        context, _, exten = want.partition(",")
        if want == "trunk":
            ok = any(s[2] == "Dial" and s[3].split(",")[0].endswith("@trunk") for s in steps)
        else:
            ok = any(s[0] == context and (not exten or s[1] == exten) for s in steps)
        print(f"{'ok  ' if ok else 'FAIL'} {customer} {origin} keys '{caller}': reaches {want}")
        if not ok:
            failures += 1
            for s in steps:
                print("      ", s)

    if not args.call:
        customer, number, when, recipients = VOICEMAIL_CALL
        asterisk.clear_mails()
        asterisk.start(when, "Europe/Amsterdam")
        asterisk.rx(f"channel originate Local/{number}@{customer}-inbound extension talk@pbxc-caller")
        time.sleep(20)
        mails = asterisk.mails()
        for to in recipients:
            mail = next((m for m in mails if re.search(rf"^To: .*<{re.escape(to)}>", m, re.M)), None)
            attached = mail is not None and re.search(r'Content-Type: audio/x-wav; name="msg\d+\.wav"', mail) is not None
            ok = mail is not None and attached
            print(f"{'ok  ' if ok else 'FAIL'} {customer} {number}: a message left is mailed to {to} "
                  f"{'with the WAV attached' if attached else '(no mail)' if mail is None else '(no WAV attached)'}")
            failures += 0 if ok else 1
        if len(mails) < len(recipients):
            for line in asterisk.read_log().splitlines():
                if "oiceMail" in line or "voicemail" in line.lower():
                    print("      ", line[-200:])
    asterisk.stop()
    print(f"{len(calls)} calls, {failures} disagreements")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
