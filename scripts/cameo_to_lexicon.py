#!/usr/bin/env python3
"""Convert a CAMEO verb dictionary (PETRARCH2 format) into a kg relation lexicon.

    python3 scripts/cameo_to_lexicon.py ../shared/cameo/CAMEO.2.0.txt \
        --licence ../shared/cameo/LICENSE -o data/lexicon/cameo_verbs.json

The dictionary's verb blocks give verbs and patterns with CAMEO event codes; the mapping table
(data/lexicon/cameo_relations.tsv, or --map FILE) says which codes are which kg relation. Only
what kg's relation matcher can check is converted: a verb lemma, a particle, the preposition
that introduces the target, one noun the verb takes as its object ("launch an attack on X").
Everything else is dropped and counted by reason on standard error:

- codes the table does not map (or maps to "-"), and verbs a table row excludes;
- words before the verb (a fixed subject noun), source or skip markers ($ after the verb, ^, %);
- a noun phrase with modifiers ({FINANCIAL AID}) or several nouns: kg checks one head word;
- a prepositional phrase with a fixed noun ((FOR AID)), or more than one prepositional phrase;
- a light-verb noun without a marked target when the table gives the relation no target
  prepositions; compound verbs whose extra word is neither a particle, a preposition nor a noun;
- the same verb (with the same particle, noun and target slot) coded as two relations;
- triggers the base lexicon (data/lexicon/relations.json, or --base FILE; --no-base to keep
  them) already has for the same lemma: the hand-written entries decide how those verbs read.

A light-verb noun that names a verb's event (data/lexicon/nominalizations.tsv, or
--nominalizations FILE) takes that verb's object with "of" ("condemned the killing of X": X was
killed), so "of" is not among its target prepositions.

The output carries the dictionary's licence notice (--licence FILE, or the MIT notice in the
dictionary's header comment). Standard library only.
"""

import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_MAP = os.path.join(HERE, "..", "data", "lexicon", "cameo_relations.tsv")
DEFAULT_BASE = os.path.join(HERE, "..", "data", "lexicon", "relations.json")
DEFAULT_NOMINALIZATIONS = os.path.join(HERE, "..", "data", "lexicon", "nominalizations.tsv")

# Words after a verb that English uses as verb particles only ("beef up", "wipe out").
PARTICLES = {"up", "down", "out", "off", "back", "away", "aside", "ahead", "forward", "forth",
             "together", "apart"}
# Words that are particles or prepositions ("call on X", "take over X", "crack down on").
PARTICLE_OR_PREPOSITION = {"on", "in", "over", "around", "through", "about", "along", "across",
                           "by"}
PREPOSITIONS = PARTICLE_OR_PREPOSITION | {
    "against", "with", "for", "to", "into", "from", "at", "of", "upon", "onto", "toward",
    "towards", "between", "among", "behind", "under", "after", "before", "without", "within",
    "beyond", "near", "inside", "outside"}
# Words that never head a noun: a compound verb or pattern word among these is not convertible.
FUNCTION_WORDS = {"and", "or", "not", "no", "the", "a", "an", "that", "this", "will", "would",
                  "to", "be", "is", "are", "was", "were", "it", "its", "their", "his", "her"}

# The contract's relations, in its order (../shared/spec/relations.md), for the output's order.
RELATION_ORDER = ["met_with", "visited", "spoke_to", "accused", "criticized", "threatened",
                  "attacked", "captured", "controls", "opposed", "supported", "pressured",
                  "proposed_to", "rejected", "disputed", "agreed_with", "sanctioned", "killed",
                  "arrested", "sued", "investigated", "appointed", "dismissed"]


class Stats:
    """Counts of what was read, converted and dropped (by reason), for standard error."""

    def __init__(self):
        self.counts = collections.Counter()
        self.dropped = collections.defaultdict(collections.Counter)

    def drop(self, kind, reason, read=False):
        if read:
            self.counts[kind + " read"] += 1
        self.dropped[kind][reason] += 1

    def report(self, out):
        for kind in ("verbs", "patterns"):
            print(f"{kind}: {self.counts[kind + ' read']} read, {self.counts[kind + ' mapped']} "
                  f"mapped, {sum(self.dropped[kind].values())} dropped", file=out)
            for reason, n in self.dropped[kind].most_common():
                print(f"  {n:6d}  {reason}", file=out)
        print(f"triggers: {self.counts['triggers generated']} generated (verb x noun x slot), "
              f"{self.counts['triggers written']} written in {self.counts['frames written']} "
              f"frames, {sum(self.dropped['triggers'].values())} dropped", file=out)
        for reason, n in self.dropped["triggers"].most_common():
            print(f"  {n:6d}  {reason}", file=out)
        for reason, n in self.dropped["lines"].most_common():
            print(f"lines skipped: {n}  {reason}", file=out)


# ---------------------------------------------------------------------------------------------
# The mapping table.

class Row:
    """One line of the mapping table."""

    def __init__(self, code, relation, direction, targets, types, only, exclude):
        self.code = code
        self.relation = relation
        self.direction = direction
        self.targets = targets      # prepositions of a light-verb noun's target
        self.types = types          # object entity types, empty: any
        self.only = only            # words (verb lemma or noun) the row is limited to
        self.exclude = exclude      # words the row leaves out


def split_list(field):
    field = field.strip()
    return [] if field in ("", "-") else [w.strip().lower() for w in field.split(",") if w.strip()]


def read_map(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) < 2:
                sys.exit(f"{path}:{number}: expected code<TAB>relation[<TAB>...]")
            fields += ["-"] * (7 - len(fields))
            code, relation, direction, targets, types, only, exclude = \
                [x.strip() for x in fields[:7]]
            if not re.fullmatch(r"\d{2,4}", code):
                sys.exit(f"{path}:{number}: bad CAMEO code {code!r}")
            if relation != "-" and not re.fullmatch(r"[a-z_]+", relation):
                sys.exit(f"{path}:{number}: bad relation {relation!r}")
            if direction not in ("-", "->", "<->"):
                sys.exit(f"{path}:{number}: direction must be -> or <->")
            rows.append(Row(code, relation, direction, split_list(targets),
                            [t.upper() for t in split_list(types)], set(split_list(only)),
                            set(split_list(exclude))))
    return rows


def lookup(rows, code, words):
    """The row for a CAMEO code and the words of a trigger (verb lemma, noun): the longest code
    prefix wins, and among rows of one code a row limited to these words ("only") wins over a
    general one. Returns the row, or "excluded" when the row leaves these words out, or None."""
    fitting = [r for r in rows if code.startswith(r.code) and (not r.only or r.only & words)]
    if not fitting:
        return None
    best = max(fitting, key=lambda r: (len(r.code), bool(r.only)))
    if best.exclude & words:
        return "excluded"
    return None if best.relation == "-" else best


# ---------------------------------------------------------------------------------------------
# Reading the dictionary.

def plural(noun):
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def read_dictionary(path, stats):
    """Returns (synsets, blocks): synsets maps &LABEL to a list of phrases (lists of words);
    blocks is a list of dicts with 'name', 'code', 'verbs' [(word, code, irregular forms)],
    'patterns' [(text, code, comment)]."""
    synsets = {}
    blocks = []
    label = None
    block = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line, _, comment = raw.partition("#")
            line = line.rstrip()
            if not line.strip() or line.startswith("<!"):
                continue
            if line.startswith("---"):
                m = re.match(r"^---\s*(\S+)\s*\[([^\]]*)\]", line)
                if not m:
                    stats.drop("lines", "block header without a code")
                    block = {"name": "?", "code": "---", "verbs": [], "patterns": []}
                else:
                    block = {"name": m.group(1), "code": m.group(2).strip(), "verbs": [],
                             "patterns": []}
                blocks.append(block)
                label = None
                continue
            if line.startswith("&"):
                label = line.split()[0]
                synsets.setdefault(label, [])
                block = None
                continue
            if line.startswith("~"):
                stats.drop("lines", "verb transformations (~), which kg has no equivalent for")
                continue
            if label is not None and line.startswith("+"):
                term = line.strip()[1:]
                no_plural = label.endswith("_") or term.endswith("_")
                words = [w for w in re.split(r"[_\s]+", term.strip("_").lower()) if w]
                if words:
                    synsets[label].append(words)
                    if not no_plural:
                        synsets[label].append(words[:-1] + [plural(words[-1])])
                continue
            if block is None:
                continue
            if line.startswith("-"):
                m = re.match(r"^-(.*)\[([^\]]*)\]\s*$", line)
                if not m or m.group(1).count("*") != 1:
                    stats.drop("patterns", "not in the documented form", read=True)
                    continue
                block["patterns"].append((m.group(1), m.group(2).strip(), comment))
                continue
            m = re.match(r"^\s*(\S+)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?\s*$", line)
            if not m:
                stats.drop("verbs", "not in the documented form", read=True)
                continue
            code = m.group(4).strip() if m.group(4) else block["code"]
            forms = (m.group(2) or "").strip("{}").split()
            block["verbs"].append((m.group(1), code, forms))
    # Labels are used with their own ending underscore or without it.
    for key in list(synsets):
        synsets.setdefault(key.rstrip("_"), synsets[key])
    return synsets, blocks


def parse_verb(word):
    """A verb entry -> (lemma, extra word or None) or None. "+CORDON_OFF" -> ("cordon", "off");
    words before the marked verb ("WIRE_+TAP") are not convertible."""
    word = word.lower()
    if "+" in word:
        if not word.startswith("+"):
            return None
        word = word[1:]
    parts = [p for p in word.split("_") if p]
    if not parts or len(parts) > 2:
        return None
    lemma = parts[0]
    if not re.fullmatch(r"[a-z][a-z-]*[a-z]", lemma):
        return None
    return lemma, (parts[1] if len(parts) == 2 else None)


def code_parts(code):
    """'042:043' -> ('042', False); ':173' -> ('173', True) (the target acts on the source);
    '---' or anything else without a code -> (None, False)."""
    forward, _, backward = code.partition(":")
    forward, backward = forward.strip(), backward.strip()
    if re.fullmatch(r"\d{2,4}", forward):
        return forward, False
    if not forward and re.fullmatch(r"\d{2,4}", backward):
        return backward, True
    return None, False


def tokenize(text):
    return re.findall(r"\(|\)|\{|\}|[^\s(){}]+", text)


def parse_post(tokens, synsets):
    """The part after '*' -> list of alternatives, each a dict(particle, nouns, pps, target), or
    a string naming why it cannot be converted."""
    items = []   # ("word", w) | ("syn", label) | ("target",) | ("pp", prep, [content])
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "(":
            j = tokens.index(")", i) if ")" in tokens[i:] else -1
            if j < 0:
                return "pattern not in the documented form"
            inner = tokens[i + 1:j]
            if not inner or "{" in inner:
                return "prepositional phrase with a fixed noun"
            items.append(("pp", inner[0].lower(), inner[1:]))
            i = j + 1
        elif t == "{":
            return "noun phrase with modifiers"
        elif t in (")", "}"):
            return "pattern not in the documented form"
        elif t == "+":
            items.append(("target",))
            i += 1
        elif t in ("$", "^", "%") or t.startswith(("$", "^", "%")):
            return "source, skip or compound-actor marker after the verb"
        elif t.startswith("&"):
            items.append(("syn", t))
            i += 1
        else:
            items.append(("word", t.lower()))
            i += 1
    particle = None
    nouns = []
    pps = []
    target = False
    for n, item in enumerate(items):
        if item[0] == "word":
            w = item[1]
            if n == 0 and (w in PARTICLES or w in PARTICLE_OR_PREPOSITION) and len(items) > 1 \
                    and items[1][0] != "pp":
                particle = w
            elif n == 0 and w in PARTICLES and len(items) == 1:
                particle = w
            elif w in PREPOSITIONS or w in FUNCTION_WORDS or not re.fullmatch(r"[a-z][a-z'-]*", w):
                return "preposition or function word outside a phrase"
            else:
                nouns.append([[w]])
        elif item[0] == "syn":
            if item[1] not in synsets:
                return "undefined synset"
            nouns.append(synsets[item[1]])
        elif item[0] == "target":
            if pps or nouns:
                return "target marker outside its phrase"
            target = True
        else:
            pps.append(item)
    if len(nouns) > 1:
        return "several nouns"
    if len(pps) > 1:
        return "several prepositional phrases"
    pp = None
    if pps:
        prep, content = pps[0][1], pps[0][2]
        if content not in ([], ["+"]):
            return "prepositional phrase with a fixed noun"
        if prep not in PREPOSITIONS:
            return "prepositional phrase with a fixed noun"
        pp = prep
    via = []
    if nouns:
        for phrase in nouns[0]:
            if len(phrase) != 1:
                continue  # multi-word synset members: kg checks one word
            via.append(phrase[0])
        if not via:
            return "noun phrase with modifiers"
    return {"particle": particle, "via": via, "pp": pp, "target": target}


# ---------------------------------------------------------------------------------------------
# Conversion.

def base_triggers(path):
    """(lemma, particle) of every verb trigger, (lemma, particle, via noun) of every light-verb
    trigger, and the relation names of the base lexicon."""
    with open(path, encoding="utf-8") as f:
        lexicon = json.load(f)
    bare, via = set(), set()
    for relation in lexicon.get("relations", {}).values():
        for t in relation.get("triggers", []):
            if t.get("pos", "VERB") != "VERB":
                continue
            key = (t["lemma"], t.get("particle", ""))
            if t.get("via"):
                for noun in t["via"]:
                    via.add(key + (noun,))
            else:
                bare.add(key)
    return bare, via, set(lexicon.get("relations", {}))


def event_nouns(path):
    """The nouns that name a verb's event (the second column of nominalizations.tsv)."""
    nouns = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            nouns.add(line.rstrip("\n").split("\t")[1])
    return nouns


def convert(dictionary, rows, base, all_verbs, stats, events=frozenset()):
    synsets, blocks = read_dictionary(dictionary, stats)
    # Candidate triggers: (lemma, particle, via noun, target slots) -> {relation: (row, inverse)}.
    candidates = collections.OrderedDict()

    def add(lemma, particle, noun, slot, code, inverse):
        """One candidate trigger; returns "mapped", "unmapped", "excluded" or "no target"."""
        row = lookup(rows, code, {lemma} | ({noun} if noun else set()))
        if row is None:
            return "unmapped"
        if row == "excluded":
            return "excluded"
        if slot is None:  # a light-verb noun without a marked target
            # "the killing of X": an event noun's "of" is its own verb's object, not the target.
            slots = tuple(t for t in row.targets if not (noun in events and t == "of"))
            if not slots:
                return "no target"
        else:
            slots = (slot,)
        key = (lemma, particle or "", noun or "", slots)
        candidates.setdefault(key, {}).setdefault(row.relation, (row, inverse))
        return "mapped"

    reasons = {"unmapped": "code not mapped to a kg relation",
               "excluded": "word left out by its mapping-table row",
               "no target": "light-verb noun without a target slot for its relation",
               "compound": "pattern on a compound verb (one particle or preposition slot)"}

    def outcome(kind, results):
        stats.counts[kind + " read"] += 1
        if "mapped" in results:
            stats.counts[kind + " mapped"] += 1
            return
        for result in ("excluded", "no target", "unmapped", "compound"):
            if result in results:
                stats.drop(kind, reasons[result])
                return
        stats.drop(kind, "no verb in its block")

    for block in blocks:
        verbs = []
        names = {}  # a verb's written forms (upper case, as in comments) -> its index in verbs
        for word, code, forms in block["verbs"]:
            parsed = parse_verb(word)
            if parsed is None:
                stats.drop("verbs", "words before the verb or more than one extra word", read=True)
                continue
            lemma, extra = parsed
            verbs.append((lemma, extra))
            for form in [word] + forms:
                names.setdefault(form.replace("+", "").upper(), len(verbs) - 1)
            number, inverse = code_parts(code)
            if number is None:
                stats.drop("verbs", "no event code of its own ([---])", read=True)
                continue
            if extra is None:
                results = [add(lemma, None, None, "obj", number, inverse)]
            elif extra in PARTICLES:
                results = [add(lemma, extra, None, "obj", number, inverse)]
            elif extra in PARTICLE_OR_PREPOSITION:
                results = [add(lemma, extra, None, "obj", number, inverse),
                           add(lemma, None, None, extra, number, inverse)]
            elif extra in PREPOSITIONS:
                results = [add(lemma, None, None, extra, number, inverse)]
            elif extra in FUNCTION_WORDS or not re.fullmatch(r"[a-z]+", extra):
                stats.drop("verbs", "compound verb with a function word", read=True)
                continue
            else:
                results = [add(lemma, None, extra, None, number, inverse)]
            outcome("verbs", results)
        for text, code, comment in block["patterns"]:
            number, inverse = code_parts(code)
            # The comment names the verb(s) the pattern was written for; a pattern's meaning
            # often depends on that verb ("look into", "rush to"), so it applies to them only,
            # unless all_verbs says to follow PETRARCH2 and apply it to the whole block.
            if all_verbs:
                applies = verbs
            else:
                named = sorted({names[w] for w in re.findall(r"[A-Z][A-Z_'+-]*", comment.upper())
                                if w in names})
                applies = [verbs[i] for i in named] or (verbs if len(verbs) == 1 else [])
                if not applies:
                    stats.drop("patterns", "its comment names no verb of its block", read=True)
                    continue
            pre, _, post = text.partition("*")
            if number is None:
                stats.drop("patterns", "no event code ([---])", read=True)
                continue
            if [t for t in tokenize(pre) if t != "$"]:
                stats.drop("patterns", "words before the verb (a fixed subject or target)",
                           read=True)
                continue
            shape = parse_post(tokenize(post), synsets)
            if isinstance(shape, str):
                stats.drop("patterns", shape, read=True)
                continue
            results = []
            for lemma, extra in applies:
                if extra is not None:
                    results.append("compound")  # kg has one particle or preposition slot
                    continue
                if shape["pp"]:
                    slot = shape["pp"]
                elif shape["target"] or not shape["via"]:
                    slot = "obj"
                else:
                    slot = "from" if inverse else None
                for noun in shape["via"] or [None]:
                    results.append(add(lemma, shape["particle"], noun, slot, number, inverse))
            outcome("patterns", results)

    base_bare, base_via, base_relations = base
    frames = collections.defaultdict(list)  # relation -> triggers
    grouped = collections.OrderedDict()
    for key, relations in candidates.items():
        lemma, particle, noun, slots = key
        stats.counts["triggers generated"] += 1
        if len(relations) > 1:
            stats.drop("triggers", "same verb, noun and slot coded as two relations")
            continue
        (relation, (row, inverse)), = relations.items()
        if not noun and (lemma, particle) in base_bare:
            stats.drop("triggers", "verb already in the base lexicon")
            continue
        if noun and (lemma, particle, noun) in base_via:
            stats.drop("triggers", "light verb and noun already in the base lexicon")
            continue
        stats.counts["triggers written"] += 1
        group = (relation, lemma, particle, bool(noun), slots, inverse, tuple(row.types))
        grouped.setdefault(group, []).append(noun)
    for (relation, lemma, particle, has_via, slots, inverse, types), nouns in grouped.items():
        trigger = {"lemma": lemma}
        if particle:
            trigger["particle"] = particle
        if has_via:
            trigger["via"] = sorted(set(nouns))
        trigger["object"] = list(slots)
        if inverse:
            trigger["inverse"] = True
        if types:
            trigger["requires_object_type"] = list(types)
        frames[relation].append(trigger)
        stats.counts["frames written"] += 1
    for relation in sorted(set(frames) - base_relations):
        if base_relations:
            print(f"note: {relation} is not a relation of the base lexicon: a new relation type",
                  file=sys.stderr)
    return frames


def licence_lines(dictionary):
    """The MIT notice at the top of the dictionary (from 'The MIT License' to the end of the
    comment block)."""
    lines = []
    with open(dictionary, encoding="utf-8", errors="replace") as f:
        for raw in f:
            if not raw.startswith("#"):
                if lines:
                    break
                continue
            text = raw[1:].strip()
            if "MIT License" in text:
                lines = [text]
            elif lines:
                if text.startswith("LAST UPDATE"):
                    break
                lines.append(text)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def licence_file_lines(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip() for line in f]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def write(frames, dictionary, notice, symmetric, out):
    def order_key(trigger):
        # Per lemma: light-verb triggers first, then prepositional ones, then the bare verb, so
        # the more specific frame is tried first by the matcher.
        return (trigger["lemma"], trigger.get("particle", ""),
                0 if "via" in trigger else 1 if trigger["object"] != ["obj"] else 2)

    header = {
        "format": "kg-relation-lexicon",
        "version": 2,
        "comment": ("Generated by scripts/cameo_to_lexicon.py from the CAMEO verb dictionary "
                    f"{os.path.basename(dictionary)} of PETRARCH2 (openeventdata/petrarch2) with "
                    "the mapping table data/lexicon/cameo_relations.tsv; do not edit by hand, "
                    "re-run the converter (docs/relations.md, 'The CAMEO verb dictionary'). kg "
                    "loads it after relations.json, whose triggers are tried first."),
        "licence": notice or ["(no licence notice found in the source dictionary)"],
    }
    out.write("{\n")
    for key in ("format", "version", "comment"):
        out.write(f"  {json.dumps(key)}: {json.dumps(header[key])},\n")
    out.write('  "licence": [\n')
    out.write(",\n".join("    " + json.dumps(line) for line in header["licence"]))
    out.write("\n  ],\n")
    out.write('  "relations": {')
    names = [r for r in RELATION_ORDER if r in frames] + sorted(set(frames) - set(RELATION_ORDER))
    for n, name in enumerate(names):
        out.write("," if n else "")
        flag = ', "symmetric": true' if name in symmetric else ""
        out.write(f'\n    {json.dumps(name)}: {{"triggers": [\n')
        triggers = sorted(frames[name], key=order_key)
        out.write(",\n".join("      " + json.dumps(t) for t in triggers))
        out.write(f"\n    ]{flag}}}")
    out.write("\n  }\n}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dictionary", help="a CAMEO verb dictionary in PETRARCH2 format")
    parser.add_argument("--map", default=DEFAULT_MAP, help="CAMEO code to kg relation table")
    parser.add_argument("--base", default=DEFAULT_BASE,
                        help="lexicon whose verbs are left to it (default: kg's relations.json)")
    parser.add_argument("--no-base", action="store_true", help="do not consult a base lexicon")
    parser.add_argument("--nominalizations", default=DEFAULT_NOMINALIZATIONS,
                        help="verb<TAB>event noun table: event nouns take no target with 'of'")
    parser.add_argument("--all-verbs", action="store_true",
                        help="apply each pattern to every verb of its block, as PETRARCH2 does, "
                        "instead of only to the verbs its comment names (for dictionaries "
                        "without such comments)")
    parser.add_argument("--licence", metavar="FILE",
                        help="licence notice to carry (default: the MIT notice in the "
                        "dictionary's header comment)")
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument("-q", "--quiet", action="store_true", help="no counts on standard error")
    args = parser.parse_args()

    stats = Stats()
    notice = licence_file_lines(args.licence) if args.licence else licence_lines(args.dictionary)
    rows = read_map(args.map)
    symmetric = {row.relation for row in rows if row.direction == "<->"}
    base = (set(), set(), set()) if args.no_base else base_triggers(args.base)
    frames = convert(args.dictionary, rows, base, args.all_verbs, stats,
                     event_nouns(args.nominalizations))
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            write(frames, args.dictionary, notice, symmetric, out)
    else:
        write(frames, args.dictionary, notice, symmetric, sys.stdout)
    if not args.quiet:
        stats.report(sys.stderr)


if __name__ == "__main__":
    main()
