<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>DetailPane</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>a record was created or saved (its id) the form has unsaved changes (True) or not (False)</extracomment>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>De wijzigingen opslaan (%1)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Terugdraaien</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>De nog niet opgeslagen wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <extracomment>the row of Revert and Save; subclasses may put record actions at its start</extracomment>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>“%1” toevoegen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Nothing found for “%1”</source>
        <extracomment>results shown per kind of record what the completer would write into the field: the query itself, so typing is not disturbed entity ("organisation" or "person") and id of the chosen result</extracomment>
        <translation>Niets gevonden voor “%1”</translation>
    </message>
</context>
<context>
    <name>ListDetailPage</name>
    <message>
        <source>Counting…</source>
        <extracomment>entities whose changes this page shows (its own and those listed in it) starting column widths of the list</extracomment>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>partnerdesk</source>
        <extracomment>files that open the import wizard when dropped on the window item data role holding the count shown beside a navigation entry</extracomment>
        <translation>partnerdesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>The data file partnerdesk works on</source>
        <translation>Het gegevensbestand waarmee partnerdesk werkt</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation>Iets toevoegen aan de huidige lijst</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected record (can be undone)</source>
        <translation>Het gekozen item verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>In de huidige lijst zoeken</translation>
    </message>
    <message>
        <source>Search &amp;everywhere</source>
        <translation>Overal &amp;zoeken</translation>
    </message>
    <message>
        <source>Search organisations and people from any page</source>
        <translation>Vanaf elke pagina organisaties en personen zoeken</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Read the current list again from the data file</source>
        <translation>De huidige lijst opnieuw uit het gegevensbestand lezen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import a workbook, CSV list or vCard file</source>
        <translation>Een werkmap, CSV-lijst of vCard-bestand importeren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export to a workbook, CSV, vCard or calendar file</source>
        <translation>Exporteren naar een werkmap, CSV-, vCard- of agendabestand</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Reservekopieën…</translation>
    </message>
    <message>
        <source>List the backups of this data file and restore one</source>
        <translation>De reservekopieën van dit gegevensbestand tonen en er een terugzetten</translation>
    </message>
    <message>
        <source>Personal &amp;data…</source>
        <translation>&amp;Persoonsgegevens…</translation>
    </message>
    <message>
        <source>People whose retention period has passed, proposed for erasure</source>
        <translation>Personen van wie de bewaartermijn is verstreken, voorgesteld om te wissen</translation>
    </message>
    <message>
        <source>&amp;About partnerdesk</source>
        <translation>&amp;Over partnerdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Search organisations and people (%1)</source>
        <translation>Organisaties en personen zoeken (%1)</translation>
    </message>
    <message>
        <source>Search organisations and people</source>
        <translation>Organisaties en personen zoeken</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>Choose an organisation in the list, or press New to add one.</source>
        <translation>Kies een organisatie in de lijst, of druk op Nieuw om er een toe te voegen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>for example 45000 or 1 miljoen</source>
        <translation>bijvoorbeeld 45000 of 1 miljoen</translation>
    </message>
    <message>
        <source>who they reach, for example “1 miljoen voetballiefhebbers”</source>
        <translation>wie ze bereiken, bijvoorbeeld “1 miljoen voetballiefhebbers”</translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation>labels scheiden met komma's</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Main sector</source>
        <translation>&amp;Hoofdbranche</translation>
    </message>
    <message>
        <source>Other s&amp;ectors</source>
        <translation>Andere &amp;branches</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>&amp;Bereik</translation>
    </message>
    <message>
        <source>Reach n&amp;ote</source>
        <translation>Toelichting &amp;bereik</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Kanalen</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Target groups reached</source>
        <translation>Bereikte doelgroepen</translation>
    </message>
    <message>
        <source>Tick the target groups this organisation reaches, and how many people.</source>
        <translation>Vink de doelgroepen aan die deze organisatie bereikt, en hoeveel mensen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>People at this organisation</source>
        <translation>Personen bij deze organisatie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>People can be linked once the organisation is saved.</source>
        <translation>Personen kunnen worden gekoppeld zodra de organisatie is opgeslagen.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Fill in at least the name, then Save.</source>
        <translation>Vul ten minste de naam in en kies Opslaan.</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>laatste contact %1</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>geen contact vastgelegd</translation>
    </message>
    <message>
        <source>1 person works here. Double-click the name to open it.</source>
        <translation>Hier werkt 1 persoon. Dubbelklik op de naam om die te openen.</translation>
    </message>
    <message>
        <source>%1 people work here. Double-click a name to open it.</source>
        <translation>Hier werken %1 personen. Dubbelklik op een naam om die te openen.</translation>
    </message>
    <message>
        <source>Nobody is linked yet: open a person and add this organisation there.</source>
        <translation>Nog niemand gekoppeld: open een persoon en voeg daar deze organisatie toe.</translation>
    </message>
    <message>
        <source>A reach is a number of people, for example 45000.</source>
        <translation>Een bereik is een aantal mensen, bijvoorbeeld 45000.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>active partners not contacted for more days than this are flagged</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>An active partner not contacted for more than %1 days</source>
        <translation>Een actieve partner zonder contact in meer dan %1 dagen</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Search name, city, sector, tags, notes…</source>
        <translation>Zoek op naam, plaats, branche, labels, notities…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisaties zoeken</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Filter by partnership status</source>
        <translation>Filteren op status samenwerking</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>Filteren op branche</translation>
    </message>
    <message>
        <source>Filter by kind of organisation</source>
        <translation>Filteren op soort organisatie</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filteren op label</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle branches</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisatie</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisaties</translation>
    </message>
    <message>
        <source>No organisations yet. Press New to add one, or import a workbook (File › Import).</source>
        <translation>Nog geen organisaties. Druk op Nieuw om er een toe te voegen, of importeer een werkmap (Bestand › Importeren).</translation>
    </message>
    <message>
        <source>1 organisation matches</source>
        <translation>1 organisatie gevonden</translation>
    </message>
    <message>
        <source>%1 organisations match</source>
        <translation>%1 organisaties gevonden</translation>
    </message>
    <message>
        <source>No organisation matches “%1”. Check the spelling, or clear the search and filters.</source>
        <translation>Geen organisatie gevonden voor “%1”. Controleer de spelling, of wis de zoekterm en de filters.</translation>
    </message>
    <message>
        <source>No organisation matches these filters. Choose “All” to see more.</source>
        <translation>Geen organisatie past bij deze filters. Kies “Alle” om meer te zien.</translation>
    </message>
    <message>
        <source>Delete “%1”? Its links to people, sessions and outreach go with it. You can bring it all back with Edit › Undo.</source>
        <translation>“%1” verwijderen? De koppelingen met personen, sessies en oproeprondes gaan mee. Met Bewerken › Ongedaan maken komt alles terug.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit › Undo brings it back.</source>
        <translation>“%1” is verwijderd. Bewerken › Ongedaan maken zet het terug.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search name, e-mail, organisation, city, tags, notes…</source>
        <translation>Zoek op naam, e-mail, organisatie, plaats, labels, notities…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen zoeken</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Filter by own ministry or external</source>
        <translation>Filteren op eigen ministerie of extern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filteren op label</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>External contacts</source>
        <translation>Externe contacten</translation>
    </message>
    <message>
        <source>Own ministry</source>
        <translation>Eigen ministerie</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <source>No people yet. Press New to add someone, or import a workbook (File › Import).</source>
        <translation>Nog geen personen. Druk op Nieuw om iemand toe te voegen, of importeer een werkmap (Bestand › Importeren).</translation>
    </message>
    <message>
        <source>1 person matches</source>
        <translation>1 persoon gevonden</translation>
    </message>
    <message>
        <source>%1 people match</source>
        <translation>%1 personen gevonden</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Check the spelling, or clear the search and filters.</source>
        <translation>Niemand gevonden voor “%1”. Controleer de spelling, of wis de zoekterm en de filters.</translation>
    </message>
    <message>
        <source>Nobody matches these filters. Choose “Everyone” to see more.</source>
        <translation>Niemand past bij deze filters. Kies “Iedereen” om meer te zien.</translation>
    </message>
    <message>
        <source>Delete “%1”? Their links to organisations and sessions go with them. You can bring it all back with Edit › Undo.</source>
        <translation>“%1” verwijderen? De koppelingen met organisaties en sessies gaan mee. Met Bewerken › Ongedaan maken komt alles terug.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit › Undo brings them back.</source>
        <translation>“%1” is verwijderd. Bewerken › Ongedaan maken zet de persoon terug.</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Choose a person in the list, or press New to add one.</source>
        <extracomment>the tab holding the organisations a person works at columns of the affiliations table</extracomment>
        <translation>Kies een persoon in de lijst, of druk op Nieuw om iemand toe te voegen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>for example “van der”</source>
        <translation>bijvoorbeeld “van der”</translation>
    </message>
    <message>
        <source>Works at our own ministry</source>
        <translation>Werkt bij ons eigen ministerie</translation>
    </message>
    <message>
        <source>Public role</source>
        <translation>Publieke rol</translation>
    </message>
    <message>
        <source>A minister or spokesperson: the name is not redacted in Woo exports</source>
        <translation>Een minister of woordvoerder: de naam wordt niet gelakt in Woo-exports</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <source>where these details come from</source>
        <translation>waar deze gegevens vandaan komen</translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation>labels scheiden met komma's</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>Name &amp;particle</source>
        <translation>&amp;Tussenvoegsel</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;Directorate</source>
        <translation>&amp;Directie</translation>
    </message>
    <message>
        <source>&amp;Lawful basis</source>
        <translation>&amp;Grondslag</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Organisations this person works at</source>
        <translation>Organisaties waar deze persoon werkt</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>Toe te voegen organisatie</translation>
    </message>
    <message>
        <source>Type an organisation…</source>
        <translation>Typ een organisatie…</translation>
    </message>
    <message>
        <source>role, for example “woordvoerder”</source>
        <translation>functie, bijvoorbeeld “woordvoerder”</translation>
    </message>
    <message>
        <source>Role at the organisation to add</source>
        <translation>Functie bij de toe te voegen organisatie</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <source>Dates are optional (for example 1-3-2024). Tick “Main” for the organisation shown in the people list. Double-click an organisation to open it.</source>
        <translation>Datums zijn niet verplicht (bijvoorbeeld 1-3-2024). Vink “Hoofd” aan bij de organisatie die in de personenlijst staat. Dubbelklik op een organisatie om die te openen.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Fill in a name, then Save.</source>
        <translation>Vul een naam in en kies Opslaan.</translation>
    </message>
    <message>
        <source>own ministry</source>
        <translation>eigen ministerie</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>niet benaderen</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Personal data of this person</source>
        <translation>Persoonsgegevens van deze persoon</translation>
    </message>
    <message>
        <source>Export everything held (access request)…</source>
        <translation>Alles wat is vastgelegd exporteren (inzageverzoek)…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Persoonsgegevens wissen…</translation>
    </message>
    <message>
        <source>Main organisation</source>
        <translation>Hoofdorganisatie</translation>
    </message>
    <message>
        <source>Choose an organisation from the list (type part of its name).</source>
        <translation>Kies een organisatie uit de lijst (typ een deel van de naam).</translation>
    </message>
    <message>
        <source>A date is not valid: write it as day-month-year, for example 1-3-2024.</source>
        <translation>Een datum klopt niet: schrijf dag-maand-jaar, bijvoorbeeld 1-3-2024.</translation>
    </message>
    <message>
        <source>The same role at the same organisation is listed twice, or an end date lies before its start.</source>
        <translation>Dezelfde functie bij dezelfde organisatie staat er twee keer, of een einddatum ligt vóór de begindatum.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Own ministry</source>
        <translation>Eigen ministerie</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
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
        <source>Internal or external</source>
        <translation>Intern of extern</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>A new language shows after partnerdesk restarts.</source>
        <translation>De nieuwe taal verschijnt nadat partnerdesk opnieuw is gestart.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Flag partners not contacted for &amp;more than</source>
        <translation>Partners markeren zonder contact &amp;langer dan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Days without contact before a partner is flagged</source>
        <translation>Dagen zonder contact voordat een partner wordt gemarkeerd</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Could not undo or redo</source>
        <extracomment>other entities whose lists show this one (an organisation's name in the people list)</extracomment>
        <translation>Ongedaan maken of opnieuw lukte niet</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>Please fill in a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (for example name@organisation.nl).</source>
        <translation>Dit is geen e-mailadres (bijvoorbeeld naam@organisatie.nl).</translation>
    </message>
    <message>
        <source>This is not a phone number (for example 06 12345678 or +31 70 123 4567).</source>
        <translation>Dit is geen telefoonnummer (bijvoorbeeld 06 12345678 of +31 70 123 4567).</translation>
    </message>
    <message>
        <source>This is not a web address (for example www.organisation.nl).</source>
        <translation>Dit is geen webadres (bijvoorbeeld www.organisatie.nl).</translation>
    </message>
    <message>
        <source>Reach is a number of people, for example 45000 or “1 miljoen”.</source>
        <translation>Bereik is een aantal mensen, bijvoorbeeld 45000 of “1 miljoen”.</translation>
    </message>
    <message>
        <source>Please fill in a given or family name.</source>
        <translation>Vul een voornaam of achternaam in.</translation>
    </message>
    <message>
        <source>Check the organisations: the same role is listed twice, or an end lies before its start.</source>
        <translation>Controleer de organisaties: dezelfde functie staat er twee keer, of een einddatum ligt vóór de begindatum.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Name</source>
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
        <source>Main sector</source>
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
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Name particle</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
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
        <source>(empty)</source>
        <extracomment>fields holding a vocabulary value, shown by its label fields that are not worth a line (bookkeeping)</extracomment>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
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
        <source>by an import</source>
        <translation>door een import</translation>
    </message>
    <message>
        <source>by merging duplicates</source>
        <translation>door samenvoegen van dubbelen</translation>
    </message>
    <message>
        <source>by Undo</source>
        <translation>door Ongedaan maken</translation>
    </message>
    <message>
        <source>with the demo data</source>
        <translation>met de demogegevens</translation>
    </message>
    <message>
        <source>by erasing personal data</source>
        <translation>door persoonsgegevens wissen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Approached</source>
        <translation>Benaderd</translation>
    </message>
    <message>
        <source>In dialogue</source>
        <translation>In gesprek</translation>
    </message>
    <message>
        <source>Active partner</source>
        <translation>Actieve partner</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Federation or association</source>
        <translation>Bond of vereniging</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <source>Network or alliance</source>
        <translation>Netwerk of alliantie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <source>Staff meetings</source>
        <translation>Personeelsbijeenkomsten</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>In de winkel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Publieke taak</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Dialogue session</source>
        <translation>Dialoogsessie</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Bilateraal overleg</translation>
    </message>
    <message>
        <source>Management meeting</source>
        <translation>Managementoverleg</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Belafspraak</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Asked, no reply yet</source>
        <translation>Gevraagd, nog geen antwoord</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Could not do that</source>
        <translation>Dat lukte niet</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Graag bevestigen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>partnerdesk ran into a bug. Your saved data is safe. Copy the details and send them to support.</source>
        <translation>partnerdesk liep tegen een fout aan. Uw opgeslagen gegevens zijn veilig. Kopieer de details en stuur ze naar de helpdesk.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
</TS>