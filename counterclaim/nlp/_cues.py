"""Cue lexicons for actors and claims: the words, as data, that the rules in actors.py and attribution.py read.

Lemmas are lower-case spaCy lemmas. Keeping them here lets the rules stay short and lets a reader
see at a glance which words make a statement a claim, a denial, a hedge or a warning.
"""

from __future__ import annotations

# --- actors ---------------------------------------------------------------------------------------

# Head nouns of phrases that speak for a state ("Kenyan police", "Colombia's government").
OFFICIAL_NOUNS = frozenset({
    "police", "government", "authorities", "authority", "official", "officials", "ministry", "military", "army",
    "forces", "force", "troops", "investigators", "detectives", "detective", "prosecutor", "prosecutors",
    "intelligence", "administration",
    "spokesman", "spokeswoman", "spokesperson", "president", "minister", "office", "embassy", "services",
    "service", "agency", "agencies", "agents", "department", "commander", "chief", "leadership", "regime",
    "cabinet", "presidency",
    "officer", "officers", "diplomat", "diplomats", "ambassador", "envoy", "state", "structures", "navy",
    "command", "council", "interior", "defence", "defense", "secretary", "premier", "lead",
    "sources", "source", "investigation", "inquiry", "statement", "rep", "representative", "junta", "parliament",
    "court", "tribunal",
})
# Civil bodies no list knows that speak for themselves ("the war monitor blamed X", "a local rights group accused
# X"): monitors by their noun alone; a group, network or committee only with a civil modifier ("a medical
# group", not "an armed group"). Organisation names with these words are civil bodies too.
CIVIL_BODY_NOUNS = frozenset({"monitor", "observatory", "watchdog", "ngo", "charity", "tracker"})
CIVIL_BODY_HEADS = frozenset({"group", "network", "organisation", "organization", "committee", "association",
                              "body", "coalition", "union", "centre", "center"})
CIVIL_BODY_MODIFIERS = frozenset({"rights", "medical", "doctors", "doctor", "aid", "humanitarian", "relief",
                                  "monitoring", "advocacy", "activist", "activists", "health", "watch", "lawyers",
                                  "journalists", "civil", "civic", "charity", "charitable", "volunteer", "victims"})
# Words of a research body's name ("the X Institute for Peace Studies", "the Y Analysts Network"): a think tank or
# a university, whose titled people speak for it, never for the story's state.
RESEARCH_BODY_WORDS = frozenset({"institute", "institution", "university", "foundation", "studies", "research",
                                 "analysts", "think-tank", "thinktank"})
# Words that rank an unnamed party among its country's ("the main opposition party", "the largest opposition party").
LEADING_PARTY_WORDS = frozenset({"main", "largest", "biggest", "principal", "leading", "key", "chief", "major"})
# Nominals that stand for the state of the story when no country modifies them ("the police said").
BARE_STATE_NOMINALS = frozenset({
    "police", "government", "authorities", "military", "army", "officials", "investigators", "prosecutors",
    "prosecutor", "officers", "officer", "detectives", "detective",
    "ministry", "interior ministry", "foreign ministry", "defence ministry", "defense ministry",
    "security forces", "police chief", "police commissioner", "spokesman", "presidency",
    "official", "security official", "security officials", "security source", "security sources",
    "intelligence source", "intelligence sources", "state agents", "security agents", "intelligence agents",
    "intelligence agencies", "security agencies",
    "interior minister", "foreign minister", "defence minister", "defense minister", "security minister",
    "minister",
    "court", "tribunal",  # a court of the story's state: "a court in the capital convicted ..."
})
# Qualifiers that put a state's agencies or agents outside the story's state ("foreign intelligence agencies",
# "Western intelligence", "regional security agencies"): they are some other states', which the text leaves unnamed.
OUTSIDE_STATE_QUALIFIERS = frozenset({"foreign", "western", "regional", "international", "allied", "other",
                                      "overseas", "outside", "neighbouring", "neighboring", "friendly"})
# The same before any unnamed state voice ("Western intelligence officials", "foreign diplomats", "European security
# sources"): some other states', not the story's. Not "other officials" nor "regional officials", which are the
# story's state's own more often than not; "European" names a continent's states, no one of them.
OUTSIDE_STATE_SPEAKER_QUALIFIERS = OUTSIDE_STATE_QUALIFIERS - {"other", "regional"} | {"european"}
# Words of a state's arm that may stand between such a qualifier and the voice ("Western intelligence officials",
# "allied military officials", "foreign intelligence service officials"); any other word takes the qualifier
# ("International airport police" are the airport's, no other state's).
OUTSIDE_STATE_ARM_WORDS = frozenset({"intelligence", "security", "military", "defence", "defense", "diplomatic",
                                     "government", "service", "services", "counterterrorism", "counter-terrorism"})
# Unnamed local figures who speak for their community, not for a state ("a community leader alleged ...", "the
# village head said ..."): a modifier and a head noun (singular), read as one phrase.
COMMUNITY_FIGURES = frozenset({
    "community leader", "community head", "community elder", "community chief", "village head", "village chief",
    "village elder", "village leader", "tribal elder", "tribal leader", "tribal chief", "clan elder", "clan leader",
    "traditional ruler", "traditional leader", "traditional chief", "youth leader", "local leader", "ward head",
})
# Unnamed private people who speak for themselves, as a community figure does (docs/conventions.md): a victim's kin
# with a possessive ("his brother accused X", "the boy's mother said") and the people of a place ("residents
# blamed X", "villagers accused the army") - read as speakers only as the subject of a speech or an accusation.
KIN_SPEAKERS = frozenset({"mother", "father", "brother", "sister", "son", "daughter", "wife", "husband", "widow",
                          "uncle", "aunt", "cousin", "nephew", "niece", "parents", "family", "relative", "relatives",
                          "grandfather", "grandmother"})
COMMUNITY_SPEAKERS = frozenset({"residents", "villagers", "locals", "inhabitants", "townspeople", "villager",
                                "resident"})
# People who saw or lived through the attack, who speak for themselves too ("a witness said JNIM fighters had
# killed him", "survivors blamed the militia").
WITNESS_SPEAKERS = frozenset({"witness", "witnesses", "eyewitness", "eyewitnesses", "survivor", "survivors"})
# Unnamed parties of an attacked ship, who speak for themselves ("the ship owner said ...", "the vessel's operator",
# "the owners of the tanker", "the shipping company").
VESSEL_NOUNS = frozenset({"ship", "vessel", "tanker", "freighter", "shipping", "bulker"})
# The kinds of ship a name follows ("the tanker Marlin Luanda", "the bulk carrier Star Nasia"): the actor reader's
# named vessel and the merger's ship at sea.
SHIP_KINDS = frozenset({"ship", "vessel", "tanker", "freighter", "bulker", "carrier", "containership", "ferry",
                        "trawler", "dhow"})
# Parts of a town named before or after them ("Shingani neighborhood, Mogadishu", "the Dora neighbourhood"): the place
# reader's quarters and the merger's spots inside a town.
QUARTER_WORDS = frozenset({"neighborhood", "neighbourhood", "area", "quarter", "suburb"})
# Abbreviations that close a company's name with a full stop ("Julius Berger Nig. Plc.", "Acme Ltd."); no
# sentence ends on one when a lower-case word runs on ("... Plc. near Lokoja").
COMPANY_ABBREVIATIONS = frozenset({"ltd", "plc", "inc", "co", "corp", "nig", "bros", "pvt", "llc", "gmbh", "sa",
                                   "int'l", "intl", "coy", "cie"})
SHIP_PARTY_HEADS = frozenset({"owner", "operator", "manager", "company", "firm", "charterer"})
# Local offices of the state with no name ("the governor said", "the council chairman blamed ..."): a head
# noun alone, or one of the heads after a local-government word.
LOCAL_OFFICE_HEADS = frozenset({"governor", "mayor"})
# Modifiers of a local office held against the state ("the Taliban's shadow governor", "the rebel governor of X",
# "the self-styled mayor"): its holder speaks for no state's local government.
PARALLEL_OFFICE_MODIFIERS = frozenset({"shadow", "rebel", "separatist", "insurgent", "self-styled",
                                       "self-proclaimed", "self-declared", "parallel", "militant", "jihadist"})
LOCAL_GOVERNMENT_WORDS = frozenset({"council", "government", "lga", "district", "county", "municipal", "area",
                                    "provincial", "regional", "prefecture"})
LOCAL_GOVERNMENT_HEADS = frozenset({"chairman", "chairwoman", "chairperson", "commissioner", "administrator",
                                    "officer", "chief", "head", "official"})
# Officers of the state named by rank alone ("a police colonel said", "an army captain", "the judge said"): a rank
# speaks for the story's state after a force word (a ship's captain or a rebel colonel does not); a judge or
# magistrate speaks for the state as a court does; so do India's police posts by their initials ("the SP said",
# "the SHO", "the DIG"), written in capitals.
RANK_NOUNS = frozenset({"colonel", "captain", "major", "lieutenant", "sergeant", "inspector", "superintendent",
                        "constable", "commandant", "brigadier", "corporal", "general", "commissioner"})
FORCE_WORDS = frozenset({"police", "army", "military", "navy", "naval", "security", "border", "gendarmerie",
                         "paramilitary", "marine", "airforce"})
BENCH_NOUNS = frozenset({"judge", "magistrate"})
POLICE_INITIALS = frozenset({"SP", "SSP", "ASP", "DSP", "SHO", "DIG", "IG", "IGP", "DGP", "ADGP", "DCP", "ACP",
                             "SDPO"})
# Titles that make a named person speak for a state or body.
TITLE_WORDS = frozenset({
    "president", "minister", "premier", "spokesman", "spokeswoman", "spokesperson", "secretary", "official",
    "chief", "commander", "general", "admiral", "colonel", "major", "captain", "lieutenant", "director",
    "governor", "ambassador", "envoy", "adviser", "advisor", "aide", "head", "inspector", "superintendent",
    "commissioner", "mayor", "senator", "chancellor", "king", "prince", "emir", "sheikh", "leader", "officer",
    "deputy", "representative", "prosecutor", "sergeant", "brigadier", "marshal", "lawmaker", "legislator",
    "secretary-general", "rep", "chairman", "chairwoman", "chairperson", "spox",
    # members of a legislature or council, often written before the name with their seat ("Foyle MLA X")
    "mp", "mla", "mep", "msp", "mna", "mpa", "councillor", "councilor", "congressman", "congresswoman",
    "assemblyman", "assemblywoman", "alderman",
}) | BENCH_NOUNS  # a named judge speaks for the state her court belongs to
# Words before or in a person's name that tell the person's sex, for pronoun agreement ("Ms Aisha Bello ... He
# said" is not she): honorifics and gendered titles or nouns of a speaker.
MALE_WORDS = frozenset({
    "mr", "mr.", "sir", "lord", "king", "prince", "emir", "sheikh", "father", "brother", "monsignor", "man",
    "spokesman", "chairman", "congressman", "assemblyman", "businessman", "policeman", "husband", "son", "uncle",
})
FEMALE_WORDS = frozenset({
    "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "sister", "woman",
    "spokeswoman", "chairwoman", "congresswoman", "assemblywoman", "businesswoman", "policewoman", "wife",
    "daughter", "aunt", "mother", "widow",
})
# Titles of someone who speaks for a body: with no body named, the body is the one the text just named as claiming,
# or the one "its" / "their" refers to ("JNIM claimed it, with spokesman X saying ...", "Its spokesman X said").
SPOKESPERSON_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "spox"})
# Abbreviated ranks and titles ("Gen. Ali Hassan", "Lt. Col. ...", "Sen. ..."), without their full stop: the
# one list that the title reader, the tokenizer's special cases (nlp/pipeline) and the recaser of capitals copy
# (actors._ABBREVIATED_TITLE) read.
TITLE_ABBREVIATIONS = frozenset({
    "gen", "gens", "col", "lt", "maj", "brig", "capt", "cpt", "sgt", "adm", "cmdr", "cdr", "insp", "supt", "cpl",
    "pvt", "gov", "sen", "rep", "amb", "pres", "lt.-gen", "maj.-gen", "lt-gen", "maj-gen", "brig.-gen", "brig-gen",
})
# A former office holder speaks for himself (DESIGN: "an individual speaking only for himself").
# Collective nouns a body's own name puts in the possessive ("the Pakistan People's Party", "the Workers' Party"):
# no possessor before the name, as "Thailand's" is in "Thailand's Pheu Thai Party"
NAME_POSSESSIVE_NOUNS = frozenset({"people", "workers", "women", "farmers", "peasants", "toilers", "patriots"})
FORMER = frozenset({"former", "ex", "ex-", "retired", "late"})
# Nominals that refer back to the last named armed group ("the group said", "the militants claimed").
GROUP_ANAPHORS = frozenset({
    "group", "militants", "organisation", "organization", "rebels", "insurgents", "jihadists", "outfit",
    "movement", "faction", "militia", "guerrillas", "guerrilla", "separatists", "extremists", "terrorist group",
    "terror group", "gang", "cartel",
})
# Head nouns that make a capital city an actor ("the Kiev regime").
REGIME_NOUNS = frozenset({"regime", "government", "administration", "leadership", "authorities", "junta"})
# Listed groups (canonical names) that govern their home state, so "the Taliban government" speaks for the state;
# "the Houthi government in Sanaa" or "the Hamas government in Gaza" stay the group's (the state has another).
GOVERNING_GROUPS = frozenset({"Taliban"})
# Clerics who speak for themselves or their church ("the archbishop of X, Y, condemned ...").
CLERIC_TITLES = frozenset({"archbishop", "bishop", "pope", "imam", "rabbi", "patriarch", "cardinal", "mufti",
                           "cleric", "pastor", "priest", "vicar", "metropolitan", "ayatollah"})
# Affixes that point from "Islamic State" to one of its branches ("Islamic State's West African branch").
BRANCH_NOUNS = frozenset({"branch", "affiliate", "province", "wing", "chapter", "franchise", "offshoot", "arm"})

# --- claims ---------------------------------------------------------------------------------------

# Verbs whose subject claims an act as its own when the object is responsibility or the act.
CLAIM_VERBS = frozenset({"claim", "admit", "acknowledge", "accept", "take", "declare", "issue", "own"})
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit", "claim", "ownership"})
# Nouns for the incident itself ("claimed the attack").
ACT_NOUNS = frozenset({
    "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "ambush", "assault",
    "raid", "killing", "killings", "murder", "kidnapping", "abduction", "strike", "strikes", "shooting",
    "massacre", "operation", "operations", "vessel", "ship", "assassination", "attempt", "incident", "sabotage",
    "hijacking", "hit", "blow", "siege", "onslaught", "offensive", "beheading", "execution", "arson",
    "cyberattack", "rocket", "rockets", "missile", "missiles", "drone", "drones", "bus", "car", "convoy",
    "stabbing", "shelling",
})
# What "claimed" counts, not who: "claimed 17 lives", "claimed the title".
CLAIM_NON_OBJECTS = frozenset({
    "life", "lives", "victim", "victims", "title", "victory", "win", "seat", "seats", "prize", "crown", "medal",
    "trophy", "championship", "share", "stake", "asylum", "benefit", "benefits", "damages", "compensation",
    "refund", "land", "territory", "throne", "percent", "%",
})
# The plain reporting verbs ("said", "told", "confirmed"): the core that every reader of "who reported
# it" shares; each adds its own few (quantities "tweeted", segment "denied", build "quoted").
REPORTING_VERBS = frozenset({"say", "tell", "report", "announce", "state", "add", "confirm"})
# Speech acts that introduce someone's statement.
SAY_VERBS = frozenset({
    "say", "tell", "state", "report", "announce", "add", "write", "declare", "indicate", "confirm", "believe",
    "suspect", "think", "suggest", "hint", "insist", "assert", "maintain", "reiterate", "conclude", "find",
    "allege", "claim", "tweet", "post", "explain", "note", "warn", "charge", "argue", "point", "disclose",
    "reveal", "acknowledge", "admit", "accuse", "blame", "signal", "imply", "speculate", "assess", "determine",
    "establish", "show", "testify", "stress", "emphasise", "emphasize", "affirm", "contend", "deny",
    "reject", "refute", "dismiss", "rule", "fear", "identify", "link", "attribute", "describe",
})
# Verbs that suppose who someone is ("gunmen believed to be X", "the attackers were suspected to be X").
SUPPOSING_VERBS = frozenset({"suspect", "believe", "think", "say", "presume", "understand"})
# Verbs of holding a view ("they believe", "we suspect"): one official's "they" as their subject is his own side
# ("a police spokesman said they believed X was behind it"), not another actor.
BELIEF_VERBS = SUPPOSING_VERBS | {"know"}
# Verbs whose object is the accused ("accused Ukraine", "blamed Israel").
ACCUSE_VERBS = frozenset({"accuse", "blame", "charge", "implicate", "finger", "attribute", "pin", "point"})
# Lemmas of the police taking people into custody ("detained three suspects", "rounded up", "nabbed"), and of the
# case the state then brings against them ("charged", "indicted", "convicted", "sentenced", "jailed"). Readers add
# their own: the trigger reader what police also do in a raid (seize goods), the claim reader a capture by troops,
# the segmenter the holding and questioning of suspects.
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "nab", "round"})
COURT_VERBS = frozenset({"charge", "indict", "prosecute", "try", "convict", "sentence", "jail"})
# Predicates that tie an agent to the act.
AGENT_VERBS = frozenset({
    "carry", "perpetrate", "orchestrate", "mastermind", "stage", "launch", "fire", "commit", "conduct",
    "execute", "plan", "organise", "organize", "order", "sponsor", "direct",
})
# A state's security forces, and the operations by which they answer an attack ("our special forces carried
# out the final operation", "troops launched a counter-attack"): a response, not the attack.
SECURITY_FORCE_NOUNS = frozenset({"forces", "force", "troops", "soldiers", "police", "policemen", "army", "military",
                                  "commandos", "personnel", "units", "unit", "officers", "servicemen"})
RESPONSE_OPERATIONS = frozenset({"operation", "operations", "raid", "raids", "rescue", "counter-attack",
                                 "counterattack", "counteroffensive", "counter-offensive", "crackdown", "sweep",
                                 "clearance", "counter-operation", "mop-up"})
# Words by which forces' fire is told as an answer to attackers ("fired in self-defence", "in response"): a state's
# forces owning such a response claim nothing of the attack. Only of shooting (ANSWERING_FIRE_VERBS, with no object
# but FIRE_OBJECTS): "carried out the strikes in response to the attack" owns the strikes.
RESPONSE_MARKERS = frozenset({"self-defence", "self-defense", "response", "retaliation"})
ANSWERING_FIRE_VERBS = frozenset({"fire", "shoot", "return"})
FIRE_OBJECTS = frozenset({"fire", "shot", "shots", "back"})
# Covert acts any actor (a state too) can be said to have done: "Israel may have sabotaged the plant".
COVERT_VERBS = frozenset({"sabotage", "poison", "assassinate", "hack", "murder", "orchestrate", "mastermind"})
# Violent verbs that tie an armed group (not a state or person) to the act: "its fighters killed 28".
GROUP_ACT_VERBS = frozenset({
    "target", "kill", "kidnap", "abduct", "attack", "bomb", "plant", "detonate", "shoot", "hit", "strike",
    "ambush", "storm", "raid", "murder", "assassinate", "behead", "destroy", "seize", "capture",
    "shell", "bombard", "overrun", "hijack", "torch", "massacre", "burn", "raze", "firebomb",
})
# How armed men come upon their victims ("armed men stopped the bus", "gunmen boarded the train", "opened fire on
# the crowd"): with GROUP_ACT_VERBS, the verbs of the act itself that a sentence after the toll may tell.
ARRIVAL_VERBS = frozenset({"board", "stop", "block", "enter", "invade", "surround", "intercept", "waylay", "barricade",
                           "open", "fire", "break", "swoop", "descend", "arrive"})
# What a group is called when another stands behind it: "the group was a front for the TTP", "a cover for X",
# "a proxy of Y" (the one behind it is accused of the group's act).
FRONT_NOUNS = frozenset({"front", "cover", "proxy", "facade", "façade", "alias", "mask"})
# A weapon put to use ("the grenade was thrown by X", "the bomb had been planted by Y"): its agent, group or state,
# did the act, as "carried out by" says.
WEAPON_USE_VERBS = frozenset({"throw", "hurl", "lob", "plant", "detonate", "place", "lay", "trigger"})
PLANTED_WEAPONS = frozenset({"bomb", "bombs", "explosive", "explosives", "device", "devices", "grenade", "grenades",
                             "ied", "ieds", "landmine", "landmines", "mine", "mines", "firebomb", "firebombs"})
# Verbs that tell people killed or hurt ("killed five", "two were wounded", "..., injuring six"). Readers add
# their own: the trigger reader "harm" ("no one was harmed"), the toll reader "die", the incident builder the acts
# that hit a person without a toll (kidnap, shoot, attack), the figurative-use check other violent verbs.
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim"})
# Verbs of an act still ahead ("was planning strikes", "was plotting to attack hotels") and the acts so plotted: said
# before the attack, a warning of it.
PLOT_VERBS = frozenset({"plan", "prepare", "plot", "organise", "organize", "intend", "scheme"})
PLOTTED_VERBS = HARM_VERBS | {"attack", "strike", "bomb", "target", "hit", "kidnap", "abduct"}
# Harm a speaker can charge the forces with ("the army killed my son", "soldiers shot dead three civilians").
CHARGED_HARM_VERBS = HARM_VERBS | {"shoot", "murder", "massacre", "abduct", "kidnap", "torture", "beat"}
# Natural forces that kill or hurt with no one attacking ("Lightning struck a classroom, killing three pupils",
# "killed in a landslide", "a tree fell on a bus"): harm they do opens no incident.
NATURAL_HAZARDS = frozenset({
    "lightning", "thunderbolt", "thunderstorm", "storm", "flood", "floods", "flooding", "flash-flood", "deluge",
    "landslide", "landslip", "mudslide", "rockslide", "avalanche", "earthquake", "quake", "tremor", "tsunami",
    "cyclone", "hurricane", "typhoon", "tornado", "rain", "rains", "downpour", "heatwave", "tree", "torrent",
    "blizzard", "snowstorm", "sandstorm", "hailstorm", "windstorm", "gale", "gales", "monsoon",
})
# What the weather kills people of ("died of exposure", "died from heatstroke"): a natural death, no one's act.
EXPOSURE_CAUSES = frozenset({"exposure", "hypothermia", "heatstroke", "sunstroke", "dehydration", "frostbite", "cold",
                             "heat"})
# What "exposure to X" names when it is the weather's ("exposure to the cold / the elements"); "exposure to tear
# gas" or "to a toxin" is a harm someone may have done.
EXPOSURE_WEATHER = frozenset({"cold", "heat", "elements", "weather", "sun", "snow", "frost", "wind", "winds", "rain",
                              "rains", "freezing", "temperatures"})
# The hazards that are events one dies "in" or "during" ("died in a landslide", "killed during the floods"); the
# weather ("shot in the rain", "killed during a downpour") is only the scene of whatever happened in it.
HAZARD_EVENTS = NATURAL_HAZARDS - {"lightning", "thunderbolt", "thunderstorm", "storm", "rain", "rains", "downpour",
                                   "heatwave", "tree"}
# Harm done by a hand and a weapon ("shot in a landslide-hit village", "stabbed during the floods"): never a natural
# force's, whatever disaster it happened in.
WEAPON_HARM_VERBS = frozenset({"shoot", "stab", "hack", "behead", "gun", "machete", "strangle", "lynch", "club",
                               "bludgeon", "slit", "butcher"})
# A group that says it will free someone says it holds them: "the group will free the father".
RELEASE_VERBS = frozenset({"free", "release"})
MARTYRDOM_VERBS = frozenset({"embrace", "attain", "achieve", "receive", "meet"})
"""Lemmas of the verbs that take 'martyrdom' for died in South Asian news English ("embraced martyrdom")."""
CAPTIVE_NOUNS = frozenset({"hostage", "captive", "father", "mother", "son", "daughter", "soldier", "child", "girl",
                           "boy", "worker", "crew", "passenger", "prisoner", "student", "schoolgirl", "schoolboy",
                           "tourist", "journalist", "priest", "nun", "engineer", "victim", "abductee"})
# People named by the living they make or the way they travel (lemmas): unarmed civilians when the forces are
# charged with harming them ("the army killed 20 herders", "soldiers shot dead six traders").
LIVELIHOOD_NOUNS = frozenset({"farmer", "herder", "herdsman", "pastoralist", "nomad", "shepherd", "fisherman",
                              "trader", "merchant", "shopkeeper", "vendor", "hawker", "peasant", "miner", "labourer",
                              "laborer", "driver", "motorist", "traveller", "traveler", "commuter", "pilgrim",
                              "worshipper", "teacher", "student", "villager", "resident", "civilian", "mourner",
                              "farmhand", "woodcutter", "gold-miner"})
# Nouns whose owner states a finding ("the police's main line of inquiry was that ...").
FINDING_NOUNS = frozenset({"line", "inquiry", "theory", "conclusion", "assessment", "finding", "findings",
                           "belief", "view", "suspicion", "investigation", "position"})
# Nouns of a news medium: what a spokesman speaks on ("said on the group's television channel") and what an
# outlet's initials stand before ("the IRNA news agency").
MEDIUM_NOUNS = frozenset({"channel", "television", "tv", "radio", "website", "outlet", "newspaper", "daily", "agency",
                          "news", "wire", "broadcaster", "network", "media"})
# Words before "agencies" / "agents" that make a trade, not an arm of the state ("Indian news agencies", "Greek
# shipping agents", "travel agents"): with them the noun speaks for no state.
TRADE_AGENT_WORDS = MEDIUM_NOUNS | frozenset({"press", "shipping", "travel", "insurance", "estate", "booking",
                                              "advertising", "talent", "sports", "recruitment", "employment"})
# Lemmas (and the adjectives the tagger leaves unlemmatised) that make a state or group the patron of an armed
# group ("Iran-backed militias", "a militia linked to Iran", "elements affiliated with X", "a group loyal to
# X"): named to say whom attackers serve, neither where the story is set, nor a speaker, nor "it"'s referent.
PATRON_VERBS = frozenset({
    "back", "sponsor", "support", "fund", "finance", "arm", "direct", "inspire", "ally", "align", "aligned",
    "affiliate", "affiliated", "link", "linked", "tie", "tied", "connect", "connected", "associate", "associated",
    "loyal",
})
# Adverbs of a habit ("Al-Shabaab frequently attacks hotels"): told of no one time, so neither this attack
# (the trigger reader's) nor a statement that the actor did it (the claim reader's, which adds "repeatedly",
# "previously", "before": a record, not a habit, but background all the same).
HABITUAL_ADVERBS = frozenset({
    "often", "frequently", "regularly", "routinely", "usually", "typically", "commonly", "habitually", "generally",
    "sometimes", "occasionally", "periodically",
})
# Adverbs of an act told more than once ("have attacked the village twice this year"): a tally of acts, no
# one attack.
REPEAT_ADVERBS = frozenset({"repeatedly", "again", "twice", "thrice"})
# "Suspicion fell on X", "blame centred on X": a hedged attribution (the claim reader's) and a perpetrator
# slot (the record builder's) alike.
SUSPICION_NOUNS = frozenset({"suspicion", "suspicions", "blame"})
SUSPICION_FALL_VERBS = frozenset({"fall", "focus", "centre", "center", "rest", "turn"})
# Agentive nouns in "the work of X", "X's involvement".
INVOLVEMENT_NOUNS = frozenset({"involvement", "role", "hand", "link", "links", "complicity", "participation",
                               "responsibility", "wrongdoing", "part", "connection"})
# Deny cues: the speaker says the subject did not do it.
DENY_VERBS = frozenset({"deny", "reject", "refute", "dismiss", "rebuff", "disown", "repudiate", "disclaim",
                        "rule", "distance", "contradict", "dispute", "debunk", "disavow", "discount", "exclude"})
# Deny verbs whose negation leaves a possibility open: "did not rule out the involvement of X" is a hedged
# accusation, as "could not rule out" is.
EXCLUDE_VERBS = frozenset({"rule", "discount", "exclude"})
DENY_NOUNS = frozenset({"denial", "rejection", "refutation"})
# Words that make a clause a denial ("we had no role", "we did not do it", "never").
NEGATION_WORDS = frozenset({"no", "not", "n't", "never", "nothing", "none", "neither", "nor"})
# Taking back one's own statement ("withdrew its claim", "retracted the statement"): a group that retracts its
# claim denies the attack.
RETRACT_VERBS = frozenset({"withdraw", "retract", "disown", "disavow", "repudiate", "recant", "rescind", "revoke"})
# An accusation its own wording takes back: "I was wrong to blame X", "admitted he had wrongly blamed the group",
# "apologised for blaming X" (the accuser's denial of X, as a retraction is).
WRONG_ADJECTIVES = frozenset({"wrong", "mistaken", "incorrect", "erroneous", "unfair", "unjust"})
WRONG_ADVERBS = frozenset({"wrongly", "wrongfully", "mistakenly", "erroneously", "falsely", "unfairly", "unjustly",
                           "incorrectly"})
REGRET_LEMMAS = frozenset({"apologise", "apologize", "apology", "regret"})
# An accusation marked as the speaker's first word ("police initially blamed X", "at first said X was behind it"):
# a later word of the same side naming another doer takes it back.
FIRST_WORD_ADVERBS = frozenset({"initially", "originally", "first"})
# Doubt: the speaker thinks the subject did not do it, tentatively (a hedged denial): "he doubted X was behind
# it" (verb), "it was unlikely that X carried out the attack", "X is unlikely to have done it" (adjective).
DOUBT_VERBS = frozenset({"doubt", "question"})
# Verbs by which a third party doubts a claim or a denial put to it ("doubted the claim", "distrusted the denial").
DISBELIEF_VERBS = DOUBT_VERBS | {"disbelieve", "distrust"}
DOUBT_ADJECTIVES = frozenset({"unlikely", "doubtful", "improbable", "implausible", "questionable", "far-fetched"})
# Verbs of likeness whose negation denies what the act is said to be: "this does not look like an IS operation",
# "it was not an IS attack" (look, seem, appear and sound judge by appearance, so the denial is hedged).
LIKENESS_VERBS = frozenset({"be", "look", "seem", "appear", "sound"})
# Footage a side releases ("a video showing its fighters", "a video in which a suspect says ...").
FOOTAGE_NOUNS = frozenset({"video", "videos", "footage", "photo", "photos", "photograph", "photographs", "picture",
                           "pictures", "image", "images", "film", "clip", "clips", "recording"})
# Nouns for someone's statement that a deny verb can take as object ("rejected India's allegation").
STATEMENT_NOUNS = frozenset({"allegation", "allegations", "claim", "claims", "accusation", "accusations",
                             "suggestion", "charge", "charges", "assertion", "narrative", "account", "report",
                             "reports", "remark", "remarks", "comment", "comments", "version", "statement"})
# What a claim is carried in ("claimed the attack in a statement", "a video claiming the bombing"), and the words by
# which the text says the carrier is not the group's ("a forged statement", "the video was fake"): then the group
# made no claim, and whoever says so rejects it.
CLAIM_VEHICLE_NOUNS = frozenset({"statement", "statements", "video", "videos", "message", "messages", "post", "posts",
                                 "letter", "letters", "communique", "communiqué", "audio", "recording", "clip", "note",
                                 "leaflet", "leaflets", "announcement", "tweet", "tweets"})
FORGED_WORDS = frozenset({"fake", "forged", "forge", "fabricated", "fabricate", "doctored", "doctor", "bogus",
                          "counterfeit", "phony", "phoney", "fraudulent", "spurious", "forgery", "fabrication"})
# Hedges (DESIGN: suggested, may have, could be behind, suspected, believed to, allegedly, ...).
HEDGE_WORDS = frozenset({
    "may", "might", "could", "probably", "possibly", "likely", "reportedly", "allegedly", "apparently",
    "suspect", "suspected", "believe", "believed", "suggest", "suggested", "hint", "hinted", "presumably",
    "perhaps", "purportedly", "supposedly", "suspicion", "hallmark", "hallmarks", "indicate", "indicates",
    "indicated", "inquiry", "unconfirmed", "seemingly", "appear", "appears", "appeared", "seem", "seems",
    "speculate", "speculated", "unverified", "if", "whether", "trail", "suspicions", "would", "signature",
    "fingerprints", "think", "thought", "presume", "presumed", "mark", "marks", "imprint",
    # every noun of HALLMARK_NOUNS is a judgement by likeness, so each hedges as "hallmarks" does
    "signatures", "trademark", "trademarks",
})
# Words before a doer that put the writer's distance on who it is ("suspected Boko Haram fighters killed ...",
# "the alleged attacker"): DESIGN's "suspected", and conventions' "the alleged attacker", hedge the attribution.
DOER_HEDGES = frozenset({"suspected", "suspect", "alleged", "presumed", "purported", "putative"})
# Condemnation, sympathy and warning cues (lemmas).
CONDEMN_LEMMAS = frozenset({"condemn", "denounce", "deplore", "decry", "condemnation", "denunciation",
                            "censure", "slam", "castigate", "repudiate"})
# Heads that leave the act of their infinitive or gerund undone ("declined to condemn", "refused to condemn", "has
# failed to condemn", "was reluctant to condemn", "refrained from condemning", "stopped short of condemning"): a
# condemnation or condolence so withheld is none.
WITHHOLDING_HEADS = frozenset({"refuse", "decline", "fail", "neglect", "refrain", "abstain", "reluctant", "unwilling",
                               "loath", "loth", "short"})
# The involvement nouns through which "suspected the involvement of X" names its suspect (claims and narration).
SUSPECTED_INVOLVEMENT = frozenset({"involvement", "hand", "role", "participation", "complicity"}) & INVOLVEMENT_NOUNS
# Heads whose "of X" names the group a person belongs to ("one of its fighters", "members of ISIS").
MEMBER_NOUNS = frozenset({"one", "some", "two", "three", "member", "members", "fighter", "fighters", "militant",
                          "militants", "unit", "cell", "wing", "commander", "leader", "operative", "operatives",
                          "spokesman", "spokesperson", "spokeswoman", "representative", "faction", "branch"})
# People who back a party or group without being its members ("blamed supporters of the ruling party"): as doers
# they lay the act on the party or group they back.
SUPPORTER_NOUNS = frozenset({"supporter", "supporters", "loyalist", "loyalists", "follower", "followers",
                             "partisan", "partisans", "sympathiser", "sympathisers", "sympathizer", "sympathizers"})
# A firm's officers ("the CEO", "managing director X"): they speak for the firm or themselves, not for a state.
CORPORATE_TITLE_WORDS = frozenset({"ceo", "cfo", "coo"})
CORPORATE_OFFICES = frozenset({"managing director"})
# Offices a state holds too ("Chief Executive John Lee", "the agency's executive director"): a firm's only when
# a firm is named beside them.
SHARED_EXECUTIVE_OFFICES = frozenset({"chief executive", "executive director"})
# Words of an organisation's name that make it a state's agency rather than a firm ("the National Intelligence
# and Security Agency"), beside the state-body words of nlp/_org_names.
STATE_AGENCY_WORDS = frozenset({"agency", "national", "bureau", "department", "directorate", "commission"})
# Nouns for a firm ("the company", "the operator"): who speaks as "the company", whose officer a title names.
COMPANY_NOUNS = frozenset({"company", "firm", "operator", "corporation", "contractor", "miner", "employer"})
# Nouns for the person who planned the attack ("the mastermind of the bombing"): said of a group's man, they lay
# the act on his group, as "masterminded by X, a TTP commander" does.
PLANNER_NOUNS = frozenset({"mastermind", "masterminds", "planner", "planners", "organiser", "organisers", "organizer",
                           "organizers", "ringleader", "ringleaders", "architect", "architects"})
# Verbs by which a relative clause makes its person the attack's planner ("the man who planned the bombing").
PLANNING_VERBS = frozenset({"plan", "mastermind", "organise", "organize", "orchestrate", "order", "direct"})
# What a group calls its own dead attacker: 'the bomber was its "martyr" Abu Hamza', "one of our martyrs" (its own
# man, as "one of its fighters" is: the group claims the act).
MARTYR_NOUNS = frozenset({"martyr", "martyrs", "shaheed", "shahid", "mujahid", "mujahideen", "istishhadi"})
# Named parts of an armed group ("the Sagaing chapter of the PDF", "a mobile column of the FARC dissidents",
# "the area committee of the Maoists"): what the part does, the group "of" it does.
UNIT_NOUNS = frozenset({"chapter", "column", "command", "committee", "platoon", "subgroup", "structure", "division",
                        "front", "brigade", "battalion", "wing", "faction", "cell", "unit", "branch"})
# Nouns that name the doer as a copula's predicate ("X was the culprit", "the prime suspect is X"); a suspect, or
# a "likely" or "main" culprit, is a hedged attribution.
CULPRIT_NOUNS = frozenset({"culprit", "perpetrator", "suspect", "author"})  # "author" only "of" the act
TENTATIVE_ROLE_MODIFIERS = frozenset({"likely", "probable", "possible", "potential", "prime", "main", "chief",
                                      "principal", "leading", "top", "suspected", "presumed"})
# The same hedge on an involvement noun ("the possible involvement of X", "X's suspected role"), but not the ranks of a
# culprit ("X's leading role" is firm), and "apparent" ("the apparent involvement of X").
TENTATIVE_INVOLVEMENT_MODIFIERS = TENTATIVE_ROLE_MODIFIERS - {"prime", "main", "chief", "principal", "leading",
                                                              "top"} | {"apparent"}
# People who give a group help, named by where they sit or their demonym ("X and its backers in Tehran", "its Iranian
# sponsors"): that state is named as a doer beside the group.
PATRON_NOUNS = frozenset({"backer", "backers", "sponsor", "sponsors", "patron", "patrons", "paymaster", "paymasters",
                          "handler", "handlers", "masters", "financier", "financiers"})
# Of those, the ones a demonym makes a state ("its Iranian sponsors"): "their Afghan handlers", "Saudi financiers"
# are people of that nationality, no state.
STATE_PATRON_NOUNS = PATRON_NOUNS - {"handler", "handlers", "financier", "financiers"}
# Nouns of a patron's help ("planned with the support of India", "with Iran's backing"): whose help it names is
# accused of sponsoring the attack, and is no country the story is set in.
SUPPORT_NOUNS = frozenset({"support", "backing", "help", "assistance", "sponsorship", "funding", "financing",
                           "aid", "blessing", "patronage", "connivance", "complicity"})
# Verbs that give a thing a name ("what it called Iran's support for the attackers", "branded the claim a lie"):
# a speech act whose object complement is the speaker's word.
BRANDING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dub"})
# Units of a distance counted on a map ("10 km north of", "five miles from"): the bearing of a place from another.
LONG_DISTANCE_UNITS = frozenset({"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles",
                                 "mi"})
# Units of a distance within one spot ("200 metres from the gate"): counts of them are no people either, but a bearing
# in them stays inside the place already named, so the place readers do not chain a country through them.
SHORT_DISTANCE_UNITS = frozenset({"metre", "metres", "meter", "meters", "foot", "feet", "yard", "yards"})
# What a report, a claim or a charge is called when the speaker says it is not true: "a false report of a blast"
# (no blast happened), "the claim is fabricated", "called the accusation groundless".
UNTRUE_WORDS = frozenset({"false", "fake", "bogus", "unfounded", "baseless", "groundless", "fabricated", "untrue",
                          "spurious", "fictitious", "erroneous", "mistaken"})
# What a rejected claim or charge is called: "the claim was a lie", "called the claim a fabrication", "pure propaganda".
UNTRUE_NOUNS = frozenset({"lie", "lies", "fabrication", "fabrications", "propaganda", "fiction", "falsehood",
                          "falsehoods", "hoax", "fantasy", "nonsense", "invention", "disinformation", "misinformation",
                          "fake", "fakes"})
# Scorn that rejects a charge or a claim ("called the accusation absurd") but, as a report's modifier ("a slanderous
# report"), does not say that what the report tells did not happen: verdicts only, not the event-trigger test.
SCORN_WORDS = frozenset({"absurd", "ridiculous", "preposterous", "slanderous", "laughable"})
# "the hallmarks of X", "the signature of X": a hedged attribution.
HALLMARK_NOUNS = frozenset({"hallmark", "hallmarks", "signature", "signatures", "fingerprints", "trademark",
                            "trademarks"})
# The same said with a plainer noun, only as what the act bears ("bears every mark of X", "carries the imprint of X").
MARK_NOUNS = frozenset({"mark", "marks", "imprint"})
# Verbs by which the act is found without a group's mark ("the blast lacked the hallmarks of X"): no doer named.
LACKING_VERBS = frozenset({"lack"})
# Words by which a speaker brands the attack itself ("a cowardly attack", "a barbaric act"): an outrage, in any
# frame, condemns it; terrorism condemns it in the speaker's quoted words ("This is a terrorist act," X said),
# while "X labeled it a terror attack" classifies it (DESIGN: calling it terrorism).
CONDEMN_QUALIFIERS = frozenset({"cowardly", "barbaric", "barbarous", "heinous", "despicable", "dastardly", "inhumane",
                                "abhorrent", "vile", "monstrous", "callous", "odious", "abominable", "reprehensible",
                                "senseless"})
TERROR_QUALIFIERS = frozenset({"terrorist", "terror", "terroristic"})
# The act so branded: "this is a ... attack", "an act of terrorism", "called it a ... crime".
BRANDED_NOUNS = frozenset({"attack", "act", "crime", "atrocity", "outrage", "assault", "massacre", "bombing",
                           "killing", "killings", "murder", "violence", "terrorism"})
# What a group calls its own attack when it claims it: "the attack was retaliation for ...".
RETALIATION_NOUNS = frozenset({"retaliation", "revenge", "response", "retribution", "reprisal", "punishment",
                               "vengeance", "answer"})
SYMPATHY_LEMMAS = frozenset({"condolence", "condolences", "sympathy", "sympathies", "solidarity", "mourn",
                             "grieve", "sorrow", "commiserate", "prayers", "empathy"})
# What people do about an attack after it, in a clause dated on its own ("Lawmakers debated the massacre on
# Tuesday", "Villagers protested on Monday against the killings"): the reaction's day, not the attack's.
REACTION_LEMMAS = frozenset({"debate", "discuss", "protest", "demonstrate", "rally", "march", "interview",
                             "mourn", "grieve", "vow", "pledge", "promise", "urge", "demand", "summon", "react",
                             "respond", "visit", "hail", "praise", "welcome", "criticise", "criticize", "slam",
                             "lament", "decry", "question", "grill", "investigate", "probe", "petition"})
# "traded accusations", "exchanged blame": a reaction by its object ("exchanged fire" is fighting).
REACTION_OBJECT_VERBS = frozenset({"trade", "exchange", "swap"})
REACTION_OBJECTS = frozenset({"accusation", "blame", "barb", "insult", "recrimination", "charge", "word"})
WARNING_LEMMAS = frozenset({"warn", "warning", "alert", "advisory", "threaten", "threat", "vow", "caution"})
# Words that put a side's knowledge before the act ("no prior knowledge of the attack", "knew nothing of it until
# residents called"): not knowing it was coming is no denial of a part in it.
FOREKNOWLEDGE_MARKS = frozenset({"prior", "advance", "advanced", "previous", "beforehand", "before", "until", "till"})
# Warnings that are not about violence ("profit warning", "weather alert").
WARNING_NON_CONTEXT = frozenset({"profit", "earnings", "weather", "storm", "flood", "heat", "health", "price",
                                 "market", "markets", "share", "shares", "budget", "rating", "fire", "tsunami",
                                 "hurricane", "cyclone", "typhoon", "snow"})
# A state setting its alert or threat level ("raised its terrorism alert to the highest level", "the threat
# level", "on high alert") grades a danger; it is no warning about an attack.
ALERT_LEVEL_VERBS = frozenset({"raise", "lower", "heighten", "increase", "reduce", "maintain", "keep", "elevate",
                               "lift", "upgrade", "downgrade"})
ALERT_LEVEL_NOUNS = frozenset({"level", "levels", "state", "status", "footing"})
# Words that mark the speaker's text as a threat of further violence.
THREAT_OBJECTS = frozenset({"attack", "attacks", "revenge", "retaliation", "violence", "operation",
                            "operations", "strike", "strikes", "bloodshed", "war", "vengeance", "response"})
# Nouns of the people who carried out an attack ("the gunmen", "a suicide bomber", "the kidnappers"): the
# casualty reader's perpetrator heads (plus the fighters' nouns) and the claim reader's attackers (plus the
# attack nouns) start from this list. Saboteurs and arsonists did the act as the gunmen did ("the saboteurs were
# suspected members of X").
ATTACKER_NOUNS = frozenset({
    "attacker", "attackers", "assailant", "assailants", "gunman", "gunmen", "bomber", "bombers", "suspect",
    "suspects", "perpetrator", "perpetrators", "killer", "killers", "shooter", "shooters", "hijacker", "hijackers",
    "kidnapper", "kidnappers", "raider", "raiders", "saboteur", "saboteurs", "arsonist", "arsonists",
})
# Armed non-state fighters whom a later bare "the soldiers" may mean ("rebels seized the town ... residents said
# the soldiers killed 12"): no state's forces.
# Unnamed armed men who may claim an act ("the militants claimed it"), as lemmas; the plurals are ARMED_FIGHTER_NOUNS'.
ARMED_DOER_LEMMAS = frozenset({"militant", "insurgent", "jihadist", "rebel", "extremist", "fighter"})
# Verbs of putting a statement, a video or a claim out ("released a video", "posted the claim on Telegram").
PUBLISH_VERBS = frozenset({"release", "publish", "post", "issue", "broadcast", "air", "circulate", "share", "put"})
ARMED_FIGHTER_NOUNS = frozenset({"rebels", "rebel", "fighters", "militants", "insurgents", "jihadists", "militia",
                                 "militias", "militiamen", "guerrillas", "paramilitaries", "separatists"})
# People held or tried for an act ("the suspect", "the defendant"): like the attackers, no victim.
DEFENDANT_NOUNS = frozenset({"defendant", "accused", "convict", "detainee", "suspect", "arrestee"})
# Actors no claim can be about: generic, unnamed perpetrators.
GENERIC_PERPETRATORS = frozenset({"terrorists", "terrorist", "gunmen", "militants", "attackers", "assailants",
                                  "bandits", "insurgents", "extremists", "criminals", "suspects", "bomber",
                                  "rebels", "separatists", "jihadists"})
# Labels that say who the doers are by their community or way of life, not by what they did (docs/conventions.md):
# where a text lays the attack on them ("alleged that the assailants were herders") they are an actor, named in
# GTD's style for such labels ("Tribesmen", "Separatists"): "Herders". The conduct nouns above name no one.
IDENTITY_LABELS = frozenset({"herder", "herdsman", "pastoralist", "nomad", "vigilante"})
# A claimant the text does not name ("an unknown group", "unidentified individuals", "the assailant", "an
# anonymous caller" taking credit): its claim is recorded under this name, and names no perpetrator.
UNNAMED_CLAIMANT = "unidentified claimant"
UNNAMED_MARKS = frozenset({"unknown", "unidentified", "unnamed", "anonymous"})
UNNAMED_CLAIMANT_NOUNS = frozenset({"group", "organisation", "organization", "outfit", "individual", "person",
                                    "people", "man", "men", "caller", "callers"})
# A person the text describes by what he says he is ("a caller who identified himself as X's spokesman", "a man
# who said he spoke for X"): later "the caller" or "the man" is the same person, speaking for X.
SELF_NAMED_PERSON_NOUNS = frozenset({"caller", "man", "woman", "person", "individual"})
# Monitors and wire services relay claims; relaying is not itself a claim.
RELAY_ORGS = frozenset({"SITE Intelligence Group"})
# What is found of the dead, as written ("his body", "the bodies of three traders", "the remains of the pilot"),
# and the lemmas of its turning up ("were found", "recovered", "dumped", "located", "exhumed", "dug up"): the
# casualty reader counts the dead a find names, the trigger reader takes a find of bodies that shows a killing for
# the killing's report, and the segmenter keeps the place of a find below the scene.
DEAD_BODY_NOUNS = frozenset({"body", "bodies", "corpse", "corpses", "remains"})
BODY_FOUND_VERBS = frozenset({"find", "discover", "recover", "retrieve", "dump", "locate", "exhume", "uncover", "dig"})
# Verbs by which a third party corroborates a group's own claim.
CORROBORATE_VERBS = frozenset({"confirm", "verify", "corroborate", "back", "endorse"})
# Movements whose name, in a story about one of their branches, means that branch
# ("Islamic State claims ..." over a report on its West Africa Province).
NARROWING_PARENTS = frozenset({"Islamic State", "Irish Republican Army"})
# Head words that make an unknown named entity an armed group ("Ansar Abi Bakr al-Siddiq Squadron").
GROUP_NAME_WORDS = frozenset({
    "front", "army", "brigade", "brigades", "movement", "forces", "battalion", "battalions", "militia", "organisation",
    "organization", "jamaat", "jama'at", "jamaat-ul", "lashkar", "tehreek", "tehrik", "jaish", "harakat", "ansar",
    "katiba", "saraya", "liwa", "faylaq", "commandos", "squadron", "mujahideen", "mujahidin", "fighters", "tigers",
    "guerrillas", "cell", "cells", "hawks", "falcons", "legion", "vanguard", "resistance", "warriors", "defenders",
    "hizb", "hizbul", "harkat", "ansarullah", "ansaru", "tanzeem", "tanzim", "jamiat", "majlis",
})
# Particles of a hyphenated Arabic or Urdu group name ("Hizb-ut-Tahrir", "Lashkar-e-Taiba", "Harkat-ul-Mujahideen").
ARABIC_NAME_PARTICLES = frozenset({"ul", "ut", "us", "ud", "ur", "un", "ush", "e", "i", "al", "el", "an", "as", "ad",
                                   "ar", "at", "az", "ash"})
# Adverbs that make a fire someone set on purpose ("set deliberately", "a maliciously lit fire"): arson. Both the
# trigger reader and the attack-type rules read them.
ON_PURPOSE_ADVERBS = frozenset({"deliberately", "intentionally", "purposely", "wilfully", "willfully", "maliciously"})
# Fires set on purpose to fight or manage fire or land, no arson: the purpose verb after "to" ("set to contain the
# blaze", "lit to clear land"), and the crews who set them ("firefighters lit backfires").
FIRE_CONTROL_PURPOSES = frozenset({"contain", "control", "clear", "stop", "slow", "halt", "check", "fight"})
FIREFIGHTER_NOUNS = frozenset({"firefighter", "firefighters", "firemen", "fireman"})
# Possessive pronouns before a noun ("its fighters", "his Kabul home"): who owns the thing named after them.
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our", "his", "her", "my"})
# A prison by its common nouns: a place of detention ("in prison", "X jail near Y").
PRISON_NOUNS = frozenset({"prison", "jail"})
