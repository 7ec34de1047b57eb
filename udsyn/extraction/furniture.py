"""Page furniture of web pages, in Danish, Swedish, Norwegian and English: lines that are no part of what a page
says (skip links, breadcrumbs, "Senest opdateret", share and print buttons, "Læs mere", cookie banners,
copyright and CVR lines, a bare phone number or e-mail address).

A saved or copied municipal page carries them above and below its text; left in, a breadcrumb reads as a heading
and a cookie banner's "partners" as a cooperation. Only whole short lines that match are dropped; a sentence
that merely mentions cookies stays.
"""

from __future__ import annotations

import re

_MAX_LEN = 160
_LINE = re.compile(
    r"^(?:"
    # skip links
    r"(?:skip|spring|gå|hop|hopp|hoppa|jump)\s+(?:til|to|till)\s+(?:(?:hoved|huvud|main)\s?)?(?:indhold|innhold|"
    r"innehåll|content|navigation|menu|menuen|menyn)\w*"
    # last updated, published
    r"|(?:senest|sidst|sist|senast|last|page\s+last)\s+(?:opdateret|redigeret|ændret|oppdatert|endret|uppdaterad|"
    r"ändrad|updated|modified|reviewed|revised)\b.*"
    r"|sidan\s+(?:uppdaterades|senast\s+uppdaterad|publicerades)\b.*"
    r"|(?:publiceret|publicerad|publisert|published|opdateret|uppdaterad|oppdatert|updated|udgivet)\s*:?\s*\d.{0,40}"
    # share, print, back to top, read more
    r"|(?:del|dela|share|print|udskriv|skriv\s+ut|tilbage\s+til\s+toppen|back\s+to\s+top|til\s+toppen|"
    r"till\s+toppen)(?:\s+(?:denne|den\s+här|this|siden|sidan|side|page|på|on|via|artiklen|artikeln|"
    r"facebook|linkedin|twitter|x|e-?mail|mail))*"
    r"|(?:læs|read|läs|les|se|see|vis|visa|show)\s+(?:mere|more|mer|alle|all|alla)\b.{0,60}"
    # consent buttons
    r"|(?:tillad|accepter|afvis|godkend|accept|reject|decline|allow|godkänn|neka|tillåt|avvis|godta)"
    r"(?:\s+(?:alle|all|alla|valgte|selected|nødvendige|necessary|cookies|kakor))*"
    r"|(?:vis\s+detaljer|show\s+details|visa\s+detaljer|cookie\w*(?:\s+\w+)?|om\s+cookies|about\s+cookies|"
    r"privatlivspolitik|persondatapolitik|privacy(?:\s+policy)?|integritetspolicy|personvern\w*|"
    r"tilgængelighedserklæring|tillgänglighetsredogörelse|accessibility(?:\s+statement)?|"
    r"tilgjengelighetserklæring|persondata|sitemap|nyhedsbrev|newsletter|nyhetsbrev)"
    # copyright, company and contact lines
    r"|©.*|copyright\b.*"
    r"|(?:cvr|ean|org\.?|organisationsnummer|org-?nr|vat)(?:[-.\s]*(?:nr|nummer|no))?\.?\s*:?\s*[\d\s-]{6,}"
    r"|(?:tlf|tel|telefon|phone|ring|mobil|fax)\.?\s*:?\s*\+?[\d\s()-]{6,}"
    r"|(?:e-?mail|mail|e-?post)\s*:?\s*\S+@\S+"
    r"|\S+@\S+\.\w+|(?:https?://|www\.)\S+"
    r"|\+[\d\s()-]{8,}|\d{2,4}(?:[\s-]\d{2,4}){3,}"
    r")\s*$", re.I)
# A cookie banner's text, however long: "Vi anvender cookies til at ...", "This website uses cookies ...".
_COOKIES = re.compile(r"^.{0,80}\b(?:bruger|anvender|benytter|uses?|använder|bruker)\s+(?:cookies|kakor|"
                      r"informasjonskapsler)\b", re.I)
# "Forside › Om kommunen › Internationalt", "Hjem Om kommunen Politikker ...", "Du er her: ...": a breadcrumb.
_CRUMB_START = re.compile(r"^(?:forside|hjem|home|startsida|start|framside|forsiden|du\s+er\s+her|you\s+are\s+here|"
                          r"du\s+är\s+här)\b:?", re.I)
_CRUMB_SEP = re.compile(r"\s(?:›|»|>|/|\|)\s")
# "Sök vänortsbidrag | Tillbaka till Internationellt": a row of links, one of them a way back, on or out.
_LINK_ROW_PART = re.compile(r"^(?:tilbage|tillbaka|tilbake|back|retur\w*|return|næste|nästa|neste|next|forrige|"
                            r"föregående|previous|gå\s+til|gå\s+till|go\s+to)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-–—•*+●▪■◦·]\s+)?")


def is_furniture(line: str) -> bool:
    """True when the whole line is page furniture."""
    text = _BULLET.sub("", line).strip()
    if _COOKIES.match(text) and len(text) < 1000:
        return True
    if not text or len(text) > _MAX_LEN:
        return False
    if _LINE.match(text):
        return True
    if len(_CRUMB_SEP.findall(text)) >= 2 and not text.endswith("."):
        return True
    parts = [p.strip() for p in text.split(" | ")]
    if len(parts) >= 2 and all(0 < len(p.split()) <= 6 for p in parts) and any(_LINK_ROW_PART.match(p) for p in parts):
        return True
    return bool(_CRUMB_START.match(text)) and not re.search(r"[.!?]$", text) and len(text.split()) >= 3


def drop_furniture(text: str) -> str:
    """text without its lines of page furniture (blank lines keep the layout of what is left)."""
    return "\n".join("" if is_furniture(line) else line for line in text.split("\n"))


# Headings of a page's service boxes: what stands under them is contact details, links or other pages' news,
# not the page's own list of networks, partners or projects.
FURNITURE_HEADING = re.compile(
    r"^(?:kontakt\w*|contact(?:\s+\w+)?|kontakta\s+oss|kontaktperson\w*|kontaktinformation|kontaktoplysninger|"
    r"yderligere\s+oplysninger|(?:mer|mere|more|further|flere)\s+(?:information|info|oplysninger|opplysninger)|"
    r"(?:læs|se|läs|les|see)\s+(?:også|ogsa|även|också|more|mere|mer|also)|relatere\w*(?:\s+\w+)?|"
    r"related(?:\s+\w+)?|relevante\s+links|(?:nyttige\s+)?links?|genveje|snarveier|genvägar|del(?:\s+siden)?|"
    r"share(?:\s+this(?:\s+page)?)?|dela(?:\s+sidan)?|nyheder|news|nyheter|seneste\s+nyt|senaste\s+nytt|"
    r"siste\s+nytt|latest\s+news|aktuelt|aktuellt|(?:sidst|senest|last)\s+\w+|adresse|address|adress|"
    r"åbningstider|öppettider|åpningstider|opening\s+hours|find\s+vej|følg\s+os|follow\s+us|följ\s+oss|"
    r"følg\s+oss|har\s+du\s+set\W*|selvbetjening|self-?service|quick\s+links|hurtige\s+links|"
    # attachments and downloads: document titles, not a list of the section's networks or projects
    r"bilag|bilagor|vedlegg|vedlegg\w*|attachments?|downloads?|dokumenter|dokument|documents?|hent|"
    r"hent\s+\w+|ladda\s+ned|last\s+ned|filer|files)\s*[:.?!…]*$", re.I)
