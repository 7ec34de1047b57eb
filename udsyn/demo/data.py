"""The demo municipality: facts and figures from the five public documents, texts in our own words.

Copenhagen is the main municipality (its 2020 mapping of international work);
Aalborg and Aarhus add a few records each. There are two demo strategies:
Aalborg's business strategy 2030, and a Copenhagen international strategy whose
indicators start from the figures of Copenhagen's 2020 mapping.
Figures the documents state (fees, grants, years, counts) are kept; everything
the documents do not state is left empty, except the strategies' targets and
measurements and some visit dates, which are invented for the demo and marked so.

Dates relative to today are given as day offsets (int) or as a day in a year counted from this year
(InYear) and resolved when loading, so the demo is about the present in whatever year it is loaded: upcoming
visits, ongoing projects with grants in each of the last years, recent events and strategy measurements. Those
present-day records are invented examples (their descriptions say so); the documents' facts keep their own dates.
Some records lack dates or figures on purpose, as real registers do.
"""

from __future__ import annotations

from typing import NamedTuple


class InYear(NamedTuple):
    """A day in the year `offset` years from the year the demo is loaded (0: this year, -1: last year)."""

    offset: int
    month: int = 1
    day: int = 1


EXAMPLE = "Eksempel til demoen: "  # starts the description of an invented present-day record

KK = "Københavns Kommune"
AAL = "Aalborg Kommune"
AAR = "Aarhus Kommune"

# municipality → (code, [(department, abbreviation)])
MUNICIPALITIES = {
    KK: ("101", [
        ("Økonomiforvaltningen", "ØKF"),
        ("Kultur- og Fritidsforvaltningen", "KFF"),
        ("Børne- og Ungdomsforvaltningen", "BUF"),
        ("Sundheds- og Omsorgsforvaltningen", "SUF"),
        ("Socialforvaltningen", "SOF"),
        ("Teknik- og Miljøforvaltningen", "TMF"),
        ("Beskæftigelses- og Integrationsforvaltningen", "BIF"),
    ]),
    AAL: ("851", [
        ("Borgmesterens Forvaltning", "BF"),
        ("By- og Landskabsforvaltningen", "BLF"),
        ("Skoleforvaltningen", "SKF"),
    ]),
    AAR: ("751", [
        ("Borgmesterens Afdeling", "BA"),
        ("Teknik og Miljø", "TM"),
    ]),
}

# The municipality's look on its reports: accent colour (no logo: a municipality uploads its own).
ACCENT_COLOURS = {KK: "#1F4E79", AAL: "#005A5B", AAR: "#2B3A67"}

# Texts of the mapping of international work, in our own words from the 2020 mapping: the municipality's, then
# per department its political committee and texts (keys: committee, work_organisation, policies,
# political_handling). "- " starts a bullet point.
TEXTS = {
    KK: {
        "work_organisation": (
            "Det internationale arbejde hører under Økonomiudvalget, som har ansvaret for erhvervspolitikken, "
            "internationaliseringen og kommunens forhold til udenlandske samarbejdspartnere. Internationalt "
            "samarbejde om kultur og idræt hører under Kultur- og Fritidsudvalget.\n\n"
            "Hver forvaltning har sin egen indgang til det internationale arbejde, beskrevet nedenfor."),
        "policies": (
            "Kommunens politikker og planer med internationale elementer:\n"
            "- Kommuneplanstrategien (2018): bæredygtig byudvikling, stærkere forbindelser i regionen og bedre "
            "modtagelse af internationale talenter\n"
            "- Kommuneplanen (2019): flere arbejdspladser i Greater Copenhagen og større kendskab til regionen i "
            "udlandet\n"
            "- Handlingsplanen for FN's verdensmål (2017)\n"
            "- Erhvervs- og vækstpolitikken 2015-2020: international tiltrækningskraft og talenter\n"
            "- Studielivspolitikken (2019): internationale studerende skal blive i byen\n"
            "- KBH 2025 Klimaplanen: en CO2-neutral hovedstad, der deler sine erfaringer med andre byer"),
        "political_handling": (
            "Borgerrepræsentationen besluttede i 2020 at udarbejde en ny international strategi. Hvor ofte "
            "udvalgene behandler internationale sager, er meget forskelligt."),
    },
    (KK, "ØKF"): {
        "committee": "Økonomiudvalget",
        "work_organisation": (
            "Borgerrepræsentationens Sekretariat er kommunens internationale indgang og tager imod udenlandske gæster "
            "og planlægger politikernes rejser. Kontoret for Vækst og Erhverv står for det strategiske arbejde, bl.a. "
            "samarbejdet med Peking og Buenos Aires, større events og en række bynetværk."),
        "political_handling": "Udvalget har sager med internationalt indhold på omtrent hvert sjette møde.",
    },
    (KK, "KFF"): {
        "committee": "Kultur- og Fritidsudvalget",
        "work_organisation": (
            "Arbejdet ligger i Center for Internationalisering, Bæredygtighed og Borgerservice, som bl.a. driver "
            "International House Copenhagen for nye internationale borgere. Biblioteker og kulturinstitutioner har "
            "deres egne internationale samarbejder."),
        "policies": "Kultur- og Fritidspolitikken 2020-2023 om partnerskaber og mødet mellem kulturer.",
        "political_handling": (
            "Internationale sager drøftes især ved budgetforhandlingerne og overførselssagen, dvs. to gange om "
            "året."),
    },
    (KK, "TMF"): {
        "committee": "Teknik- og Miljøudvalget",
        "work_organisation": (
            "Et internationalt team i Plan, Analyse, Ressourcer og CO2-reduktion er forvaltningens indgang:\n"
            "- delegationsbesøg (Meet Copenhagen City)\n"
            "- programmet for grønne byløsninger sammen med virksomheder og organisationer\n"
            "- administrationen af EU-projekter for hele kommunen"),
        "policies": "Forvaltningens internationale agenda har en vision og fire mål; den er ikke politisk godkendt.",
        "political_handling": "Udvalget godkender indtægtsbevillinger til internationale projekter.",
    },
    (KK, "BIF"): {
        "committee": "Beskæftigelses- og Integrationsudvalget",
        "work_organisation": (
            "Det internationale område deles mellem to kontorer, som bl.a. understøtter beskæftigelsen ved store "
            "internationale events."),
        "political_handling": "Udvalget drøfter sjældent sager med internationalt indhold.",
    },
    (KK, "BUF"): {
        "committee": "Børne- og Ungdomsudvalget",
        "work_organisation": "Henvendelser om besøg går til ledelsessekretariatet, som planlægger dem med områderne.",
        "political_handling": (
            "Udvalget drøfter internationale sager i forbindelse med sine studieture, på omkring fire møder i en "
            "valgperiode."),
    },
    (KK, "SUF"): {
        "committee": "Sundheds- og Omsorgsudvalget",
        "work_organisation": (
            "Besøg og samarbejdet med Peking ligger i ledelsessekretariatet; Cities Changing Diabetes og WHO's "
            "netværk af sunde byer i Center for Sundhed og Forebyggelse."),
        "political_handling": "Udvalget drøfter sjældent sager med internationalt indhold.",
    },
    (KK, "SOF"): {
        "committee": "Socialudvalget",
        "work_organisation": "Henvendelser om besøg går til ledelsessekretariatet, som planlægger dem med stabene.",
        "political_handling": "Udvalget drøfter sjældent sager med internationalt indhold.",
    },
}

# Demo login users: username (= password), role, (municipality, department abbreviation). The installation
# administrator sees every municipality; "aalborg" sees Aalborg's records; everyone else Copenhagen's only.
USERS = [
    ("admin", "installation_admin", (KK, "ØKF")),
    ("kommuneadmin", "administrator", (KK, "ØKF")),
    ("coordinator", "coordinator", (KK, "ØKF")),
    ("editor", "editor", (KK, "TMF")),
    ("reader", "reader", (KK, "KFF")),
    ("aalborg", "coordinator", (AAL, "BF")),  # a second municipality, with older and sparser records
]

# name → (acronym, kind, country)
ORGANISATIONS = {
    "Greater Copenhagen EU Office": ("GCEU", "association", "BE"),
    "C40 Cities Climate Leadership Group": ("C40", "network", "GB"),
    "C40 Municipal Building Efficiency Network": ("", "network", "GB"),
    "Eurocities": ("", "network", "BE"),
    "Nordisk Hovedstadskonference": ("", "network", "DK"),
    "STRING": ("", "association", "DK"),
    "Mayors for Peace": ("", "network", "JP"),
    "Nordisk arbejdsgiver- og HR-forum": ("", "network", "DK"),
    "ServiceNow Now Advocacy Program": ("", "company", "US"),
    "Procura+ Network": ("Procura+", "network", "DE"),
    "Dansk Initiativ for Etisk Handel": ("DIEH", "association", "DK"),
    "MIPIM": ("", "company", "FR"),
    "Nordisk hovedstadssamarbejde om kultur og idræt": ("", "network", "DK"),
    "International Federation of Library Associations and Institutions": ("IFLA", "association", "NL"),
    "American Library Association": ("ALA", "association", "US"),
    "International Cities of Refuge Network": ("ICORN", "network", "NO"),
    "International Sport and Culture Association": ("ISCA", "association", "DK"),
    "International Council of Museums": ("ICOM", "association", "FR"),
    "City History Museums and Research Network of Europe": ("", "network", "NL"),
    "European Association for Urban History": ("EAUH", "association", "NL"),
    "European Association of Archaeologists": ("EAA", "association", "CZ"),
    "European Green Capital Network": ("", "network", "BE"),
    "Carbon Neutral Cities Alliance": ("CNCA", "network", "US"),
    "ICLEI – Local Governments for Sustainability": ("ICLEI", "network", "DE"),
    "Nordisk direktørnetværk": ("", "network", "DK"),
    "Nordisk Storbykonference": ("", "network", "DK"),
    "Nordic Safe Cities": ("", "network", "DK"),
    "Capital Forum": ("", "network", "DK"),
    "Cities Changing Diabetes": ("CCD", "network", "DK"),
    "WHO European Healthy Cities Network": ("", "network", "DK"),
    "Nordic Capitals' School Games": ("", "network", "DK"),
    "EUniverCities": ("", "network", "NL"),
    "Nordic City Network": ("", "network", "SE"),
    "CIVITAS": ("", "network", "BE"),
    "Nord-Danmarks EU-kontor": ("", "association", "BE"),
    "Central Denmark EU Office": ("", "association", "BE"),
    # Project leads and partners
    "Teknologisk Institut": ("", "university", "DK"),
    "Forum Virium Helsinki": ("", "company", "FI"),
    "Copenhagen Capacity": ("", "authority", "DK"),
    "Technische Universität München": ("TUM", "university", "DE"),
    "Danmarks Tekniske Universitet": ("DTU", "university", "DK"),
    "Handelshøyskolen BI": ("BI", "university", "NO"),
    "A.P. Møller Fonden": ("", "other", "DK"),
    "Grundfos": ("", "company", "DK"),
    "Udenrigsministeriet": ("UM", "authority", "DK"),
    "NBE Byg": ("", "association", "DK"),
    "Center for Grøn Omstilling": ("", "authority", "DK"),
    "Högskolan Väst": ("", "university", "SE"),
    "University College Nordjylland": ("UCN", "university", "DK"),
    "Aarhus Vand": ("", "company", "DK"),
    "Region Hovedstaden": ("", "municipality", "DK"),
    # Institutions abroad that are partners
    "Glyptothek München": ("", "other", "DE"),
    "Eremitagen": ("", "other", "RU"),
    "Museumsberg Flensburg": ("", "other", "DE"),
    "Fondazione Prada": ("", "other", "IT"),
    "Nationalmuseum Stockholm": ("", "other", "SE"),
    "Oslo kommune": ("", "municipality", "NO"),
}

# People are invented for the demo (the documents' politicians change with elections).
# Memberships: municipality, department abbreviation, organisation, fields.
# Fees only where a document states them; otherwise empty.
MEMBERSHIPS = [
    (KK, "ØKF", "Greater Copenhagen EU Office", {
        "annual_fee": "1300000.00", "fee_year": 2020,
        "representatives": [("Camilla Holm", "Medlem af Borgerrepræsentationen, bestyrelsesmedlem", True)],
        "contact": ("Jonas Berg", "Specialkonsulent, Kontoret for Vækst og Erhverv", False),
        "purpose": "Kontoret i Bruxelles repræsenterer kommuner, regioner og universiteter i hovedstadsområdet "
                   "og Sjælland over for EU og hjælper med at finde EU-finansiering.",
        "value_assessment": "Bruges aktivt til fundraising og til at varetage kommunens interesser på "
                            "infrastrukturområdet. Kontingentet er det største blandt kommunens medlemskaber.",
    }),
    (KK, "ØKF", "C40 Cities Climate Leadership Group", {
        "annual_fee": "0.00", "fee_year": 2020,
        "representatives": [("Sofie Lund", "Overborgmester", True)],
        "contact": ("Jonas Berg", "Specialkonsulent, Kontoret for Vækst og Erhverv", False),
        "purpose": "Global klimaorganisation for verdens største byer. Overborgmesteren sidder i styregruppen, "
                   "og København leder forummet for grøn økonomi og innovation.",
        "value_assessment": "Selve medlemskabet er gratis, men kommunen medfinansierer C40's kontor i "
                            "København med ca. 1,13 mio. kr. om året. Giver stor international synlighed.",
        "annual_co_financing": "1130000.00", "co_financing_note": "C40's kontor i København",
    }),
    (KK, "ØKF", "Eurocities", {
        "purpose": "Europæisk netværk af ca. 130 storbyer med arbejde om miljø, økonomi, kultur, sociale "
                   "forhold, mobilitet og byledelse.",
        "value_assessment": "København har haft formandskabet (2010-2012) og bruger netværket til at "
                            "fremme den grønne dagsorden over for EU.",
    }),
    (KK, "ØKF", "Nordisk Hovedstadskonference", {
        "purpose": "Politisk konference mellem de nordiske hovedstæder hvert andet år.",
        "value_assessment": "Politisk netværk; Borgerrepræsentationens Sekretariat står for deltagelsen.",
    }),
    (KK, "ØKF", "STRING", {
        "annual_fee": "500000.00", "fee_year": 2020,
        "representatives": [("Mikkel Sørensen", "Medlem af Borgerrepræsentationen, Political Forum", True)],
        "contact": ("Ida Krogh", "Projektleder, Team Mobilitet", False),
        "purpose": "Regionalt politisk samarbejde fra Hamborg til Oslo om en sammenhængende megaregion, "
                   "især om infrastruktur på tværs af grænserne.",
        "value_assessment": "Vigtigt for arbejdet med Femern-forbindelsen og nye forbindelser over Øresund.",
    }),
    (KK, "ØKF", "Mayors for Peace", {
        "start": "2007-01-01",
        "purpose": "Verdensomspændende borgmesternetværk, der arbejder for en verden uden atomvåben.",
        "value_assessment": "Symbolsk medlemskab med få aktiviteter.",
    }),
    (KK, "ØKF", "Nordisk arbejdsgiver- og HR-forum", {
        "purpose": "Personalechefer fra de nordiske hovedstadskommuner mødes én gang om året og deler erfaringer.",
        "value_assessment": "Nyttig sparring om personalejura og HR; København var vært i 2019.",
    }),
    (KK, "ØKF", "ServiceNow Now Advocacy Program", {
        "purpose": "Internationalt brugerforum om HR-systemet ServiceNow.",
        "value_assessment": "Koncernservice deler erfaringer med andre myndigheder og virksomheder og "
                            "profilerer København som foregangsby for digital administration.",
    }),
    (KK, "ØKF", "Procura+ Network", {
        "purpose": "Europæisk netværk af offentlige indkøbere om bæredygtige og innovative indkøb.",
        "value_assessment": "Giver adgang til projekter, bl.a. om fair indkøb af it-udstyr.",
    }),
    (KK, "ØKF", "Dansk Initiativ for Etisk Handel", {
        "purpose": "Landsdækkende forening, der arbejder for ansvarlig produktion og handel efter "
                   "internationale retningslinjer.",
        "value_assessment": "Kommunens CSR-chef sidder i bestyrelsen.",
    }),
    (KK, "ØKF", "C40 Municipal Building Efficiency Network", {
        "start": "2017-01-01",
        "purpose": "Teknisk netværk om energi i kommunale bygninger med ca. 15 aktive byer.",
        "value_assessment": "København leder netværket og får adgang til erfaringer fra bl.a. Stockholm, "
                            "New York og Paris.",
    }),
    (KK, "ØKF", "MIPIM", {
        "purpose": "Verdens største ejendomsmesse; bruges til at markedsføre København over for investorer.",
        "value_assessment": "Deltagelsen i 2020 blev aflyst på grund af corona.",
    }),
    (KK, "KFF", "Nordisk hovedstadssamarbejde om kultur og idræt", {
        "purpose": "Samarbejde mellem de nordiske hovedstæder om fælles udfordringer på kultur- og "
                   "idrætsområdet, fx demografi og borgerinddragelse.",
        "value_assessment": "Inspiration til løsninger; konference hvert andet år.",
    }),
    (KK, "KFF", "International Federation of Library Associations and Institutions", {
        "purpose": "Internationalt samarbejde mellem biblioteker.",
        "value_assessment": "Bibliotekerne deltager i konferencer og arbejdsgrupper om digitale tilbud.",
    }),
    (KK, "KFF", "American Library Association", {
        "purpose": "Amerikansk biblioteksforening med internationalt faglig udveksling.",
    }),
    (KK, "KFF", "International Cities of Refuge Network", {
        "purpose": "Byer og regioner, der giver ophold til forfulgte forfattere og kunstnere.",
    }),
    (KK, "KFF", "International Sport and Culture Association", {
        "purpose": "Internationalt netværk for byer, der bygger og driver idrætsfaciliteter.",
        "value_assessment": "Københavns badezoner vandt en pris i netværket i 2018.",
    }),
    (KK, "KFF", "International Council of Museums", {
        "purpose": "Den internationale museumsorganisation, herunder komitéen for bymuseer (CAMOC).",
    }),
    (KK, "KFF", "City History Museums and Research Network of Europe", {
        "purpose": "Netværk for europæiske bymuseer.",
    }),
    (KK, "KFF", "European Association for Urban History", {
        "purpose": "Konferencer om byhistorie hvert andet år; Københavns Museum bidrager jævnligt.",
    }),
    (KK, "KFF", "European Association of Archaeologists", {
        "purpose": "Årlig europæisk konference for arkæologer.",
        "value_assessment": "Københavns Museum viste senest sit mobile formidlingsprojekt.",
    }),
    (KK, "TMF", "Eurocities", {
        "purpose": "Forvaltningen deltager i forummer for miljø og mobilitet og i arbejdsgrupper om "
                   "affald og cirkulær økonomi.",
    }),
    (KK, "TMF", "European Green Capital Network", {
        "start": "2014-01-01",
        "purpose": "Netværk for byer, der har vundet eller været finalister til European Green Capital.",
        "value_assessment": "København tog initiativ til netværket; tæt kontakt til Europa-Kommissionen.",
    }),
    (KK, "TMF", "C40 Cities Climate Leadership Group", {
        "purpose": "Deltagelse i en lang række faglige C40-netværk, fx om skybrud, bygninger og "
                   "kollektiv trafik.",
    }),
    (KK, "TMF", "Carbon Neutral Cities Alliance", {
        "purpose": "Samarbejde mellem en snes af de mest ambitiøse klimabyer om konkrete løsninger.",
        "value_assessment": "Har givet projekter om bl.a. arbejdsmaskiner og CO2-fangst.",
    }),
    (KK, "TMF", "ICLEI – Local Governments for Sustainability", {
        "purpose": "Globalt netværk af lokale myndigheder for bæredygtighed (resiliens).",
    }),
    (KK, "SOF", "Nordisk direktørnetværk", {
        "purpose": "Årligt møde mellem direktører for socialområdet i de store nordiske byer.",
    }),
    (KK, "SOF", "Nordisk Storbykonference", {
        "purpose": "Konference hvert andet år om børn og unges trivsel i de nordiske storbyer.",
    }),
    (KK, "BIF", "Nordic Safe Cities", {
        "purpose": "Nordisk bysamarbejde om at forebygge ekstremisme og polarisering gennem videndeling.",
        "value_assessment": "Borgmesteren deltager i de nordiske borgmestermøder.",
    }),
    (KK, "BIF", "Capital Forum", {
        "start": "2020-07-01",
        "purpose": "Hovedstædernes netværk om at integrere flygtninge og indvandrere, "
                   "forankret hos Nordisk Ministerråd.",
    }),
    (KK, "SUF", "Cities Changing Diabetes", {
        "purpose": "Partnerskab med forskning, patientforening og industri mod den stigende forekomst af "
                   "diabetes i storbyer.",
    }),
    (KK, "SUF", "WHO European Healthy Cities Network", {
        "purpose": "Europæisk netværk om sundhedsfremme og forebyggelse, herunder social ulighed i sundhed.",
    }),
    (KK, "SUF", "Nordisk direktørnetværk", {
        "purpose": "Årligt møde mellem direktører for sundhed og ældre i de store nordiske byer.",
    }),
    (KK, "BUF", "Nordisk Storbykonference", {
        "purpose": "Samarbejde mellem storbyerne i de fem nordiske lande.",
    }),
    (KK, "BUF", "Nordic Capitals' School Games", {
        "purpose": "Årligt idrætsstævne for skoleelever fra de nordiske hovedstæder.",
        "value_assessment": "Styrker forbindelserne mellem unge i Norden; byerne skiftes til at være vært.",
    }),
    (AAL, "BF", "EUniverCities", {
        "purpose": "Netværk af europæiske universitetsbyer; erfaringsudveksling om at tage imod "
                   "internationale borgere og studerende.",
        "value_assessment": "Det er uafklaret, om udbyttet står mål med indsatsen; vurderes sammen med "
                            "universitetet.",
        "value_reviewed_on": "2018-06-30",
    }),
    (AAL, "BLF", "Nordic City Network", {
        "purpose": "Nordisk netværk om byplanlægning med masterclasses.",
    }),
    (AAL, "BLF", "CIVITAS", {
        "purpose": "Europæisk netværk om bæredygtig mobilitet i byer.",
    }),
    (AAL, "BF", "ICLEI – Local Governments for Sustainability", {
        "purpose": "Bynetværk for bæredygtige byer, som Aalborg bruger strategisk sammen med "
                   "Aalborg Commitments.",
    }),
    (AAL, "BF", "Nord-Danmarks EU-kontor", {
        "purpose": "Regionalt EU-kontor, som flere forvaltninger bruger til fundraising og rådgivning.",
    }),
    (AAR, "BA", "Central Denmark EU Office", {
        "purpose": "Det midtjyske EU-kontor i Bruxelles.",
        "value_assessment": "Gav stor diplomatisk støtte i ansøgningen om at blive kulturhovedstad.",
    }),
]

# Partner cities and institutions: municipality, department, city, country hint, institution, kind, fields.
PARTNERS = [
    (KK, "ØKF", "Peking", "CN", None, "sister_city", {
        "signed_on": "2012-01-01", "themes": "klimatilpasning, energi, spildevand, cirkulær økonomi",
        "involved": ["TMF", "SUF"],
        "activities": "Søsterbyaftale indgået i 2012 mellem de to hovedstæder; samarbejdet finansieres "
                      "gennem Udenrigsministeriets myndighedssamarbejde.",
    }),
    (KK, "SUF", "Peking", "CN", None, "cooperation_agreement", {
        "themes": "sundhed",
        "activities": "Underaftale til søsterbyaftalen om samarbejde på sundhedsområdet.",
    }),
    (KK, "ØKF", "Buenos Aires", "AR", None, "cooperation_agreement", {
        "signed_on": "2018-01-01", "themes": "klimatilpasning, energi i bygninger, spildevand",
        "involved": ["TMF"],
        "activities": "Myndighedssamarbejde finansieret af Udenrigsministeriet.",
    }),
    (KK, "ØKF", "Hamborg", "DE", None, "cooperation_agreement", {
        "themes": "erhverv, infrastruktur",
        "activities": "Fælles erhvervsforum hvert andet år, skiftevis i de to byer, med overborgmesteren.",
    }),
    (KK, "ØKF", "Seoul", "KR", None, "cooperation_agreement", {
        "themes": "klima, turisme, kultur",
        "activities": "Grønt samarbejde gennem C40 samt turisme og kulturel udveksling.",
    }),
    (KK, "ØKF", "Oslo", "NO", "Oslo kommune", "cooperation_agreement", {
        "themes": "social dumping, ID-kort",
        "activities": "Uformel erfaringsudveksling om ID-kort på byggepladser og kontrol af arbejdsklausuler.",
    }),
    (KK, "TMF", "New York", "US", None, "cooperation_agreement", {
        "themes": "klima, klimatilpasning",
        "activities": "Samarbejdsaftale under programmet for grønne byløsninger.",
    }),
    (KK, "TMF", "Washington", "US", None, "cooperation_agreement", {
        "themes": "klima, klimatilpasning",
        "activities": "Samarbejdsaftale under programmet for grønne byløsninger.",
    }),
    (KK, "TMF", "Boston", "US", None, "cooperation_agreement", {
        "themes": "klima, klimatilpasning",
        "activities": "Samarbejdsaftale (Boston og Cambridge) under programmet for grønne byløsninger.",
    }),
    (KK, "KFF", "München", "DE", "Glyptothek München", "cooperation_agreement", {
        "signed_on": "2020-01-01", "ended_on": "2021-12-31", "themes": "museer, udstillinger",
    }),
    (KK, "KFF", "Skt. Petersborg", "RU", "Eremitagen", "cooperation_agreement", {
        "signed_on": "2020-01-01", "ended_on": "2021-12-31", "themes": "museer, udstillinger",
    }),
    (KK, "KFF", "Flensborg", "DE", "Museumsberg Flensburg", "cooperation_agreement", {
        "signed_on": "2020-01-01", "ended_on": "2020-12-31", "themes": "museer",
    }),
    (KK, "KFF", "Milano", "IT", "Fondazione Prada", "cooperation_agreement", {
        "signed_on": "2021-01-01", "themes": "museer, udstillinger",
    }),
    (KK, "KFF", "Stockholm", "SE", "Nationalmuseum Stockholm", "cooperation_agreement", {
        "themes": "museer",
    }),
    (AAL, "BF", "Fredrikstad", "NO", None, "twin_city", {"priority": True, "themes": "kultur, skoler"}),
    (AAL, "BF", "Edinburgh", "GB", None, "twin_city", {"priority": True, "themes": "kultur"}),
    (AAL, "BF", "Gdynia", "PL", None, "twin_city", {"priority": True, "themes": "kultur, erhverv"}),
    (AAL, "BF", "Wismar", "DE", None, "twin_city", {"priority": True, "themes": "skoler, kultur"}),
    (AAL, "BF", "Rendsburg", "DE", None, "twin_city", {"priority": True, "themes": "ungdomslege, skoler"}),
    (AAL, "BF", "Lancaster", "GB", None, "twin_city", {"priority": True, "themes": "ungdomslege"}),
    (AAL, "BF", "Galway", "IE", None, "twin_city", {"priority": True, "themes": "kultur"}),
    (AAL, "BF", "Nuuk", "GL", None, "cooperation_agreement", {
        "themes": "Arktis, erhverv, uddannelse",
        "activities": "Samarbejdsaftale med Kommuneqarfik Sermersooq; Grønlandske Dage og Aalborg-dage "
                      "skiftevis i de to byer.",
    }),
    (AAR, "BA", "Harbin", "CN", None, "twin_city", {
        "signed_on": "1984-01-01", "renewed_on": "2010-01-15", "themes": "energi, cleantech, landbrug",
        "activities": "Venskabsby siden 1984, genoplivet i 2010 med fokus på erhvervssamarbejde; "
                      "30-35 delegationsbesøg i begge retninger på knap ti år.",
    }),
    (AAR, "TM", "Tshwane", "ZA", None, "cooperation_agreement", {
        "signed_on": "2017-04-01", "themes": "byfortætning, grøn mobilitet, vand",
        "activities": "Myndighedssamarbejde med byens styre gennem Udenrigsministeriets program.",
    }),
    (AAR, "TM", "Udaipur", "IN", "Aarhus Vand", "cooperation_agreement", {
        "signed_on": "2017-04-01", "themes": "vand, spildevand",
        "activities": "Myndighedssamarbejde om vandforsyning og byens søer; Aarhus Vand er central partner.",
    }),
]

# The managed programme list: name → (family, is_eu)
PROGRAMMES = {
    "Interreg Øresund-Kattegat-Skagerrak": ("Interreg", True),
    "Interreg North Sea": ("Interreg", True),
    "Interreg Baltic Sea Region": ("Interreg", True),
    "Interreg Deutschland-Danmark": ("Interreg", True),
    "Interreg Europe": ("Interreg", True),
    "Horizon 2020": ("EU framework programme", True),
    "Horizon Europe": ("EU framework programme", True),
    "FP7": ("EU framework programme", True),
    "Erasmus+": ("Erasmus+", True),
    "URBACT": ("URBACT", True),
    "LIFE": ("LIFE", True),
    "EU Social Fund": ("European Social Fund", True),
    "EIT Climate-KIC": ("EIT", True),
    "Strategic Sector Cooperation": ("Danish Ministry of Foreign Affairs", False),
    "Nordic Council of Ministers": ("Nordic", False),
    "National funding": ("National", False),
    "Private foundation": ("Private", False),
    "Own budget": ("Own budget", False),
}

# Projects: municipality, department, name, fields (amounts as strings; currency DKK unless given).
PROJECTS = [
    (KK, "ØKF", "Øresundsmetro", {
        "programme": "Interreg Øresund-Kattegat-Skagerrak", "role": "partner", "status": "completed",
        "end": "2021-03-31",
        "description": "Undersøger en metro mellem København og Malmø, der skal binde regionen bedre sammen.",
    }),
    (KK, "ØKF", "Build in Wood", {
        "programme": "Horizon 2020", "role": "partner", "status": "completed", "start": "2021-09-01",
        "end": "2023-08-31", "lead": "Teknologisk Institut",
        "description": "Tre internationale workshops om mere træ i etagebyggeri med London, Trondheim, Brasov, "
                       "Innsbruck og Trento.",
    }),
    (KK, "ØKF", "Emissionsfri varelevering", {
        "programme": "Nordic Council of Ministers", "role": "partner", "status": "active", "start": "2020-01-01",
        "description": "Nordisk projekt om bæredygtige indkøb med 18 byer og myndigheder; markedsdialog om "
                       "varelevering uden udslip.",
    }),
    (KK, "ØKF", "Data-driven decision-support for energy renovation", {
        "acronym": "EERAdata", "programme": "Horizon 2020", "role": "partner", "status": "active",
        "start": "2019-09-01", "partners": ["Technische Universität München", "Danmarks Tekniske Universitet"],
        "description": "Udvikler et beslutningsværktøj, der hjælper ejendomsforvaltere med at prioritere "
                       "energirenoveringer.",
    }),
    (KK, "ØKF", "AI4Cities", {
        "programme": "Horizon 2020", "role": "partner", "status": "active", "start": "2020-01-01",
        "lead": "Forum Virium Helsinki",
        "description": "Indkøb af løsninger med kunstig intelligens, der kan hjælpe byer med at nå klimamål.",
    }),
    (KK, "KFF", "Den 11. brugerrejse", {
        "programme": "National funding", "role": "lead", "status": "active", "start": "2020-01-01",
        "description": "Sammenhængende digital modtagelse af internationale borgere på tværs af ni myndigheder.",
    }),
    (KK, "KFF", "TalentDK", {
        "programme": "EU Social Fund", "role": "partner", "status": "completed", "start": "2019-01-01",
        "end": "2022-12-31", "lead": "Copenhagen Capacity",
        "description": "Skal tiltrække og fastholde udenlandske medarbejdere; Aarhus og Aalborg er med.",
    }),
    (KK, "KFF", "Vækst via International Arbejdskraft", {
        "acronym": "VIA", "programme": "EU Social Fund", "role": "partner", "status": "completed",
        "start": "2018-01-01", "end": "2020-12-31", "lead": "Copenhagen Capacity",
        "external_funding": "3200000.00",
        "description": "Introduktionsforløb for nye internationale borgere i Region Sjælland.",
    }),
    (KK, "KFF", "CENTRINNO", {
        "programme": "Horizon 2020", "role": "partner", "status": "completed", "start": "2020-09-01",
        "end": "2024-02-29",
        "description": "Bæredygtig byudvikling med nybyggere, kreative miljøer og småindustri omkring "
                       "Rentemestervej.",
    }),
    (KK, "KFF", "CREative MAking for Lifelong Learning", {
        "acronym": "CREMA", "programme": "Erasmus+", "role": "partner", "status": "completed",
        "start": "2019-09-01", "end": "2022-08-31", "external_funding": "350000.00",
        "description": "Treårigt projekt om kreativt værksted og livslang læring.",
    }),
    (KK, "TMF", "Nature Insurance value: Assessment and Demonstration", {
        "acronym": "NAIAD", "programme": "Horizon 2020", "role": "partner", "status": "completed",
        "end": "2020-07-31",
        "description": "København var demonstrationsområde for naturbaserede løsninger mod skader fra "
                       "stigende grundvand.",
    }),
    (KK, "TMF", "ATELIER", {
        "programme": "Horizon 2020", "role": "partner", "status": "active", "start": "2019-11-01",
        "end": "2024-10-31", "external_funding": "665462.50", "budget_currency": "EUR",
        "description": "Positive energidistrikter med Nordhavn som case; EU-bidraget til kommunen svarer til "
                       "ca. 4,97 mio. kr. over fem år.",
    }),
    (KK, "TMF", "Ecosystems for Zero Emission Machinery and Construction Sites", {
        "acronym": "EZEMCONS", "programme": "EIT Climate-KIC", "role": "partner", "status": "completed",
        "start": "2019-01-01", "end": "2021-12-31",
        "description": "Byer går sammen om at efterspørge byggepladser uden udslip.",
    }),
    (KK, "TMF", "Water Safe Cities", {
        "programme": "Private foundation", "role": "partner", "status": "active", "start": "2020-01-01",
        "lead": "C40 Cities Climate Leadership Group", "partners": ["Grundfos"],
        "description": "C40-projekt om vandsikkerhed med teknisk bistand til udvalgte byer.",
    }),
    (KK, "TMF", "World Capital of Architecture 2023", {
        "programme": "Own budget", "role": "lead", "status": "completed", "start": "2023-01-01",
        "end": "2023-12-31", "total_budget": "6500000.00", "municipality_share": "6500000.00",
        "description": "Markering af titlen som verdens arkitekturhovedstad, betalt af megaeventpuljen.",
    }),
    (KK, "ØKF", "Myndighedssamarbejde med Beijing", {
        "programme": "Strategic Sector Cooperation", "role": "lead", "status": "completed",
        "start": "2018-01-01", "end": "2022-12-31", "external_funding": "10000000.00",
        "lead": "Udenrigsministeriet",
        "description": "Byudvikling, klimatilpasning og energi; her er regnet med halvdelen af de ca. 20 mio. kr., "
                       "som Udenrigsministeriet samlet gav til Beijing- og Buenos Aires-samarbejdet.",
    }),
    (KK, "ØKF", "Myndighedssamarbejde med Buenos Aires", {
        "programme": "Strategic Sector Cooperation", "role": "lead", "status": "completed",
        "start": "2018-01-01", "end": "2022-12-31", "external_funding": "10000000.00",
        "description": "Klimatilpasning, energieffektive bygninger og spildevand.",
    }),
    (KK, "BIF", "Copenhagen Career Program", {
        "programme": "National funding", "role": "lead", "status": "completed", "end": "2020-12-31",
        "external_funding": "725000.00", "partners": ["Region Hovedstaden"],
        "description": "Jobsøgningsforløb for medfølgende ægtefæller, medfinansieret af regionale midler.",
    }),
    (KK, "BUF", "Skoleledelsesuddannelse med BI", {
        "programme": "Private foundation", "role": "partner", "status": "completed", "start": "2018-01-01",
        "end": "2021-03-31", "lead": "Handelshøyskolen BI", "partners": ["A.P. Møller Fonden"],
        "description": "Uddannelse for 23 skoleledelser i at analysere egen skole og sætte mål for elevernes "
                       "læring; sammen med Aalborg.",
    }),
    (KK, "TMF", "Tour de France Grand Départ 2022", {
        "programme": "Own budget", "role": "lead", "status": "completed", "start": "2019-01-01",
        "end": "2022-07-03",
        "description": "Fire forvaltninger samarbejder om løbets start i København.",
    }),
    (KK, "KFF", "EURO 2020 i København", {
        "programme": "Own budget", "role": "lead", "status": "completed", "start": "2019-01-01",
        "end": "2021-07-11",
        "description": "Værtsby for fodbold-EM med en samarbejdsaftale direkte med UEFA.",
    }),
    (AAL, "BF", "Northern Connections", {
        "programme": "Interreg North Sea", "role": "partner", "status": "completed", "start": "2016-01-01",
        "end": "2019-12-31",
        "description": "21 partnere skaber innovationssamarbejde mellem energivirksomheder og klynger på "
                       "tværs af Nordsøen; Hamborg, Oslo og Göteborg er centrale.",
    }),
    (AAL, "SKF", "Green Building A-Z", {
        "programme": "Interreg Øresund-Kattegat-Skagerrak", "role": "partner", "status": "completed",
        "start": "2016-01-01", "end": "2018-12-31", "lead": "NBE Byg", "total_budget": "11000000.00",
        "description": "Bæredygtigt offentligt byggeri; Aalborg bidrager med en ny bæredygtig børnehave og "
                       "energibesparelser gennem adfærd.",
    }),
    (AAL, "BF", "Circular PP", {
        "programme": "Interreg Baltic Sea Region", "role": "partner", "status": "completed",
        "start": "2017-01-01", "end": "2020-12-31", "lead": "Center for Grøn Omstilling",
        "description": "Cirkulære offentlige indkøb, der ser på produktets hele livscyklus.",
    }),
    (AAL, "BF", "Pendlerbroen", {
        "programme": "Interreg Øresund-Kattegat-Skagerrak", "role": "partner", "status": "completed",
        "start": "2017-01-01", "end": "2020-06-30",
        "partners": ["University College Nordjylland", "Högskolan Väst"],
        "description": "Skal få arbejdskraften og virksomhedernes behov til at mødes på tværs af Nordjylland "
                       "og Vestsverige.",
    }),
    (AAL, "BF", "LIKE!", {
        "programme": "Interreg North Sea", "role": "partner", "status": "completed", "start": "2017-01-01",
        "end": "2020-12-31",
        "description": "Digital innovation og åbne data i kommunal service og kultur.",
    }),
    (AAL, "BLF", "URBACT Good Practice City", {
        "programme": "URBACT", "role": "partner", "status": "completed", "start": "2017-01-01",
        "end": "2017-12-31",
        "description": "Aalborg blev udpeget som eksempel på god praksis i byfornyelse.",
    }),
    (AAR, "TM", "Myndighedssamarbejde med Tshwane", {
        "programme": "Strategic Sector Cooperation", "role": "lead", "status": "active", "start": "2017-04-01",
        "description": "Blandet by, grøn mobilitet og trygge byrum i Sydafrikas regeringsby.",
    }),
    (AAR, "TM", "Myndighedssamarbejde med Udaipur", {
        "programme": "Strategic Sector Cooperation", "role": "lead", "status": "active", "start": "2017-04-01",
        "partners": ["Aarhus Vand"],
        "description": "Langsigtede strategier for vand og spildevand i den indiske søby.",
    }),
]

# Present-day projects (invented examples in the documents' programmes): a grant starting in each of the last
# years and some running now, so the money figures of the default periods are never empty; and a project known
# only by its name (no dates, no money yet), as a register holds.
PROJECTS += [
    (KK, "BIF", "Job til medfølgende ægtefæller", {
        "programme": "EU Social Fund", "role": "partner", "status": "completed", "start": InYear(-4, 1, 1),
        "end": InYear(-1, 12, 31), "lead": "Copenhagen Capacity", "external_funding": "1150000.00",
        "description": EXAMPLE + "jobsøgning og netværk for ægtefæller til internationale medarbejdere."}),
    (KK, "KFF", "Digital dannelse på nordiske biblioteker", {
        "programme": "Erasmus+", "role": "partner", "status": "completed", "start": InYear(-3, 9, 1),
        "end": InYear(-1, 8, 31), "external_funding": "380000.00",
        "description": EXAMPLE + "bibliotekarer fra fire nordiske byer udvikler kurser i kildekritik."}),
    (KK, "TMF", "Skybrudsveje og grønne gårde", {
        "programme": "Horizon Europe", "role": "partner", "status": "active", "start": InYear(-2, 1, 1),
        "end": InYear(1, 12, 31), "external_funding": "4200000.00",
        "description": EXAMPLE + "naturbaserede løsninger mod skybrud afprøves i to kvarterer."}),
    (KK, "ØKF", "Grøn godstransport over Øresund", {
        "programme": "Interreg Øresund-Kattegat-Skagerrak", "role": "lead", "status": "active",
        "start": InYear(-1, 9, 1), "end": InYear(2, 8, 31), "total_budget": "1450000.00",
        "external_funding": "612000.00", "budget_currency": "EUR",
        "description": EXAMPLE + "fælles ladeinfrastruktur og samlastning for lastbiler på begge sider af sundet."}),
    (KK, "SUF", "Sunde ældre i storbyen", {
        "programme": "Horizon Europe", "role": "partner", "status": "active", "start": InYear(0, 1, 1),
        "end": InYear(3, 12, 31), "external_funding": "2750000.00",
        "description": EXAMPLE + "forebyggende hjemmebesøg og fællesskaber for ældre i seks europæiske byer."}),
    (KK, "ØKF", "Bynetværk om klimaborgerting", {
        "programme": "URBACT", "role": "partner", "status": "planned",
        "description": EXAMPLE + "en idé til et netværk; periode og budget er endnu ikke kendt."}),
    (AAL, "BF", "Grøn brint i Nordsøregionen", {
        "programme": "Interreg North Sea", "role": "partner", "status": "active", "start": InYear(-1, 3, 1),
        "end": InYear(2, 2, 28), "external_funding": "2300000.00",
        "description": EXAMPLE + "havne og virksomheder omkring Nordsøen planlægger produktion af brint."}),
]

# Delegation visits. `start` is an ISO date or a day offset from today (negative: past).
VISITS = [
    (KK, "TMF", {"direction": "incoming", "start": 9, "city": ("Buenos Aires", "AR"), "size": 8,
                 "theme": "Skybrudssikring og grønne byrum", "status": "confirmed",
                 "notes": "Fagligt besøg under myndighedssamarbejdet; rundtur i Skt. Kjelds Kvarter."}),
    (KK, "ØKF", {"direction": "outgoing", "start": 23, "end": 24, "city": ("Hamborg", "DE"), "size": 12,
                 "theme": "Hamburg-Copenhagen Business Forum", "status": "confirmed",
                 "notes": "Overborgmesteren deltager sammen med erhvervsorganisationer."}),
    (KK, "SUF", {"direction": "incoming", "start": 41, "city": ("Peking", "CN"), "size": 15,
                 "theme": "Ældrepleje og sundhedsfremme", "status": "requested",
                 "notes": "Forespørgsel modtaget via søsterbyaftalen."}),
    (KK, "ØKF", {"direction": "outgoing", "start": 58, "end": 59, "city": ("Bruxelles", "BE"), "size": 5,
                 "organisation": "Greater Copenhagen EU Office", "theme": "EU-finansiering af infrastruktur",
                 "status": "requested"}),
    (KK, "TMF", {"direction": "incoming", "start": -35, "city": ("Seoul", "KR"), "size": 20,
                 "theme": "Cykelinfrastruktur", "status": "held",
                 "notes": "Håndteret af Meet Copenhagen City."}),
    (KK, "BIF", {"direction": "incoming", "start": -80, "city": ("Oslo", "NO"), "size": 6,
                 "theme": "Jobcentrets indsats for ledige akademikere", "status": "held",
                 "notes": "Halvanden times besøg på jobcentret med oplæg og spørgsmål."}),
    (KK, "BUF", {"direction": "incoming", "start": -120, "city": ("Helsingfors", "FI"), "size": 10,
                 "theme": "Skoleledelse og elevernes læring", "status": "declined",
                 "notes": "Afvist: forvaltningen prioriterer besøg fra offentlige myndigheder, "
                          "og kalenderen var fuld."}),
    (AAL, "BF", {"direction": "incoming", "start": "2016-05-12", "city": ("Accra", "GH"), "size": 7,
                 "theme": "International House som model", "status": "held"}),
    (AAL, "BF", {"direction": "outgoing", "start": "2016-04-27", "end": "2016-04-29",
                 "city": ("Bilbao", "ES"), "size": 4,
                 "theme": "Europæisk konference om bæredygtige byer", "status": "held",
                 "notes": "Borgmesteren og en rådmand deltog; konferencen vedtog den baskiske deklaration."}),
    (KK, "TMF", {"direction": "incoming", "start": -200, "organisation": "Eurocities",
                 "theme": "Affaldssortering i etageboliger", "status": "held",
                 "notes": EXAMPLE + "deltagertallet blev ikke noteret."}),
    (AAL, "BF", {"direction": "incoming", "start": 26, "end": 27, "city": ("Gdynia", "PL"), "size": 9,
                 "theme": "Havneudvikling og kultur i venskabsbyerne", "status": "confirmed",
                 "notes": EXAMPLE + "besøg fra en af de prioriterede venskabsbyer."}),
    (AAR, "BA", {"direction": "incoming", "start": 75, "city": ("Harbin", "CN"), "size": 18,
                 "theme": "Husdyrgødning og landbrugsteknologi", "status": "confirmed"}),
    (AAR, "BA", {"direction": "outgoing", "start": "2010-01-05", "end": "2010-01-09",
                 "city": ("Harbin", "CN"), "size": 9, "theme": "Genoplivning af venskabsbysamarbejdet",
                 "status": "held", "notes": "Borgmesteren besøgte byen ved åbningen af is- og sneskulpturfestivalen."}),
]

# Events: municipality, department, name, fields; `partner` = (city, country, institution or None).
EVENTS = [
    (KK, "ØKF", "Hamburg-Copenhagen Business Forum", {
        "kind": "conference", "date": "2019-09-17", "participants": 150, "partner": ("Hamborg", "DE", None),
        "description": "Erhvervsforum hvert andet år; deltagertal anslået."}),
    (KK, "ØKF", "Build in Wood: første workshop", {
        "kind": "workshop", "date": "2022-03-22", "participants": 40, "project": "Build in Wood"}),
    (KK, "TMF", "ATELIER: innovationsatelier i Nordhavn", {
        "kind": "workshop", "date": "2021-10-05", "participants": 35, "project": "ATELIER"}),
    (KK, "KFF", "International Citizen Day", {
        "kind": "culture", "date": "2019-09-28", "participants": 3000,
        "description": "Årlig dag for internationale borgere i hele Greater Copenhagen; deltagertal anslået."}),
    (KK, "BUF", "Nordic Capitals' School Games", {
        "kind": "exchange", "date": "2019-05-28", "participants": 250,
        "description": "Idrætsstævne for skoleelever fra de nordiske hovedstæder; deltagertal anslået."}),
    (KK, "ØKF", "Myndighedsseminar i Beijing", {
        "kind": "meeting", "date": "2019-11-12", "participants": 30, "partner": ("Peking", "CN", None),
        "project": "Myndighedssamarbejde med Beijing"}),
    (AAL, "BF", "New to North Denmark Fair", {
        "kind": "conference", "date": "2017-03-04", "participants": 100,
        "description": "Messe for nye internationale borgere i International House North Denmark."}),
    (AAL, "BF", "Sports and Culture Fair", {
        "kind": "culture", "date": "2017-09-09", "participants": 200,
        "description": "Messe for danskere og internationale om idræt og kultur."}),
    (AAL, "BF", "Global Outlook-seminarer", {
        "kind": "conference", "date": "2017-11-15", "participants": 90,
        "description": "To seminarer efter arbejdstid om globalt udsyn for virksomheder."}),
    (AAL, "SKF", "Ungdomslegene i Rendsburg", {
        "kind": "exchange", "date": "2017-07-01", "participants": 120, "partner": ("Rendsburg", "DE", None),
        "description": "Ungdomslege med venskabsbyerne; deltagertal anslået."}),
    (AAL, "BF", "Grønlandske Dage i Aalborg", {
        "kind": "culture", "date": "2017-10-20", "participants": 400, "partner": ("Nuuk", "GL", None),
        "description": "Erhvervsseminar, politisk program og kultur; deltagertal anslået."}),
    (AAR, "BA", "Kinesisk-dansk bytopmøde", {
        "kind": "conference", "date": "2018-11-20", "participants": 300, "partner": ("Harbin", "CN", None),
        "description": "Konference om grønne løsninger, velfærd og fødevarer; deltagertal anslået."}),
]

# Recent events (invented examples), one without a participant count.
EVENTS += [
    (KK, "TMF", "Skybrudsveje: borgermøde i kvarteret", {
        "kind": "meeting", "date": InYear(-1, 5, 12), "participants": 60, "project": "Skybrudsveje og grønne gårde",
        "description": EXAMPLE + "borgerne så forslagene til grønne gårde."}),
    (KK, "KFF", "Velkomstdag for nye internationale borgere", {
        "kind": "culture", "date": InYear(-1, 9, 20),
        "description": EXAMPLE + "byens årlige velkomst; deltagertallet er ikke opgjort."}),
    (AAL, "BF", "Brintkonference i Aalborg", {
        "kind": "conference", "date": InYear(-1, 10, 8), "participants": 180, "project": "Grøn brint i Nordsøregionen",
        "description": EXAMPLE + "partnere fra fem lande mødtes om havnenes rolle."}),
]

# Exchange rates: currency → [(date, DKK per unit)]. Approximate, for the demo.
EXCHANGE_RATES = {
    "EUR": [("2019-12-31", "7.4715"), ("2021-12-31", "7.4364"), ("2023-12-29", "7.4529"),
            ("2025-06-30", "7.4604"), (InYear(-1, 12, 31), "7.4600")],  # the krone is pegged to the euro
    "SEK": [("2023-12-29", "0.6729"), ("2025-06-30", "0.6800")],
    "NOK": [("2023-12-29", "0.6640"), ("2025-06-30", "0.6380")],
    "USD": [("2023-12-29", "6.7447"), ("2025-06-30", "6.3600")],
    "GBP": [("2023-12-29", "8.5990"), ("2025-06-30", "8.7300")],
}

# The demo strategy, modelled on Aalborg's business strategy 2030.
STRATEGY = {
    "municipality": AAL, "department": "BF",
    "name": "Erhvervsstrategi 2030",
    "adopted_on": "2023-01-01", "horizon_year": 2030,
    "description": "Syv prioriteter for erhvervslivet frem mod 2030 med grøn omstilling og digitalisering som "
                   "gennemgående elementer; status på indikatorerne gives til erhvervsrådet hvert halve år.",
}

# The measurements (invented) are half-yearly, the last five half-year ends before the day the demo is loaded.
MEASUREMENTS = 5

# theme number, theme name, [(goal, [indicators])]; an indicator is
# (name, unit, baseline, baseline_year, target, deadline, direction, method, [values of the measurements])
# Baselines and values are invented for the demo.
THEMES = [
    (1, "Én indgang og smidig sagsbehandling", [
        ("Virksomhederne oplever én indgang og er tilfredse med behandlingen af deres sager.", [
            ("Andel tilfredse virksomheder", "%", "74", 2022, "80", "2026-12-31", "increase",
             "Løbende spørgeskema til virksomheder efter afsluttet sag.", ["75", "76", "78", "79", "81"]),
        ]),
    ]),
    (2, "Planlægning for erhvervsudvikling", [
        ("Flere investeringssager inden for de udvalgte styrkepositioner.", [
            ("Sager i Invest in Aalborg pr. år", "sager", "38", 2022, "50", "2026-12-31", "increase",
             "Optælling i sagssystemet, opgjort for de seneste 12 måneder.", ["40", "42", "45", "47", "49"]),
            ("Målrettede internationale markedsføringsinitiativer pr. år", "initiativer", "1", 2022, "2",
             "2026-12-31", "increase", "Initiativer rettet mod de udvalgte geografier.", ["1", "1", "2", "2", "2"]),
        ]),
    ]),
    (3, "Vækst i nye og etablerede virksomheder", [
        ("Flere virksomheder får vejledning og flere nye virksomheder overlever.", [
            ("Vejledte virksomheder i alt", "virksomheder", "0", 2022, "500", "2026-12-31", "increase",
             "Akkumuleret antal virksomheder, der har fået vejledning siden 2023.", ["60", "120", "170", "205",
                                                                                    "230"]),
            ("Nye CVR-numre pr. år", "CVR-numre", "820", 2022, "900", "2026-12-31", "increase",
             "Nyregistrerede og aktive CVR-numre i kommunen.", ["835", "850", "870", "880", "905"]),
        ]),
    ]),
    (4, "Grøn forsyning og klimapartnerskaber", [
        ("Flere forpligtende klimapartnerskaber og mere ekstern finansiering til grønne projekter.", [
            ("Klimapartnerskaber med industrien pr. år", "partnerskaber", "6", 2022, "20", "2030-12-31",
             "increase", "Underskrevne partnerskabsaftaler.", ["7", "8", "8", "9", "10"]),
            ("Internationale partnerskaber om grøn omstilling pr. år", "partnerskaber", "1", 2022, "2",
             "2026-12-31", "increase", "Nye aftaler med udenlandske aktører.", ["1", "2", "2", "3", "2"]),
            ("Eksterne midler fra EU og nationale puljer pr. år", "mio. kr.", "31", 2022, "50", "2026-12-31",
             "increase", "Tilsagn opgjort for de seneste 12 måneder.", ["28", "30", "33", "29", "31"]),
        ]),
    ]),
    (5, "De rette kompetencer", [
        ("Flere elever møder virksomhederne gennem skolen.", [
            ("Folkeskoleelever i samarbejde med en virksomhed", "elever", "3500", 2022, "9000", "2026-12-31",
             "increase", "Optælling fra skolerne.", ["4000", "4800", "5600", "6500", "7300"]),
        ]),
    ]),
    (6, "Innovation og partnerskaber", [
        ("Små og mellemstore virksomheder får lettere ved at byde på offentlige opgaver.", [
            ("Temamøder om offentlige udbud for SMV'er pr. år", "møder", "2", 2022, "6", "2026-12-31",
             "increase", "Afholdte temamøder og branchedialoger.", ["2", "3", "3", "4", "4"]),
        ]),
    ]),
    (7, "Attraktiv og international by", [
        ("Flere internationale konferencer og flere internationale medarbejdere, der bliver.", [
            ("Afholdte internationale konferencer siden 2023", "konferencer", "0", 2022, "15", "2026-12-31",
             "increase", "Konferencer med grønt fokus afholdt i kommunen.", ["2", "4", "7", "9", "11"]),
            ("Nye internationale arbejdstagere i Nordjylland pr. år", "personer", "850", 2022, "1000",
             "2030-12-31", "increase", "Registreringer i International Citizen Service.", ["870", "880", "860",
                                                                                          "840", "830"]),
            ("Virksomheder, der bruger International House North Denmark pr. år", "virksomheder", "150", 2022,
             "200", "2026-12-31", "increase", "Virksomheder, der har brugt husets tilbud.", ["160", "172", "180",
                                                                                          "186", "195"]),
            ("Placering på Global Sustainability Index", "placering", "31", 2022, "20", "2030-12-31", "decrease",
             "Byens placering i det årlige indeks.", ["30", "30", "28", "27", "27"]),
        ]),
    ]),
]


# Copenhagen's international strategy (a demo): its baselines are the 2020 mapping's figures (27 memberships,
# 35 ongoing projects, over 100 mio. kr. of external funding since 2013, 412 delegation requests in 2019);
# targets, measurements, its adoption and its deadlines are invented for the demo and move with the year it is
# loaded (deadlines next year and the year after), so it is a strategy in force.
COPENHAGEN_STRATEGY = {
    "municipality": KK, "department": "ØKF",
    "name": "International strategi",
    "adopted_on": InYear(-4, 6, 1), "horizon_year": InYear(2),
    "description": "Fælles retning for kommunens internationale arbejde på tværs af de syv forvaltninger, "
                   "udarbejdet efter kortlægningen i 2020; status forelægges Økonomiudvalget hvert halve år.",
}

COPENHAGEN_THEMES = [
    (1, "Netværk, der giver værdi", [
        ("Hvert medlemskab har et klart formål og vurderes jævnligt.", [
            ("Medlemskaber med en værdivurdering fra de seneste to år", "medlemskaber", "0", 2020, "27",
             InYear(1, 12, 31), "increase", "Optælling i udsyn af medlemskaber med en dato for seneste vurdering.",
             ["6", "11", "15", "18", "20"]),
            ("Årlige kontingenter til internationale netværk", "mio. kr.", "3.2", 2020, "3.0", InYear(2, 12, 31),
             "decrease", "Sum af registrerede kontingenter, omregnet til kroner.", ["3.2", "3.3", "3.1", "3.1",
                                                                                   "3.0"]),
        ]),
    ]),
    (2, "Ekstern finansiering til byens udvikling", [
        ("Flere EU-midler og andre eksterne midler til kommunens projekter.", [
            ("Ekstern finansiering hjemtaget pr. år", "mio. kr.", "14", 2020, "25", InYear(2, 12, 31), "increase",
             "Tilsagn registreret på projekter, opgjort for de seneste 12 måneder.", ["15", "17", "16", "19",
                                                                                      "23"]),
            ("Igangværende internationale projekter", "projekter", "35", 2020, "45", InYear(2, 12, 31), "increase",
             "Projekter med status igangværende.", ["36", "38", "37", "40", "39"]),
            ("Projekter med kommunen som leadpartner", "projekter", "4", 2020, "8", InYear(2, 12, 31), "increase",
             "Projekter, hvor kommunens rolle er leadpartner.", ["4", "5", "5", "6", "5"]),
        ]),
    ]),
    (3, "Partnerbyer og delegationer", [
        ("Samarbejdet med søster- og partnerbyer har konkrete aktiviteter hvert år.", [
            ("Partnerbyer med mindst én aktivitet om året", "partnerbyer", "6", 2020, "12", InYear(2, 12, 31),
             "increase", "Partnerbyer med en registreret aktivitet inden for de seneste 12 måneder.",
             ["7", "8", "8", "9", "10"]),
        ]),
        ("Delegationer behandles hurtigt og efter klare prioriteringsregler.", [
            ("Delegationer med program og vært aftalt før besøget", "%", "60", 2019, "90", InYear(2, 12, 31),
             "increase", "Andel af de modtagne delegationer (2019: 412 henvendelser til én forvaltning).",
             ["65", "70", "76", "80", "84"]),
            ("Svartid på delegationshenvendelser", "dage", "14", 2020, "5", InYear(2, 12, 31), "decrease",
             "Median antal dage fra henvendelse til svar.", ["12", "10", "9", "8", "8"]),
        ]),
    ]),
]

# Both demo strategies, loaded the same way.
STRATEGIES = [(STRATEGY, THEMES), (COPENHAGEN_STRATEGY, COPENHAGEN_THEMES)]
