; Inno Setup script for partnerdesk: a per-user install that needs no administrator rights.
;
; Build on Windows after `pyinstaller partnerdesk.spec` (Inno Setup 6.3 or newer):
;   iscc /DAppVersion=0.1.0 installer\partnerdesk.iss
; The version comes from pyproject.toml (the release workflow passes it). The installer is
; written to dist\installer\partnerdesk-<version>-setup.exe.
;
; Data, settings, logs and backups live in %LOCALAPPDATA%\partnerdesk (platformdirs), not
; in the install folder: the uninstaller removes only what this script installed, so the
; coordinator's data stays.
;
; Checked against the Inno Setup documentation (jrsoftware.org/ishelp): [Setup] directives
; PrivilegesRequired, ArchitecturesAllowed / ArchitecturesInstallIn64BitMode, DefaultDirName
; with the {autopf} / {autoprograms} auto constants (user folders in non administrative install
; mode), the [Files], [Icons] and [Run] sections, and the ISCC /D command-line define.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\partnerdesk.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\partnerdesk"
#endif

[Setup]
; A fixed AppId ties upgrades and the uninstaller to this one application; never change it.
AppId={{6F1D5E02-3C7A-4B8E-9A0F-5D2C7B4E8A11}
AppName=partnerdesk
AppVersion={#AppVersion}
AppVerName=partnerdesk {#AppVersion}
AppPublisher=partnerdesk
VersionInfoVersion={#AppVersion}
; Per user, without elevation: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} the user's
; Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\partnerdesk
DefaultGroupName=partnerdesk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=partnerdesk-{#AppVersion}-setup
SetupIconFile=..\resources\packaging\partnerdesk.ico
UninstallDisplayIcon={app}\partnerdesk.exe
UninstallDisplayName=partnerdesk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Close a running partnerdesk before files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; an upgrade first removes the previous version's files
; ([InstallDelete]) so no stale library from an older release is left behind.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\partnerdesk"; Filename: "{app}\partnerdesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\partnerdesk"; Filename: "{app}\partnerdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\partnerdesk.exe"; Description: "{cm:LaunchProgram,partnerdesk}"; Flags: nowait postinstall skipifsilent
