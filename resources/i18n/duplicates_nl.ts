<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Same name</source>
        <translation>Zelfde naam</translation>
    </message>
    <message>
        <source>Same words in another order</source>
        <translation>Zelfde woorden in een andere volgorde</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Gelijkende naam</translation>
    </message>
    <message>
        <source>One name contains the other</source>
        <translation>De ene naam bevat de andere</translation>
    </message>
    <message>
        <source>Same website</source>
        <translation>Zelfde website</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>Zelfde e-mailadres</translation>
    </message>
    <message>
        <source>Same e-mail address, different name</source>
        <translation>Zelfde e-mailadres, andere naam</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Zelfde telefoonnummer</translation>
    </message>
    <message>
        <source>Same phone number, different name</source>
        <translation>Zelfde telefoonnummer, andere naam</translation>
    </message>
    <message>
        <source>Same name at the same organisation</source>
        <translation>Zelfde naam bij dezelfde organisatie</translation>
    </message>
    <message>
        <source>Same name with initials at the same organisation</source>
        <translation>Zelfde naam met voorletters bij dezelfde organisatie</translation>
    </message>
    <message>
        <source>Similar name at the same organisation</source>
        <translation>Gelijkende naam bij dezelfde organisatie</translation>
    </message>
    <message>
        <source>Names differ in a number</source>
        <translation>Namen verschillen in een nummer</translation>
    </message>
    <message>
        <source>%1 (almost certain)</source>
        <translation>%1 (vrijwel zeker)</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (waarschijnlijk)</translation>
    </message>
    <message>
        <source>%1 (possible)</source>
        <translation>%1 (mogelijk)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Samengevoegd op</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Samengevoegd met</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Find again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <source>Look for duplicate</source>
        <translation>Zoek dubbele</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Niet dubbel</translation>
    </message>
    <message>
        <source>No merges yet. After a merge, it is listed here and can be undone.</source>
        <translation>Nog niets samengevoegd. Samengevoegde records staan hier en kunnen weer worden gesplitst.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Weer splitsen</translation>
    </message>
    <message>
        <source>Merged earlier</source>
        <translation>Eerder samengevoegd</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbelen</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Zoeken naar dubbelen…</translation>
    </message>
    <message>
        <source>Possible duplicate organisations: %1</source>
        <translation>Mogelijk dubbele organisaties: %1</translation>
    </message>
    <message>
        <source>Possible duplicate people: %1</source>
        <translation>Mogelijk dubbele personen: %1</translation>
    </message>
    <message>
        <source>Past merges: %1</source>
        <translation>Samenvoegingen: %1</translation>
    </message>
    <message>
        <source>No likely duplicate organisations. Pairs show here when two organisations have the same or a very similar name or website — after an import, look here again.</source>
        <translation>Geen mogelijk dubbele organisaties. Paren verschijnen hier als twee organisaties dezelfde of een sterk gelijkende naam of website hebben — kijk na een import hier opnieuw.</translation>
    </message>
    <message>
        <source>Same name, written differently</source>
        <translation>Zelfde naam, anders geschreven</translation>
    </message>
    <message>
        <source>No likely duplicate people. Pairs show here when two people share an e-mail address or phone number, or have the same name at the same organisation — after an import, look here again.</source>
        <translation>Geen mogelijk dubbele personen. Paren verschijnen hier als twee personen hetzelfde e-mailadres of telefoonnummer hebben, of dezelfde naam bij dezelfde organisatie — kijk na een import hier opnieuw.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”.</source>
        <translation>“%1” is samengevoegd met “%2”.</translation>
    </message>
    <message>
        <source>Split “%1” off “%2” again? Both get back what each had before the merge.</source>
        <translation>“%1” weer loskoppelen van “%2”? Beide krijgen terug wat ze vóór het samenvoegen hadden.</translation>
    </message>
    <message>
        <source>“%1” is a separate record again.</source>
        <translation>“%1” is weer een apart record.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Name</source>
        <extracomment>pixels a value may take before it is shortened (in full in its tooltip)</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Partnership status</source>
        <translation>Status samenwerking</translation>
    </message>
    <message>
        <source>Primary sector</source>
        <translation>Hoofdbranche</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Reach note</source>
        <translation>Toelichting bereik</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Own ministry</source>
        <translation>Eigen ministerie</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Directie</translation>
    </message>
    <message>
        <source>Public role</source>
        <translation>Publieke rol</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Bron van de gegevens</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <source>affiliations</source>
        <translation>functies bij organisaties</translation>
    </message>
    <message>
        <source>further sectors</source>
        <translation>overige branches</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>doelgroepen</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>kanalen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>network memberships</source>
        <translation>netwerklidmaatschappen</translation>
    </message>
    <message>
        <source>sessions organised or facilitated</source>
        <translation>georganiseerde of geleide dialoogsessies</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>dialoogsessies</translation>
    </message>
    <message>
        <source>session participations</source>
        <translation>deelnames aan dialoogsessies</translation>
    </message>
    <message>
        <source>outreach entries</source>
        <translation>deelnames aan oproeprondes</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acties</translation>
    </message>
    <message>
        <source>contact moments</source>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Organisaties samenvoegen</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Personen samenvoegen</translation>
    </message>
    <message>
        <source>Choose the record that stays and, where they differ, which value it keeps. Everything linked to the other record moves to it. You can unmerge later.</source>
        <translation>Kies welk record blijft en, waar ze verschillen, welke waarde het houdt. Alles wat aan het andere record gekoppeld is, gaat mee. Samenvoegen kan later ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewaren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Both</source>
        <extracomment>field -&gt; (radio for first&apos;s value, radio for second&apos;s, radio for both or None)</extracomment>
        <translation>Beide</translation>
    </message>
    <message>
        <source>The same in both: %1</source>
        <translation>Gelijk in beide: %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Nothing else refers to the other record.</source>
        <translation>Verder is niets aan het andere record gekoppeld.</translation>
    </message>
    <message>
        <source>Moves to the record that stays: %1.</source>
        <translation>Gaat mee naar het record dat blijft: %1.</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>The names are equal once case, spaces, punctuation, legal forms (B.V., Stichting …) and name particles are left aside.</source>
        <translation>De namen zijn gelijk als hoofdletters, spaties, leestekens, rechtsvormen (B.V., Stichting …) en tussenvoegsels buiten beschouwing blijven.</translation>
    </message>
</context>
</TS>
