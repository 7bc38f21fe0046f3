<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Made by hand</source>
        <extracomment>entities whose pages reload after a restore</extracomment>
        <translation>Handmatig gemaakt</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Before an update of partnerdesk</source>
        <translation>Vóór een update van partnerdesk</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vóór een import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>a backup was put in place (the path of the backup made of the state before)</extracomment>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>No backups yet. partnerdesk makes one every day at start and before imports and updates; “Back up now” makes one straight away.</source>
        <translation>Nog geen reservekopieën. partnerdesk maakt er elke dag één bij het starten en vóór importeren en updates; „Nu reservekopie maken” maakt er direct één.</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>De nieuwste</translation>
    </message>
    <message>
        <source>backups; older ones are removed.</source>
        <translation>reservekopieën bewaren; oudere worden verwijderd.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu reservekopie maken</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Reservekopieën staan in {folder}</translation>
    </message>
    <message>
        <source>1 backup</source>
        <translation>1 reservekopie</translation>
    </message>
    <message>
        <source>{count} backups</source>
        <translation>{count} reservekopieën</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Reservekopie gemaakt.</translation>
    </message>
    <message>
        <source>Put back the data as it was on {when}?

Changes made since then are not lost: partnerdesk first makes a backup of the current data, which you can restore the same way.</source>
        <translation>De gegevens terugzetten zoals ze waren op {when}?

Wijzigingen van daarna gaan niet verloren: partnerdesk maakt eerst een reservekopie van de huidige gegevens, die u op dezelfde manier kunt terugzetten.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Backup restored; the data from before was saved as a backup.</source>
        <translation>Reservekopie teruggezet; de gegevens van daarvoor zijn als reservekopie bewaard.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Name</source>
        <extracomment>pages that show people, sessions or actions reload after an erasure</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <extracomment>people were erased (how many)</extracomment>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Personal data is kept only as long as it is needed. People without a session, contact moment, action or change during the retention period are listed here, to be erased.</source>
        <translation>Persoonsgegevens worden niet langer bewaard dan nodig. Personen zonder sessie, contactmoment, actie of wijziging in de bewaartermijn staan hier, om te wissen.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Retention period:</source>
        <translation>Bewaartermijn:</translation>
    </message>
    <message>
        <source>Erase selected…</source>
        <translation>Selectie wissen…</translation>
    </message>
    <message>
        <source>Erasing removes the name, contact details, notes and links everywhere, history included; sessions show “participant removed”. Backups made before keep the data until they are rotated out.</source>
        <translation>Wissen verwijdert naam, contactgegevens, notities en koppelingen overal, ook uit de geschiedenis; sessies tonen „deelnemer verwijderd”. Eerder gemaakte reservekopieën bevatten de gegevens nog tot ze worden opgeruimd.</translation>
    </message>
    <message>
        <source>1 person proposed for erasure</source>
        <translation>1 persoon voorgesteld om te wissen</translation>
    </message>
    <message>
        <source>{count} people proposed for erasure</source>
        <translation>{count} personen voorgesteld om te wissen</translation>
    </message>
    <message>
        <source>No one has been inactive for {months} months: there is nothing to erase now.</source>
        <translation>Niemand is {months} maanden inactief geweest: er is nu niets te wissen.</translation>
    </message>
    <message>
        <source>Erase the personal data of 1 person?</source>
        <translation>De persoonsgegevens van 1 persoon wissen?</translation>
    </message>
    <message>
        <source>Erase the personal data of {count} people?</source>
        <translation>De persoonsgegevens van {count} personen wissen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Personal data of 1 person erased.</source>
        <translation>Persoonsgegevens van 1 persoon gewist.</translation>
    </message>
    <message>
        <source>Personal data of {count} people erased.</source>
        <translation>Persoonsgegevens van {count} personen gewist.</translation>
    </message>
    <message>
        <source>Erase this person&apos;s personal data everywhere? The name, contact details, notes and links are removed, history included; sessions show “participant removed”.

This cannot be undone.</source>
        <translation>De persoonsgegevens van deze persoon overal wissen? Naam, contactgegevens, notities en koppelingen worden verwijderd, ook uit de geschiedenis; sessies tonen „deelnemer verwijderd”.

Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Save the access request</source>
        <translation>Inzageverzoek opslaan</translation>
    </message>
    <message>
        <source>access-request.xlsx</source>
        <translation>inzageverzoek.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Access request saved as {name}.</source>
        <translation>Inzageverzoek opgeslagen als {name}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The data file is damaged</source>
        <translation>Het gegevensbestand is beschadigd</translation>
    </message>
    <message>
        <source>partnerdesk cannot open your data: the file is damaged.</source>
        <translation>partnerdesk kan uw gegevens niet openen: het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Gegevensbestand: {path}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>The newest sound backup is from {when} ({reason}). Restoring it puts back your data as it was then; changes made after that are lost.

The damaged file is kept in the backup folder, so support can look at it.</source>
        <translation>De nieuwste goede reservekopie is van {when} ({reason}). Terugzetten brengt uw gegevens terug zoals ze toen waren; wijzigingen van daarna gaan verloren.

Het beschadigde bestand blijft bewaard in de map met reservekopieën, zodat de helpdesk ernaar kan kijken.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Deze reservekopie terugzetten</translation>
    </message>
    <message>
        <source>There is no sound backup to restore. The file was left exactly as it is: quit, and ask support to help recover it. Do not delete the file.</source>
        <translation>Er is geen goede reservekopie om terug te zetten. Het bestand is precies gelaten zoals het was: sluit af en vraag de helpdesk om het te herstellen. Verwijder het bestand niet.</translation>
    </message>
    <message>
        <source>partnerdesk is already open on this data file; that window was brought to the front. Only one copy can work on a data file at a time.</source>
        <translation>partnerdesk is al geopend met dit gegevensbestand; dat venster staat nu vooraan. Er kan maar één partnerdesk tegelijk met een gegevensbestand werken.</translation>
    </message>
    <message>
        <source>partnerdesk is already working on this data file (perhaps in another window, or a command that is still running). Only one copy can work on a data file at a time; close the other one first.</source>
        <translation>partnerdesk werkt al met dit gegevensbestand (misschien in een ander venster, of een opdracht die nog loopt). Er kan maar één partnerdesk tegelijk met een gegevensbestand werken; sluit eerst de andere.</translation>
    </message>
    <message>
        <source>partnerdesk is already open</source>
        <translation>partnerdesk is al geopend</translation>
    </message>
    <message>
        <source>a network folder</source>
        <translation>een netwerkmap</translation>
    </message>
    <message>
        <source>a synced folder</source>
        <translation>een gesynchroniseerde map</translation>
    </message>
    <message>
        <source>Your data file is in {where} ({path}). Sync programs and network drives can copy a data file while partnerdesk writes to it, which can damage it or lose changes.

Keep the data file on this computer (Settings → Data file); backups protect it.</source>
        <translation>Uw gegevensbestand staat in {where} ({path}). Synchronisatieprogramma&apos;s en netwerkschijven kunnen een gegevensbestand kopiëren terwijl partnerdesk erin schrijft; het kan dan beschadigd raken of wijzigingen kwijtraken.

Bewaar het gegevensbestand op deze computer (Instellingen → Gegevensbestand); reservekopieën beschermen het.</translation>
    </message>
    <message>
        <source>Data file in a shared folder</source>
        <translation>Gegevensbestand in een gedeelde map</translation>
    </message>
</context>
</TS>
