<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CoverageMatrixModel</name>
    <message>
        <source>gap</source>
        <extracomment>data role holding ("cell" | "sector" | "group" | "all", sector id, target group id) the warning hue of gaps; always blended with a palette colour, so it suits light and dark sector rows, then the row of partners without a sector when there are any</extracomment>
        <translation>witte vlek</translation>
    </message>
    <message>
        <source>Without sector</source>
        <translation>Zonder branche</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle branches</translation>
    </message>
    <message>
        <source>%1: %2 active partners, reach %3</source>
        <translation>%1: %2 actieve partners, bereik %3</translation>
    </message>
    <message>
        <source>Gap: high priority and no active partner</source>
        <translation>Witte vlek: hoge prioriteit en geen actieve partner</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>WITTE VLEK</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioriteit: %1</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>Sectors…</source>
        <translation>Branches…</translation>
    </message>
    <message>
        <source>Target groups…</source>
        <translation>Doelgroepen…</translation>
    </message>
    <message>
        <source>Export as workbook…</source>
        <translation>Exporteren als werkmap…</translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation>Opslaan als afbeelding…</translation>
    </message>
    <message>
        <source>Each cell: the number of active partners in that sector reaching that target group, and their reach; a stronger colour means more reach. Click a cell to list its partners.</source>
        <translation>Elke cel: het aantal actieve partners in die branche dat die doelgroep bereikt, en hun bereik; een sterkere kleur betekent meer bereik. Klik op een cel om de partners te zien.</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Dekkingsoverzicht</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Open partner</source>
        <translation>Partner openen</translation>
    </message>
    <message>
        <source>Reach per sector (active partners)</source>
        <translation>Bereik per branche (actieve partners)</translation>
    </message>
    <message>
        <source>Partnership status</source>
        <translation>Status samenwerking</translation>
    </message>
    <message>
        <source>No sectors or target groups yet. Add them with “Sectors…” and “Target groups…”, then give organisations a sector and the target groups they reach.</source>
        <translation>Nog geen branches of doelgroepen. Voeg ze toe met “Branches…” en “Doelgroepen…” en geef organisaties daarna een branche en de doelgroepen die ze bereiken.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>⚠ %1 gaps (high priority, no active partner): %2</source>
        <translation>⚠ %1 witte vlekken (hoge prioriteit, geen actieve partner): %2</translation>
    </message>
    <message>
        <source>No gaps: every high-priority sector and target group has an active partner.</source>
        <translation>Geen witte vlekken: elke branche en doelgroep met hoge prioriteit heeft een actieve partner.</translation>
    </message>
    <message>
        <source>gap: no active partner</source>
        <translation>witte vlek: geen actieve partner</translation>
    </message>
    <message>
        <source>no active partner</source>
        <translation>geen actieve partner</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Without sector</source>
        <translation>Zonder branche</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle branches</translation>
    </message>
    <message>
        <source>%1: %2 active partners</source>
        <translation>%1: %2 actieve partners</translation>
    </message>
    <message>
        <source>No active partner here yet. Find one under Organisations.</source>
        <translation>Hier nog geen actieve partner. Zoek er een bij Organisaties.</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>Dekking exporteren</translation>
    </message>
    <message>
        <source>coverage.xlsx</source>
        <translation>dekking.xlsx</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Coverage exported to %1</source>
        <translation>Dekking geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Actieve partners</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Witte vlek</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>Save coverage as image</source>
        <translation>Dekking opslaan als afbeelding</translation>
    </message>
    <message>
        <source>coverage.png</source>
        <translation>dekking.png</translation>
    </message>
    <message>
        <source>Image (*.png)</source>
        <translation>Afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kon %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Outreach waves</source>
        <translation>Oproeprondes</translation>
    </message>
    <message>
        <source>New wave from a filter…</source>
        <translation>Nieuwe oproepronde met een filter…</translation>
    </message>
    <message>
        <source>Delete wave…</source>
        <translation>Oproepronde verwijderen…</translation>
    </message>
    <message>
        <source>No outreach waves yet. Choose “New wave from a filter…” to ask a set of partners to carry a message.</source>
        <translation>Nog geen oproeprondes. Kies “Nieuwe oproepronde met een filter…” om een groep partners te vragen een boodschap uit te dragen.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Partners of the wave</source>
        <translation>Partners in de oproepronde</translation>
    </message>
    <message>
        <source>For the selected partners:</source>
        <translation>Voor de gekozen partners:</translation>
    </message>
    <message>
        <source>Asked today</source>
        <translation>Vandaag gevraagd</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>Set response</source>
        <translation>Reactie instellen</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>Vandaag uitgevoerd</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet uitgevoerd</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Oproeprondes</translation>
    </message>
    <message>
        <source>%1 of %2 agreed · %3 done</source>
        <translation>%1 van %2 toegezegd · %3 uitgevoerd</translation>
    </message>
    <message>
        <source>%1 outreach waves</source>
        <translation>%1 oproeprondes</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periode: %1 – %2</translation>
    </message>
    <message>
        <source>Target groups: %1</source>
        <translation>Doelgroepen: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Kanalen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 van %2 gereageerd</translation>
    </message>
    <message>
        <source>%1 partners · %2 asked · %3 agreed · %4 declined · %5 no answer · %6 not yet answered · %7 done · reach achieved %8</source>
        <translation>%1 partners · %2 gevraagd · %3 toegezegd · %4 afgewezen · %5 geen antwoord · %6 nog geen reactie · %7 uitgevoerd · bereikt %8</translation>
    </message>
    <message>
        <source>This wave has no partners.</source>
        <translation>Deze oproepronde heeft geen partners.</translation>
    </message>
    <message>
        <source>%1 partners updated</source>
        <translation>%1 partners bijgewerkt</translation>
    </message>
    <message>
        <source>Delete the outreach wave “%1” with the answers of its %2 partners?</source>
        <translation>De oproepronde “%1” met de reacties van de %2 partners verwijderen?</translation>
    </message>
    <message>
        <source>Delete wave</source>
        <translation>Oproepronde verwijderen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overdue actions</source>
        <translation>Verlopen acties</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation>Niets verlopen. Goed bezig.</translation>
    </message>
    <message>
        <source>Actions due in the next two weeks</source>
        <translation>Acties met een deadline in de komende twee weken</translation>
    </message>
    <message>
        <source>No actions due soon. Plan follow-ups under Actions.</source>
        <translation>Geen acties die binnenkort verlopen. Plan vervolgacties bij Acties.</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Komende sessies</translation>
    </message>
    <message>
        <source>No sessions planned in the next four weeks. Plan one under Sessions.</source>
        <translation>Geen sessies gepland in de komende vier weken. Plan er een bij Sessies.</translation>
    </message>
    <message>
        <source>Partners not contacted for %1 days</source>
        <translation>Partners zonder contact in %1 dagen</translation>
    </message>
    <message>
        <source>Every partner was contacted recently.</source>
        <translation>Met elke partner was er recent contact.</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Witte vlekken</translation>
    </message>
    <message>
        <source>No gaps: every high-priority sector and target group has an active partner.</source>
        <translation>Geen witte vlekken: elke branche en doelgroep met hoge prioriteit heeft een actieve partner.</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Recente wijzigingen</translation>
    </message>
    <message>
        <source>No changes yet. Add an organisation or import a workbook to begin.</source>
        <translation>Nog geen wijzigingen. Voeg een organisatie toe of importeer een werkmap om te beginnen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nooit contact gehad</translation>
    </message>
    <message>
        <source>last contact %1 (%2 days ago)</source>
        <translation>laatste contact %1 (%2 dagen geleden)</translation>
    </message>
    <message>
        <source>Sector “%1”: no active partner</source>
        <translation>Branche “%1”: geen actieve partner</translation>
    </message>
    <message>
        <source>Target group “%1”: no active partner</source>
        <translation>Doelgroep “%1”: geen actieve partner</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hoge prioriteit</translation>
    </message>
    <message>
        <source>%1 (1 day late)</source>
        <translation>%1 (1 dag te laat)</translation>
    </message>
    <message>
        <source>%1 (%2 days late)</source>
        <translation>%1 (%2 dagen te laat)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>partnership status</source>
        <translation>status samenwerking</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>bereik</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>branche</translation>
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
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioriteit</translation>
    </message>
    <message>
        <source>estimated size</source>
        <translation>geschatte omvang</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>datum en tijd</translation>
    </message>
    <message>
        <source>partners' answers</source>
        <translation>reacties van partners</translation>
    </message>
    <message>
        <source>message</source>
        <translation>boodschap</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Contact moment with</source>
        <translation>Contactmoment met</translation>
    </message>
    <message>
        <source>Outreach wave</source>
        <translation>Oproepronde</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>(import)</source>
        <translation>(import)</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Sectors</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <source>Estimated &amp;size (people)</source>
        <translation>Geschatte &amp;omvang (personen)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>%1 sectors</source>
        <translation>%1 branches</translation>
    </message>
    <message>
        <source>%1 target groups</source>
        <translation>%1 doelgroepen</translation>
    </message>
    <message>
        <source>Delete “%1”? Organisations keep their other data but lose this link.</source>
        <translation>“%1” verwijderen? Organisaties houden hun andere gegevens, maar verliezen deze koppeling.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>WaveDialog</name>
    <message>
        <source>New outreach wave from a filter</source>
        <translation>Nieuwe oproepronde met een filter</translation>
    </message>
    <message>
        <source>What partners are asked to pass on</source>
        <translation>Wat partners gevraagd wordt door te geven</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Boodschap</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>The wave</source>
        <translation>De oproepronde</translation>
    </message>
    <message>
        <source>Only partners that reach the wave's target groups</source>
        <translation>Alleen partners die de doelgroepen van de oproepronde bereiken</translation>
    </message>
    <message>
        <source>for example: alliantie, groot bereik</source>
        <translation>bijvoorbeeld: alliantie, groot bereik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sectors (none ticked: all)</source>
        <translation>Branches (niets aangevinkt: alle)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation>Te vragen partners</translation>
    </message>
    <message>
        <source>Create wave</source>
        <translation>Oproepronde aanmaken</translation>
    </message>
    <message>
        <source>No organisation matches this filter. Tick more statuses or sectors.</source>
        <translation>Geen organisatie voldoet aan dit filter. Vink meer statussen of branches aan.</translation>
    </message>
    <message>
        <source>%1 partners match and will be asked</source>
        <translation>%1 partners voldoen en worden gevraagd</translation>
    </message>
</context>
<context>
    <name>WaveEntriesModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gevraagd op</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>Reach achieved</source>
        <translation>Bereikt</translation>
    </message>
</context>
</TS>