<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DetailPane</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>a record was created or saved (its id) the form has unsaved changes (True) or not (False)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDetailPage</name>
    <message>
        <source>Delete</source>
        <extracomment>entities whose changes this page shows (its own and those listed in it) starting column widths of the list</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>partnerdesk</source>
        <extracomment>item data role holding the count shown beside a navigation entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record to the current list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations and people from any page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the current list again from the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>Choose an organisation in the list, or press New to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 45000 or 1 miljoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who they reach, for example “1 miljoen voetballiefhebbers”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other s&amp;ectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the target groups this organisation reaches, and how many people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People at this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People can be linked once the organisation is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in at least the name, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person works here. Double-click the name to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people work here. Double-click a name to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is linked yet: open a person and add this organisation there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reach is a number of people, for example 45000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Search name, city, sector, tags, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by partnership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisations yet. Press New to add one, or import a workbook (File › Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 organisation matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 organisations match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation matches “%1”. Check the spelling, or clear the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation matches these filters. Choose “All” to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Its links to people, sessions and outreach go with it. You can bring it all back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit › Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search name, e-mail, organisation, city, tags, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by own ministry or external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet. Press New to add someone, or import a workbook (File › Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Check the spelling, or clear the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches these filters. Choose “Everyone” to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Their links to organisations and sessions go with them. You can bring it all back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit › Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Choose a person in the list, or press New to add one.</source>
        <extracomment>columns of the affiliations table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example “van der”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works at our own ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public role: name is not redacted in Woo exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where these details come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;particle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations this person works at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role, for example “woordvoerder”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role at the organisation to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are optional (for example 1-3-2024). Tick “Main” for the organisation shown in the people list. Double-click an organisation to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a name, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organisation from the list (type part of its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is not valid: write it as day-month-year, for example 1-3-2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same role at the same organisation is listed twice, or an end date lies before its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Own ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows after partnerdesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag partners not contacted for &amp;more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without contact before a partner is flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Could not undo or redo</source>
        <extracomment>other entities whose lists show this one (an organisation&apos;s name in the people list)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>Please fill in a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address (for example name@organisation.nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number (for example 06 12345678 or +31 70 123 4567).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address (for example www.organisation.nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach is a number of people, for example 45000 or “1 miljoen”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in a given or family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the organisations: the same role is listed twice, or an end lies before its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name particle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>fields holding a vocabulary value, shown by its label fields that are not worth a line (bookkeeping)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by merging duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by erasing personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation or association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network or alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked, no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Could not do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerdesk ran into a bug. Your saved data is safe. Copy the details and send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
