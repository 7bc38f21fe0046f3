<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action “%1”</source>
        <translation>Actie “%1” bewerken</translation>
    </message>
    <message>
        <source>New action “%1”</source>
        <translation>Nieuwe actie “%1”</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>What has to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
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
        <source>Outreach wave</source>
        <translation>Oproepronde</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>The action was not saved</source>
        <translation>De actie is niet opgeslagen</translation>
    </message>
    <message>
        <source>Action saved</source>
        <translation>Actie opgeslagen</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Hoort bij</translation>
    </message>
    <message>
        <source>Overdue (1 day)</source>
        <translation>Over de deadline (1 dag)</translation>
    </message>
    <message>
        <source>Overdue (%1 days)</source>
        <translation>Over de deadline (%1 dagen)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Delete action “%1”</source>
        <translation>Actie “%1” verwijderen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over de deadline</translation>
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
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nieuwe actie…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Mark the selected action as done (Ctrl+D)</source>
        <translation>De gekozen actie afronden (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 actie</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 acties</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 over de deadline</translation>
    </message>
    <message>
        <source>No open actions — press New action, or create one from a session&apos;s outcomes.</source>
        <translation>Geen open acties — kies Nieuwe actie, of maak er een uit de uitkomsten van een sessie.</translation>
    </message>
    <message>
        <source>No actions match these filters — choose another owner or status.</source>
        <translation>Geen acties bij deze filters — kies een andere eigenaar of status.</translation>
    </message>
    <message>
        <source>Action marked done — Undo reopens it.</source>
        <translation>Actie afgerond — Ongedaan maken zet haar weer open.</translation>
    </message>
    <message>
        <source>Action deleted — Undo puts it back.</source>
        <translation>Actie verwijderd — Ongedaan maken zet haar terug.</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>(not filled in)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>Redacted for release under the Woo: personal data is replaced by the ground 5.1.2e.</source>
        <translation>Gelakt voor Woo: persoonsgegevens zijn vervangen door de weigeringsgrond 5.1.2e.</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Directie</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Session brief</source>
        <translation>Sessienotitie</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Preparatory questions</source>
        <translation>Voorbereidende vragen</translation>
    </message>
    <message>
        <source>Points for discussion</source>
        <translation>Te bespreken punten</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Sub-questions to work on together</source>
        <translation>Deelvragen om samen op te pakken</translation>
    </message>
</context>
<context>
    <name>ContactMomentDialog</name>
    <message>
        <source>Log contact moment</source>
        <translation>Contactmoment vastleggen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>What was discussed or agreed</source>
        <translation>Wat er is besproken of afgesproken</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Personen toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Personen toevoegen</translation>
    </message>
    <message>
        <source>The contact moment was not saved</source>
        <translation>Het contactmoment is niet opgeslagen</translation>
    </message>
    <message>
        <source>Contact moment logged</source>
        <translation>Contactmoment vastgelegd</translation>
    </message>
</context>
<context>
    <name>ContactMomentsWidget</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Log contact moment…</source>
        <translation>Contactmoment vastleggen…</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>No contact moments yet — Log contact moment after a call, e-mail or visit.</source>
        <translation>Nog geen contactmomenten — leg na een gesprek, e-mail of bezoek een contactmoment vast.</translation>
    </message>
    <message>
        <source>1 contact moment</source>
        <translation>1 contactmoment</translation>
    </message>
    <message>
        <source>%1 contact moments</source>
        <translation>%1 contactmomenten</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>laatst op %1</translation>
    </message>
</context>
<context>
    <name>OrderedTextList</name>
    <message>
        <source>Drag to reorder, or press Ctrl+Up / Ctrl+Down</source>
        <translation>Sleep om de volgorde te wijzigen, of druk Ctrl+Omhoog / Ctrl+Omlaag</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <source>Organisation or directorate</source>
        <translation>Organisatie of directie</translation>
    </message>
    <message>
        <source>Role in the session</source>
        <translation>Rol in de sessie</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>No participants yet — Add participants to pick people from both sides.</source>
        <translation>Nog geen deelnemers — kies met Deelnemers toevoegen personen van beide kanten.</translation>
    </message>
    <message>
        <source>Add participants…</source>
        <translation>Deelnemers toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>Deelnemers toevoegen</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 deelnemer</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deelnemers</translation>
    </message>
    <message>
        <source>ministry %1, partners %2</source>
        <translation>ministerie %1, partners %2</translation>
    </message>
</context>
<context>
    <name>PeoplePickerDialog</name>
    <message>
        <source>Type part of a name or organisation</source>
        <translation>Typ een deel van een naam of organisatie</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>%1 people match; showing the first 200. Type more to narrow down.</source>
        <translation>%1 personen gevonden; de eerste 200 staan hier. Typ meer om te verfijnen.</translation>
    </message>
    <message>
        <source>1 person matches</source>
        <translation>1 persoon gevonden</translation>
    </message>
    <message>
        <source>%1 people match</source>
        <translation>%1 personen gevonden</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session “%1”</source>
        <translation>Sessie “%1” bewerken</translation>
    </message>
    <message>
        <source>New session “%1”</source>
        <translation>Nieuwe sessie “%1”</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Participants and roles</source>
        <translation>Deelnemers en rollen</translation>
    </message>
    <message>
        <source>Questions and points</source>
        <translation>Vragen en punten</translation>
    </message>
    <message>
        <source>Outcomes and actions</source>
        <translation>Uitkomsten en acties</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>What the session is about</source>
        <translation>Waar de sessie over gaat</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Address, room, or the meeting link or app</source>
        <translation>Adres, zaal, of de vergaderlink of -app</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Start and end</source>
        <translation>Begin en einde</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why this session: the occasion</source>
        <translation>Waarom deze sessie: de aanleiding</translation>
    </message>
    <message>
        <source>What the session should achieve</source>
        <translation>Wat de sessie moet opleveren</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Who leads, who opens, who listens — as it should appear in the brief</source>
        <translation>Wie leidt, wie opent, wie luistert — zoals het in de sessienotitie moet staan</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Vraag toevoegen…</translation>
    </message>
    <message>
        <source>No preparatory questions yet — Add question, to send participants ahead.</source>
        <translation>Nog geen voorbereidende vragen — Vraag toevoegen, om vooraf aan de deelnemers te sturen.</translation>
    </message>
    <message>
        <source>Add point…</source>
        <translation>Punt toevoegen…</translation>
    </message>
    <message>
        <source>No points for discussion yet — Add point.</source>
        <translation>Nog geen te bespreken punten — Punt toevoegen.</translation>
    </message>
    <message>
        <source>Add sub-question…</source>
        <translation>Deelvraag toevoegen…</translation>
    </message>
    <message>
        <source>No sub-questions yet — add the ones to work on together afterwards.</source>
        <translation>Nog geen deelvragen — voeg de vragen toe die jullie daarna samen oppakken.</translation>
    </message>
    <message>
        <source>Preparatory questions</source>
        <translation>Voorbereidende vragen</translation>
    </message>
    <message>
        <source>Points for discussion</source>
        <translation>Te bespreken punten</translation>
    </message>
    <message>
        <source>Sub-questions to work on together</source>
        <translation>Deelvragen om samen op te pakken</translation>
    </message>
    <message>
        <source>What came out of the session</source>
        <translation>Wat de sessie heeft opgeleverd</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Wat er is besloten</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Actions from this session</source>
        <translation>Acties uit deze sessie</translation>
    </message>
    <message>
        <source>New action from outcomes…</source>
        <translation>Nieuwe actie uit de uitkomsten…</translation>
    </message>
    <message>
        <source>Select a sentence in the outcomes to use it as the action&apos;s description</source>
        <translation>Selecteer een zin in de uitkomsten om die als omschrijving van de actie te gebruiken</translation>
    </message>
    <message>
        <source>Organisations involved in this session</source>
        <translation>Organisaties die bij deze sessie betrokken zijn</translation>
    </message>
    <message>
        <source>No organisations yet — choose one below and press Add organisation.</source>
        <translation>Nog geen organisaties — kies er hieronder een en druk op Organisatie toevoegen.</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sessie: %1</translation>
    </message>
    <message>
        <source>The session was not saved</source>
        <translation>De sessie is niet opgeslagen</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>Sessie opgeslagen</translation>
    </message>
    <message>
        <source>Save the session first to add actions to it.</source>
        <translation>Sla de sessie eerst op om er acties aan toe te voegen.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over de deadline</translation>
    </message>
    <message>
        <source>No actions yet — New action from outcomes turns a result into a task.</source>
        <translation>Nog geen acties — Nieuwe actie uit de uitkomsten maakt van een resultaat een taak.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Online or location</source>
        <translation>Online of locatie</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Delete session “%1”</source>
        <translation>Sessie “%1” verwijderen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Zoeken in titels</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <source>Past 90 days</source>
        <translation>Afgelopen 90 dagen</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Brief (PDF)…</source>
        <translation>Sessienotitie (pdf)…</translation>
    </message>
    <message>
        <source>Woo brief (PDF)…</source>
        <translation>Woo-versie (pdf)…</translation>
    </message>
    <message>
        <source>The brief with people&apos;s names and contact details replaced by 5.1.2e</source>
        <translation>De sessienotitie met namen en contactgegevens van personen vervangen door 5.1.2e</translation>
    </message>
    <message>
        <source>Print brief…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Add to calendar (.ics)…</source>
        <translation>Naar agenda (.ics)…</translation>
    </message>
    <message>
        <source>Import from calendar…</source>
        <translation>Agenda importeren…</translation>
    </message>
    <message>
        <source>Create planned sessions from an .ics file from Outlook, Google or Thunderbird</source>
        <translation>Geplande sessies maken uit een .ics-bestand van Outlook, Google of Thunderbird</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sessie</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessies</translation>
    </message>
    <message>
        <source>No sessions match these filters — change or clear them to see more.</source>
        <translation>Geen sessies bij deze filters — pas ze aan of maak ze leeg om meer te zien.</translation>
    </message>
    <message>
        <source>No sessions yet — press New session to plan a dialogue session with partners.</source>
        <translation>Nog geen sessies — kies Nieuwe sessie om een dialoogsessie met partners te plannen.</translation>
    </message>
    <message>
        <source>Session deleted — Undo puts it back.</source>
        <translation>Sessie verwijderd — Ongedaan maken zet haar terug.</translation>
    </message>
    <message>
        <source>Import from calendar</source>
        <translation>Importeren uit agenda</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>1 session imported from %2 — open it to add roles and questions.</source>
        <translation>1 sessie geïmporteerd uit %2 — open haar om rollen en vragen toe te voegen.</translation>
    </message>
    <message>
        <source>%1 sessions imported from %2 — open them to add roles and questions.</source>
        <translation>%1 sessies geïmporteerd uit %2 — open ze om rollen en vragen toe te voegen.</translation>
    </message>
    <message>
        <source>Save the Woo brief</source>
        <translation>Sessienotitie gelakt voor Woo opslaan</translation>
    </message>
    <message>
        <source>Save the brief</source>
        <translation>Sessienotitie opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The brief was not saved</source>
        <translation>De sessienotitie is niet opgeslagen</translation>
    </message>
    <message>
        <source>Brief saved as %1</source>
        <translation>Sessienotitie opgeslagen als %1</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>In agenda zetten</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation>Het agendabestand is niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved %1 — open it to add the session to your calendar.</source>
        <translation>%1 opgeslagen — open het bestand om de sessie in uw agenda te zetten.</translation>
    </message>
</context>
</TS>
