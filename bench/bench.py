#!/usr/bin/env python3
"""Startup, memory and size of the packaged app against a bare JavaFX hello world packaged the same way.

Usage (from the repository root, after `mvn -B package -Pinstaller -DskipTests` and
`mvn -B -f bench/hello/pom.xml package`; bench/run.sh does both and starts Xvfb):
  python3 bench/bench.py startup [--runs 7]   # launcher spawn -> "LM_SHOWN" on stdout (first window shown):
                                              # second start (warm home) and first start (fresh home each run)
  python3 bench/bench.py memory  [--runs 3]   # RSS 1.5 s after the first window was shown (second start)
  python3 bench/bench.py size                 # app-image bytes, .deb bytes and Installed-Size
  python3 bench/bench.py ready   [--runs 5]   # launch -> window's services ready (demo sandbox up), no baseline
Needs DISPLAY (Xvfb). Prints numbers only; it asserts nothing (no timed tests).
"""
import argparse, glob, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APP = os.environ.get("LM_BENCH_APP", os.path.join(ROOT, "target/dist/license-manager/bin/license-manager"))
HELLO = os.environ.get("LM_BENCH_HELLO", os.path.join(ROOT, "bench/hello/target/dist/hello/bin/hello"))
TARGETS = {"startup": 1.25, "memory": 1.3, "size": 1.3}


def app_jvm_flags():
    """The app launcher's own JVM tuning (installer/app-image.txt: JIT, GC, heap), read from the image's .cfg, so
    the hello world can also be measured with the same flags (a fairness check: the ratios are not just flags)."""
    flags = []
    for cfg in glob.glob(os.path.join(image_of(APP), "lib/app/*.cfg")):
        for line in open(cfg):
            if line.startswith("java-options=-X") and "SharedArchive" not in line and "-Xlog" not in line:
                flags.append(line.split("=", 1)[1].strip())
    return " ".join(flags)


def tuned(env):
    """A copy of env that gives the hello world the app's JVM flags (None when the image has none)."""
    flags = app_jvm_flags()
    if not flags:
        return None
    e = dict(env)
    e["JAVA_TOOL_OPTIONS"] += " " + flags
    return e


def image_of(launcher):
    return os.path.dirname(os.path.dirname(launcher))


def env_for(home, exit_after):
    env = dict(os.environ)
    env.update(HOME=os.path.join(home, "user"), LM_HOME=os.path.join(home, "lm"), LM_EXIT_ON_SHOWN=str(exit_after))
    for k in ("LM_VENDOR_CONFIG", "_JAVA_OPTIONS"):
        env.pop(k, None)
    # Java reads user.home from the password database, not $HOME; keep both apps' files (hello's ~/.openjfx) here.
    env["JAVA_TOOL_OPTIONS"] = "-Duser.home=" + env["HOME"]
    os.makedirs(env["HOME"], exist_ok=True)
    return env


CLK = os.sysconf("SC_CLK_TCK")


def cpu_ms(pid):
    """user+system CPU time of the process so far (all its threads), in ms."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / CLK


def time_to_shown(launcher, env, timeout=60):
    """(wall ms from spawn to the LM_SHOWN line, CPU ms used by then). CPU time is less disturbed by other
    load on a shared machine than wall time; both are reported."""
    t0 = time.perf_counter()
    p = subprocess.Popen([launcher], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        for line in p.stdout:
            if line.strip() == "LM_SHOWN":
                ms = (time.perf_counter() - t0) * 1000
                cpu = cpu_ms(p.pid)
                p.wait(timeout=timeout)
                return ms, cpu
        raise RuntimeError(f"{launcher} exited ({p.wait()}) without LM_SHOWN")
    finally:
        if p.poll() is None:
            p.kill()


def tree_rss_kb(pid):
    """VmRSS of pid and its descendants (the jpackage launcher runs the JVM in-process; this also covers a fork)."""
    total, todo = 0, [pid]
    while todo:
        q = todo.pop()
        try:
            with open(f"/proc/{q}/status") as f:
                total += next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
            for t in os.listdir(f"/proc/{q}/task"):
                with open(f"/proc/{q}/task/{t}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (FileNotFoundError, StopIteration, ProcessLookupError):
            pass
    return total


def time_to_ready(launcher, env, timeout=60):
    """(ms from spawn to LM_SHOWN, ms to LM_READY): when the window's services (HTTP client with the OS trust
    store; in demo mode the in-process sandbox) are ready. They start after the first frame; a click before
    that waits for them under the progress overlay."""
    t0 = time.perf_counter()
    shown = None
    p = subprocess.Popen([launcher], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        for line in p.stdout:
            if line.strip() == "LM_SHOWN":
                shown = (time.perf_counter() - t0) * 1000
            elif line.strip() == "LM_READY":
                return shown, (time.perf_counter() - t0) * 1000
        raise RuntimeError(f"{launcher} exited ({p.wait()}) without LM_READY")
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


def ready(runs):
    with tempfile.TemporaryDirectory() as a:
        env = env_for(a, 60000)
        time_to_ready(APP, env)  # warm-up (also makes the demo sandbox's state, as a user's first start does)
        res = [time_to_ready(APP, env) for _ in range(runs)]
        print("ready app  shown ms:", " ".join(f"{s:.0f}" for s, _ in res), "| services ready ms:",
              " ".join(f"{r:.0f}" for _, r in res))
        print(f"ready: first window {statistics.median(s for s, _ in res):.0f} ms, services ready (demo sandbox up) "
              f"{statistics.median(r for _, r in res):.0f} ms after launch (median; no target)")


def rss_after_shown(launcher, env, settle=1.5):
    p = subprocess.Popen([launcher], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        for line in p.stdout:
            if line.strip() == "LM_SHOWN":
                time.sleep(settle)
                return tree_rss_kb(p.pid)
        raise RuntimeError(f"{launcher} exited without LM_SHOWN")
    finally:
        p.kill()
        p.wait()


def report(name, app, hello, unit):
    ratio = app / hello
    target = TARGETS[name]
    print(f"{name}: app {app:.0f} {unit}, hello {hello:.0f} {unit}, ratio {ratio:.2f} "
          f"(target <= {target}: {'met' if ratio <= target else 'NOT met'})")


def user_archive(launcher):
    """True when the image writes a per-user CDS archive on its first start (JDK 25+ runtime,
    installer/runtime-jdk25.txt): then a fresh home is a first start and a used one a second start."""
    for cfg in glob.glob(os.path.join(image_of(launcher), "lib/app/*.cfg")):
        if "AutoCreateSharedArchive" in open(cfg).read():
            return True
    return False


class Fresh:
    """A launcher run in a new, empty home each time: the first start (no per-user archive, no JavaFX native cache)."""

    def __init__(self, root, exit_after):
        self.root, self.exit_after, self.n = root, exit_after, 0

    def env(self):
        self.n += 1
        return env_for(os.path.join(self.root, str(self.n)), self.exit_after)


def startup(runs):
    jsa = os.path.join(image_of(APP), "lib/app/app.jsa")
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as h, tempfile.TemporaryDirectory() as f:
        ea, eh = env_for(a, 300), env_for(h, 300)  # stay alive 300 ms after the line, so CPU time can be read
        # After the warm-up below these are second starts: the app maps the archive its first start wrote.
        variants = [("app", APP, ea), ("hello", HELLO, eh)]
        if user_archive(APP):  # first starts, each in a new home, against the hello world's first start
            fa, fh = Fresh(os.path.join(f, "app"), 300), Fresh(os.path.join(f, "hello"), 300)
            variants += [("app-first", APP, fa), ("hello-first", HELLO, fh)]
        et = tuned(eh)
        if et:
            variants.append(("hello-tuned", HELLO, et))
        vendor = os.path.join(ROOT, "installer/vendor-config.example.json")
        if os.path.exists(vendor):  # also with a vendor configuration (no demo sandbox; branding, logo)
            ev = dict(ea)
            ev["LM_VENDOR_CONFIG"] = vendor
            variants.append(("app-vendor", APP, ev))
        if os.path.exists(jsa):  # also the app without its AppCDS archive, to show what the archive buys
            en = dict(ea)
            en["JAVA_TOOL_OPTIONS"] += " -Xshare:off"
            variants.append(("app-noCDS", APP, en))
        else:
            print(f"note: no AppCDS archive {jsa} (installer/cds/dump.sh makes it; the .deb's postinst does)")
        for _, l, e in variants:
            time_to_shown(l, e.env() if isinstance(e, Fresh) else e)  # warm-up: page cache, JavaFX cache, archive
        res = {n: [] for n, _, _ in variants}
        for _ in range(runs):  # interleaved, so load from other processes hits all alike
            for n, l, e in variants:
                res[n].append(time_to_shown(l, e.env() if isinstance(e, Fresh) else e))
        for n, v in res.items():
            print(f"startup {n:9} wall ms:", " ".join(f"{x[0]:.0f}" for x in v), "| cpu ms:", " ".join(f"{x[1]:.0f}" for x in v))
        med = {n: (statistics.median(x[0] for x in v), statistics.median(x[1] for x in v)) for n, v in res.items()}
        report("startup", med["app"][0], med["hello"][0], "ms wall (median)")
        if "app-first" in med:
            print(f"startup (second start: the per-user archive written by the first start is mapped) - the line above")
            print(f"startup-first: app {med['app-first'][0]:.0f} ms, hello {med['hello-first'][0]:.0f} ms, ratio "
                  f"{med['app-first'][0] / med['hello-first'][0]:.2f} wall; cpu {med['app-first'][1]:.0f} / "
                  f"{med['hello-first'][1]:.0f} ms, ratio {med['app-first'][1] / med['hello-first'][1]:.2f} "
                  f"(first start, new home each run; no target)")
        print(f"startup-cpu: app {med['app'][1]:.0f} ms, hello {med['hello'][1]:.0f} ms, "
              f"ratio {med['app'][1] / med['hello'][1]:.2f} (CPU time to first window, median)")
        if "hello-tuned" in med:
            print(f"startup against hello world with the app's JVM flags ({app_jvm_flags()}): hello "
                  f"{med['hello-tuned'][0]:.0f} ms, ratio {med['app'][0] / med['hello-tuned'][0]:.2f} wall, "
                  f"{med['app'][1] / med['hello-tuned'][1]:.2f} cpu")
        if "app-vendor" in med:
            print(f"startup with installer/vendor-config.example.json: wall {med['app-vendor'][0]:.0f} ms "
                  f"(ratio {med['app-vendor'][0] / med['hello'][0]:.2f}), cpu {med['app-vendor'][1]:.0f} ms "
                  f"(ratio {med['app-vendor'][1] / med['hello'][1]:.2f})")
        if "app-noCDS" in med:
            print(f"startup without AppCDS: wall {med['app-noCDS'][0]:.0f} ms (ratio {med['app-noCDS'][0] / med['hello'][0]:.2f}), "
                  f"cpu {med['app-noCDS'][1]:.0f} ms (ratio {med['app-noCDS'][1] / med['hello'][1]:.2f})")


def memory(runs):
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as h:
        ea, eh = env_for(a, 60000), env_for(h, 60000)
        # A first start that exits normally (the measured runs are killed): it writes the app's per-user archive,
        # so the runs below are second starts, and fills both JavaFX native caches.
        for l, e in ((APP, ea), (HELLO, eh)):
            time_to_shown(l, dict(e, LM_EXIT_ON_SHOWN="1"))
        ra, rh = [], []
        for _ in range(runs):
            ra.append(rss_after_shown(APP, ea) / 1024)
            rh.append(rss_after_shown(HELLO, eh) / 1024)
        print("rss app   MiB:", " ".join(f"{x:.1f}" for x in ra))
        print("rss hello MiB:", " ".join(f"{x:.1f}" for x in rh))
        report("memory", statistics.median(ra), statistics.median(rh), "MiB RSS (median)")
        et = tuned(eh)
        if et:
            rt = [rss_after_shown(HELLO, et) / 1024 for _ in range(runs)]
            print("rss hello-tuned MiB:", " ".join(f"{x:.1f}" for x in rt))
            print(f"memory against hello world with the app's JVM flags: hello {statistics.median(rt):.0f} MiB, "
                  f"ratio {statistics.median(ra) / statistics.median(rt):.2f}")


def du_bytes(path):
    """Bytes of the files in path, without the install-time AppCDS archive (JDK 17 .deb, never shipped) and without
    jlink's classes_nocoops.jsa (the hello world's --generate-cds-archive adds it; a heap under 32 GB never maps it,
    and the app does not ship one)."""
    total = 0
    for d, _, files in os.walk(path):
        for f in files:
            fp = os.path.join(d, f)
            if not os.path.islink(fp) and f not in ("app.jsa", "classes_nocoops.jsa"):
                total += os.path.getsize(fp)
    return total


def size():
    a, h = du_bytes(image_of(APP)), du_bytes(image_of(HELLO))
    mb = 1024 * 1024
    print(f"app-image: app {a / mb:.1f} MiB ({image_of(APP)}), hello {h / mb:.1f} MiB")
    report("size", a / mb, h / mb, "MiB app-image")
    debs = sorted(glob.glob(os.path.join(ROOT, "target/dist/*.deb")))
    for deb in debs:
        inst = subprocess.run(["dpkg-deb", "-f", deb, "Installed-Size"], capture_output=True, text=True).stdout.strip()
        s = os.path.getsize(deb) / (1000 * 1000)
        print(f"deb: {os.path.basename(deb)} {s:.1f} MB download, Installed-Size {int(inst) / 1024:.1f} MiB "
              f"(target <= 50 MB: {'met' if s <= 50 else 'NOT met'})")
    if not debs:
        print("deb: none in target/dist (build with -Pinstaller)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["startup", "memory", "size", "ready", "all"])
    ap.add_argument("--runs", type=int, default=None)
    o = ap.parse_args()
    for p in (APP, HELLO):
        if not os.access(p, os.X_OK):
            sys.exit(f"missing {p}: build it first (see bench/README.md)")
    if o.what in ("size", "all"):
        size()
    if o.what in ("startup", "all"):
        if not os.environ.get("DISPLAY"):
            sys.exit("DISPLAY is not set: start Xvfb (bench/run.sh does)")
        startup(o.runs or 7)
    if o.what in ("memory", "all"):
        memory(o.runs or 3)
    if o.what in ("ready", "all"):
        ready(o.runs or 5)


if __name__ == "__main__":
    main()
