#!/usr/bin/env python3
"""Writes the event nouns WordNet derives from each verb, for kg's nominal relation frames.

Usage: python3 scripts/wordnet_nominalizations.py [WORDNET_DIR] > data/lexicon/nominalizations.tsv

WORDNET_DIR defaults to /usr/share/wordnet (Debian's wordnet-base). A line "verb<TAB>noun" says
that `noun` names the act or event of `verb` ("arrest" -> "arrest", "kill" -> "killing",
"invade" -> "invasion"): a derivational pointer joins a sense of the verb to a sense of the noun,
and that noun sense is a kind of act or event. Agent nouns ("killer") and results that are no
act ("name" of "name") are left out by that test.
"""
import sys

EVENT_ROOTS = {"act", "event"}  # act.n.02 and event.n.01, by their first word


def read_synsets(path, pos):
    synsets = {}
    with open(path, encoding="latin-1") as data:
        for line in data:
            if line.startswith("  "):
                continue
            fields = line.split("|")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            at = 4 + 2 * count
            pointers = []
            for _ in range(int(fields[at])):
                symbol, target, target_pos, source_target = fields[at + 1 : at + 5]
                pointers.append((symbol, target, target_pos, source_target))
                at += 4
            synsets[offset] = (words, pointers)
    return synsets


def is_event(nouns, offset, seen=None):
    seen = seen if seen is not None else set()
    if offset in seen:
        return False
    seen.add(offset)
    words, pointers = nouns[offset]
    if words[0] in EVENT_ROOTS:
        return True
    hypernyms = [target for symbol, target, pos, _ in pointers if symbol in ("@", "@i") and pos == "n"]
    return any(is_event(nouns, target, seen) for target in hypernyms)


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    verbs = read_synsets(f"{directory}/data.verb", "v")
    nouns = read_synsets(f"{directory}/data.noun", "n")
    pairs = set()
    for words, pointers in verbs.values():
        for symbol, target, pos, source_target in pointers:
            if symbol != "+" or pos != "n" or not is_event(nouns, target):
                continue
            source, goal = int(source_target[:2], 16), int(source_target[2:], 16)
            verb = words[source - 1]
            noun = nouns[target][0][goal - 1]
            if "_" in verb or "_" in noun:
                continue
            pairs.add((verb.split("(")[0], noun.split("(")[0]))
    print("# Event nouns of English verbs, derived from WordNet 3.0 by scripts/wordnet_nominalizations.py.")
    print("# verb<TAB>noun: the noun names the act or event of the verb. Read by relations/nominal_frames.")
    print("#")
    print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use,")
    print("# copy, modify and distribute this database for any purpose and without fee or royalty is")
    print("# granted, provided this notice and the statements of the WordNet licence appear on all")
    print("# copies (see /usr/share/doc/wordnet-base/copyright). THIS DATABASE IS PROVIDED \"AS IS\" AND")
    print("# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.")
    for verb, noun in sorted(pairs):
        print(f"{verb}\t{noun}")


if __name__ == "__main__":
    main()
