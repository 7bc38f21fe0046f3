<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook, every sheet (.xlsx)</source>
        <extracomment>format key -&gt; (extension, label)</extracomment>
        <translation>Excel-werkmap, alle werkbladen (.xlsx)</translation>
    </message>
    <message>
        <source>People as CSV for Dutch Excel (.csv)</source>
        <translation>Personen als CSV voor Nederlandse Excel (.csv)</translation>
    </message>
    <message>
        <source>People as contact cards (.vcf)</source>
        <translation>Personen als contactkaarten (.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>The current filter</source>
        <translation>Het huidige filter</translation>
    </message>
    <message>
        <source>Filter a list first to export only part of it.</source>
        <translation>Filter eerst een lijst om alleen een deel te exporteren.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <source>Without e-mail addresses and phone numbers of people</source>
        <translation>Zonder e-mailadressen en telefoonnummers van personen</translation>
    </message>
    <message>
        <source>Woo-redacted: people's names and contact details replaced by 5.1.2e</source>
        <translation>Gelakt voor Woo: namen en contactgegevens van personen vervangen door 5.1.2e</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Privacy:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>%1 rows exported to %2.</source>
        <translation>%1 rijen geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>the value is not an e-mail address (name@domain.nl); left out</source>
        <extracomment>every template the importer and the domain validation it calls can produce</extracomment>
        <translation>de waarde is geen e-mailadres (naam@domein.nl); weggelaten</translation>
    </message>
    <message>
        <source>the value is not a phone number; left out</source>
        <translation>de waarde is geen telefoonnummer; weggelaten</translation>
    </message>
    <message>
        <source>the value is not a web address; left out</source>
        <translation>de waarde is geen webadres; weggelaten</translation>
    </message>
    <message>
        <source>the value is not a number; left out</source>
        <translation>de waarde is geen getal; weggelaten</translation>
    </message>
    <message>
        <source>a yes/no value is not a number; left out</source>
        <translation>een ja/nee-waarde is geen getal; weggelaten</translation>
    </message>
    <message>
        <source>{value} is negative; a reach is zero or more; left out</source>
        <translation>{value} is negatief; een bereik is nul of meer; weggelaten</translation>
    </message>
    <message>
        <source>{value} is not a reach of zero or more; left out</source>
        <translation>{value} is geen bereik van nul of meer; weggelaten</translation>
    </message>
    <message>
        <source>the value is not a date (for example 26-01-2021); left out</source>
        <translation>de waarde is geen datum (bijvoorbeeld 26-01-2021); weggelaten</translation>
    </message>
    <message>
        <source>{value} is not a date; left out</source>
        <translation>{value} is geen datum; weggelaten</translation>
    </message>
    <message>
        <source>a yes/no value is not a date; left out</source>
        <translation>een ja/nee-waarde is geen datum; weggelaten</translation>
    </message>
    <message>
        <source>a duration is not a date; left out</source>
        <translation>een tijdsduur is geen datum; weggelaten</translation>
    </message>
    <message>
        <source>the value is not yes or no (ja/nee); left out</source>
        <translation>de waarde is geen ja of nee; weggelaten</translation>
    </message>
    <message>
        <source>the value is not one of the drop-down list; left out</source>
        <translation>de waarde staat niet in de keuzelijst; weggelaten</translation>
    </message>
    <message>
        <source>the value is not a whole number; left out</source>
        <translation>de waarde is geen geheel getal; weggelaten</translation>
    </message>
    <message>
        <source>the cell holds an Excel error (such as #N/A or #DIV/0!); left out</source>
        <translation>de cel bevat een Excel-fout (zoals #N/B of #DEEL/0!); weggelaten</translation>
    </message>
    <message>
        <source>partnerdesk knows no sector by this name; left out</source>
        <translation>partnerdesk kent geen branche met deze naam; weggelaten</translation>
    </message>
    <message>
        <source>a sector, target group or channel is not known to partnerdesk; left out</source>
        <translation>een branche, doelgroep of kanaal is niet bekend in partnerdesk; weggelaten</translation>
    </message>
    <message>
        <source>the ID column is missing; sheet not imported</source>
        <translation>de kolom ID ontbreekt; werkblad niet geïmporteerd</translation>
    </message>
    <message>
        <source>the name is empty; row not imported</source>
        <translation>de naam is leeg; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>the row has no name and no e-mail address; row not imported</source>
        <translation>de rij heeft geen naam en geen e-mailadres; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>a link needs a person ID and an organisation ID; row not imported</source>
        <translation>een koppeling heeft een persoon-ID en een organisatie-ID nodig; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>no person has this ID; row not imported</source>
        <translation>geen persoon heeft dit ID; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>no organisation has this ID; row not imported</source>
        <translation>geen organisatie heeft dit ID; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>this record was changed in partnerdesk after the export; the row was not applied</source>
        <translation>deze gegevens zijn na de export in partnerdesk gewijzigd; de rij is niet verwerkt</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>het werkblad is leeg</translation>
    </message>
    <message>
        <source>no column was recognised as organisation, name or e-mail; choose the columns in the mapping step</source>
        <translation>geen kolom is herkend als organisatie, naam of e-mail; kies de kolommen in de stap Kolommen</translation>
    </message>
    <message>
        <source>the row has no organisation, name or e-mail address; row not imported</source>
        <translation>de rij heeft geen organisatie, naam of e-mailadres; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>the value is not an ID or a name; left out</source>
        <translation>de waarde is geen ID en geen naam; weggelaten</translation>
    </message>
    <message>
        <source>an ID here is not a whole number; left out</source>
        <translation>een ID hier is geen geheel getal; weggelaten</translation>
    </message>
    <message>
        <source>the text is longer than {length} characters; left out</source>
        <translation>de tekst is langer dan {length} tekens; weggelaten</translation>
    </message>
    <message>
        <source>the ID is not a whole number; row not imported</source>
        <translation>het ID is geen geheel getal; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>the session ends before it starts; row not imported</source>
        <translation>de sessie eindigt voordat ze begint; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>this person is already a participant of that session; row not imported</source>
        <translation>deze persoon is al deelnemer van die sessie; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>this organisation is already in that outreach wave; row not imported</source>
        <translation>deze organisatie zit al in die oproepronde; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>this column may not be empty for a new row; row not imported</source>
        <translation>deze kolom mag bij een nieuwe rij niet leeg zijn; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>no organisation has this ID or name; row not imported</source>
        <translation>geen organisatie heeft dit ID of deze naam; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>no person has this ID or name; row not imported</source>
        <translation>geen persoon heeft dit ID of deze naam; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>more than one record has this name; write its ID; row not imported</source>
        <translation>deze naam past bij meer dan één record; vul het ID in; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>this name is not the name of the ID beside it; the ID was used</source>
        <translation>deze naam hoort niet bij het ID ernaast; het ID is gebruikt</translation>
    </message>
    <message>
        <source>no session has this ID or title; row not imported</source>
        <translation>geen sessie heeft dit ID of deze titel; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>no outreach wave has this ID or name; row not imported</source>
        <translation>geen oproepronde heeft dit ID of deze naam; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>no target group has this name; row not imported</source>
        <translation>geen doelgroep heeft deze naam; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>a channel here is not one partnerdesk knows; row not imported</source>
        <translation>een kanaal hier kent partnerdesk niet; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>the wave ends before it starts; row not imported</source>
        <translation>de oproepronde eindigt voordat ze begint; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>another outreach wave has this name; row not imported</source>
        <translation>een andere oproepronde heeft deze naam; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>an earlier row has this name; row not imported</source>
        <translation>een eerdere rij heeft deze naam; rij niet geïmporteerd</translation>
    </message>
    <message>
        <source>a group here is not among the organisation's target groups; left out</source>
        <translation>een groep hier hoort niet bij de doelgroepen van de organisatie; weggelaten</translation>
    </message>
    <message>
        <source>Merged cells: their value was repeated in {count} cell(s) below.</source>
        <extracomment>the notes on what reading and planning did</extracomment>
        <translation>Samengevoegde cellen: de waarde is herhaald in {count} cel(len) eronder.</translation>
    </message>
    <message>
        <source>Hidden sheet '{sheet}' was left out.</source>
        <translation>Verborgen werkblad “{sheet}” is overgeslagen.</translation>
    </message>
    <message>
        <source>Sheet '{sheet}' is a report of what partnerdesk holds; it is not imported.</source>
        <translation>Werkblad “{sheet}” is een overzicht van wat partnerdesk bevat; het wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <source>{count} total row(s) were skipped.</source>
        <translation>{count} totaalrij(en) overgeslagen.</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>werkblad “%1”</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>kolom “%1”</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Same as existing (update it)</source>
        <translation>Bestaande bijwerken</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Als nieuw toevoegen</translation>
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
        <source>Affiliation</source>
        <translation>Koppeling persoon–organisatie</translation>
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
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Deelname aan oproepronde</translation>
    </message>
    <message>
        <source>Outreach wave</source>
        <translation>Oproepronde</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Reach per target group</source>
        <translation>Bereik per doelgroep</translation>
    </message>
    <message>
        <source>Import a workbook</source>
        <translation>Een werkmap importeren</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>A partnerdesk export, a colleague's list (.xlsx or .csv) or contacts (.vcf).</source>
        <translation>Een export uit partnerdesk, een lijst van een collega (.xlsx of .csv) of contacten (.vcf).</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Pad van het te importeren bestand</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Undo last import…</source>
        <translation>Laatste import ongedaan maken…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Workbooks and contacts (*.xlsx *.csv *.vcf)</source>
        <translation>Werkmappen en contacten (*.xlsx *.csv *.vcf)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Dit bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Sheet and header row</source>
        <translation>Werkblad en kopregel</translation>
    </message>
    <message>
        <source>Which sheet holds the list, and in which row are its column names?</source>
        <translation>Op welk werkblad staat de lijst, en in welke rij staan de kolomnamen?</translation>
    </message>
    <message>
        <source>Also offer hidden sheets</source>
        <translation>Ook verborgen werkbladen tonen</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Kopregel:</translation>
    </message>
    <message>
        <source>The first rows of the sheet:</source>
        <translation>De eerste rijen van het werkblad:</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (verborgen)</translation>
    </message>
    <message>
        <source>Cannot read this sheet</source>
        <translation>Dit werkblad kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>partnerdesk recognised these columns. Correct any that are wrong; columns set to “Not imported” are left out.</source>
        <translation>partnerdesk heeft deze kolommen herkend. Verbeter wat niet klopt; kolommen op “Niet importeren” worden overgeslagen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>Remember these choices for files with the same columns</source>
        <translation>Deze keuzes onthouden voor bestanden met dezelfde kolommen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet importeren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1 (rij %2)</translation>
    </message>
    <message>
        <source>if the same, changes: %1</source>
        <translation>indien dezelfde, wijzigt: %1</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>wijzigingen: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>What the import will do, row by row. Nothing has been changed yet.</source>
        <translation>Wat de import doet, rij voor rij. Er is nog niets gewijzigd.</translation>
    </message>
    <message>
        <source>Save failed rows as an error workbook…</source>
        <translation>Afgekeurde rijen opslaan als foutenwerkmap…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand wordt gelezen…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>fouten</translation>
    </message>
    <message>
        <source>Save failed rows</source>
        <translation>Afgekeurde rijen opslaan</translation>
    </message>
    <message>
        <source>%1 rows saved to %2</source>
        <translation>%1 rijen opgeslagen in %2</translation>
    </message>
    <message>
        <source>No rows to import were found.</source>
        <translation>Er zijn geen rijen gevonden om te importeren.</translation>
    </message>
    <message>
        <source>%1 rows.</source>
        <translation>%1 rijen.</translation>
    </message>
    <message>
        <source>Possible duplicates: %1 skipped, %2 update the existing record, %3 added as new.</source>
        <translation>Mogelijk dubbel: %1 overgeslagen, %2 werken het bestaande gegeven bij, %3 als nieuw toegevoegd.</translation>
    </message>
    <message>
        <source>There is nothing new or changed to import.</source>
        <translation>Er is niets nieuws of gewijzigds om te importeren.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import afbreken</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
        <source>Making a backup, then importing in one transaction…</source>
        <translation>Eerst een reservekopie maken, dan importeren in één transactie…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>De import is afgebroken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>De import is ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>%1 organisation</source>
        <translation>%1 organisatie</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisaties</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 persoon</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <source>%1 link between a person and an organisation</source>
        <translation>%1 koppeling tussen een persoon en een organisatie</translation>
    </message>
    <message>
        <source>%1 links between people and organisations</source>
        <translation>%1 koppelingen tussen personen en organisaties</translation>
    </message>
    <message>
        <source>%1 sector</source>
        <translation>%1 branche</translation>
    </message>
    <message>
        <source>%1 sectors</source>
        <translation>%1 branches</translation>
    </message>
    <message>
        <source>%1 target group</source>
        <translation>%1 doelgroep</translation>
    </message>
    <message>
        <source>%1 target groups</source>
        <translation>%1 doelgroepen</translation>
    </message>
    <message>
        <source>%1 session</source>
        <translation>%1 sessie</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessies</translation>
    </message>
    <message>
        <source>%1 participant</source>
        <translation>%1 deelnemer</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deelnemers</translation>
    </message>
    <message>
        <source>%1 action</source>
        <translation>%1 actie</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 acties</translation>
    </message>
    <message>
        <source>%1 organisation in an outreach wave</source>
        <translation>%1 organisatie in een oproepronde</translation>
    </message>
    <message>
        <source>%1 organisations in outreach waves</source>
        <translation>%1 organisaties in oproeprondes</translation>
    </message>
    <message>
        <source>%1 outreach wave</source>
        <translation>%1 oproepronde</translation>
    </message>
    <message>
        <source>%1 outreach waves</source>
        <translation>%1 oproeprondes</translation>
    </message>
    <message>
        <source>reach per target group of %1 organisation</source>
        <translation>bereik per doelgroep van %1 organisatie</translation>
    </message>
    <message>
        <source>reach per target group of %1 organisations</source>
        <translation>bereik per doelgroep van %1 organisaties</translation>
    </message>
    <message>
        <source>%1 contact moment</source>
        <translation>%1 contactmoment</translation>
    </message>
    <message>
        <source>%1 contact moments</source>
        <translation>%1 contactmomenten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Toegevoegd: %1.</translation>
    </message>
    <message>
        <source>Updated: %1.</source>
        <translation>Bijgewerkt: %1.</translation>
    </message>
    <message>
        <source>A backup of the data from before the import: %1</source>
        <translation>Een reservekopie van de gegevens van vóór de import: %1</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Er is geen import om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Undo “%1” of %2? Records it added are removed and records it changed get their old values back.</source>
        <translation>“%1” van %2 ongedaan maken? Wat de import heeft toegevoegd wordt verwijderd en wat hij heeft gewijzigd krijgt de oude waarden terug.</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
</context>
</TS>