#!/usr/bin/env python3
"""Party kinds against the dev labels: of the parties in the first 8 that match a labelled
party (eval.py's own name matching), the share whose kind is the label's. eval.py scores names
only; the summary box shows each party's kind ("Whole Foods (organisation)"), so a wrong kind is
a visible error. A labelled "group" counts as an organisation (we have no group kind).

    tools/party_kinds.py CLI SHARED_DIR [--list]
"""
import json, os, sys

cli, shared = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(shared, "eval"))
import eval as E  # noqa: E402  (../shared/eval/eval.py: run_cli, name_match, page_path)

labels = json.load(open(os.path.join(shared, "corpora", "labels-dev.json")))
pages = os.path.join(shared, "corpora", "readability-test-pages")
right, wrong = 0, []
for L in labels:
    j, _, err = E.run_cli(cli, E.page_path(pages, "readability", L["page"]))
    for o in ((j or {}).get("summary") or {}).get("parties", [])[:8]:
        p = next((p for p in L.get("parties", []) if E.name_match(o.get("name", ""), p)), None)
        if p is None:
            continue
        want = "organization" if p["kind"] == "group" else p["kind"]
        if o.get("kind") == want:
            right += 1
        else:
            wrong.append(f"  {L['page']}: {o.get('name')} is {o.get('kind')}, labelled {p['kind']}")
n = right + len(wrong)
if "--list" in sys.argv:
    print("\n".join(wrong))
print(f"{'party_kind_right':36} {round(right / n, 4) if n else 0.0}")
print(f"{'party_kind_right_n':36} {n}")
