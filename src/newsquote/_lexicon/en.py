"""English lexicon: word lists and tables only, no logic.

Each table says why it exists.  The modules that use a table compile it (into patterns or
sets); ``tests/test_lexicon.py`` checks the tables' integrity (lower case, no stray spaces,
no overlaps where there must be none).
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------
# Abbreviations (sentence segmentation)
# --------------------------------------------------------------------------------------

# Titles before a name: a period after them never ends a sentence ("Mr. Smith", "Gov.
# Newsom", "St. Louis", "Mt. Fuji").  They count only when capitalised, as titles are
# ("in a sec. Then" is the word).
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms messrs mmes dr prof gov sen rep gen lt col maj capt cmdr adm sgt cpl pvt
    st rev fr hon pres supt insp det atty amb sec brig cdr ens mt ft
    sens reps govs gens drs profs revs
    """.split()
)

# Abbreviations before a number: abbreviations only when a number follows ("No. 5",
# "p. 55", "Vol. 2", "N°. 12"); otherwise they are words ("The answer was no. Then").
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    "no nos nr n° p pp vol vols para fig figs art ch sec".split()
)

# Abbreviations that sit inside a sentence and never end one ("e.g. the", "Roe vs. Wade",
# "P.S. You can").
ABBREVIATIONS: frozenset[str] = frozenset("e.g i.e p.s vs cf approx viz ca".split())

# Abbreviations that may end a sentence or sit inside one: they end it only when the next
# word clearly starts a new one ("in the U.S. How about you?" but "the U.S. Government",
# "Apple Inc. CEO", "at 5 p.m. Tuesday").
SENTENCE_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    u.s u.k u.n u.s.a e.u d.c n.y l.a a.d b.c etc inc co corp ltd llc plc bros
    a.m p.m jr sr al dept univ assn ave blvd rd hwy ed eds est
    """.split()
)

# Abbreviations of proper nouns (months, weekdays, US states in AP style): they count only
# when capitalised, because several are also words ("He sat. Then", "She was ill. Doctors
# came").  Like the abbreviations above, they end a sentence only before a sentence
# starter ("Flint, Mich. The", but "Jan. 5", "Calif. Gov. Jerry Brown").
PROPER_NOUN_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    sat sun ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich
    minn miss mo mont neb nev okla ore pa penn tenn tex vt va wash wis wisc wyo
    """.split()
)

# Words that start sentences far more often than they continue a name or a phrase: after
# an abbreviation that can end a sentence ("U.S.", "Inc.", an initial), they show that
# it did ("... Briggs & Co. It closed yesterday.").
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    the a an he she it they we i you this that these those there here how what why when
    where who which but and or so yet if as at in on by for from with after before during
    since while although though because his her its their our my your however meanwhile
    still then now is are was were do does did can could will would should has have had
    not no mr mrs ms dr
    """.split()
)

# Words that open a new clause after a reporting verb ("He said he would go.", "said
# Wednesday she wants"): a clause like that after a quotation is a sentence of its own,
# not a reporting tail.
CLAUSE_OPENERS: frozenset[str] = frozenset("that he she it they we i you there".split())

# Forms of "be": a reporting verb after one is a passive ("The move was first reported by
# the Post."), which is a sentence of its own, never a tail to a quotation.
BE_FORMS: frozenset[str] = frozenset("be is are was were been being".split())

# Words that never open a reporting tail after a quotation: connectives, which link a new
# sentence to the one before ("But the talks continued."), and prepositions, which open an
# adverbial ("In a series of posts Sunday, he wrote"); a speaker opens a tail.
NOT_TAIL_OPENERS: frozenset[str] = frozenset(
    """
    but and or so yet then still however meanwhile moreover instead also
    in on at after before during since while when if for from with by to of about despite
    although though because until unlike like among over under through
    """.split()
)

# --------------------------------------------------------------------------------------
# Reporting cues (quotations)
# --------------------------------------------------------------------------------------

# Reporting verbs, as base forms.  The quote finder inflects regular verbs
# (-s/-ed/-ing with the usual spelling rules) and looks irregular ones up in
# IRREGULAR_VERB_FORMS.  British and American spellings are both listed.
REPORTING_VERBS: frozenset[str] = frozenset(
    """
    say tell add note stress emphasise emphasize insist deny claim warn argue explain confirm
    respond announce caution indicate suggest describe call pledge vow promise accuse concede
    state declare assert contend reply answer ask inquire enquire remark comment
    observe mention report reveal disclose admit acknowledge allege charge complain lament
    boast brag predict forecast estimate reckon believe think recall recount testify
    write tweet post blog tout praise criticise criticize blast slam dismiss reject
    rebut counter retort quip joke muse wonder question demand urge plead beg
    reiterate repeat affirm reaffirm assure reassure threaten swear guarantee maintain
    clarify elaborate specify characterise characterize label brand dub term
    agree disagree concur object protest dispute contest challenge refute
    conclude learn hear signal hint imply recommend propose advise advocate counsel
    proclaim pronounce publish shout yell scream whisper mutter murmur exclaim cry sigh
    inform notify brief remind continue
    bark snap scoff chide gush interject chime laugh point read echo recount
    hope fear expect feel worry know show find remember riff chant
    blame refer thank mock credit denounce decry defend bemoan hail laud pledge cite encourage
    jeer taunt heckle scold rebuke
    """.split()
)

IRREGULAR_VERB_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "hear": ("hear", "hears", "heard", "hearing"),
    "cry": ("cry", "cries", "cried", "crying"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "learn": ("learn", "learns", "learned", "learnt", "learning"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "read": ("read", "reads", "reading"),
}

# Reporting verbs of belief rather than speech: "said X and he feels he can win" goes on
# reporting the speaker, and "told them that she believes X, saying Y" says Y with the
# telling.
BELIEF_VERBS: frozenset[str] = frozenset(
    "believe think feel hope expect know fear worry reckon wonder".split()
)

# Regular verbs that double their final consonant before -ed/-ing although they have more
# than one syllable, or whose vowel is spelled with "qu" ("admitted", "quipped").
DOUBLING_VERBS: frozenset[str] = frozenset(
    "admit refer concur quip commit regret permit omit submit prefer confer defer occur".split()
)

# Verbs that report speech only in some frames.  They need a clause ("that", a colon or
# a quotation) to count, because on their own they are ordinary verbs ("called the
# police", "added sugar", "continued to rise").
WEAK_REPORTING_VERBS: frozenset[str] = frozenset(
    """
    call add continue hear learn post question counter charge term label brand dub
    wonder object maintain snap laugh point read echo expect feel show find
    blame refer thank mock credit denounce decry defend bemoan hail laud cite encourage
    """.split()
)

# Nouns that report speech: "SOURCE's claim that ...", "a statement from ...".
REPORTING_NOUNS: frozenset[str] = frozenset(
    """
    statement claim claims promise promises warning warnings remark remarks comment comments
    assertion assertions announcement allegation allegations accusation accusations
    denial admission argument insistence pledge pledges vow vows threat threats assurance
    assurances suggestion prediction acknowledgment acknowledgement confirmation report
    reports testimony explanation message tweet interview speech address briefing emphasis
    contention complaint complaints declaration observation
    """.split()
)

# --------------------------------------------------------------------------------------
# Speakers
# --------------------------------------------------------------------------------------

# Words that head a role description before or instead of a name ("Kremlin spokesman
# Dmitry Peskov", "the Kremlin spokesperson").
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    president vice-president premier minister secretary spokesman spokeswoman spokesperson
    chairman chairwoman chair chairperson chief director governor senator
    congressman congresswoman representative ambassador envoy mayor leader head ceo cfo
    founder owner official officer commissioner commander general admiral colonel captain
    lieutenant sergeant judge justice attorney lawyer prosecutor professor
    economist analyst expert researcher scientist doctor author writer editor reporter
    correspondent journalist columnist candidate nominee president-elect chancellor king
    queen prince princess emperor pope cardinal bishop archbishop rabbi imam priest
    pastor aide adviser advisor strategist consultant campaigner activist lawmaker
    legislator politician diplomat deputy speaker manager executive treasurer
    inspector superintendent sheriff coach
    """.split()
)

# A later mention with one word of a group resolves to a person introduced with another
# ("the Kremlin spokesperson" -> "Kremlin press secretary Dmitry Peskov").
ROLE_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"spokesman", "spokeswoman", "spokesperson", "secretary"}),
    frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    frozenset({"adviser", "advisor", "aide"}),
    frozenset({"lawmaker", "legislator", "congressman", "congresswoman", "senator"}),
)

# Honorifics and titles before names; they are not part of the canonical name.
NAME_TITLES: frozenset[str] = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady gov sen rep gen lt col maj capt adm sgt
    president vice prime premier minister secretary chancellor king queen prince princess
    pope judge justice senator governor mayor general admiral colonel captain sheriff
    ambassador commissioner chairman chairwoman spokesman spokeswoman spokesperson
    """.split()
)

# Anonymous sources: head nouns that make a mention a "source" speaker.
SOURCE_NOUNS: frozenset[str] = frozenset(
    """
    source sources insider insiders person people witness witnesses observer observers
    """.split()
)

# Written and recorded sources that "show" or "find" things: a mention headed by one is a
# "source" speaker ("a new poll shows ...", "the report found that ...").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """
    poll polls survey surveys study studies analysis analyses report reports data video
    videos footage records documents document review reviews audit audits research
    figures numbers statement statements letter letters memo memos filing filings
    complaint indictment transcript transcripts estimate estimates testimony affidavit
    """.split()
)

# Collective nouns for groups of people (Speaker.kind == "group").
GROUP_NOUNS: frozenset[str] = frozenset(
    """
    officials allies critics supporters opponents reporters journalists lawmakers
    legislators voters residents protesters demonstrators analysts experts economists
    investigators prosecutors police authorities republicans democrats conservatives
    liberals leaders members scientists researchers doctors activists diplomats aides
    """.split()
)

# Adjectives of party and side, which a plural noun follows after a preposition ("22% of
# Republican claims"), never a verb.
PARTY_ADJECTIVES: frozenset[str] = frozenset(
    "democratic republican gop conservative liberal progressive".split()
)

# Nouns in -ly, which a test for adverbs by their ending would skip ("the family said",
# "a close ally said", "the assembly voted").
LY_NOUNS: frozenset[str] = frozenset(
    "family ally assembly rally supply monopoly bully tally anomaly folly homily".split()
)

# Heads that make a capitalised mention an organisation ("the Foreign Ministry",
# "the White House") and names of outlets and bodies often quoted alone.
ORGANIZATION_HEADS: frozenset[str] = frozenset(
    """
    kremlin ministry department agency office house council commission committee court
    parliament congress senate duma government administration party campaign company
    corporation group bank fund union association federation institute university
    foundation organization organisation service services authority board bureau
    police army navy force forces command cabinet embassy mission post times journal
    news press tass reuters ria interfax bloomberg afp cnn bbc nbc abc cbs fox guardian
    telegraph herald tribune gazette pentagon nato un eu
    """.split()
)

# Capitalised words that are not names (sentence starts, days, months, function words).
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my your
    but and or so yet for nor if when while after before since as at in on of to by with
    from however meanwhile moreover furthermore additionally also still then there here
    earlier later today yesterday tomorrow monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december asked speaking according despite although though because during
    throughout following regarding interestingly one some many most several both all
    """.split()
)

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1,
    "tuesday": 2, "tue": 2, "tues": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip

# TIMEX3 season codes.
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
# The full day names, lower case ("monday"), without the abbreviations that are also
# words ("sat", "sun", "wed").
DAY_NAMES: frozenset[str] = frozenset(d for d in WEEKDAYS if d.endswith("day"))

# Subordinators that open a clause whose subject is left out: "when asked", "if
# elected", "after being pressed" (the participle after them is no clause's verb).
# Not "once": it is as often the adverb ("was once asked how …").
ELLIPTIC_OPENERS: frozenset[str] = frozenset("when after if as before until unless while".split())

# Words that open a noun phrase: determiners, quantifiers, personal pronouns ("a source
# close to him said", "..., while some voters want ...").
NOUN_PHRASE_OPENERS: frozenset[str] = frozenset(
    """
    a an the his her their its our my your this that these those some several many most
    few all both one two three four five six seven eight nine ten dozens hundreds
    thousands other another each every no he she they we i it you
    """.split()
)

# TIMEX3 part-of-day codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
    "daytime": "DT",
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "several": 3, "dozen": 12,
}  # fmt: skip

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
}  # fmt: skip

# Units of duration and their TIMEX3 letters (hours, minutes and seconds take "T").
DURATION_UNITS: dict[str, str] = {
    "second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W",
    "month": "M", "months": "M", "year": "Y", "years": "Y", "decade": "DE",
    "decades": "DE", "century": "CE", "centuries": "CE", "quarter": "Q", "quarters": "Q",
}  # fmt: skip

# Amounts that name no number ("several years", "a few days"): TIMEX3 writes them "X".
VAGUE_AMOUNTS: frozenset[str] = frozenset({"several", "few", "many", "some", "numerous"})

# Decades named in words ("the nineties"), as the decade digit of the 20th century.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip

# Words that show a clause speaks of the future ("will meet on Friday", "is scheduled to
# close Monday", "as early as Tuesday") or of the past ("met in September", "a week ago").
# They choose which occurrence a weekday or a month without a year names.
FUTURE_CUES: tuple[str, ...] = (
    "will", "won't", "shall", "would", "'ll", "’ll", "going to", "plan to", "plans to",
    "planned to", "planning", "scheduled", "expected", "set to", "due", "is to", "are to",
    "as soon as", "as early as", "might", "upcoming", "next", "coming", "until", "hopes to",
    "intends to", "aims to", "tomorrow", "begins", "starts", "takes", "expires", "resumes",
)  # fmt: skip
PAST_CUES: tuple[str, ...] = (
    "was", "were", "had", "did", "said", "told", "met", "took", "came", "went", "left", "won",
    "began", "made", "held", "gave", "saw", "ago", "last", "since", "earlier", "yesterday",
    "has been", "have been", "announced", "reported", "ended", "killed",
)  # fmt: skip

# Words that refer to the present, past or future without a date (TIMEX3 *_REF values).
# Adjectives and looser adverbs ("current", "recent", "soon", "previously") are left out:
# in news they mostly modify a noun or an event and are not annotated as times.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "recently": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}  # fmt: skip

# Adverbs of frequency and their TIMEX3 SET values ("annually", "weekly").  "quarterly"
# is left out: in news it is nearly always an adjective ("quarterly profit").
FREQUENCY_ADVERBS: dict[str, str] = {
    "daily": "P1D", "nightly": "TNI", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
}  # fmt: skip

# Holidays on a fixed calendar day (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26),
}  # fmt: skip

# US holidays on the nth weekday of a month: (month, ISO weekday, nth (-1: last), first
# day counted).  Election Day is the Tuesday after the first Monday: the first Tuesday
# from the 2nd.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 4, 4, 1), "thanksgiving day": (11, 4, 4, 1),
    "labor day": (9, 1, 1, 1), "memorial day": (5, 1, -1, 1),
    "election day": (11, 2, 1, 2), "martin luther king day": (1, 1, 3, 1),
    "presidents' day": (2, 1, 3, 1), "mother's day": (5, 7, 2, 1),
    "father's day": (6, 7, 3, 1),
}  # fmt: skip

# --------------------------------------------------------------------------------------
# Boilerplate
# --------------------------------------------------------------------------------------

# Social networks and app stores: a line made only of these is a share or follow row.
SOCIAL_NETWORKS: frozenset[str] = frozenset(
    """
    facebook twitter x instagram youtube telegram whatsapp linkedin tiktok pinterest reddit
    vk vkontakte odnoklassniki ok snapchat threads bluesky mastodon flipboard tumblr email
    e-mail mail rss viber wechat weibo koo google apple store play market appgallery
    messenger skype
    """.split()
)

# Words of page furniture: a short line made of these only is interface, not prose.
UI_WORDS: frozenset[str] = frozenset(
    """
    home menu search close open login log in sign up out register subscribe subscription
    share print copy link copied comment comments reply replies like likes follow
    us on back to top next previous prev story stories more read watch listen play video
    videos photo photos gallery live news latest trending popular most viewed
    newsletter newsletters account profile settings language edition en ru ua de fr es
    ar arm az night_theme theme dark light mode a+ a- font size text push send notifications
    notification skip content main navigation nav toggle sections section all topics
    topic tags tag categories category world region regions politics business economy
    sport sports opinion culture society science tech technology health lifestyle
    entertainment weather contact contacts about advertise advertising terms privacy
    policy cookies cookie accept feedback sitemap archive archives download app apps
    whats new hide show view views loading please wait the and of for
    """.split()
)
