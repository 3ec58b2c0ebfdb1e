#!/usr/bin/env python3
"""Check a trace event file the shim wrote (ACLVENC_SHIM_TRACE_FILE or ACLVENC_SHIM_TIMELINE) the way Perfetto's
JSON importer reads it, and what its channel timeline holds.

    python3 scripts/check-trace.py FILE [--finished] [--no-calls] [--channels N] [--frames N] [--counters]
                                        [--rule RULE-ID]... [--report REPORT.json] [--calls]
                                        [--same-timeline OTHER]
    python3 scripts/check-trace.py --self-test

Always checked (the Trace Event Format's JSON Array Format, and what Perfetto's importer needs of each phase):
  - the file is a JSON array of objects; a file without its closing `]` (a killed process) is read as viewers do;
  - every event has `ph` (a phase the shim writes), `name` (text), `pid` (a number); every timed event a `ts` >= 0;
  - X: `dur` >= 0 and `tid`; the X events of one thread nest or follow each other (1 us of rounding allowed),
    as a thread track needs;
  - b/e/n: `cat`, `id` and `tid`; per (pid, cat, id) every `e` closes an open `b` of the same name, not before
    it, no `b` is left open, and an id has one span only;
  - C: `args` an object of numbers; i: `s` one of g, p, t; M: thread_name and process_name name something.
The timeline (docs/shim-interface.md): a channel's track is the async events (`b`/`e`/`n`) sharing its name,
which Perfetto shows as one track; its frames are the `frame` spans, its creation the `channel` marker.
Options:
  --finished          the file was closed: it ends with `]` after the shim's closing metadata event
  --no-calls          no call events (X): a timeline file
  --channels N        exactly N channel tracks, each with its `created` marker
  --frames N          exactly N frame spans on every channel track
  --counters          every channel track has its `in flight` and `bit rate` counters
  --rule RULE-ID      a finding of this rule is on the timeline (an instant named by it, or one whose args name it)
  --report FILE       every finding the shim's JSON report says was printed is on the timeline
  --calls             the call events (X) stand for exactly the calls the --report counts, function by function
                      (an event of a run of repeats stands for `args.calls` calls); for an app whose threads all
                      returned before it exited (the report counts a call when it starts, the trace when it ends)
  --same-timeline F   F holds the same timeline events (another file of the same run)
Prints what it found; exits 1 naming every problem, 2 on a usage error.
"""

import argparse
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict

PHASES = {"X", "b", "e", "n", "C", "i", "I", "M"}
TIMELINE_CATS = {"channel", "frame", "finding"}


def load(text):
    """The events, read as Perfetto and chrome://tracing read the JSON Array Format: the closing `]` may be
    missing (a trailing comma is dropped then)."""
    body = text.rstrip()
    if not body.endswith("]"):
        body = body.rstrip(",") + "]"
    events = json.loads(body)
    if not isinstance(events, list):
        raise ValueError("the file is not a JSON array")
    return events


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


class Trace:
    def __init__(self, text):
        self.text = text
        self.problems = []
        try:
            self.events = load(text)
        except ValueError as e:
            self.events = []
            self.problems.append(f"does not load as a JSON array: {e}")
        self.spans = {}  # (pid, cat, id) -> (name, b ts, e ts)
        self.instants = []  # every n/i event
        self.counters = defaultdict(list)  # name -> [ts]
        self.check_events()

    def problem(self, i, event, what):
        self.problems.append(f"event {i} {json.dumps(event)[:200]}: {what}")

    def check_events(self):
        open_spans = {}
        thread_x = defaultdict(list)
        for i, ev in enumerate(self.events):
            if not isinstance(ev, dict):
                self.problem(i, ev, "not an object")
                continue
            ph = ev.get("ph")
            if ph not in PHASES:
                self.problem(i, ev, f"phase {ph!r} is not one the shim writes")
                continue
            if not isinstance(ev.get("name"), str):
                self.problem(i, ev, "no name")
            if not isinstance(ev.get("pid"), int) or isinstance(ev.get("pid"), bool):
                self.problem(i, ev, "no pid")
            if "args" in ev and not isinstance(ev["args"], dict):
                self.problem(i, ev, "args is not an object")
            if ph != "M" and not (is_number(ev.get("ts")) and ev["ts"] >= 0):
                self.problem(i, ev, "no ts, or a negative one")
                continue
            if ph in ("X", "b", "e", "n") or (ph in ("i", "I") and ev.get("s", "t") == "t"):
                if not isinstance(ev.get("tid"), int):
                    self.problem(i, ev, "no tid")
            if ph == "X":
                if not (is_number(ev.get("dur")) and ev["dur"] >= 0):
                    self.problem(i, ev, "no dur, or a negative one")
                else:
                    thread_x[(ev.get("pid"), ev.get("tid"))].append((ev["ts"], ev["ts"] + ev["dur"], i))
            elif ph in ("b", "e", "n"):
                if not isinstance(ev.get("cat"), str) or not isinstance(ev.get("id"), (str, int)):
                    self.problem(i, ev, "an async event needs cat and id")
                    continue
                key = (ev["pid"], ev["cat"], str(ev["id"]))
                if ph == "n":
                    self.instants.append(ev)
                elif ph == "b":
                    if key in open_spans or key in self.spans:
                        self.problem(i, ev, f"id {ev['id']} of {ev['cat']} begins a second span")
                    open_spans[key] = (ev["name"], ev["ts"])
                else:
                    begun = open_spans.pop(key, None)
                    if begun is None:
                        self.problem(i, ev, f"ends id {ev['id']} of {ev['cat']}, which is not open")
                    elif begun[0] != ev["name"]:
                        self.problem(i, ev, f"ends a span named {begun[0]!r} under another name")
                    elif ev["ts"] < begun[1]:
                        self.problem(i, ev, f"ends before its begin ({begun[1]})")
                    else:
                        self.spans[key] = (ev["name"], begun[1], ev["ts"])
            elif ph == "C":
                args = ev.get("args")
                if not isinstance(args, dict) or not args or not all(is_number(v) for v in args.values()):
                    self.problem(i, ev, "a counter needs args of numbers")
                else:
                    for key in args:
                        # Perfetto names the counter track "<name> <arg>".
                        self.counters[f"{ev.get('name')} {key}"].append(ev["ts"])
            elif ph in ("i", "I"):
                if ev.get("s", "t") not in ("g", "p", "t"):
                    self.problem(i, ev, f"instant scope {ev.get('s')!r} is not g, p or t")
                self.instants.append(ev)
            elif ph == "M" and ev.get("name") in ("thread_name", "process_name"):
                if not isinstance((ev.get("args") or {}).get("name"), str):
                    self.problem(i, ev, "a name metadata event needs args.name")
                if ev.get("name") == "thread_name" and not isinstance(ev.get("tid"), int):
                    self.problem(i, ev, "thread_name needs a tid")
        for key, (name, ts) in open_spans.items():
            self.problems.append(f"span {key} ({name!r}, begun at {ts}) never ends")
        for (pid, tid), xs in thread_x.items():
            stack = []
            for start, end, i in sorted(xs, key=lambda x: (x[0], -x[1])):
                while stack and stack[-1] <= start:
                    stack.pop()
                if stack and end > stack[-1] + 1:
                    self.problems.append(f"event {i}: X events of thread {tid} overlap without nesting")
                stack.append(end)

    def timeline(self):
        """Channel tracks: name -> {"created": n, "frames": n, "findings": [rules]}."""
        tracks = defaultdict(lambda: {"created": 0, "frames": 0, "findings": []})
        for (_, cat, _), (name, _, _) in self.spans.items():
            if cat == "frame":
                tracks[name]["frames"] += 1
        for ev in self.instants:
            if ev.get("ph") == "n" and ev.get("cat") == "channel":
                tracks[ev["name"]]["created"] += 1
            elif ev.get("ph") == "n" and ev.get("cat") == "finding":
                tracks[ev["name"]]["findings"].append((ev.get("args") or {}).get("rule"))
        return tracks

    def finding_rules(self):
        rules = Counter()
        for ev in self.instants:
            if ev.get("cat") == "finding":
                rules[(ev.get("args") or {}).get("rule") or ev.get("name")] += 1
        return rules

    def timeline_events(self):
        """The timeline's events, as comparable text (to compare two files of one run)."""
        picked = [ev for ev in self.events if isinstance(ev, dict)
                  and (ev.get("cat") in TIMELINE_CATS or ev.get("ph") == "C")]
        return Counter(json.dumps(ev, sort_keys=True) for ev in picked)


def check(path, opts, text=None):
    if text is None:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    t = Trace(text)
    problems = t.problems
    tracks = t.timeline()
    if opts.finished:
        last = t.events[-1] if t.events else None
        if not text.rstrip().endswith("]") or not (isinstance(last, dict) and last.get("name") == "aclvenc-shim"):
            problems.append("the file is not finished: no closing metadata event and `]`")
        elif (last.get("args") or {}).get("dropped_events", 0) != 0:
            problems.append(f"the shim dropped {last['args']['dropped_events']} events (a full queue)")
    if opts.no_calls:
        calls = sum(1 for ev in t.events if isinstance(ev, dict) and ev.get("ph") == "X")
        if calls:
            problems.append(f"{calls} call events in a timeline")
    if opts.channels is not None:
        if len(tracks) != opts.channels:
            problems.append(f"{len(tracks)} channel tracks {sorted(tracks)}, expected {opts.channels}")
        for name, tr in sorted(tracks.items()):
            if tr["created"] != 1:
                problems.append(f"channel track {name!r} has {tr['created']} created markers, expected 1")
    if opts.frames is not None:
        if not tracks:
            problems.append(f"no channel track, expected {opts.frames} frames on each")
        for name, tr in sorted(tracks.items()):
            if tr["frames"] != opts.frames:
                problems.append(f"channel track {name!r} has {tr['frames']} frame spans, expected {opts.frames}")
    if opts.counters:
        for name in sorted(tracks):
            for counter in (f"{name} in flight frames", f"{name} bit rate kbit/s"):
                if not t.counters.get(counter):
                    problems.append(f"no counter track {counter!r}")
    rules = t.finding_rules()
    wanted = list(opts.rule or [])
    if opts.report:
        with open(opts.report, encoding="utf-8") as f:
            report = json.load(f)
        wanted += [fi["rule"] for fi in report.get("findings", []) if fi.get("shown", 1) > 0]
    for rule in sorted(set(wanted)):
        if rules[rule] == 0:
            problems.append(f"no finding of {rule} on the timeline (it has {dict(rules)})")
    if opts.calls:
        if not opts.report:
            problems.append("--calls needs --report")
        else:
            traced = Counter()
            for ev in t.events:
                if isinstance(ev, dict) and ev.get("ph") == "X":
                    traced[ev.get("name")] += (ev.get("args") or {}).get("calls", 1)
            counted = Counter(report.get("calls") or {})
            for name in sorted(set(traced) | set(counted)):
                if traced[name] != counted[name]:
                    problems.append(f"{name}: {traced[name]} calls traced, the report counts {counted[name]}")
    if opts.same_timeline:
        with open(opts.same_timeline, encoding="utf-8") as f:
            other = Trace(f.read()).timeline_events()
        mine = t.timeline_events()
        if mine != other:
            only_mine, only_other = mine - other, other - mine
            problems.append(f"the timelines differ: {sum(only_mine.values())} events only here "
                            f"({list(only_mine)[:2]}), {sum(only_other.values())} only in {opts.same_timeline} "
                            f"({list(only_other)[:2]})")
    counts = Counter(ev.get("ph") for ev in t.events if isinstance(ev, dict))
    summary = (f"{path}: {len(t.events)} events ({', '.join(f'{n} {ph}' for ph, n in sorted(counts.items()))}); "
               f"{len(tracks)} channel tracks")
    summary += "".join(f"\n  {name!r}: {tr['frames']} frames, findings {tr['findings']}"
                       for name, tr in sorted(tracks.items()))
    summary += f"\n  counter tracks: {sorted(t.counters)}\n  findings: {dict(rules)}"
    return summary, problems


def self_test():
    """The checker rejects what Perfetto would mis-read, and accepts a good timeline."""
    opts = argparse.Namespace(finished=True, no_calls=True, channels=1, frames=2, counters=True, rule=["R-1"],
                              report=None, calls=False, same_timeline=None)
    pid = {"pid": 1, "tid": 1}

    def ev(**kw):
        return dict(pid, **kw)

    good = [
        {"name": "process_name", "ph": "M", "pid": 1, "args": {"name": "app"}},
        ev(name='c "0"', cat="channel", ph="n", id="0.0", ts=0.5, args={"event": "created"}),
        ev(name='c "0"', cat="frame", ph="b", id="0.0.0", ts=1.0, args={"frame": 0}),
        ev(name='c "0"', cat="frame", ph="b", id="0.0.1", ts=2.0, args={"frame": 1}),
        ev(name='c "0"', cat="frame", ph="e", id="0.0.0", ts=3.0),
        ev(name='c "0"', cat="frame", ph="e", id="0.0.1", ts=4.0),
        {"name": 'c "0" in flight', "ph": "C", "ts": 1.0, "pid": 1, "args": {"frames": 1}},
        {"name": 'c "0" bit rate', "ph": "C", "ts": 1.0, "pid": 1, "args": {"kbit/s": 1.5}},
        ev(name="R-1", cat="finding", ph="i", s="g", ts=2.5, args={"rule": "R-1"}),
        ev(name="f", cat="aclvenc", ph="X", ts=1, dur=5), ev(name="g", cat="aclvenc", ph="X", ts=2, dur=1),
        {"name": "aclvenc-shim", "ph": "M", "pid": 1, "args": {"dropped_events": 0}},
    ]

    def text(events, closed=True):
        return "[\n" + "".join(json.dumps(e) + ",\n" for e in events[:-1]) + (
            json.dumps(events[-1]) + "\n]\n" if closed else "")

    ok_opts = argparse.Namespace(**dict(vars(opts), no_calls=False))
    cases = 0
    summary, problems = check("good", ok_opts, text(good))
    assert problems == [] and "1 channel tracks" in summary, (problems, summary)
    _, problems = check("killed", argparse.Namespace(**dict(vars(ok_opts), finished=False)), text(good, False))
    assert problems == [], problems
    cases += 2

    def bad(change, want, **o):
        events = json.loads(json.dumps(good))
        change(events)
        _, problems = check("bad", argparse.Namespace(**dict(vars(ok_opts), **o)), text(events))
        assert any(want in p for p in problems), (want, problems)
        nonlocal cases
        cases += 1

    bad(lambda e: e.pop(5), "never ends")
    bad(lambda e: e[4].update(id="9"), "not open")
    bad(lambda e: e[4].update(ts=0.1), "ends before its begin")
    bad(lambda e: e[4].update(name="other"), "under another name")
    bad(lambda e: e[3].update(id="0.0.0"), "second span")
    bad(lambda e: e[2].pop("cat"), "needs cat and id")
    bad(lambda e: e[2].pop("ts"), "no ts")
    bad(lambda e: e[6].update(args={"frames": "1"}), "args of numbers")
    bad(lambda e: e[8].update(s="x"), "scope")
    bad(lambda e: e[8].update(args={"rule": "R-2"}, name="R-2"), "no finding of R-1")
    bad(lambda e: e[7].update(name="c bit rate"), "no counter track")
    bad(lambda e: e.pop(1), "0 created markers")
    bad(lambda e: e[10].update(ts=5, dur=3), "overlap without nesting")
    bad(lambda e: e[0].update(ph="Q"), "phase")
    bad(lambda e: e[-1].update(args={"dropped_events": 3}), "dropped 3 events")
    bad(lambda e: None, "call events in a timeline", no_calls=True)
    bad(lambda e: None, "frame spans, expected 3", frames=3)
    bad(lambda e: None, "expected 2", channels=2)
    with tempfile.TemporaryDirectory() as d:
        report = os.path.join(d, "report.json")
        with open(report, "w", encoding="utf-8") as f:
            json.dump({"calls": {"f": 3, "g": 1}, "findings": []}, f)
        calls_opts = argparse.Namespace(**dict(vars(ok_opts), calls=True, report=report))
        run = json.loads(json.dumps(good))
        run[9]["args"] = {"args": "", "ret": "0", "calls": 3}
        _, problems = check("a run of 3", calls_opts, text(run))
        assert problems == [], problems
        _, problems = check("single calls", calls_opts, text(good))
        assert problems == ["f: 1 calls traced, the report counts 3"], problems
        run.pop(10)
        _, problems = check("a call missing", calls_opts, text(run))
        assert problems == ["g: 0 calls traced, the report counts 1"], problems
        cases += 3
    _, problems = check("cut", ok_opts, text(good, False))
    assert any("not finished" in p for p in problems), problems
    _, problems = check("broken", ok_opts, '[{"name": "x", "ph": "X",')
    assert any("does not load" in p for p in problems), problems
    cases += 2
    # A failed case raises (AssertionError), so every case counted here passed.
    print(f"check-trace self-test: {cases} passed, 0 failed")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?")
    ap.add_argument("--self-test", action="store_true")
    ap.add_argument("--finished", action="store_true")
    ap.add_argument("--no-calls", action="store_true")
    ap.add_argument("--channels", type=int)
    ap.add_argument("--frames", type=int)
    ap.add_argument("--counters", action="store_true")
    ap.add_argument("--rule", action="append")
    ap.add_argument("--report")
    ap.add_argument("--calls", action="store_true")
    ap.add_argument("--same-timeline")
    opts = ap.parse_args()
    if opts.self_test:
        self_test()
        return 0
    if not opts.file:
        ap.error("a trace file to check is needed")
    summary, problems = check(opts.file, opts)
    print(summary)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    if problems:
        print(f"check-trace: {len(problems)} problems in {opts.file}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
