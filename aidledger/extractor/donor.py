"""Donor attribution: who gives an item.

This is the one place where a donor is decided (``donors_for``). In order:

1. a list line that opens with a donor and a colon ("UK: 600 Brimstone missiles"; the pipeline asks
   ``lines.bullet_donor`` before ``donors_for``);
2. a donor in the item's clause, else in its sentence: the nearest one before the item with the
   donors coordinated with it ("Denmark, Germany and the Netherlands"), else the first after it;
3. a demonym right before a named system, when nothing else names a donor ("British Challengers");
4. the donors of the last sentence that had one (``Discourse.last_donors``);
5. the government that publishes the statement (``context.publisher_donor``).

Mentions that are no donor of the clause are left out first: origins ("made in Germany"),
places ("a summit in Vilnius"), outlets and groups ("German media", "NATO allies"), a dateline,
a demonym that only says where an item comes from ("French howitzers").

The helpers it asks live beside it, one kind of construction each:

- ``donor_mentions``: the mentions of a span that can be donors (``DonorFinder``, which leaves out the
  mentions above) and the references that stand for a donor ("the ministry", "the bloc");
- ``donor_roles``: the parts a named donor plays other than giving: the one who asks, the one refused a
  permission ("refused to let Denmark send"), a seller, a scheme's leader, the one an item comes from;
- ``partners``: donors coordinated with one another, and partner phrases ("together with Germany",
  "working with the Netherlands", "in talks with Spain");
- ``speakers``: whom "we", a quote's speaker, a transcript's turn or an opening "They" stands for, and
  the one the recipient thanks;
- ``lines``: a bullet's donor, a list's introduction, a live blog's entries, paragraph breaks.
"""

from __future__ import annotations

import re

from aidledger.extractor.collectives import collective_donors
from aidledger.extractor.donor_roles import (
    led_scheme,
    permitted,
    place_of,
    received_from,
    requester,
    seller_or_leader,
    source_aside,
)
from aidledger.extractor.index import Mentions
from aidledger.extractor.lines import introducing_donors, is_entry, new_entry, new_paragraph
from aidledger.extractor.partners import (
    ALONG_WITH,
    ATTACHED,
    IN_GIVING_AFTER,
    PARTNER,
    TALKS_WITH,
    TOGETHER,
    WORKING_WITH,
    bought_with_partners,
    coordinated,
    item_between,
    only_partners_named,
    partner_before_pronoun,
    partner_of_earlier_item,
    partners_after,
    pronoun_subject,
    subject_with_partner,
    unique_codes,
    without_partners,
)
from aidledger.extractor.recipient_names import NAMES
from aidledger.extractor.speakers import (
    ASKING,
    FIRST_PERSON,
    WE_AFTER,
    first_person_donor,
    in_quote,
    named_before,
    office_speaker,
    only_country,
    quoted_speaker,
    thanked_after,
    turn_speaker,
)
from aidledger.extractor.status_hedges import relative_aside
from aidledger.mentions.cues import compiled
from aidledger.model import Problem, Provenance

# "Sweden joined NATO in March": a donor right after "join" is what is joined (``IN_GIVING_AFTER``: unless the
# subject joins it in giving, "joined Germany in sending tanks")
_JOINED_BEFORE = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$", re.I)
_GROUP_SUBJECT = re.compile(r"\b(?:[Aa]llies|[Pp]artners|[Cc]ountries|[Nn]ations|[Gg]overnments|[Mm]ember\s+states|"
                            r"[Oo]thers|G7|G20|[Tt]he\s+West|Western\s+\w+|[Dd]onors|They|[Cc]oalitions?|[Aa]lliance|[Gg]roup|"
                            r"[Ff]ormat|(?<!United\s)[Ss]tates|[Cc]ommunity|"
                            # the opposition and critics speak for no government: "Opposition parties said they opposed
                            # any money for weapons", "Critics rejected sending arms" (no refusal of the donor's)
                            r"[Oo]pposition\s+(?:[\w-]+\s+)?(?:parties|party|MPs|lawmakers|legislators|deputies|leaders?|"
                            r"politicians|members|spokes(?:man|woman|person))|[Tt]he\s+opposition|[Cc]ritics|"
                            r"[Ss]ome\s+(?:lawmakers|MPs|legislators|deputies|politicians))\b")
# "... was allocated by European countries", "Ukraine has received 300 tanks from partners": given by a group
_BY_GROUP = re.compile(r"\b(?:by|from)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:\w+\s+){0,2}?(?:[Aa]llies|[Pp]artners|"
                       r"[Cc]ountries|[Nn]ations|[Gg]overnments|[Mm]ember\s+states|[Dd]onors)\b")
# "the F-16s promised by other countries", "the jets already being delivered by other allies": what others give (not
# "interceptors ordered by other countries": the buyers)
_GIVEN_BY_OTHERS = re.compile(r"(?:\s+[a-z-]+)?\s+(?:(?:that|which)\s+(?:were|are|have\s+been|had\s+been)\s+)?"
                              r"(?:already\s+)?(?:being\s+|been\s+)?(?:promised|pledged|delivered|given|sent|supplied|provided|donated|"
                              r"transferred|offered|committed|handed\s+over)\s+by\s+"
                              r"(?:other|several|various|many|some|Western|European)\s+(?:[\w-]+\s+)?(?:[Aa]llies|[Pp]artners|"
                              r"[Cc]ountries|[Nn]ations|[Gg]overnments|[Dd]onors)\b")
_SUBJECT_LEAD = re.compile(r"[\s\-•*–—]*(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}")
_ABBREVIATED = re.compile(r"U\.?S\.?|U\.?K\.?")
_WHO_OPENS = re.compile(r",\s*(?:which|who)\s+(?:has\s+|have\s+|had\s+|already\s+|also\s+)*"
                        r"(?:sent|supplied|delivered|gave|given|provided|donated|transferred|handed|pledged|promised)\b")
_SUBJECT_NAME = re.compile(r"[\s\-•*–—,;]*(?:(?:The|the)\s+)?([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})(?:['’]s)?\s+"
                           r"(?:\w+\s+){0,3}?(?:will|would|has|have|had|is|are|was|to|said|says|pledged|sent|"
                           r"delivered|promised|announced|plans|intends|offered|gave|donated)\b")
_NOT_NAMES = {"It", "They", "He", "She", "We", "This", "These", "That", "Those", "There", "Officials", "Sources",
              "Today", "Yesterday", "Meanwhile", "However", "Also", "Separately", "In", "On", "At", "By"}
# the pool money goes to, named after its owner: "NATO's trust fund", "the NATO PURL mechanism", "the EU assistance
# facility", "the NATO CAP programme"
_POOL_NAME = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,5}?(?:fund|initiative|coalition|mechanism|scheme|facility|"
                        r"programme|program|instrument|PURL)\b", re.I)
_INTO_BEFORE = re.compile(r"\b(?:to|for|into|towards?)\s+(?:the\s+|a\s+)?$", re.I)
_BOUGHT_WITH = re.compile(r"\b(?:procur(?:ed|ing)|bought|buying|purchas(?:ed|ing)|order(?:ed|ing)|acquir(?:ed|ing))\s+"
                          r"(?:jointly\s+|together\s+)?"
                          r"(?:with|alongside)\s+(?:the\s+)?$", re.I)
# the partner or the manager named after a sum: ", in cooperation with", ", managed by", ", run by"
_SUM_PARTNER = re.compile(r",\s+(?:(?:which\s+is\s+|that\s+is\s+)?"
                          r"(?:managed|run|administered|operated|coordinated)\s+by|"
                          r"in\s+(?:close\s+)?(?:cooperation|co-operation|coordination|partnership|conjunction)\s+with)"
                          r"\s+(?:the\s+)?$", re.I)
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|once|provided(?:\s+that)?|as\s+soon\s+as)\s+(?:the\s+)?$", re.I)
_SCHEME_RELATIVE = re.compile(r"[,\s]*(?:whose|which|that)\b")
# "$400 million for PURL, through which NATO allies fund US weapons": a relative clause of the channel the money
# goes through; who acts in it are the channel's members, not this item's giver
_CHANNEL_RELATIVE = re.compile(r",\s*(?:through|under|by|via|with|in)\s+which\b", re.I)


# the giver named in a participle or a relative clause right after the item: "the 3 Patriot systems sent by the
# United States", "the howitzers, supplied by Portugal,", "the 6 F-16s that Belgium delivered"
_GIVEN_BY_AFTER = compiled(r"(?:\s+[a-z][\w-]*)?\s*,?\s*(?:(?:that|which)\s+(?:were|was|are|is|have\s+been|has\s+been|"
                           r"had\s+been)\s+)?(?:already\s+|recently\s+|earlier\s+)?(?:GIVEN)\s+by\s+"
                           r"(?:the\s+)?(?=[A-Z])")
_GIVER_RELATIVE = compiled(r"(?:\s+[a-z][\w-]*)?\s*,?\s*(?:that|which)\s+(?:the\s+)?"
                           r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
                           r"\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|recently\s+)?(?:GIVEN)\b")


def giver_named_with_item(m: Mentions, item, sentence, donors) -> list[str]:
    """The donors a participle or a relative clause right after ``item`` names as its giver ("the 3 Patriot systems
    sent by the United States had arrived", "thanked Norway for the 6 F-16s that Belgium delivered"), whoever
    speaks or is named before it; [] when none is so named."""
    text = m.text
    by = _GIVEN_BY_AFTER.match(text, item.end, sentence[1])
    start = by.end() if by else None
    if by is None:
        rel = _GIVER_RELATIVE.match(text, item.end, sentence[1])
        start = rel.start("who") if rel else None
    if start is None:
        return []
    named = [d for d in donors if d.start >= start and d.kind not in m.non_donor_kinds and d.code not in ("", None)]
    if not named or named[0].start - start > 4 or named[0].code == "UKR":
        return []
    return unique_codes(d.code for d in coordinated(text, named, forward=True))


def item_donors(m: Mentions, item, clause, sentence, donors, discourse, bullet, list_donors, idx: int) -> list[str]:
    """The donors of ``item`` in its sentence (``idx``): the donor of its bullet line ``bullet`` ("• Norway: ...")
    with the partners named after the item, else ``donors_for``; the donors a collective phrase stands for ("The two
    countries will also donate 42 F-16 jets"); the donor of the list the entry stands in (``list_donors``) beside
    the partners only the entry names."""
    s, e = sentence
    found = [bullet] if bullet else donors_for(m, item, clause, sentence, donors, discourse)
    if bullet is not None and item.kind != "money":
        # "• Norway: the 2 NASAMS units it sent jointly with the US": the line's donor and its partners
        found = list(dict.fromkeys([bullet, *partners_after(m, item, clause)]))
    if bullet is None and (together := collective_donors(m, idx)) and set(found) <= set(together):
        found = together  # "The two countries will also donate 42 F-16 jets": the donors before
    if list_donors and found and list_donors[0] not in found and only_partners_named(m, s, e):
        # "- Leopard 1A5 tank (together with Denmark): 80": the list's donor and its partner, jointly; a sum spent on
        # what is bought with a partner ("2) EUR 9 million for shells procured together with Norway") is the list
        # donor's own
        own = item.kind == "money" and bought_with_partners(m, s, e)
        found = [list_donors[0]] if own else [list_donors[0], *found]
    return found


def donors_for(m: Mentions, item, clause, sentence, donors, discourse) -> list[str]:
    """The donors of an item (several for a joint pledge), or [] when the text names none."""
    text = m.text
    donors = [d for d in donors if not requester(text, d) and not permitted(text, d, donors, sentence)
              and not seller_or_leader(text, d) and not place_of(text, d)]
    donors = [d for d in donors if not source_aside(text, d)] or donors  # ("According to the Pentagon, Oslo ...")
    # "Copenhagen would fund ... under the Czech-led initiative": the scheme's leader speaks for it only when the
    # sentence names no one else, or in a relative clause of the scheme ("the Czech-led initiative, whose goal is
    # to buy 500,000 shells")
    donors = [d for d in donors if not (led_scheme(d) and not _SCHEME_RELATIVE.match(text, d.end))] or donors
    if any(TALKS_WITH.search(text, max(sentence[0], d.start - 40), d.start) for d in donors):
        donors = without_partners(m, item, donors, sentence)
    # "$10 million to the NATO trust fund", "A$5 million will go to the Czech-led initiative": the name of the pool
    # money goes to, or its leader, after the item; it gives nothing ("We won't send tanks; we'll put $5 million
    # into the NATO fund": not the tanks either)
    donors = [d for d in donors if not (d.start >= item.end and (_POOL_NAME.match(text, d.end) or led_scheme(d))
                                        and _INTO_BEFORE.search(text, max(0, d.start - 16), d.start))]
    # "DKK 900 million for ammunition procured together with Sweden": the partner of a purchase the amount pays for
    # buys its own share; it gives none of this amount
    donors = [d for d in donors if not (item.kind == "money" and d.start >= item.end
                                        and _BOUGHT_WITH.search(text, max(item.end, d.start - 60), d.start))]
    # "NOK 1 billion for the purchase of missiles for Ukraine, in cooperation with the United States", "NOK 500 million
    # to the fund for Ukraine, managed by the United Kingdom": who works with the giver or runs the pool the sum goes
    # to gives none of it
    donors = [d for d in donors if not (item.kind == "money" and d.start >= item.end
                                        and _SUM_PARTNER.search(text, max(item.end, d.start - 40), d.start))]
    # "ready to give more F-16s if the US approves": the subject of a condition after the item only permits
    donors = [d for d in donors if not (d.start >= item.end and _CONDITION_BEFORE.search(text, max(0, d.start - 24),
                                                                                       d.start))]
    if _GIVEN_BY_OTHERS.match(text, item.head_end):
        return []  # "Ukraine has to absorb the F-16s promised by other countries": given by others, no single donor
    named_giver = giver_named_with_item(m, item, sentence, donors)
    if named_giver:
        return named_giver  # "Pistorius said the 3 Patriot systems sent by the United States had arrived"
    in_clause = [d for d in donors if clause[0] <= d.start < clause[1]]
    group = _GROUP_SUBJECT.search(text, clause[0], item.head_start) if not in_clause else None
    if not in_clause and (group or _BY_GROUP.search(text, item.end, clause[1])
                          and not FIRST_PERSON.search(text, clause[0], item.head_start)):
        if group and _ALLIES.fullmatch(group.group()) and not _OTHER_ALLIES.search(text, clause[0], group.start()) \
                and _about_nato(m, sentence, discourse):
            return ["NATO"]  # "Allies pledged a minimum of 40bn euro" at a NATO summit: the alliance commits
        if group and group.group() == "They" and not text[sentence[0]:group.start()].strip(" \t\"“'‘"):
            named = named_before(m, sentence)
            if len(named) > 1:
                return named  # "... such as Finland and Sweden. They have sent 5,000 anti-tank weapons."
        return []  # "other allies are expected to ship ...", "... was allocated by European countries": no single donor
    reported = _REPORTED_GROUP.search(text, max(clause[0], item.head_start - 120), item.head_start)
    if reported is not None and not any(reported.end() <= d.start < item.head_start for d in donors):
        # "Latvia's minister said the alliance would send 100 missiles": the group speaks, not the speaker's
        # country (issue 12 class 7)
        word = reported.group(1).lower()
        if word == "alliance" or word == "allies" and _about_nato(m, sentence, discourse):
            return ["NATO"]
        return []
    antecedent = _relative_antecedent(m, item, sentence)
    if antecedent:
        # "Unlike France, which sent SCALP missiles, Germany ...": the relative clause's subject is the
        # name it follows, with the names coordinated with it ("Britain and France, which have supplied")
        return unique_codes(d.code for d in antecedent)
    pool = in_clause or _subject_of_second_predicate(text, clause, sentence, donors) or \
        [d for d in donors if sentence[0] <= d.start < sentence[1]]
    source = received_from(text, item, clause, pool)
    if source is not None:
        # "the fund had received 150 million euros from the Netherlands"; "... from Germany and Denmark"
        after_source = [d for d in pool if d.start >= source.start]
        return unique_codes([d.code for d in coordinated(text, after_source, forward=True)])
    if pool:
        before = [d for d in pool if d.end <= item.head_start]
        if len(before) > 1 and _ABBREVIATED.fullmatch(before[-1].text) and \
                not text[before[-1].end:item.head_start].strip():
            # "Japan will pay for US Patriot missiles": an abbreviated name right before the item says
            # whose make it is; the donor is the subject named before it
            before = before[:-1]
        aside = [d for d in before if relative_aside(text, d, item)]
        if aside and len(aside) < len(before):
            # "Sweden, which joined NATO this year, is weighing ...": a name inside a relative clause
            # set off by commas is not the subject of the item's clause
            before = [d for d in before if d not in aside]
        joined = [d for d in before if _JOINED_BEFORE.search(text, max(0, d.start - 16), d.start)
                  and not IN_GIVING_AFTER.match(text, d.end)]
        if joined and len(joined) < len(before):
            # "Sweden joined NATO in March and pledged ...": what a donor joins is no subject of the clause
            before = [d for d in before if d not in joined]
        object_of_first = _object_of_first_predicate(m, before, item, clause)
        if object_of_first:
            # "Wellington will deploy 60 instructors to Britain and contribute NZ$3 million": the name after a
            # preposition of a first predicate is its destination; the second predicate ("and contribute") has
            # the subject that opens the clause
            before = object_of_first
        while len(before) > 1 and partner_before_pronoun(text, before[-1]):
            # "Latvia will head a coalition with Norway, and it has promised 4 million euros": the pronoun is
            # the subject, not the partner of the clause before
            before = before[:-1]
        earlier = partner_of_earlier_item(m, before, item)
        if earlier:
            # "gave 100 tanks together with Germany, and 8 howitzers": the partner of the item before gives
            # not this one; the subject does
            before = earlier
        if before:
            # "From the USA come Strykers, from the UK Challengers": nearest preceding donor, with the
            # donors coordinated with it, read over the sentence ("Denmark, Norway, and Sweden")
            nearest = before[-1]
            chain = [d for d in donors if sentence[0] <= d.start and d.end <= nearest.end]
            partners_before = coordinated(text, before)
            if 1 < len(partners_before) < len(before) and (ALONG_WITH.search(
                    text, max(0, partners_before[0].start - 25), partners_before[0].start)
                    or subject_with_partner(text, before[-len(partners_before) - 1], partners_before[0])):
                # "Copenhagen, together with Berlin and The Hague, promised ...": the partners and the subject
                return unique_codes([d.code for d in partners_before] + [before[-len(partners_before) - 1].code])
            if len(before) > 1 and (ALONG_WITH.search(text, max(0, nearest.start - 25), nearest.start)
                                    or WORKING_WITH.search(text, max(0, nearest.start - 40), nearest.start)
                                    or subject_with_partner(text, before[-2], nearest)):
                # "Norway, along with Denmark, will donate 6 F-16s", "Germany is working with the Netherlands to
                # deliver 3 Patriot systems": the partner and the subject (last: the one the text goes on speaking of),
                # with the donors coordinated with the subject ("Sweden and Denmark, along with Norway, ...")
                return unique_codes([nearest.code] + [d.code for d in coordinated(text, before[:-1])])
            # ("..., which had given 196 vehicles, would add 14 tanks jointly with Denmark": past another verb of
            # giving and its item, the partner is that item's, not an earlier one's)
            partners = [d for d in pool
                        if d.start >= item.end and TOGETHER.search(text, max(0, d.start - 20), d.start)
                        and not (item_between(m, item.end, d.start - 20)
                                 and m.inside(m.status_cues, item.end, d.start))]
            group = coordinated(text, chain)
            speaker = None
            if TOGETHER.search(text, max(0, group[0].start - 20), group[0].start) and \
                    WE_AFTER.match(text, group[-1].end):
                speaker = office_speaker(m, sentence, group) or discourse.publisher or discourse.main_donor or \
                    first_person_donor(m)
            if speaker:
                # "together with Germany and Romania, we will provide ...": the speaker and its partners (the speaker
                # last: the one the text goes on speaking of)
                return unique_codes([d.code for d in group] + [speaker])
            subject = pronoun_subject(m, donors, sentence, group, discourse)
            if subject:
                # "Sweden sent 10 guns, and together with Denmark it is paying for 12 more": the partners, and the
                # subject the pronoun stands for (last: the one the next sentence goes on speaking of)
                return unique_codes([d.code for d in group] + subject)
            found = unique_codes([d.code for d in group] + [d.code for d in partners])
            said = _SAID_THAT.search(text, group[-1].end, item.head_start)
            # (a person reports with "that" or without it: "Macron said German Leopard tanks ..."; a country that
            # "said British Challengers would arrive" speaks of its own gift, "that" or not, unless it says "that")
            origin = _origin_that_has_it(m, item, sentence, found) \
                if said and (group[-1].kind == "official" or said.group(0).endswith("that")) else None
            return origin or found
        after = [d for d in pool if d.start >= item.end and not _CHANNEL_RELATIVE.search(text, item.end, d.start)]
        if after:
            found = unique_codes([d.code for d in coordinated(text, after, forward=True)])
            partner = PARTNER.search(text, max(sentence[0], after[0].start - 30), after[0].start)
            if partner and ATTACHED.fullmatch(text, item.end, partner.start()):
                # "- 20 CV90 vehicles, in cooperation with Denmark": the partner, and the donor the entry or
                # sentence speaks for (last: the one the text goes on speaking of)
                return unique_codes(found + _unnamed_subject(m, sentence, discourse))
            return found
    # "the delivery of British Challenger tanks": with no other donor, the modifier is the donor
    modifiers = [d for d in m.inside(m.donors, *sentence)
                 if d.kind == "demonym" and d.end <= item.head_start and item.head_start - d.end <= 3]
    if modifiers and (item.kind == "system" or "named-by-system" in item.notes):
        # "Danish and Dutch F-16s": each demonym of the chain gives (rule 9: one record per donor)
        chain = [d for d in m.inside(m.donors, sentence[0], modifiers[-1].end) if d.kind == "demonym"]
        return unique_codes([d.code for d in coordinated(text, chain) if d.kind not in m.non_donor_kinds])
    speaker = quoted_speaker(m, item, sentence)
    if speaker is not None:
        return [speaker]
    first = FIRST_PERSON.search(text, clause[0], item.head_start)
    if first and not ASKING.search(first.group()) and not in_quote(text, item.start):
        # a speech or statement that says "we": the donor it named as "we" ("Let me be clear on what France
        # has done. We delivered 30 Caesar.") gives, not the donor the sentence before spoke of
        we = turn_speaker(m, sentence)
        if we is None:
            # a government's own transcript or statement says "we" for that government
            we = discourse.publisher or first_person_donor(m)
        if we:
            return [we]
        if we is None and (only := only_country(m)):
            # "Today I report on our support for Kyiv. ... we delivered eight tanks. ... Norway will not send troops.":
            # a speech whose "we" no sentence names stands for the one country the text names
            return [only]
    introduced = introducing_donors(m, sentence)
    if introduced:
        # "Sweden's 15th package. Its contents:\n• 20 CV90, in cooperation with Denmark\n• 5,000 rounds": a list
        # line with no donor of its own is the list's, not the line before's
        return introduced
    if introduced is not None and discourse.publisher:
        # "The Minister announced a batch comprising:\n- 4 howitzers bought by Norway;\n- 30 trucks": under an
        # introduction that names no donor, the list is the publishing government's, not an earlier line's buyer
        return [discourse.publisher]
    issuer = discourse.publisher or discourse.issuer
    if issuer and discourse.last_donors and issuer not in discourse.last_donors and is_entry(m.text, sentence[0]) \
            and (introduced is not None or new_paragraph(m, sentence[0])):
        # "Denmark's support - overview. The Ministry publishes this list. Items paid for by Norway are not
        # included.\n\nDELIVERED\n- 19 Caesar howitzers": an entry of the issuing government's list, not of a
        # country named in passing before it (``issuers``)
        return [issuer]
    thanked = thanked_after(m, sentence)
    if thanked:
        # "The first Leopard tanks have arrived in Ukraine. Thank you, Canada!": the one the recipient thanks
        # gave them
        return thanked
    if discourse.last_donors and discourse.publisher and discourse.publisher not in discourse.last_donors and \
            new_paragraph(m, sentence[0]):
        # a statement's paragraph that names no donor speaks for the body that issues it, not for the donor
        # the paragraph before spoke of ("In addition, the EU has made EUR 500 million available.\n\n
        # The remaining 8 tanks of package 11 were handed over in January.")
        return [discourse.publisher]
    if discourse.last_donors and new_entry(m, sentence):
        # a live blog's time-stamped entry that names no donor ("16:30 - Five air defence systems were promised
        # at the meeting."): the donor of an earlier entry gives nothing in it
        return []
    if discourse.last_donors:
        return list(discourse.last_donors)
    return [discourse.publisher] if discourse.publisher else []


def _unnamed_subject(m: Mentions, sentence, discourse) -> list[str]:
    """The donor a sentence that names none as its subject speaks for: the donors of its list's
    introduction, the publishing government under an introduction that names none, else the donors the
    text spoke of last, else the publisher."""
    introduced = introducing_donors(m, sentence)
    if introduced:
        return introduced
    if introduced is None and discourse.last_donors:
        return list(discourse.last_donors)
    return [discourse.publisher] if discourse.publisher else []


# a reporting verb between the speaker and what it reports, "that" or not ("Macron said German Leopard tanks ...")
_SAID_THAT = re.compile(r"\b(?:(?:said|says|told\s+(?:[\w-]+\s+){0,3}?|stated|confirmed|added|noted|wrote)(?:\s+that)?|"
                        r"(?:announced|explained)\s+that)\b")


def _origin_that_has_it(m: Mentions, item, sentence, found: list[str]) -> list[str] | None:
    """The countries of the demonyms right before a named system ("American HIMARS"), when the donors
    ``found`` (a speaker: "Germany's ambassador said that ... American HIMARS are due to reach Ukraine") do
    not have the system and those countries do: a donor gives what it has. None otherwise ("the Dutch
    minister said that American F-16s will arrive": the Netherlands has F-16s)."""
    system = m.catalog.get(item.name) if item.kind == "system" else None
    if system is None or not system.operators or any(code in system.operators for code in found):
        return None
    modifiers = [d for d in m.inside(m.donors, *sentence)
                 if d.kind == "demonym" and d.end <= item.head_start and item.head_start - d.end <= 3]
    if not modifiers:
        return None
    chain = coordinated(m.text, [d for d in m.inside(m.donors, sentence[0], modifiers[-1].end) if d.kind == "demonym"])
    codes = unique_codes(d.code for d in chain if d.kind not in m.non_donor_kinds and d.code)
    return codes if codes and all(code in system.operators for code in codes) else None


_SECOND_PREDICATE = re.compile(r"\s*and\s+(?:has|have|had|will|would)\b")


_PREPOSITION_BEFORE = re.compile(r"\b(?:to|in|into|with|from|at|for|on|across|near)\s+(?:the\s+)?$", re.I)
_AND_GIVING = compiled(r"^[^.;]*?\band\s+(?:also\s+|then\s+|later\s+|now\s+)?(?:GIVE|contribut\w+|fund\w*|"
                       r"pa(?:y|ys|id|ying)\s+for|allocat\w+|pledg\w+|promis\w+|commit\w*)\b")


def _object_of_first_predicate(m: Mentions, before: list, item, clause) -> list:
    """The donors that open the clause, when the donor nearest before the item is the object of a preposition
    of a first predicate and a giving verb joined by "and" stands between it and the item ("Oslo sent experts
    to Poland and delivered 2 launchers"); [] otherwise."""
    text = m.text
    nearest = before[-1] if before else None
    if nearest is None or len(before) < 2 or \
            not _PREPOSITION_BEFORE.search(text, max(clause[0], nearest.start - 12), nearest.start) or \
            not _AND_GIVING.match(text[nearest.end:item.head_start]):
        return []
    first = before[0]
    if not _SUBJECT_LEAD.fullmatch(text, clause[0], first.start) or \
            _PREPOSITION_BEFORE.search(text, max(clause[0], first.start - 12), first.start):
        return []
    return coordinated(text, [d for d in before if d.start < nearest.start], forward=True)


def _subject_of_second_predicate(text: str, clause, sentence, donors) -> list:
    """"New Zealand will deploy 66 soldiers to Britain and will contribute NZ$4 million to a NATO fund": a
    clause that is a second predicate of the sentence's subject has that subject's donors (those that open the
    sentence), not the name nearest before it (a destination); [] when it is no such clause."""
    if clause[0] == sentence[0] or not _SECOND_PREDICATE.match(text, clause[0]):
        return []
    before = [d for d in donors if sentence[0] <= d.start < clause[0]]
    if not before or not _SUBJECT_LEAD.fullmatch(text, sentence[0], before[0].start):
        return []
    return coordinated(text, before, forward=True)


# a group that a speaker says acts: "said the alliance would", "says allies will", "told reporters partners had"
_REPORTED_GROUP = re.compile(
    r"(?:\b(?:said|says|told\s+(?:\w+\s+){0,2}?|added|announced|stated|confirmed|stressed)\s+(?:that\s+)?|"
    r"\baccording\s+to\s+[^,.;]{0,60},\s+)"
    r"(?:the\s+)?(?:[\w-]+\s+)?(alliance|allies|partners|countries|nations|member\s+states|coalition|group|donors)\s+"
    r"(?:\w+\s+)?(?:will|would|had|have|has|are|were|agreed|plan|planned|intend|must|should|could|can)\b", re.I)
_ALLIES = re.compile(r"[Aa]llies")
_OTHER_ALLIES = re.compile(r"\b(?:other|some|several|many|individual|European|[a-z]+ern)\s+(?:NATO\s+)?$", re.I)


def _about_nato(m: Mentions, sentence, discourse) -> bool:
    """Does the text speak of NATO where "Allies" act: NATO named in the sentence or in the document's
    first line (its title: "NATO summit, day three"), or a NATO statement?"""
    first_line = (0, m.text.find("\n") if "\n" in m.text else len(m.text))
    return discourse.publisher == "NATO" or any(d.code == "NATO" and d.kind == "institution"
                                                for span in (sentence, first_line) for d in m.inside(m.donors, *span))


def _relative_antecedent(m: Mentions, item, sentence):
    """The donor a relative clause holding ``item`` follows ("France, which sent SCALP missiles"), when
    the clause opens right after it and has no donor of its own before the item; else None."""
    text = m.text
    opening = _WHO_OPENS.search(text, max(sentence[0], item.start - 60), item.start)
    if opening is None or "," in text[opening.end():item.start]:
        return None
    before = [d for d in m.inside(m.donors, sentence[0], opening.start() + 1)
              if d.kind not in m.non_donor_kinds and d.end <= opening.start()]
    if not before or text[before[-1].end:opening.start()].strip() or \
            m.inside(m.donors, opening.end(), item.start):
        return None
    return coordinated(text, before)


def subject_donor(text: str, s: int, donors, cues) -> str | None:
    """The donor a sentence is about, when it opens the sentence (before any status cue)."""
    first_cue = cues[0].start if cues else len(text)
    for d in donors:
        if d.start - s > 60 or d.start > first_cue:
            return None
        if _SUBJECT_LEAD.fullmatch(text[s:d.start]):
            return d.code
        return None
    return None


def spoken_of(text: str, s: int, donors, cues, *, bullet: str | None, list_donors,
              attributed: bool) -> list[str] | None:
    """The donors the text goes on speaking of after the sentence at ``s`` with its donor candidates ``donors``
    (``bullet``: the donor its list line names; ``list_donors``: the list's, inside a list line that names none;
    ``attributed``: an item of the sentence was given a donor), or None when they stay as they are."""
    subject = subject_donor(text, s, donors, cues)
    if bullet is not None:
        # "United States: The Pentagon has announced HIMARS. A further $2 billion was pledged.": the line's
        # donor goes on speaking after its first sentence
        return [bullet]
    if subject and not attributed:
        return [subject]
    if list_donors and subject is None:
        # "- 6 Caesar guns bought by Denmark on Ukraine's behalf;": a donor named inside a list line, not as
        # its subject, gives that line only; the list's donor goes on
        return list_donors
    if not attributed and (spoken := [d for d in donors if not seller_or_leader(text, d)]):
        # no item of the sentence was given a donor: its first donor is what it speaks of (not the
        # seller or origin of what is bought: "purchases of American systems")
        return [spoken[0].code]
    return None


def unknown_donor(m: Mentions, item, clause) -> Problem | None:
    """A giving statement whose subject is a name we do not know ("Atlantis will send 5 tanks"):
    an AL202 problem, so the lexicon can grow."""
    cs, _ = clause
    found = _SUBJECT_NAME.match(m.text, cs, item.head_start)
    if found and any(d.start <= found.start(1) < d.end for d in m.inside(m.donors, cs, item.head_start)):
        return None  # a name we know ("Ukraine has received 200 tanks from partners"): no donor, but known
    if found and found.group(1) not in _NOT_NAMES:
        src = Provenance.of(m.doc.id, m.text, found.start(1), found.end(1))
        return Problem("AL202", f"donor not recognised: {src.quote!r}", m.doc.id, src)
    return None


# "The aircraft were donated by Denmark and the Netherlands.", "They are a gift from France.": a sentence whose
# subject stands for what the sentence before told, and whose predicate names who gave it
_GIVER_AFTER = compiled(r"[\s\"“‘'•*–-]*(?:(?:The|These|Those|Both|All|Each)\s+(?:[\w-]+\s+){0,3}?|They\s+|It\s+)"
                        r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:all\s+|both\s+|originally\s+)?"
                        r"(?:GIVEN)\s+(?:to\s+(?:" + NAMES + r")\s+)?by|(?:were|was|are|is)\s+(?:an?\s+)?"
                        r"(?:gifts?|donations?)\s+(?:from|of)|(?:came|come|comes)\s+from)\s+(?:the\s+)?(?=[A-Z])")


def givers_named_after(m: Mentions, s: int, e: int, found) -> list[str]:
    """The donors sentence [s, e) names as the givers of what the sentence before told without a donor ("Ukraine
    has received its first F-16 jets. The aircraft were donated by Denmark and the Netherlands."); ``found``: the
    sentence's donor candidates. Empty when it names none so."""
    said = _GIVER_AFTER.match(m.text, s)
    if said is None:
        return []
    clause_end = m.clause_of(s, e, said.end())[1]
    return unique_codes([d.code for d in found if said.end() <= d.start < clause_end
                    and d.kind not in m.non_donor_kinds and d.code not in (None, "", "UKR")])
