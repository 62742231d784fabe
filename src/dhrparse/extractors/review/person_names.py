"""A person's name as title pages print it ("Dr Jo Roe MSc", "Jo ROE", "Declan Ó Ceallaigh"),
honorifics and letters after it set aside: the reader every author rule names people with."""

from __future__ import annotations

from dhrparse.extractors.review.name_fields import NameFields
from dhrparse.extractors.review.printing import capitals_surname, compiled
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import literal_alternation


class PersonNames:
    """A person's name as title pages print it, honorifics and letters after it set aside."""

    def __init__(self, p: Patterns):
        hon = literal_alternation(set(p.list("review.author.honorifics")), longest_first=True)
        post = literal_alternation(set(p.list("review.author.postnominals")), longest_first=True)
        # (an accented capital opens an Irish or French name: "Éamonn", "Órla")
        word = r"(?:Mc|Mac|O[’']|D[’'])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-’'][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*"
        initial = r"[A-Z](?:\.|(?=\s+[A-Z]))"
        # letters after a name, with or without points: "MSc, PhD.", "MA. RN. HV."
        self.post = rf"(?:\s*,?\s*\(?(?:{post})\.?\)?\.?(?![\w]))*"
        # (two titles may stand before it: "Prof. Dr.")
        # one to three given names or initials, then the surname (never an initial, and never the
        # first letters of the word after it: "Castellane PhD" is not "Castellane Ph")
        # (a surname's own particles: "Declan Ó Ceallaigh", a Welsh patronymic "Gwyn ap Huw")
        particles = literal_alternation(p.list("review.author.surname_particles"), longest_first=True)
        particle = rf"(?:(?:{particles})\s+){{0,2}}"
        retired = p.get("review.author.retired", r"(?!x)x")
        self.name = (
            rf"(?:(?:{hon})\s+(?:{retired}\s+)?){{0,2}}(?P<name>(?:(?:{word}|{initial})\s*){{1,3}}(?<=\s|\.){particle}{word})(?![A-Za-z])"
            rf"{self.post}"
        )
        self.stop = {w.lower() for w in p.list("review.author.not_name_words")}
        self.name_ends = compiled(p.get("review.author.name_ends", r"\s*$"))
        self.whole = compiled(rf"^(?:by\s+)?{self.name}\s*[,.]?\s*$", 0)
        self.leading = compiled(rf"^(?:by\s+)?{self.name}", 0)
        # "A and B": a second author joined to the first
        self.second = compiled(rf"^\s*(?:and|&)\s+{self.name}", 0)
        # a role or a heading run on after the name ("Jo Roe Head of Community Safety", a PDF line
        # "Independent Reviewer Jo Roe Acknowledgements ..."): the name ends before it
        after_name = literal_alternation(set(p.list("review.author.after_name")), longest_first=True)
        self.run_on = compiled(rf"^(?P<keep>(?:\S+\s+){{2,5}}?)(?:{after_name})\b", 0)
        self.honorifics = {h.rstrip(".").lower() for h in p.list("review.author.honorifics")}
        self.post_words = {w.lower() for w in p.list("review.author.postnominals")}
        self.dated = compiled(p.get("review.author.date_after_name", r"(?!x)x"), 0)
        self.fields = NameFields(p)
        # "The Baroness Roe of Tarrow (Jo Roe)": a peer's title, her own name in the brackets after it
        self.peer = compiled(p.get("review.author.peer_title", r"(?!x)x"), 0)

    def ok(self, name: str) -> str | None:
        words = name.replace(".", ". ").split()
        if any(w.lower().strip(".’'") in self.stop for w in words):
            return None
        if len(words[-1].rstrip(".")) < 2:
            return None  # the surname is a word, not an initial
        if all(w.rstrip(".").lower() in self.honorifics for w in words):
            return None  # a rank or title alone ("Lieutenant Colonel"): the name follows it
        return " ".join(name.split())

    def partial(self, text: str) -> bool:
        """Text holding less than a name ("Mr Hugh", "Dr"): the rest is on the next line."""
        words = [w for w in text.split() if w.rstrip(".").lower() not in self.honorifics]
        return len(words) < 2 and all(w[:1].isupper() for w in words)

    def _own_name(self, text: str) -> str:
        m = self.peer.match(text.strip())
        return m.group("name") + text.strip()[m.end() :] if m else text

    def _cut(self, text: str) -> str:
        text = self._own_name(text)
        text = capitals_surname(
            self.dated.split(text, maxsplit=1)[0].strip(), self.post_words, self.honorifics
        )
        m = self.run_on.match(text.strip())
        return m.group("keep") if m else text.strip()

    def at_start(self, text: str) -> str | None:
        text = self._cut(text)
        m = self.leading.match(text)
        return self._with_second(self.ok(m.group("name")), text[m.end() :]) if m else None

    def heads(self, text: str) -> str | None:
        """The name that opens a list of who someone is: "Sam Okafor, Director, X Ltd." (the name
        ends where the text does or at a comma or dash, not in a sentence: "Steering Group has ...")."""
        text = self._cut(text)
        m = self.leading.match(text)
        if not m or not self.name_ends.match(text[m.end() :]):
            return None
        return self._with_second(self.ok(m.group("name")), text[m.end() :])

    def _with_second(self, first: str | None, rest: str) -> str | None:
        """ "Sandra Okafor and Peter Lyle": two authors named together are both the author."""
        m = self.second.match(rest)
        if first is None or m is None or not self.name_ends.match(rest[m.end() :]):
            return first
        second = self.ok(m.group("name"))
        return f"{first} and {second}" if second else first

    def alone(self, line: str) -> str | None:
        m = self.whole.match(self._own_name(line).strip())
        return self.ok(m.group("name")) if m else None
