"""The register's one search index: every record, person, organisation, city and document, by name or text.

Apps say what of their models is searchable, once, in their AppConfig.ready():

    search.index(Project, title=("name", "acronym"), text=("description", "programme__name", "partners__name"))

Field paths follow `__` through foreign keys and many-to-many fields. The index (udsyn.core.models.SearchEntry, one
row per object) is kept up to date by signals: saving or deleting an object, changing its many-to-many links, or
renaming an object its text names (an organisation renamed: its memberships and projects are indexed again).
Bulk writes that send no signals (bulk_create, COPY) call `reindex()` afterwards (`udsyn reindex` on the command line).

Searching is the same everywhere: the `q` filter of every list and the API (`matching_ids`), and the header search
across every type (`search_everything`). Danish words are stemmed ("kontingent" finds "kontingenter"), accents
folded ("Goteborg" finds Göteborg, "Kobenhavn" finds København), and a city is found by its Danish name and by its
international one ("Hamburg" finds a text about Hamborg, "Göteborg" the city the register calls Gothenburg; the pairs
are those the document pipeline knows, udsyn.extraction.gazetteer.DANISH_EXONYMS):
- PostgreSQL: a generated tsvector in the `udsyn_danish` configuration (unaccent, then the Danish Snowball stemmer)
  with a GIN index, queried with websearch_to_tsquery (quotes, `or`, `-word`); and a trigram index on the folded
  title, so part of a name ("gotebo") finds it too.
- SQLite: FTS5 over words folded and stemmed here in Python by the same Snowball stemmer (SQLite has no Danish
  stemmer, and FTS5's remove_diacritics does not fold ø and æ); every word also matches as a prefix. The FTS5 table
  also holds each entry's kind and owner (the municipality of its object), so a list's search reads only the
  matches of its type in the user's municipalities; what the user sees is still decided by visible_to.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import Stemmer
from django.db import connection, models, transaction
from django.db.models import BigIntegerField, BooleanField, Expression, F, Func, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.lookups import In
from django.db.models.signals import m2m_changed, post_delete, post_save

from udsyn.core import permissions
from udsyn.core.models import SearchEntry
from udsyn.core.registry import UnscopedModel, municipality_path, visible_to
from udsyn.core.sql import queryset_sql
from udsyn.extraction.gazetteer import DANISH_EXONYMS

TITLE_LENGTH = 400
TEXT_LENGTH = 100_000  # a long document is searchable by its first 100,000 characters
CANDIDATES = 200  # the header search ranks at most this many matches of each type (bounded work for common words)
CONFIG = "udsyn_danish"

# Letters that Unicode decomposition leaves alone; PostgreSQL's unaccent folds them the same way.
FOLDS = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "œ": "oe", "ð": "d", "þ": "th"})
WORD = re.compile(r"\w+")
TOKEN = re.compile(r'"[^"]*"|\S+')
KIND_WORD = re.compile(r"[^\W_]+")  # the words FTS5's unicode61 tokenizer makes of a kind ("projects.project")


# --- words -----------------------------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Lower case without accents: 'Göteborg' → 'goteborg', 'Køge Ærø' → 'koge aero'."""
    text = unicodedata.normalize("NFKD", text.lower().translate(FOLDS))
    return text if text.isascii() else text.translate(_combining())


@functools.cache
def _combining() -> dict[int, None]:
    """A str.translate table that deletes every combining character (the accents NFKD splits off)."""
    return {code: None for code in range(sys.maxunicode + 1) if unicodedata.combining(chr(code))}


_local = threading.local()


def stem(word: str) -> str:
    """The Danish Snowball stem of a folded word (PyStemmer objects are not thread-safe: one per thread)."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("danish")
    return stemmer.stemWord(word)


@functools.lru_cache(maxsize=200_000)
def _word_terms(word: str) -> str:
    """A folded word as terms() writes it: its stem, then the word itself when it differs. Remembered: a register
    uses a few tens of thousands of distinct words, each millions of times when a whole table is indexed."""
    root = stem(word)
    return root if root == word else f"{root} {word}"


def terms(text: str) -> str:
    """The words of `text` as SQLite's FTS5 column holds them: each folded word's stem, and the word itself when
    it differs (so a prefix of the whole word matches too)."""
    return " ".join([_word_terms(word) for word in WORD.findall(fold(text))])


# A search holds at most this many spellings of itself (each city name in it written each way it is known).
MAX_SPELLINGS = 8


@functools.cache
def _city_names() -> list[tuple[re.Pattern, tuple[str, ...]]]:
    """(a folded city name as a whole word, the folded other names of the same city): its international name and its
    Danish ones (hamborg → hamburg; gothenburg → goteborg; bryssel → brussels, bruxelles)."""
    groups: dict[str, set[str]] = {}
    for danish, (name, _country) in DANISH_EXONYMS.items():
        groups.setdefault(fold(name), {fold(name)}).add(fold(danish))
    names = sorted((name for group in groups.values() for name in group), key=lambda n: (-len(n), n))
    # A whole word, not one excluded with a minus ("-hamburg" leaves out that spelling only).
    return [(re.compile(rf"(?<![\w-]){re.escape(name)}(?!\w)"),
             tuple(sorted(next(g for g in groups.values() if name in g) - {name}))) for name in names]


def spellings(text: str) -> list[str]:
    """`text` folded, then the same with each city name in it written in its other known names (first the text as
    typed): 'hamburg klima' → ['hamburg klima', 'hamborg klima']. Longer names first: 'den haag' is one name."""
    out = [fold(text)]
    taken: list[tuple[int, int]] = []
    for pattern, others in _city_names():
        found = pattern.search(out[0])
        if found is None or any(start <= found.start() and found.end() <= end for start, end in taken):
            continue
        taken.append(found.span())
        out += [pattern.sub(other, variant) for variant in list(out) for other in others]
    return list(dict.fromkeys(out))[:MAX_SPELLINGS]


# --- what is indexed -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IndexSpec:
    model: type[models.Model]
    title: tuple[str, ...]
    text: tuple[str, ...] = ()
    label: Any = None  # the group's heading in the header search (default: the model's verbose_name_plural)

    @property
    def kind(self) -> str:
        return self.model._meta.label_lower

    @property
    def paths(self) -> tuple[str, ...]:
        return self.title + self.text

    @property
    def owner_path(self) -> str | None:
        """The lookup from the model to its municipality (udsyn.core.registry.municipality_path), or None for shared
        data and types scoped otherwise."""
        try:
            return municipality_path(self.model)
        except UnscopedModel:
            return None

    def relations(self) -> tuple[list[str], list[str]]:
        """(foreign-key paths to select_related, many-to-many paths to prefetch) for indexing many objects."""
        select, prefetch = [], []
        owner = self.owner_path
        if owner and "__" in owner:  # the owner's foreign keys: project → department (→ municipality_id)
            select.append(owner.rsplit("__", 1)[0])
        for path in self.paths:
            model, hops, many = self.model, [], False
            for part in path.split("__")[:-1]:
                field = model._meta.get_field(part)
                many = many or field.many_to_many or field.one_to_many
                hops.append(part)
                model = field.related_model
            if hops:
                (prefetch if many else select).append("__".join(hops))
        return select, prefetch


_SPECS: dict[type[models.Model], IndexSpec] = {}


def index(model: type[models.Model], *, title: Iterable[str], text: Iterable[str] = (), label: Any = None) -> None:
    """Make `model` searchable by the fields `title` (its names) and `text` (everything else worth finding)."""
    spec = IndexSpec(model, tuple(title), tuple(text), label)
    _SPECS[model] = spec
    _connect(spec)


def specs() -> list[IndexSpec]:
    return list(_SPECS.values())


def spec_for(model: type[models.Model]) -> IndexSpec | None:
    return _SPECS.get(model)


def _values(obj: Any, path: str) -> list[str]:
    """The text at a field path: one value, or several through a many-to-many or reverse relation."""
    values = [obj]
    for part in path.split("__"):
        following = []
        for value in values:
            if value is None:
                continue
            display = getattr(value, f"get_{part}_display", None)
            attr = display() if display else getattr(value, part, None)
            if isinstance(attr, models.Manager):
                following.extend(attr.all())
            else:
                following.append(attr)
        values = following
    return [str(v) for v in values if v not in (None, "")]


def document_for(spec: IndexSpec, obj: Any) -> tuple[str, str]:
    """(title, text) of one object as the index stores them."""
    title = " ".join(v for path in spec.title for v in _values(obj, path))[:TITLE_LENGTH]
    text = "\n".join(v for path in spec.text for v in _values(obj, path))[:TEXT_LENGTH]
    return title, text


def _owner_at(obj: Any, path: str) -> int | None:
    """The municipality id at a scope's path from `obj` ("department__municipality": obj.department.municipality_id;
    "pk": a municipality's own)."""
    *hops, last = path.split("__")
    for hop in hops:
        obj = getattr(obj, hop, None)
        if obj is None:
            return None
    if last == "pk":
        return obj.pk
    return getattr(obj, obj._meta.get_field(last).attname, None)


def owner_of(spec: IndexSpec, obj: Any) -> int | None:
    """The id of the municipality `obj` belongs to, or None (shared data, a type scoped otherwise)."""
    path = spec.owner_path
    return _owner_at(obj, path) if path else None


def entry_values(spec: IndexSpec, obj: Any) -> dict[str, Any]:
    """The columns of an object's SearchEntry; the term and owner columns only where SQLite's FTS5 reads them."""
    title, text = document_for(spec, obj)
    values = {"title": title, "folded_title": fold(title), "text": text, "title_terms": "", "terms": "",
              "owner": None}
    if connection.vendor != "postgresql":
        values.update(title_terms=terms(title), terms=terms(text), owner=owner_of(spec, obj))
    return values


# --- keeping the index up to date -------------------------------------------------------------------------------

def update_object(obj: models.Model) -> None:
    spec = spec_for(type(obj))
    if spec is None or obj.pk is None:
        return
    SearchEntry.objects.update_or_create(kind=spec.kind, object_id=obj.pk, defaults=entry_values(spec, obj))


def remove_object(model: type[models.Model], pk: Any) -> None:
    spec = spec_for(model)
    if spec is not None:
        SearchEntry.objects.filter(kind=spec.kind, object_id=pk).delete()


def _chunks(queryset: QuerySet, size: int) -> Iterator[list[models.Model]]:
    """Objects in pk order, `size` at a time (prefetching works per chunk)."""
    last = None
    while True:
        page = queryset.order_by("pk")
        if last is not None:
            page = page.filter(pk__gt=last)
        chunk = list(page[:size])
        if not chunk:
            return
        yield chunk
        last = chunk[-1].pk


def reindex(models_: Iterable[type[models.Model]] | None = None, *, queryset: QuerySet | None = None,
            batch: int = 2000) -> int:
    """Index again every object of the given models (all indexed models by default), or only `queryset`'s.
    Returns the number of objects indexed."""
    chosen = [spec_for(queryset.model)] if queryset is not None else \
        [spec_for(m) for m in models_] if models_ is not None else specs()
    count = 0
    for spec in filter(None, chosen):
        select, prefetch = spec.relations()
        objects = (queryset if queryset is not None else spec.model._default_manager.all())
        for chunk in _chunks(objects.select_related(*select).prefetch_related(*prefetch), batch):
            with transaction.atomic():
                SearchEntry.objects.filter(kind=spec.kind, object_id__in=[o.pk for o in chunk]).delete()
                SearchEntry.objects.bulk_create(
                    SearchEntry(kind=spec.kind, object_id=o.pk, **entry_values(spec, o)) for o in chunk)
            count += len(chunk)
        if queryset is None:  # entries of objects deleted without signals
            SearchEntry.objects.filter(kind=spec.kind).exclude(
                object_id__in=spec.model._default_manager.values("pk")).delete()
    return count


def _saved(sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs: Any) -> None:
    if not raw:
        update_object(instance)


def _deleted(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    remove_object(type(instance), instance.pk)


def _connect(spec: IndexSpec) -> None:
    uid = f"udsyn.search.{spec.kind}"
    post_save.connect(_saved, sender=spec.model, dispatch_uid=uid)
    post_delete.connect(_deleted, sender=spec.model, dispatch_uid=uid)
    _connect_owner(spec)
    for path in spec.paths:
        first = path.split("__")[0]
        if "__" not in path:
            continue
        field = spec.model._meta.get_field(first)
        if field.many_to_many and not field.auto_created:
            m2m_changed.connect(_links_changed(spec, first), sender=field.remote_field.through,
                                dispatch_uid=f"{uid}.{first}.links", weak=False)
        if field.related_model is not None:
            post_save.connect(_related_renamed(spec, first), sender=field.related_model,
                              dispatch_uid=f"{uid}.{first}.renamed", weak=False)


def _connect_owner(spec: IndexSpec) -> None:
    """Keep the entries' owner in step when a row on the scope's path moves to another municipality (a department:
    every record of it). The scope must be known when the model is indexed (a record's municipality_path, or
    registry.register before search.index in the app's ready())."""
    path = spec.owner_path
    if not path or "__" not in path:  # the object's own column: saving the object indexes it again
        return
    parts, model = path.split("__"), spec.model
    for depth in range(1, len(parts)):
        model = model._meta.get_field(parts[depth - 1]).related_model
        prefix, rest = "__".join(parts[:depth]), "__".join(parts[depth:])
        post_save.connect(_owner_moved(spec, prefix, rest), sender=model, weak=False,
                          dispatch_uid=f"udsyn.search.{spec.kind}.{prefix}.owner")


def _owner_moved(spec: IndexSpec, prefix: str, rest: str):
    def moved(sender: Any, instance: Any, created: bool = False, raw: bool = False, **kwargs: Any) -> None:
        if created or raw or connection.vendor == "postgresql":
            return
        owner = _owner_at(instance, rest)
        objects = spec.model._default_manager.filter(**{prefix: instance}).values("pk")
        # Only the entries whose owner changed (none when a department is renamed); FTS5's trigger re-indexes them.
        SearchEntry.objects.filter(kind=spec.kind, object_id__in=objects).exclude(owner=owner).update(owner=owner)
    return moved


def _links_changed(spec: IndexSpec, name: str):
    def changed(sender: Any, instance: Any, action: str, reverse: bool, pk_set: set | None, **kwargs: Any) -> None:
        if action not in ("post_add", "post_remove", "post_clear"):
            return
        if not reverse:
            update_object(instance)
        elif pk_set:
            reindex(queryset=spec.model._default_manager.filter(pk__in=pk_set))
        elif action == "post_clear":
            reindex(queryset=spec.model._default_manager.filter(**{name: instance}))
    return changed


def _related_renamed(spec: IndexSpec, name: str):
    def renamed(sender: Any, instance: Any, created: bool = False, raw: bool = False, **kwargs: Any) -> None:
        if not created and not raw:
            reindex(queryset=spec.model._default_manager.filter(**{name: instance}))
    return renamed


# --- searching -----------------------------------------------------------------------------------------------

@dataclass
class Query:
    """A search as typed: words that must occur, words that must not; `plain` when it has no operators."""

    text: str
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    plain: bool = True

    @classmethod
    def parse(cls, text: str) -> Query:
        # A NUL byte separates words like a space (PostgreSQL refuses text holding one: a server error otherwise).
        query = cls(text.replace("\x00", " ").strip())
        for token in TOKEN.findall(query.text):
            negative = token.startswith("-") and len(token) > 1
            words = WORD.findall(fold(token))
            if negative or token.startswith('"') or token.lower() == "or":
                query.plain = False
            if token.lower() != "or":
                (query.exclude if negative else query.include).extend(words)
        return query

    def fts5(self, ranked: bool = True) -> str:
        """An FTS5 MATCH expression: every word (stem, or prefix of the whole word) and none of the excluded.

        Unranked (a list's filter, whose order is the list's), a word that is its own stem is its prefix alone, which
        holds the stem: the same matches, where FTS5 merging the two lists of a common word took as long as finding
        them (0.01 s for 170,000 at 100,000 records of each type). Ranked by bm25 the stem is kept as a term of its
        own, which ranks the word itself above longer words that begin with it."""
        def one(word: str) -> str:
            root = stem(word)
            if len(word) < 3:
                return f'"{root}"'
            return f'"{word}"*' if root == word and not ranked else f'("{root}" OR "{word}"*)'
        expression = " AND ".join(one(w) for w in self.include)
        if self.exclude:
            expression += " NOT (" + " OR ".join(f'"{stem(w)}"' for w in self.exclude) + ")"
        return expression

    @property
    def folded(self) -> str:
        return " ".join(self.include)

    def spellings(self) -> list[Query]:
        """This search and the same with its city names written their other ways (see `spellings`)."""
        return [self] + [Query.parse(text) for text in spellings(self.text)[1:]]

    def fts5_any(self, ranked: bool = True) -> str:
        """An FTS5 MATCH expression for any of the search's spellings."""
        return " OR ".join(f"({q.fts5(ranked)})" for q in self.spellings())

    def fts5_in_text(self, ranked: bool = True) -> str:
        """An FTS5 MATCH expression for any of the search's spellings in the words of entries of any kind."""
        return f"{{title_terms terms}} : ({self.fts5_any(ranked)})"

    def fts5_of(self, kind: str, owners: Iterable[int] | None = None, ranked: bool = True) -> str:
        """An FTS5 MATCH expression for any of the search's spellings in the words of entries of one `kind`, and with
        `owners` of those municipalities only: FTS5 intersects the words' matches with the kind's entries and the
        municipalities' itself (migrations core 0005 and 0006)."""
        expression = f'{self.fts5_in_text(ranked)} AND kind : "{" ".join(KIND_WORD.findall(kind))}"'
        if owners:
            expression += " AND owner : (" + " OR ".join(f'"{int(owner)}"' for owner in owners) + ")"
        return expression

    def tsquery(self) -> tuple[str, list[str]]:
        """PostgreSQL: a tsquery for any of the search's spellings (websearch syntax each), with its parameters."""
        texts = [q.text for q in self.spellings()]
        return "(" + " || ".join([f"websearch_to_tsquery('{CONFIG}', %s)"] * len(texts)) + ")", texts


def _like_pattern(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"


def _pg_match(query: Query) -> RawSQL:
    """PostgreSQL: the condition an entry matching `query` meets (the full-text index, or part of a name)."""
    tsquery, params = query.tsquery()
    condition = f"document @@ {tsquery}"
    names = [q.folded for q in query.spellings() if q.plain and len(q.folded) >= 3]
    if names:  # part of a name: the trigram index
        condition = "(" + " OR ".join([condition] + ["folded_title LIKE %s"] * len(names)) + ")"
        params += [_like_pattern(name) for name in names]
    return RawSQL(condition, params, output_field=BooleanField())


def _entries_matching(kind: str, query: Query) -> QuerySet:
    entries = SearchEntry.objects.filter(kind=kind)
    if connection.vendor == "postgresql":
        return entries.filter(_pg_match(query))
    return entries.filter(id__in=RawSQL("SELECT rowid FROM core_searchentry_fts WHERE core_searchentry_fts MATCH %s",
                                        [query.fts5_of(kind, ranked=False)]))


def matching_ids(model: type[models.Model], text: str) -> QuerySet | None:
    """The ids of `model`'s objects matching `text` (a subquery: filter with pk__in), or None when the model is not
    indexed. A search without a word (only operators or punctuation) matches nothing."""
    spec = spec_for(model)
    if spec is None:
        return None
    query = Query.parse(text)
    if not query.include:
        return SearchEntry.objects.none().values("object_id")
    return _entries_matching(spec.kind, query).values("object_id")


FEW_MATCHES = 1000
FEW_EVERYWHERE = 1000  # the header search ranks every match at once when a search has no more in all types


def owners_for(user: Any, model: type[models.Model]) -> list[int] | None:
    """The municipalities whose entries of `model` a search for `user` needs to read, for SQLite's full-text index:
    the same ids visible_to narrows the list to (permissions.visible_municipalities), so never fewer than the user
    sees. None when they cannot narrow it: shared data, a type scoped otherwise, every municipality, a region's."""
    if user is None or spec_for(model) is None or spec_for(model).owner_path is None:
        return None
    municipalities = permissions.visible_municipalities(user)
    return list(municipalities) if isinstance(municipalities, list) else None


def filter_queryset(queryset: QuerySet, text: str, *, user: Any = None) -> QuerySet | None:
    """`queryset` narrowed to the objects matching `text`; None when its model is not indexed. `queryset` is what
    `user` may see (visible_to): on SQLite the index is then read for the user's municipalities only (owners_for).

    A search with few matches (a rare word, a name) passes them as a list of ids: the database then reads just those
    rows. Left as a subquery, PostgreSQL's estimate of a full-text match is too coarse to tell a rare word from a
    common one, and it would walk the whole list in its sort order looking for the few. A search with many matches
    stays a subquery, which walking the list in order serves well."""
    ids = matching_ids(queryset.model, text)
    if ids is None:
        return None
    if ids.query.is_empty():  # no word to look for (only punctuation): nothing matches
        return queryset.none()
    if connection.vendor == "sqlite":
        owners = owners_for(user, queryset.model)
        match = Query.parse(text).fts5_of(spec_for(queryset.model).kind, owners, ranked=False)
        return _sqlite_filter(queryset, match)
    # In the order of the (kind, object_id) index: for a common word the planner walks the kind's entries and stops
    # after FEW_MATCHES + 1; left unordered, it scanned the whole index table from wherever a synchronized sequential
    # scan started (2 to 240 ms for the same search at 100,000 records of each type). A rare word is still found
    # through the full-text index, and its few matches sorted.
    few = list(ids.order_by("object_id").values_list("object_id", flat=True)[: FEW_MATCHES + 1])
    return queryset.filter(pk__in=few if len(few) <= FEW_MATCHES else ids)


class _JsonIds(Expression):
    """SQLite: the ids of a JSON array as a subquery (SELECT value FROM json_each(?)): one parameter, however many."""

    def __init__(self, array: str) -> None:
        super().__init__(output_field=BigIntegerField())
        self.array = array

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list]:
        return "SELECT value FROM json_each(%s)", [self.array]


class _NoIndex(Func):
    """SQLite's unary + on a column (+id): the same value, which the planner cannot look up by index."""

    template = "+%(expressions)s"


def _sqlite_filter(queryset: QuerySet, match: str) -> QuerySet:
    """On SQLite the full-text match is read once, here, and its ids given to the list's queries as one JSON array
    that SQLite builds itself (json_group_array; the list and its count would each evaluate a subquery again, 0.1 s
    apiece for a common word at 100,000 records, and 50,000 ids read into Python cost as much). Few ids are looked up
    by id; many are tested as a set (+id IN ...), which leaves SQLite's planner to read the list in its sort order
    and stop after a page, where looking each match up by id would fetch and sort every match first.

    `match` names the user's municipalities (owners_for): a common word's matches in the whole register are read
    no more, only the user's (at 100,000 projects in five municipalities, "klima": 10,000 of 51,000; this query
    0.05 -> 0.02 s, the page's and the count's test of each row against the set 0.02 -> 0.002 s each)."""
    with connection.cursor() as cursor:  # the index's matches of the kind, each entry read by its id for its object
        cursor.execute("SELECT count(*), json_group_array(e.object_id) FROM core_searchentry_fts f "
                       "CROSS JOIN core_searchentry e ON e.id = f.rowid WHERE core_searchentry_fts MATCH %s", [match])
        count, array = cursor.fetchone()
    if count <= FEW_MATCHES:
        return queryset.filter(pk__in=json.loads(array))
    return queryset.filter(In(_NoIndex(F("pk"), output_field=BigIntegerField()), _JsonIds(array)))


def ranked_ids(spec: IndexSpec, query: Query, limit: int = CANDIDATES, *, within: QuerySet | None = None,
               owners: Iterable[int] | None = None) -> list[int]:
    """The best matches of one type, best first. Ranking looks at no more than `limit` matches, so a very common
    word costs a bounded amount of work (names matching in the title rank above matches in the text).

    `within`: a queryset of the type (the rows a user may see); only its rows are ranked, so the `limit` is spent on
    them and another municipality's many matches cannot crowd them out. `owners` (owners_for the same user): on
    SQLite the index is read for those municipalities' entries only, as a list's search reads it; `within` still
    decides what is ranked."""
    if not query.include:
        return []
    scope = None
    if within is not None and within.query.has_filters():  # unfiltered (an installation administrator): no subquery
        scope = within.order_by().values("pk")
        if queryset_sql(scope) is None:  # the user may see no row of the type
            return []
    if connection.vendor == "postgresql":
        matches = _entries_matching(spec.kind, query)
        if scope is not None:
            matches = matches.filter(object_id__in=scope)
        # In the order of the (kind, object_id) index: for a common word the planner then walks the kind's entries
        # and stops after `limit` matches, where it took a sequential scan of the whole index table to find them (0.2 s
        # at 100,000 records of each type); a rarer word is still found through the full-text index.
        sql, params = matches.order_by("object_id")[:limit].values("id").query.sql_with_params()
        tsquery, texts = query.tsquery()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT object_id FROM core_searchentry WHERE id IN ({sql}) "  # noqa: S608 - Django's own SQL
                f"ORDER BY ts_rank(document, {tsquery}) DESC, title LIMIT %s",
                [*params, *texts, limit])
            return [row[0] for row in cursor.fetchall()]
    condition, scope_params = "", []
    if scope is not None:
        scope_sql, scope_params = queryset_sql(scope)
        condition = f" AND e.object_id IN ({scope_sql})"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.object_id FROM core_searchentry_fts f JOIN core_searchentry e ON e.id = f.rowid "  # noqa: S608
            f"WHERE core_searchentry_fts MATCH %s AND e.kind = %s{condition} "
            "ORDER BY bm25(core_searchentry_fts, 10.0, 1.0, 0.0), e.title LIMIT %s",
            [query.fts5_of(spec.kind, owners), spec.kind, *scope_params, limit])
        return [row[0] for row in cursor.fetchall()]


def all_matches(chosen: list[IndexSpec], query: Query, limit: int) -> dict[str, list[int]] | None:
    """{kind: object ids, best first} of every match of the search in the `chosen` types, when they are at most
    `limit` in all; None when there are more (a common word: each type is then ranked on its own, within what the
    user sees). The index is searched once for all the types: searched once per type, a name cost the same index scan
    a dozen times (15 ms each at 100,000 records)."""
    kinds = {spec.kind for spec in chosen}
    if connection.vendor == "postgresql":
        entries = SearchEntry.objects.filter(_pg_match(query))
        if len(kinds) < len(_SPECS):
            entries = entries.filter(kind__in=kinds)
        ids = list(entries.values_list("id", flat=True)[: limit + 1])
    else:  # FTS5 stops after `limit` matches (an IN over its matches would read them all first)
        with connection.cursor() as cursor:
            cursor.execute("SELECT rowid FROM core_searchentry_fts WHERE core_searchentry_fts MATCH %s LIMIT %s",
                           [query.fts5_in_text(ranked=False), limit + 1])
            ids = [row[0] for row in cursor.fetchall()]
    if len(ids) > limit:
        return None
    if not ids:
        return {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            tsquery, texts = query.tsquery()
            cursor.execute(f"SELECT kind, object_id FROM core_searchentry WHERE id = ANY(%s) "  # noqa: S608
                           f"ORDER BY ts_rank(document, {tsquery}) DESC, title", [ids, *texts])
        else:  # the kind's column weighs nothing in bm25: the same order as ranked_ids
            cursor.execute(
                "SELECT e.kind, e.object_id FROM core_searchentry_fts f JOIN core_searchentry e ON e.id = f.rowid "
                "WHERE core_searchentry_fts MATCH %s AND f.rowid IN (SELECT value FROM json_each(%s)) "
                "ORDER BY bm25(core_searchentry_fts, 10.0, 1.0, 0.0), e.title",
                [query.fts5_in_text(), json.dumps(ids)])
        found: dict[str, list[int]] = {}
        for kind, object_id in cursor.fetchall():
            if kind in kinds:
                found.setdefault(kind, []).append(object_id)
    return found


@dataclass
class Group:
    spec: IndexSpec
    records: list[models.Model]
    more: bool  # more matches than shown

    @property
    def label(self) -> Any:
        return self.spec.label or self.spec.model._meta.verbose_name_plural


def search_everything(text: str, *, user: Any, per_type: int = 5,
                      models_: Iterable[type[models.Model]] | None = None) -> list[Group]:
    """The best matches of each indexed type that `user` may see (udsyn.core.registry.visible_to), grouped by
    type in the order the types were indexed; types without a match are left out. The matches are narrowed to what
    the user sees before they are ranked and cut to the best few, never after."""
    query = Query.parse(text)
    if not query.include:
        return []
    chosen = [spec for spec in specs() if models_ is None or spec.model in set(models_)]
    everywhere = all_matches(chosen, query, FEW_EVERYWHERE)
    # A common word on SQLite: the best few of every type from one ranked search of the index (best_of_each_type);
    # a type whose best few are not all the user's to see is ranked on its own below, as before.
    best = best_of_each_type(chosen, query, per_type + 1, user) if everywhere is None else None
    groups = []
    for spec in chosen:
        visible = visible_to(user, spec.model._default_manager.all())
        select, _prefetch = spec.relations()
        if best is not None:
            ids = best.get(spec.kind, [])
            found = {obj.pk: obj for obj in visible.filter(pk__in=ids).select_related(*select)} if ids else {}
            if len(found) == len(ids):  # all visible: the same best few as ranking within what the user sees
                if ids:
                    ordered = [found[i] for i in ids]
                    groups.append(Group(spec, ordered[:per_type], len(ordered) > per_type))
                continue
        if everywhere is not None:  # every match of the type, ranked: the visible ones are kept below
            ids = everywhere.get(spec.kind, [])
        else:
            # Scoped first, then ranked and limited; on SQLite the index reads only the user's municipalities'
            # entries of the type (a common word: a fifth of its matches at 100,000 records in five municipalities).
            ids = ranked_ids(spec, query, within=visible, owners=owners_for(user, spec.model))
        if not ids:
            continue
        # A few matches in all are read at once (many may be another municipality's: all_matches is not scoped);
        # a type's ranked best (CANDIDATES of them, nearly all visible) only as far as the groups need.
        first = len(ids) if everywhere is not None else per_type + 1
        ordered = _first_visible(visible.select_related(*select), ids, per_type + 1, first)
        if ordered:
            groups.append(Group(spec, ordered[:per_type], len(ordered) > per_type))
    return groups


def _first_visible(visible: QuerySet, ids: list[int], count: int, first: int) -> list[models.Model]:
    """The first `count` objects of `ids` (best first) that are in `visible`: the `first` ids, then, when fewer of
    them were visible, the rest at once. Reading all of a type's ranked ids (up to CANDIDATES) only to show the first
    few cost most of a common word's search in Python."""
    ordered: list[models.Model] = []
    start, size = 0, first
    while start < len(ids) and len(ordered) < count:
        chunk = ids[start:start + size]
        by_id = {obj.pk: obj for obj in visible.filter(pk__in=chunk)}
        ordered += [by_id[i] for i in chunk if i in by_id]
        start += size
        size = len(ids)  # the rest at once: some were not the user's to see
    return ordered[:count]


def best_of_each_type(chosen: list[IndexSpec], query: Query, count: int, user: Any) -> dict[str, list[int]] | None:
    """SQLite: {kind: the `count` best object ids, best first} of each of the `chosen` types, from one ranked search
    of the index (ROW_NUMBER() per kind over bm25, then title: ranked_ids' order), reading the user's municipalities'
    entries of the types that have an owner (owners_for) and every entry of the others. None on PostgreSQL, or when
    the types' owners differ. The caller keeps a type's ids only when all are visible to the user (visible_to): they
    are then the type's best within what the user sees, as ranked_ids would find them; else it ranks the type on its
    own. One search, where ranking each type on its own searched the index 13 times for the same words."""
    if connection.vendor != "sqlite" or not query.include:
        return None
    owned = {spec.kind: owners_for(user, spec.model) for spec in chosen}
    lists = {tuple(owners) for owners in owned.values() if owners}
    if len(lists) > 1:
        return None
    expression = query.fts5_in_text()
    if lists:
        [owners] = lists
        terms_ = ['owner : (' + " OR ".join(f'"{int(owner)}"' for owner in owners) + ")"]
        others = [kind for kind, owners in owned.items() if not owners]
        if others:
            terms_.append("kind : (" + " OR ".join(f'"{" ".join(KIND_WORD.findall(k))}"' for k in others) + ")")
        expression += " AND (" + " OR ".join(terms_) + ")"
    with connection.cursor() as cursor:
        # Each match's kind is read from the (id, kind, object_id) index (migration core 0004), not from its row;
        # only the best of each kind by score (ties at the cut included: RANK) are read again for their titles,
        # the second key of the order (a common word at 100,000 records of each type: 34,000 matches, 170 -> 130 ms).
        cursor.execute(
            "WITH matches AS MATERIALIZED (SELECT rowid AS id, bm25(core_searchentry_fts, 10.0, 1.0, 0.0) AS score "
            "FROM core_searchentry_fts WHERE core_searchentry_fts MATCH %s), "
            "best AS MATERIALIZED (SELECT id, score FROM (SELECT m.id, m.score, RANK() OVER "
            "(PARTITION BY e.kind ORDER BY m.score) AS n FROM matches m "
            "JOIN core_searchentry e INDEXED BY core_searchentry_id_kind_object ON e.id = m.id) WHERE n <= %s) "
            "SELECT kind, object_id FROM (SELECT e.kind, e.object_id, ROW_NUMBER() OVER "
            "(PARTITION BY e.kind ORDER BY b.score, e.title) AS n FROM best b JOIN core_searchentry e ON e.id = b.id) "
            "WHERE n <= %s ORDER BY kind, n", [expression, count, count])
        rows = cursor.fetchall()
    kinds = set(owned)
    best: dict[str, list[int]] = {}
    for kind, object_id in rows:
        if kind in kinds:
            best.setdefault(kind, []).append(object_id)
    return best
