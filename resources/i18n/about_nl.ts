<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About partnerdesk</source>
        <extracomment>Optional extras whose libraries a release bundle ships (PostgreSQL support).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners, contact persons and dialogue sessions of an outreach programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerdesk is free software under the European Union Public Licence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program uses Qt and Qt for Python (PySide6) %1 under the GNU Lesser General Public License version 3 (LGPL-3.0). Their libraries are separate files in the installation folder; you may replace them with your own build of the same version. The source code is available from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
