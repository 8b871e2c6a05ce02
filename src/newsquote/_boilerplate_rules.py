"""The rule table of the line classifier: one whole-line pattern per kind of furniture.

Data, not logic: :mod:`newsquote._boilerplate` applies the rules in order and the first
that matches a whole stripped line names its kind.  Every rule says why it exists and
which shape of line it came from.  The shapes are those of news sites in general (share
rows, app promos, newsletter boxes, agency credits), not the lines of one site.

Patterns are verbose, case-insensitive and made of bounded pieces; repeats that could
overlap are possessive (``++``, ``*+``) or atomic (``(?>...)``) so that a long line of the
wrong shape fails fast instead of backtracking.  The classifier only tries them on lines
of at most ``MAX_RULE_LINE`` characters: a longer line is prose whatever words it holds.
"""

from __future__ import annotations

import attrs
import regex

from ._model import BoilerplateKind

__all__ = [
    "COMMENTS_HEADING",
    "COMMENT_SIGNS",
    "MAX_RULE_LINE",
    "READER_ADDRESS",
    "RULES",
    "Rule",
]

# Furniture lines are short; a line longer than this is never furniture.
MAX_RULE_LINE = 400


@attrs.frozen
class Rule:
    kind: BoilerplateKind
    pattern: regex.Pattern[str]
    # Whether the rule may take a line shaped like a sentence (five words or more and a
    # final period).  Bylines may not: "By the time the polls closed, Trump had won."
    sentences: bool = True


def _rule(kind: BoilerplateKind, pattern: str, *, sentences: bool = True) -> Rule:
    compiled = regex.compile(rf"(?:{pattern})", regex.IGNORECASE | regex.VERBOSE)
    return Rule(kind, compiled, sentences)


# Named pieces the rules share.
# News agencies and photo agencies that credit pictures and copy.
_AGENCY = r"""(?:reuters|ap|afp|getty(?:\ images)?|ap\ photo|epa(?:-efe)?|tass|ria\ novosti|sputnik
    |xinhua|ani|pti|ians|bloomberg|anadolu|shutterstock|istock(?:photo)?|alamy|efe|dpa|upi)"""
# Any text of a line, bounded (lines are at most MAX_RULE_LINE long anyway).
_ANY = r"[^\n]{0,400}+"
# A few words of a name: "Vafa Guliyeva", "maklukpenggoda", "J. R. R. Tolkien".
_NAME = r"(?>[\w@.'’-]+)(?:\ (?>[\w@.'’-]+)){0,5}"
# A clock time: "02:20 PM", "1:23 p.m.", "15:40".
_CLOCK = r"\d{1,2}(?::\d{2}){1,2}(?:\ ?[ap]\.?m\.?)?|\d{1,2}\ ?[ap]\.?m\.?"
# Labels of links to other stories.  Strong labels say so on their own ("Also read",
# "You may also like"), so any text may follow them; weak ones ("More", "Watch") are
# ordinary words too, so they count only alone or before a separator ("Watch: ...").
_RELATED_STRONG = r"""(?:also\ read|read\ also|read\ more|see\ also|see\ more|must\ read
    |don'?t\ miss
    |more\ (?:on|about)\ this(?:\ (?:story|topic))?|related\ (?:articles?|stories|news|content
    |coverage|topics|reading|links?|posts?)|recommended\ (?:stories|articles|reading|for\ you)
    |you\ (?:may|might)\ also\ (?:like|enjoy|be\ interested\ in)|trending\ now
    |most\ (?:read|popular|viewed|shared)|popular\ on\ [\w.]{1,30}+|also\ on\ [\w.]{1,30}+
    |top\ stories|latest\ (?:news|stories)|editor'?s\ picks?|in\ case\ you\ missed\ it)"""
_RELATED_WEAK = r"""(?:also|more|related|recommended|trending|watch|listen|more\ from\ [\w.]{1,30}+
    (?:\ [\w.]{1,30}+){0,2})"""
_RELATED_SEPARATOR = r"(?:[:|»›>–—]|\.{3}|…)"

# Each rule matches a whole stripped line.
RULES: tuple[Rule, ...] = (
    # Share and print rows: "share-lineLiked the story? Share it on social media!",
    # "print", "copy link", "Send Push", "Like this story? Share it with a friend!", and the
    # same interface strings in other languages ("Ссылка скопирована" = "link copied").
    _rule(
        "share",
        r"""share(?:-line)?\s*+(?:liked\ the\ story\?\s*+)?(?:share\ it\ on\ social\ media!?)?
        | (?:(?:liked|like|enjoyed|love)\ (?:the|this)\ (?:story|article|post)\?\s*+)?
          share\ (?:it|this(?:\ (?:article|story|post|page))?)
          (?:\ (?:on|via|with)\ [\w\ ]{1,30}+)?[.!]?
        | print(?:\ this)?(?:\ (?:article|story|page))? | copy(?:\ the)?\ link | link\ copied
        | ссылка\ скопирована | скопировать\ ссылку | поделиться | send\ push
        | (?:click\ )?to\ share\ on\ \w++ | (?:tweet|email|whatsapp)\ this(?:\ (?:article|story))?
        | share\ (?:on|via)\ \w++(?:\ \(opens\ in\ new\ window\))?
        """,
    ),
    # Follow rows: "Follow us on Instagram", "Follow @site on X", "Follow Newsbeat on
    # Instagram, Facebook, Twitter and YouTube." -- an invitation, not a sentence of news,
    # when the line names networks and nothing else.
    _rule(
        "share",
        r"""follow\ (?:us|@\w++)(?:\ (?:on|at)\ [\w\ ,&@()]{1,60}+)?[.!]?
        | follow\ [\w\ .'’]{1,40}?\ on\ (?:facebook|twitter|x|instagram|youtube|telegram|linkedin
          |tiktok|threads|bluesky)[\w\ ,&@()'’]{0,80}+[.!]?
        """,
    ),
    # App promos: "Loving Newspoint? Download the app now", "CLICK HERE TO GET THE FOX NEWS
    # APP", "Nitin A Gokhale WhatsApp Channel", "Join us on Telegram".
    _rule(
        "promo",
        r"""(?:(?:loving|enjoying|like)\ [^?\n]{1,40}+\?\s*+)?(?:click\ here\ to\ )?
          (?:download|get|install)\ (?:the|our)\ (?:[\w.&'’-]++\ ){0,4}apps?\b[^.\n]{0,60}+[.!]?
        | [^\n]{0,60}?\b(?:whatsapp|telegram|google\ news)\ channel
        | (?:join|subscribe\ to)\ (?:us|our\ (?:channel|group|community))\ on\ \w++[^\n]{0,40}+
        | [^\n]{0,200}?\bclick(?:ing)?\ here\b[^\n]{0,120}+
        | (?:have|got)\ a\ (?:news\ )?(?:tip|story\ idea)\?[^\n]{0,200}+
        """,
    ),
    # Newsletter boxes: "Sign up for our newsletter", "Get the latest updates right in your
    # inbox. Subscribe to NJ.com's newsletters.", "Thanks for signing up!".
    _rule(
        "newsletter",
        r"""[^\n]{0,120}?\b(?:sign\ up|subscribe|register)\b
          [^\n]{0,80}?\b(?:newsletters?|inbox)\b[^\n]{0,120}+
        | [^\n]{0,120}?\b(?:newsletters?|inbox)\b
          [^\n]{0,80}?\b(?:sign\ up|subscribe)\b[^\n]{0,120}+
        | get\ (?:our|the)\ [^.\n]{0,40}?newsletter[^.\n]{0,40}+
        | [\w\ ]{0,40}?\ newsletter | newsletter\ sign[-\ ]?up
        | enter\ your\ e-?mail(?:\ address)?[^.\n]{0,30}+
        | thanks?\ (?:you\ )?for\ (?:signing\ up|subscribing)[.!]?
        | [^\n]{0,60}?\b(?:your|the)\ inbox\b[^\n]{0,60}+
        | there\ was\ an\ error\ processing\ your\ (?:subscription|request)[.!]?
        """,
    ),
    # Advertisement labels left where the ad was.
    _rule(
        "advert",
        r"""advertisement | advertising | sponsored(?:\ content)? | ad | promoted(?:\ content)?
        | (?:story|article)\ continues\ below(?:\ (?:this\ )?advertisement)?
        | scroll\ (?:down\ )?to\ continue(?:\ with\ content)?
        """,
    ),
    # Links to other stories: "Also Read: ...", "Recommended Stories", "SEE MORE: ...",
    # "You may also like...", "Also on rt.com ...", "[Related: ...]", and a label in
    # quotation marks ('"Related:"', as HTML-to-text conversions of a bold label give it):
    # a label and a colon in quotes says nothing, so it is no quotation.
    _rule(
        "related",
        rf"""[\[(]?{_RELATED_STRONG}(?:\s*+{_RELATED_SEPARATOR})?(?:\s{_ANY})?
        | [\[(]?{_RELATED_WEAK}\s*+(?:{_RELATED_SEPARATOR}(?:\s{_ANY})?)?
        | [\[(](?:{_RELATED_STRONG}|{_RELATED_WEAK})\s*+:[^\n]{{0,200}}+[\])]
        | ["“](?:{_RELATED_STRONG}|{_RELATED_WEAK})\s*+:["”]
        | [^\n]{{1,160}}?\ \[(?:video|pictures|photos|insight|reaction|poll|live|gallery|watch)\]
          \s*+\|?
        """,
    ),
    # Photo captions and photo credits: "FILE PHOTO: ... via REUTERS", "(Photo: AFP)",
    # "Main image credit: Getty".
    _rule(
        "caption",
        rf"""(?:file\ )?(?:photo|image|picture|pictured|illustration|video|photograph)
            \s*+(?:[:|]|\([^)\n]{{0,40}}+\)){_ANY}
        | [^\n]{{0,400}}?\b(?:via|/|©|credit:?|photo:?)\s*+{_AGENCY}(?:/[\w\s.]{{0,40}}+)?
        | [^\n]{{0,300}}?\((?:photo|image|picture|file|credit)[^)\n]{{0,80}}+\)
        | (?:main\ |top\ |header\ )?(?:image|photo|picture)\ (?:credit|courtesy|source)s?
          \s*+:?[^\n]{{0,80}}+
        """,
    ),
    # Agency and reporting credits: "With inputs from Reuters", "(Reporting by ...; Editing
    # by ...)", "Keith Bradsher contributed reporting from Hong Kong."
    _rule(
        "credit",
        rf"""with\ (?:inputs|input|agency\ inputs)\ from\ [\w\s,&.-]{{1,60}}+
        | \(?(?:additional\ )?(?:reporting|writing|editing|compiled|translated|produced)\ by\ {_ANY}
        | (?:source|sources|courtesy)\s*+:\s*+[\w\s,&./-]{{1,60}}+
        | {_NAME}(?:\ and\ {_NAME})?\ contributed(?:\ (?:additional|to\ this))?
          \ (?:reporting|report|this\ report)
          (?:\ (?:from|in)\ [\w\s,.'’-]{{1,60}}+)?\.?
        """,
    ),
    # Bylines: "By Vafa Guliyeva", "Edited by maklukpenggoda at 7-11-2024 02:20 PM".
    _rule(
        "byline",
        rf"""(?:written\ |posted\ |edited\ |reported\ |story\ )?by(?:\s*+:)?\ {_NAME}
            (?:\s*+(?:,|and|&|\|)\s*+{_NAME}){{0,3}}+
            (?:\ (?:at|on|\||,|-)\ [^\n]{{0,60}}+)?
        | (?:author|authors|writer|reporter)\s*+:\s*+[^\n]{{1,80}}+
        """,
        sentences=False,
    ),
    # Comment widgets.
    _rule(
        "comments",
        r"""(?:show|view|hide|add|post|load|read)?\s?comments?(?:\ \(\d++\))? | \d++\ comments?
        | please\ enable\ javascript\ to\ view\ the\ comments[^\n]{0,60}+
        | leave\ a\ (?:comment|reply) | (?:want\ to\ )?join\ the\ (?:conversation|discussion)\??
        | comments\ (?:are|have\ been)\ closed\.? | be\ the\ first\ to\ comment
        | tell\ us\ what\ you\ think[.!]*+ | what\ do\ you\ think\?
        """,
    ),
    # Copyright and reuse notices: "Caliber.az © 2024", "Any use of materials is allowed
    # only if there is a hyperlink to ...", affiliate disclosures ("If you buy something
    # through this post, ... may get a share of the sale.").
    _rule(
        "legal",
        r"""[^\n]{0,80}?(?:©|ⓒ|\(c\)|copyright)\s*+(?:\d{4})?[^\n]{0,80}+
        | [^\n]{0,40}?all\ rights\ reserved[^\n]{0,80}+
        | any\ (?:use|reproduction|copying)\ of\ (?:the\ )?materials?[^\n]{0,160}+
        | (?:terms\ of\ (?:use|service)|privacy\ policy|cookie\ policy)
          (?:\s*+[|•·]\s*+[\w\ ]{1,30}+){0,6}+
        | (?:if\ )?you\ (?:buy|purchase)\ (?:something|a\ product|an\ item)
          \ (?:through|via|from)\ [^\n]{0,200}+
        | [^\n]{0,60}?\b(?:may|might|could)\ (?:earn|get|receive)\ (?:a\ )?(?:small\ )?
          (?:commission|share\ of\ the\ sale)[^\n]{0,120}+
        """,
    ),
    # Tag lines with a label: "Tags: Putin, Trump".
    _rule("tags", r"(?:tags?|topics?|keywords?|filed\ under)\s*+:\s*+[^\n]{1,200}+"),
    # Breadcrumbs: "Home > World > Europe", "Home Russia Kremlin States ... Assassination..."
    # (a trail that starts at "Home" and ends in a truncated title).
    _rule(
        "breadcrumb",
        r"""home\s*+[>›»/|]\s*+[^\n]{1,200}+
        | home(?:\ [\w'’-]++){2,30}+\s?(?:\.{3}|…)
        | (?:[\w'’-]++(?:\ [\w'’-]++){0,3}+\s*+[>›»]\s*+){2,8}+[\w'’-]++(?:\ [\w'’-]++){0,8}+
        """,
    ),
    # Counters, reading times, stray separators, font controls, search prompts, update
    # stamps without a date ("Updated at 1:23 p.m.").
    _rule(
        "debris",
        rf"""\W{{1,5}}+
        | (?:views?|reads?|shares?|likes?)\s*+:?\s*+[\d,.]++[km]?
        | [\d,.]++[km]?\ (?:views|reads|shares|likes)
        | \d{{1,3}}\s*+(?:-\s*+)?min(?:ute)?s?\ read
        | (?:reading\ time|read\ time|tempo\ de\ leitura|tiempo\ de\ lectura|temps\ de\ lecture
          |lesezeit|tempo\ di\ lettura|время\ чтения)\s*+:?\s*+[^\n]{{1,30}}+
        | a[+-] | what\ are\ you\ looking\ for\s*+\?
        | (?:last\ )?updated\s*+:? | loading\s*+(?:\.{{3}}|…)?
        | (?:last\ )?(?:updated|posted|published)(?:\ (?:at|on))?\s*+:?\s*+
          (?:{_CLOCK})(?:\ [a-z]{{2,4}})?\.?
        | (?:page|image|photo|slide)\ \d++\ (?:of|/)\ \d++
        """,
    ),
    # Shortcodes a publishing system failed to expand: "[button link="..."] Send us YOUR
    # kit review[/button]", "[caption id="attachment_12"]".
    _rule(
        "debris",
        r"""[^\n]{0,200}?\[[a-z_]++\ [a-z_-]++=[^\]\n]{0,300}+\][^\n]{0,300}+
        | [^\n]{0,300}?\[/[a-z_]++\][^\n]{0,100}+
        """,
    ),
)

# The heading of a comment section ("2 comments", "Top Rated Comments", "Комментарии"):
# readers' comments follow it to the end of the page, and extractors that keep comments
# append them after the article.  Only headings that name the section unmistakably count,
# in the languages of the sites seen; "Comments" alone is a link as often as a heading,
# so it needs a count or a qualifier.  Invitations ("Leave a reply", "Join the
# discussion") are not headings: forms put them after the comments, and share bars put
# them anywhere, so they go as single lines.
COMMENTS_HEADING = regex.compile(
    r"""(?:\d[\d,.]*+\s++(?:comments?|responses?|replies|reactions)
    | (?:top\s++rated|all|reader|readers['’]?|latest|show|view)\s++comments?(?:\s*+\(\d++\))?
    | comments?\s*+\(\d++\) | loading\s++comments(?:\.{3}|…)? | (?:\d++\s++)?комментари[йия]\w*+
    | tinggalkan\s++(?:balasan|komentar) | deixe\s++(?:um\s++comentário|uma\s++resposta)
    | (?:\d++\s++)?(?:kommentare|commentaires|comentarios|comentários|commenti)
    | discussion\s*+\(\d++\)) \s*+:?""",
    regex.IGNORECASE | regex.VERBOSE,
)

# What follows a comment-section heading when it is one.  Extractors keep comments as
# plain paragraphs, but some of a comment widget's lines survive, and readers write
# differently from reporters.  A line of the widget: its buttons and links ("Reply",
# "(View all)", "Show new comments (0)", "in reply to ..."), a vote count ("12 likes";
# a bare number may be a slide's), an age or a time stamp ("2 years ago", "March 3, 2020
# at 5:12 pm").  Not "Jane says:", which transcripts in articles have too.
COMMENT_SIGNS = regex.compile(
    rf"""\(?(?:reply|report|flag|permalink|quote|like|upvote|downvote
      |in\ reply\ to\b[^\n]{{0,80}}+
      |(?:load|show|hide|view)(?:\ (?:more|all|new|older|newer))?
       (?:\ (?:comments?|replies|posts))?(?:\ \(\d++\))?)\)?
    | \d{{1,3}}+(?:[,.]\d{{3}})*+[km]?\ (?:likes?|points?|votes?|replies|reply)
    | (?:about\ )?(?:\d{{1,3}}|an?|one)\ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?
      |months?|years?)\ ago
    | [^\n]{{0,30}}?\d[^\n]{{0,20}}?\ (?:at|@)\ (?:{_CLOCK})
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A reader talking to the author or to another reader, as comments do and articles do
# not: a greeting on a line of its own ("Hi Cherie,", "Dear Jane,"; a columnist may begin
# "Hey, Rubio is right ..."), thanks for the post ("Thanks for sharing!", "Thank you for
# this recipe", "... turned out really good, thank you."; not "... took to Twitter to
# say thanks."), praise of it opening a line ("Great article", "Love this post"; not
# "... a great piece of work").  Only outside quotation marks: a quoted "Thanks for
# sharing" is someone's speech.  An "@name" is not enough: articles that gather readers'
# posts credit each with one.
READER_ADDRESS = regex.compile(
    r"""^(?:hi|hello|hey|dear)\ [\w.'’\ -]{1,40}+[,!:]?$
    | \b(?:thanks|thank\ you)(?:\ so\ much)?\ for\ (?:sharing|posting|writing|this
      |(?:the|your)\ (?:recipe|post|article|tips?|info|information|story))\b
    | (?:^|,\ )(?:thanks|thank\ you)(?:\ so\ much)?\s*+[.!]
    | ^(?:what\ an?\ |such\ an?\ )?(?:great|nice|lovely|wonderful|excellent|fantastic|awesome)
      \ (?:post|article|recipe|read|piece|write-?up|blog|tips?)\b
    | ^(?:i\ )?love\ (?:this|your)\ (?:post|recipe|blog|article|idea)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
