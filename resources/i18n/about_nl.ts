<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About partnerdesk</source>
        <extracomment>Optional extras whose libraries a release bundle ships (PostgreSQL support).</extracomment>
        <translation>Over partnerdesk</translation>
    </message>
    <message>
        <source>Partners, contact persons and dialogue sessions of an outreach programme.</source>
        <translation>Partners, contactpersonen en dialoogsessies van een voorlichtingsprogramma.</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Gegevensbestand: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>partnerdesk is free software under the European Union Public Licence %1.</source>
        <translation>partnerdesk is vrije software onder de European Union Public Licence %1.</translation>
    </message>
    <message>
        <source>This program uses Qt and Qt for Python (PySide6) %1 under the GNU Lesser General Public License version 3 (LGPL-3.0). Their libraries are separate files in the installation folder; you may replace them with your own build of the same version. The source code is available from %2.</source>
        <translation>Dit programma gebruikt Qt en Qt for Python (PySide6) %1 onder de GNU Lesser General Public License versie 3 (LGPL-3.0). De bibliotheken daarvan zijn aparte bestanden in de installatiemap; u mag ze vervangen door een eigen build van dezelfde versie. De broncode is verkrijgbaar via %2.</translation>
    </message>
    <message>
        <source>Other libraries in this program:</source>
        <translation>Andere bibliotheken in dit programma:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
</context>
</TS>