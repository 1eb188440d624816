#!/usr/bin/env python3
"""Converts the Phoenix (PETRARCH) actor and agent dictionaries into kg's data files.

Usage:
  python3 scripts/phoenix_to_actors.py ../shared/cameo/Phoenix.*.actors.txt > data/lexicon/actors.tsv
  python3 scripts/phoenix_to_actors.py --agents ../shared/cameo/Phoenix.agents.txt \
      > data/lexicon/words/group_agents/phoenix.tsv
Options: --wordnet DIR (default /usr/share/wordnet), --data DIR (kg's data/, default the one next
to this script), --notice FILE (the licence notice to copy; default LICENSE next to the first
input). Counts (entries read, kept, dropped by reason) go to standard error.

Actors (`docs/entities.md`, "Actor dictionaries", says the same at more length): a record of the
actor format (a primary phrase, `+` synonyms, tab-indented `[CODE dates]` lines;
`dictionaries.rst`) becomes one line
  name <TAB> type <TAB> alias|alias... <TAB> CODE[:FROM..TO] ...
with names in natural case and dates as YYYY-MM-DD. A primary with nothing after it that ends
with the word the next primary ends with is a variant of it (BORIS_YELTSIN_, YELTSIN). The type
comes from the record itself:
  - GPE: a three-letter code that is no CAMEO role or sector code (CAMEO_ROLES), as a default
    with nothing dated or among dated codes (a country: `AFGHANISTAN_ [AFG]`);
  - PERSON: a dated code (an office held for a time), a leader list's comment (CountryInfo,
    IGOrulers), a first word that is a common given name (data/lexicon/given_names.txt) and no
    name particle, or WordNet having the name as a person; never a name with a function word or
    a state's head word inside;
  - ORG: an organisation head word (data/lexicon/words/head_words/), or a code of an organisation
    sector (ORG_SECTORS) with a one-word name, four words or more, or two or three words with a
    WordNet word and no initial or given name;
  - otherwise the record is dropped ("unclear type": two unknown words under an organisation's
    code may be a person's name).
Aliases: a person's synonym is cut to the name at its end (titles, roles, places before it fall
away: "PRESIDENT_PUTIN_" -> Putin) and kept when that name ends with the person's surname or is
a fuller form of it; a country's synonym only when it spells the country's name (a misspelling,
or a longer official form ending with it; cities, provinces and demonyms listed as synonyms are
other entities, and WordNet knows them); an organisation's synonym when it shares a word with the
name or is its acronym, unless the two hold different organisation head words (a part of the
body, or another body with the same code) or it opens with a given name (a member). A bracketed
acronym that is no word of its own is an alias. Names and aliases are dropped when they would be
dangerous as names: one common English word (WordNet has it in lower case; kept for a person
when WordNet has it capitalised as people at least as often), one common given name for a
person, a one-word person's name WordNet does not know, a name WordNet has capitalised only as
another kind of thing (a person named like a place), abbreviations under three letters without
periods, generic groups (the last word a common plural and every word a WordNet word), names
holding a role word, and an alias two records claim. A record named by an earlier one's alias
joins it; one with the same name is merged.

Case: a name WordNet spells with capitals takes WordNet's spelling (whole phrase, else word by
word: "MacArthur"; all capitals, "NATO", only for organisations); other words are capitalised,
with name particles (data/lexicon/words/name_particles/) and function words in lower case after
the first word ("Nuri al-Maliki"), "Mc" and "O'" before a capital ("McCain", "O'Brien"; "Mac"
only as WordNet spells it), initials and roman numerals as they are, company forms as kg's list
spells them, and a one-word organisation of up to five letters as an acronym. A name takes the
form of an alias that hyphenates its particles ("el-Sisi"), and a person's name drops its middle
initials when the record has that form and no other record claims it ("Richard Nixon").

Agents: `WORD {plural} [~CODE]` lines; the CAMEO agent code's first three letters map to the
contract's agent values (AGENT_VALUES), other codes are left out. One-word nouns only (kg reads
the one word after a name: "Tarvel troops"); for each its plural, formed by PETRARCH's rules or
given in braces, and the word itself when the braces are empty (a collective: "police"). A word
already in a curated list under data/lexicon/words/group_agents/ is left there. Output lines:
word <TAB> agent.
"""
import argparse
import os
import re
import sys
from collections import Counter, defaultdict

# CAMEO sector codes of organisations (CAMEO codebook, actor codes): international and
# non-governmental bodies, companies, armed groups, parties, media.
ORG_SECTORS = {"IGO", "NGO", "NGM", "MNC", "IMG", "REB", "INS", "UAF", "PTY", "MED", "BUS", "SEP"}
# CAMEO agent codes -> the contract's `agent` values (../shared/spec/relations.md) kg uses.
AGENT_VALUES = {"MIL": "military", "COP": "police", "GOV": "officials", "LEG": "legislature"}
PERSON_COMMENTS = ("CountryInfo", "IGOrulers")
ROMAN = re.compile(r"^X{0,2}(IX|IV|V?I{0,3})$")
# CAMEO's role and sector codes (the agent codes of Phoenix.agents.txt and the transnational
# sectors): a three-letter code that is none of them is a country's.
CAMEO_ROLES = ORG_SECTORS | {
    "GOV", "ELI", "MIL", "LEG", "JUD", "OPP", "COP", "SPY", "CVL", "CRM", "LAB", "EDU", "HLH",
    "AGR", "DEV", "HRI", "ENV", "REF", "REL", "MUS", "CHR", "JEW", "BUD", "HIN", "RAD", "PPL",
    "MOD", "IGO", "NGO", "MNC"}


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


class WordNet:
    """The spellings WordNet gives words, which are common words, and which name people."""

    PERSON = "00007846"  # person.n.01
    # The synsets under which a capitalised sense names an entity of each type: person.n.01,
    # social_group.n.01 (organisations, armed units), location.n.01.
    ROOTS = {"PERSON": "00007846", "ORG": "07950920", "GPE": "00027167", "LOC": "00027167"}

    def __init__(self, directory):
        self.common = set()  # lower-case lemmas
        self.lower_senses = Counter()  # lower-case lemma -> its senses, all parts of speech
        self.cased = defaultdict(Counter)  # lower-case key -> capitalised spellings
        self.capitalised_senses = defaultdict(set)  # lower-case key -> noun synsets
        hypernyms = {}
        for pos in ("noun", "verb", "adj", "adv"):
            with open(f"{directory}/data.{pos}", encoding="latin-1") as data:
                for line in data:
                    if line.startswith("  "):
                        continue
                    fields = line.split("|")[0].split()
                    count = int(fields[3], 16)
                    for i in range(count):
                        word = re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).replace("_", " ")
                        key = word.lower()
                        if word == key:
                            self.common.add(key)
                            self.lower_senses[key] += 1
                        else:
                            self.cased[key][word] += 1
                            if pos == "noun":
                                self.capitalised_senses[key].add(fields[0])
                    if pos == "noun":
                        at = 4 + 2 * count
                        ups = []
                        for _ in range(int(fields[at])):
                            symbol, target, target_pos = fields[at + 1 : at + 4]
                            if symbol in ("@", "@i") and target_pos == "n":
                                ups.append(target)
                            at += 4
                        hypernyms[fields[0]] = ups
        self.hypernyms = hypernyms
        self.person_memo = {}

    def is_under(self, offset, root):
        key = (offset, root)
        if key in self.person_memo:
            return self.person_memo[key]
        self.person_memo[key] = False
        result = offset == root or any(self.is_under(h, root) for h in self.hypernyms.get(offset, []))
        self.person_memo[key] = result
        return result

    def is_person_synset(self, offset):
        return self.is_under(offset, self.PERSON)

    def spelling(self, text):
        forms = self.cased.get(text.lower())
        return forms.most_common(1)[0][0] if forms else None

    def is_common(self, word):
        key = word.lower()
        if key in self.common:
            return True
        for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")):
            if key.endswith(suffix) and key[: len(key) - len(suffix)] + replacement in self.common:
                return True
        return False

    def names_person(self, text):
        return any(self.is_person_synset(s) for s in self.capitalised_senses.get(text.lower(), ()))

    def mostly_person(self, word):
        """Whether WordNet has `word` capitalised as people at least as often as it has it in
        lower case: "Bush" stays a common word (shrub, wilderness ...), a surname few common
        senses share is a name."""
        people = sum(self.is_person_synset(s) for s in self.capitalised_senses.get(word.lower(), ()))
        return people > 0 and people >= self.lower_senses[word.lower()]

    def names_other(self, text, entity_type="PERSON"):
        """Whether WordNet has `text` capitalised, but in no sense of `entity_type`'s kind: the
        name of another entity (a surname that is a river, a country's city)."""
        root = self.ROOTS[entity_type]
        senses = self.capitalised_senses.get(text.lower(), ())
        return bool(senses) and not any(self.is_under(s, root) for s in senses)


class Knowledge:
    def __init__(self, data_dir, wordnet):
        words = f"{data_dir}/lexicon/words"
        self.wordnet = wordnet
        self.given = {w.lower() for w in read_list(f"{data_dir}/lexicon/given_names.txt")}
        self.particles = {w.lower() for f in ("inner", "opening") for w in read_list(f"{words}/name_particles/{f}.txt")}
        self.roles = {w.lower() for f in os.listdir(f"{words}/roles") for w in read_list(f"{words}/roles/{f}")}
        self.state_heads = {w.lower() for w in read_list(f"{words}/head_words/state.txt")} | {"state"}
        self.titles = {w.lower() for w in read_list(f"{words}/titles.txt")}
        self.function_words = set(read_list(f"{words}/function_words.txt"))
        self.company_forms = {w.lower().rstrip("."): w for w in read_list(f"{words}/head_words/company_forms.txt")}
        self.org_heads = {w.lower() for f in ("organisation", "company_forms") for w in read_list(f"{words}/head_words/{f}.txt")}
        self.curated_agents = set()
        for name in os.listdir(f"{words}/group_agents"):
            if name.endswith(".txt"):
                self.curated_agents.update(read_list(f"{words}/group_agents/{name}"))


# ---- reading the actor format -------------------------------------------------------------

CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")


def parse_date(text):
    digits = text.strip()
    if len(digits) == 6:  # YYMMDD: TABARI's two-digit years, 1930-2029
        century = "20" if int(digits[:2]) < 30 else "19"
        digits = century + digits
    if len(digits) != 8 or not digits.isdigit():
        return None
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def parse_code(code, restriction):
    restriction = (restriction or "").strip()
    if not restriction:
        return code
    if restriction.startswith("<"):
        end = parse_date(restriction[1:])
        return f"{code}:..{end}" if end else code
    if restriction.startswith(">"):
        begin = parse_date(restriction[1:])
        return f"{code}:{begin}.." if begin else code
    begin, _, end = restriction.partition("-")
    begin, end = parse_date(begin), parse_date(end)
    return f"{code}:{begin or ''}..{end or ''}" if begin or end else code


def phrase_words(text):
    text = text.strip().rstrip("_")
    return [w for w in re.split(r"[\s_]+", text) if w]


class Record:
    def __init__(self, primary, line, comment):
        self.primary = primary
        self.synonyms = []
        self.codes = []  # (code, restriction)
        self.line = line
        self.comment = comment


def read_actors(path):
    """The records of one actor file, in order."""
    records = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, 1):
            text, _, comment = raw.rstrip("\n").partition("#")
            if not text.strip():
                continue
            body = text.strip()
            codes = [(m.group(1), m.group(2)) for m in CODE.finditer(body)]
            phrase = CODE.sub(" ", body).strip()
            if raw[0] in " \t" and not phrase:  # a date restriction
                if records:
                    records[-1].codes.extend(codes)
                continue
            if body.startswith("+"):
                if records:
                    records[-1].synonyms.append(phrase[1:])
                    records[-1].codes.extend(codes)
                continue
            record = Record(phrase, number, comment)
            record.codes.extend(codes)
            # A primary with no code, synonym or date before the next primary that ends with the
            # same word is a variant of it (BORIS_YELTSIN_, then YELTSIN and PRESIDENT_YELTSIN
            # before the dates): PETRARCH would code them with nothing.
            previous = records[-1] if records else None
            if (previous and not previous.codes and previous.primary and phrase_words(phrase)
                    and phrase_words(previous.primary)[-1:] == phrase_words(phrase)[-1:]):
                previous.synonyms.append(phrase)
                previous.codes.extend(codes)
                continue
            records.append(record)
    return records


# ---- natural case ------------------------------------------------------------------------


def case_part(part):
    if not part:
        return part
    if part.upper().startswith("MC") and len(part) > 3:
        return "Mc" + part[2].upper() + part[3:].lower()
    return part[0].upper() + part[1:].lower()


def case_word(word, first, know, org):
    lower = word.lower()
    if lower in know.particles or lower in know.function_words:
        return lower if not first else lower.capitalize()
    if lower.rstrip(".") in know.company_forms and not first:
        return know.company_forms[lower.rstrip(".")]
    known = know.wordnet.spelling(word)
    # WordNet's capitals only for an organisation's words: in a person's name "IP" or "XI" is a
    # syllable, not an acronym.
    if known and " " not in known and known.lower() == lower and (org or not known.isupper()):
        return known
    if len(word) == 1 and not org:
        return word + "."  # an initial: K_ANNAN_
    if re.fullmatch(r"([A-Z]\.)+", word) or (ROMAN.match(word) and not first) or not re.search(r"[AEIOUY]", word):
        return word  # initials, roman numerals, acronyms without vowels
    if "-" in word:
        parts = word.split("-")
        cased = [p.lower() if i == 0 and p.lower() in know.particles and len(parts) > 1 else case_word(p, True, know, org)
                 for i, p in enumerate(parts)]
        return "-".join(cased)
    if "'" in word:
        head, _, tail = word.partition("'")
        if len(head) == 1 and tail:  # O'BRIEN, D'ALEMA
            return head.upper() + "'" + case_part(tail)
        return case_part(head) + "'" + tail.lower()  # PEOPLE'S
    return case_part(word)


def natural_case(words, know, org):
    phrase = " ".join(words)
    known = know.wordnet.spelling(phrase)
    if known and known.lower() == phrase.lower():
        return known
    if org and len(words) == 1 and len(words[0].strip(".")) <= 5:
        return words[0]  # a short organisation name is an acronym: IAEA, UNDP
    return " ".join(case_word(w, i == 0, know, org) for i, w in enumerate(words))


# ---- typing and aliases ----------------------------------------------------------------


def acronym_of(acronym, words, know):
    """A bracketed acronym that can stand for `words`: its first letter opens the name and it is
    no word of its own (E-HOUSE_(CHINA)_HOLDINGS_ names a country in brackets)."""
    letters = acronym.replace(".", "")
    known = letters.lower() in know.wordnet.cased or know.wordnet.is_common(letters)
    return len(letters) >= 3 and not known and letters[0] == words[0][0].upper()


def split_acronym(words):
    """Words without a bracketed acronym, and the acronym: ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)."""
    acronym = None
    kept = []
    for w in words:
        m = re.fullmatch(r"\(([A-Z.]+)\)", w)
        if m:
            acronym = m.group(1)  # checked by the caller against the name

        else:
            kept.append(w.strip("(),"))
    return [w for w in kept if w], acronym


def code_sectors(code):
    return {code[i : i + 3] for i in range(0, len(code), 3)}


def record_type(record, words, know):
    default = [c for c, r in record.codes if not r]
    dated = any(r for _, r in record.codes)
    has_head = any(w.lower().strip(".,") in know.org_heads for w in words)
    sectors = set().union(*(code_sectors(c) for c, _ in record.codes)) if record.codes else set()
    country_code = any(len(c) == 3 and c.isalpha() and c not in CAMEO_ROLES for c, _ in record.codes)
    # A country: a three-letter default code with nothing dated (MAURITIUS_ [MUS]: a country
    # code may look like a role's), or a country's code among dated ones (SOUTH_SUDAN_).
    undated_country = default and len(default[0]) == 3 and default[0] not in ORG_SECTORS and not dated
    if (undated_country or country_code) and not any(c in PERSON_COMMENTS for c in [record.comment]):
        return "GPE"
    if has_head:
        return "ORG"
    # No person's name holds a function word or a state's head word (ISLAMIC_STATE_OF_IRAQ_),
    # and a given name that is also a particle opens other names too (AL_JAZEERA).
    lower = [w.lower() for w in words]
    impersonal = any(w in know.function_words or w in know.state_heads for w in lower[1:])
    given = lower[0] in know.given and lower[0] not in know.particles
    person = not impersonal and (dated or any(p in record.comment for p in PERSON_COMMENTS)
                                 or given or know.wordnet.names_person(" ".join(words)))
    if person and len(words) >= 1 and record.codes:
        return "PERSON"
    if sectors & ORG_SECTORS:
        # Two or three words under an organisation's code may still be a person's name
        # (S_SARANGI_, EJEVIOME_ELOH_OTOBO_): an organisation has a word WordNet knows and no
        # initial or given name.
        wn = know.wordnet
        known_word = any(wn.is_common(w) or w.lower() in wn.cased for w in words)
        personal = any(len(w.strip(".")) == 1 or w.lower() in know.given for w in words)
        if len(words) == 1 or len(words) >= 4 or (known_word and not personal):
            return "ORG"
    return None


def person_alias(synonym_words, primary_words, know):
    """The name at the end of a person's synonym, or None: PRESIDENT_VLADIMIR_PUTIN -> Vladimir Putin."""
    own = {w.lower() for w in primary_words}
    taken = []
    for w in reversed(synonym_words):
        lower = w.lower().strip(",")
        if "-" in lower and all(know.wordnet.is_common(p) for p in lower.split("-") if p):
            break  # a hyphenated title: PRESIDENT-ELECT, VICE-PRESIDENT
        if lower in know.titles or lower.rstrip(".") in know.roles:
            break  # GOV._, SEN._
        ok = (lower in own or re.fullmatch(r"[a-z]\.", lower) or lower in know.given
              or lower in know.particles or not (know.wordnet.is_common(lower) or lower in know.wordnet.cased))
        if not ok:
            break
        taken.append(w.strip(","))
    taken.reverse()
    if not taken:
        return None
    surname = primary_words[-1].lower()
    if len(taken) == 1 and taken[0].lower() != surname:
        return None
    if taken[-1].lower() != surname and len(taken) < 2:
        return None
    return taken


def initials(words, know):
    parts = [p for w in words for p in re.split(r"[/]", w) if p]
    return "".join(p[0] for p in parts if p.lower() not in know.function_words).upper()


def same_body(synonym_words, primary_words, know):
    """Whether an organisation's synonym names the body itself, not a part or another body
    coded alike: it shares a word with the name that is no function word, or one is the other's
    acronym; and when both hold organisation head words, they share one (US_SENATE_ is no name
    of UNITED_STATES_CONGRESS_)."""
    def parts(words):  # LASHKAR-E-JHANGVI_ shares JHANGVI with ARMY_OF_JHANGVI_
        return {p.strip(".") for w in words for p in re.split(r"[-/]", w.lower()) if p} - know.function_words

    a, b = parts(synonym_words), parts(primary_words)
    heads_a, heads_b = a & know.org_heads, b & know.org_heads
    if heads_a and heads_b and not heads_a & heads_b:
        return False
    acronym = (len(synonym_words) == 1 and synonym_words[0].replace(".", "").upper() == initials(primary_words, know)) or (
        len(primary_words) == 1 and primary_words[0].replace(".", "").upper() == initials(synonym_words, know))
    return bool(a & b) or acronym


def hyphenated_name(name, aliases, know):
    """The form of `name` that joins its particles to the next word with a hyphen, when an alias
    spells it so ("Abdel Fattah el Sisi" -> "Abdel Fattah el-Sisi"): news writes them that way."""
    for alias in aliases:
        if "-" in alias and alias.replace("-", " ").lower() == name.lower():
            parts = re.split(r"[ -]", alias)
            if all(p.lower() in know.particles for p in re.findall(r"(\S+)-", alias)) and len(parts) == len(name.split()):
                return alias
    return name


def without_middle_initials(name, aliases):
    """The name without its middle initials when the record has that form too ("Richard M.
    Nixon" -> "Richard Nixon"), as kg's linker names people; not when the initials tell two
    records apart (the form then belongs to neither)."""
    parts = name.split()
    bare = " ".join(p for i, p in enumerate(parts) if not (0 < i < len(parts) - 1 and re.fullmatch(r"[A-Z]\.", p)))
    return bare if bare != name and bare in aliases else name


def place_alias(synonym_words, primary_words, know):
    """Whether a country's synonym spells its name: not a city, province or demonym, which WordNet
    knows as words of their own."""
    name = " ".join(primary_words).lower()
    synonym = " ".join(synonym_words).lower()
    if synonym in know.wordnet.cased or know.wordnet.is_common(synonym):
        return False
    if synonym.endswith(" " + name):  # KINGDOM_OF_CAMBODIA_, not TARVELIA_CITY_
        return True
    return len(name) >= 6 and edit_distance(name, synonym) <= 2


def edit_distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def danger(words, entity_type, know):
    """Why this name is not to be used as a name, or None."""
    wn = know.wordnet
    if len(words) == 1:
        word = words[0]
        letters = re.sub(r"[^A-Za-z]", "", word)
        if len(letters) < 3 and "." not in word:
            return "abbreviation under three letters"
        if wn.is_common(word) and not (entity_type == "PERSON" and wn.mostly_person(word)):
            return "common English word"
        if entity_type == "PERSON" and word.lower() in know.given:
            return "a given name (many people's)"
    if wn.names_other(" ".join(words), entity_type):
        return "WordNet names something else"
    if any(w.lower() in know.roles for w in (words if entity_type == "ORG" else words[:-1])):
        return "a role, not a name"  # US_AMBASSADOR_TO_THE_UNITED_NATIONS
    last = words[-1].lower()
    if last.endswith("s") and wn.is_common(last) and last not in know.org_heads and all(
            wn.is_common(w) or w.lower() in wn.cased for w in words):
        return "generic group"
    return None


def strip_article(words, know=None):
    """Without the article or function words that open a phrase (THE_UN_, OF_SOUTH_SUDAN_)."""
    opening = know.function_words if know else {"the"}
    while len(words) > 1 and words[0].lower() in opening:
        words = words[1:]
    return words


def convert_actors(paths, know, stats):
    entries = {}  # canonical key -> [name, type, aliases(list), codes(list)]
    alias_of = {}  # alias key -> the first entry's key
    order = []
    for path in paths:
        for record in read_actors(path):
            stats["entries read"] += 1
            words, acronym = split_acronym(strip_article(phrase_words(record.primary), know))
            if not words:
                stats["dropped: empty name"] += 1
                continue
            entity_type = record_type(record, words, know)
            if entity_type is None:
                stats["dropped: unclear type"] += 1
                continue
            reason = danger(words, entity_type, know)
            if entity_type == "PERSON" and len(words) == 1 and not know.wordnet.names_person(words[0]):
                reason = reason or "one-word person WordNet does not know"  # MAUOCONNELL_
            if reason:
                stats["dropped: " + reason] += 1
                continue
            org = entity_type == "ORG"
            name = natural_case(words, know, org)
            aliases = []
            if acronym and acronym_of(acronym, words, know):
                aliases.append(acronym)
            for synonym in record.synonyms:
                syn_words, syn_acronym = split_acronym(strip_article(phrase_words(synonym), know))
                if not syn_words:
                    continue
                if entity_type == "PERSON":
                    syn_words = person_alias(syn_words, words, know)
                elif entity_type == "GPE" and not place_alias(syn_words, words, know):
                    syn_words = None
                elif org and syn_words[0].lower() in know.given:
                    syn_words = None  # a member named under the group
                elif org and not same_body(syn_words, words, know):
                    syn_words = None  # FEDERAL_AVIATION_ADMINISTRATION_ under a department
                if syn_acronym and org and acronym_of(syn_acronym, syn_words or words, know):
                    aliases.append(syn_acronym)
                if not syn_words:
                    stats["aliases dropped: not a name of the entity"] += 1
                    continue
                reason = danger(syn_words, entity_type, know)
                if reason:
                    stats["aliases dropped: " + reason] += 1
                    continue
                aliases.append(natural_case(syn_words, know, org))
            codes = [parse_code(c, r) for c, r in record.codes if c != "---"]
            spelled = hyphenated_name(name, aliases, know)
            if spelled != name:
                aliases = [a for a in aliases if a != spelled] + [name]
                name = spelled
            key = name.lower()
            # A record named by an earlier one's alias is more of that entity (KOFI_ANNAN_ with
            # +K._ANNAN_, then K._ANNAN_ on its own).
            key = alias_of.get(key, key) if alias_of.get(key) and entries[alias_of[key]][1] == entity_type else key
            if key in entries:
                if entries[key][1] != entity_type:
                    stats["dropped: same name, other type"] += 1
                    continue
                stats["merged: same name"] += 1
                entries[key][2].extend(aliases + ([name] if key != name.lower() else []))
                entries[key][3].extend(codes)
                continue
            entries[key] = [name, entity_type, aliases, codes]
            order.append(key)
            for alias in aliases:
                alias_of.setdefault(alias.lower(), key)
    # An alias two entities claim, or that names another entity, is left out.
    claims = defaultdict(set)
    for key in order:
        for alias in entries[key][2]:
            claims[alias.lower()].add(key)
    result = []
    for key in order:
        name, entity_type, aliases, codes = entries[key]
        kept, seen = [], {key}
        for alias in aliases:
            lower = alias.lower()
            if lower in seen:
                continue
            seen.add(lower)
            if len(claims[lower]) > 1 or (lower in entries and lower != key):
                stats["aliases dropped: claimed by two entities"] += 1
                continue
            kept.append(alias)
        if entity_type == "PERSON":
            bare = without_middle_initials(name, kept)
            if bare != name and bare.lower() not in entries:
                kept = [a for a in kept if a != bare] + [name]
                name = bare
        result.append((name, entity_type, kept, list(dict.fromkeys(codes))))
        stats["kept: " + entity_type] += 1
    stats["aliases kept"] = sum(len(r[2]) for r in result)
    return result


# ---- agents ----------------------------------------------------------------------------


def plural(word):
    """PETRARCH's regular plural, except that a word already plural stays ("GENERALS") and a
    vowel before Y keeps it ("ENVOYS")."""
    if word.endswith("SS"):
        return word + "ES"
    if word.endswith("S"):
        return word
    if word.endswith("Y") and word[-2:-1] not in ("A", "E", "O", "U"):
        return word[:-1] + "IES"
    return word + "S"


def singular(word):
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("s", "")):
        if word.endswith(suffix):
            return word[: len(word) - len(suffix)] + replacement
    return word


def convert_agents(path, know, stats):
    rows, agents_of = {}, defaultdict(set)
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            text = raw.partition("#")[0].strip()
            if not text or text.startswith("<") or "=" in text:
                continue
            stats["agent entries read"] += 1
            m = re.match(r"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]?", text)
            if not m:
                stats["agent entries dropped: unreadable"] += 1
                continue
            phrase, braces, code = m.group(1).strip(), m.group(2), m.group(3).strip("~}] ")
            agent = AGENT_VALUES.get(code[:3])
            if agent is None:
                stats["agent entries dropped: code with no contract value"] += 1
                continue
            if not re.fullmatch(r"[A-Z]+(-[A-Z]+)?", phrase):
                stats["agent entries dropped: more than one word or not a word"] += 1
                continue
            if singular(phrase.lower()) in know.titles:
                stats["agent entries dropped: a title (one office-holder)"] += 1
                continue
            forms = [phrase] if braces is not None and not braces.strip() else [braces.strip() if braces else plural(phrase)]
            for form in forms:
                word = form.lower()
                if word in know.curated_agents:
                    stats["agent words already curated"] += 1
                else:
                    rows[word] = agent
                    agents_of[word].add(agent)
    kept = {}
    for word, agent in rows.items():
        if len(agents_of[word]) > 1:
            stats["agent words dropped: two agents"] += 1
            continue
        kept[word] = agent
        stats["agent words kept: " + agent] += 1
    return sorted(kept.items(), key=lambda item: (item[1], item[0]))


# ---- output ---------------------------------------------------------------------------


def notice_lines(path):
    with open(path, encoding="utf-8") as f:
        return ["# " + line.rstrip() if line.strip() else "#" for line in f]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--agents", action="store_true", help="convert an agents dictionary")
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--data", default=os.path.join(here, "..", "data"))
    parser.add_argument("--notice", help="licence notice to copy (default: LICENSE beside the input)")
    args = parser.parse_args()
    notice = args.notice or os.path.join(os.path.dirname(os.path.abspath(args.files[0])), "LICENSE")
    know = Knowledge(args.data, WordNet(args.wordnet))
    stats = Counter()
    sources = " ".join(os.path.basename(f) for f in args.files)
    out = sys.stdout
    if args.agents:
        rows = convert_agents(args.files[0], know, stats)
        out.write(f"# Group nouns from the Phoenix agents dictionary ({sources}), by the agent\n"
                  "# they give (word <TAB> agent), written by scripts/phoenix_to_actors.py --agents;\n"
                  "# read by extract/vocabulary.cc with the curated lists beside it. Source licence:\n")
    else:
        rows = convert_actors(args.files, know, stats)
        out.write(f"# Known actors from the Phoenix actor dictionaries ({sources}), written by\n"
                  "# scripts/phoenix_to_actors.py (docs/entities.md, \"Actor dictionaries\"); read by\n"
                  "# extract/names/actor_dictionary.cc. One actor a line:\n"
                  "#   name <TAB> PERSON|GPE|ORG|LOC <TAB> alias|alias... <TAB> CODE[:FROM..TO] ...\n"
                  "# Source licence:\n")
    if os.path.exists(notice):
        out.write("\n".join(notice_lines(notice)) + "\n")
    for row in rows:
        if args.agents:
            out.write(f"{row[0]}\t{row[1]}\n")
        else:
            name, entity_type, aliases, codes = row
            out.write(f"{name}\t{entity_type}\t{'|'.join(aliases)}\t{' '.join(codes)}\n")
    for key in sorted(stats):
        print(f"{key}: {stats[key]}", file=sys.stderr)


if __name__ == "__main__":
    main()
